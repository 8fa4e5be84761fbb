import { describe, expect, it } from 'vitest';
import { statusPage } from '../../../functions/intake/pages/status';
import { sponsorThread } from '../../../functions/intake/pages/sponsor-words';
import { withMessageLanguages, withTextLanguages } from '../../../functions/intake/sponsor-message-languages';
import type { Escalation } from '../../../shared/domain/escalation';
import { escalationEmail } from '../../../shared/email/escalation-email';
import type { StatusWithConversation } from '../../../shared/use-cases/case-conversation';
import { exampleConfig } from '../../support/fixtures';

// Issue 14, item 3: what people wrote keeps its own language and direction on
// a page or in an email of another language, so a screen reader reads an
// Arabic answer in Arabic and a browser sets it right to left.

const ARABIC = 'لا توجد قفازات في المستودع منذ أسبوعين والمشرف لا يرد على أحد.';
const SPANISH = 'Hemos cambiado el turno de noche y hay guantes nuevos en el almacén desde el lunes.';

const view: StatusWithConversation = {
  caseCode: '7KQ4M-XW9TR',
  status: 'responded',
  week: '2026-W48',
  response: SPANISH,
  messages: [
    { from: 'sponsor', text: 'Could you tell us which aisle of the warehouse this was in, please?', day: '2026-11-30' },
    { from: 'employee', text: ARABIC, day: '2026-12-01' },
  ],
  newMessages: false,
  canAnswer: true,
};

/** The element around `text` in `page`, as written. */
const elementAround = (page: string, text: string) => page.match(new RegExp(`<p [^>]*>${text}</p>`))?.[0];

describe('texts people wrote, on pages and in emails of another language', () => {
  it('Should mark an Arabic answer and a Spanish response on an English status page with their own language', async () => {
    const page = String(
      statusPage(
        exampleConfig,
        { language: 'en', dir: 'ltr', chosen: false, offered: ['en', 'es', 'fr'] },
        await withTextLanguages(view),
      ),
    );
    expect(elementAround(page, ARABIC)).toMatch(/lang="ar"/);
    expect(elementAround(page, ARABIC)).toMatch(/dir="auto"/);
    expect(elementAround(page, SPANISH)).toMatch(/lang="es"/);
    expect(elementAround(page, SPANISH)).toMatch(/dir="auto"/);
    // The employee is not told the language they wrote in.
    expect(page).not.toContain('Written in Arabic');
    expect(page).not.toContain('wrote this in Arabic');
  });

  it('Should mark an Arabic answer in the conversation on an English sponsor page with its own language', async () => {
    const messages = await withMessageLanguages([
      { from: 'sponsor' as const, by: 'coo', text: 'Which aisle was this in?', day: '2026-11-30' },
      { from: 'employee' as const, text: ARABIC, day: '2026-12-01' },
    ]);
    const page = String(sponsorThread(exampleConfig, 'en', messages, { ids: ['coo'], around: [] }));
    expect(elementAround(page, ARABIC)).toMatch(/lang="ar"/);
    expect(elementAround(page, ARABIC)).toMatch(/dir="auto"/);
    expect(elementAround(page, 'Which aisle was this in\\?')).not.toMatch(/lang=/);
  });

  it('Should mark an Arabic report in an English email with its language and direction', async () => {
    const escalation: Escalation = {
      id: 'e1',
      reasons: ['urgent-topic'],
      caseKey: 'a'.repeat(64),
      topics: ['safety'],
      urgentCategories: [],
      urgent: true,
      redactedText: ARABIC,
      language: 'ar',
      sponsorId: 'coo',
      level: 0,
      raisedAt: '2026-11-18T15:00:00.000Z',
      slaDueAt: '2026-11-18T19:00:00.000Z',
      status: 'raised',
      notifiedLevel: 0,
      audit: [],
    };
    const email = await escalationEmail(
      exampleConfig,
      escalation,
      ['coo@example.com'],
      'http://127.0.0.1:3000/ack/t',
      'you',
    );
    expect(email.html).toMatch(/<html lang="en"/);
    const quoted = elementAround(email.html, ARABIC);
    expect(quoted).toMatch(/lang="ar"/);
    expect(quoted).toMatch(/dir="auto"/);
  });
});
