import { describe, expect, it } from 'vitest';
import { deskCasePage } from '../../../functions/intake/pages/desk-case';
import { escalationPage } from '../../../functions/intake/pages/escalation';
import { REDACTION_KINDS } from '../../../shared/analysis/redaction-kinds';
import type { Config } from '../../../shared/config/schema';
import type { DeskCase } from '../../../shared/domain/case-desk';
import { statusReplies } from '../../../shared/domain/sms-replies';
import { conversationEmail } from '../../../shared/email/conversation-email';
import { escalationEmail } from '../../../shared/email/escalation-email';
import type { Language } from '../../../shared/i18n/languages';
import type { ThreadMessage } from '../../../shared/ports/case-thread';
import { exampleConfig } from '../../support/fixtures';

// Redaction stores one form of its placeholders; a Spanish or French reader must never meet the English one.
const ENGLISH_PLACEHOLDER = new RegExp(String.raw`\[(?:${REDACTION_KINDS.join('|')})\]`);
const STORED = 'Le chariot de [NAME] est cassé, appelez-le au [PHONE] ou écrivez à [EMAIL].';

const configFor = (language: Language): Config => ({
  ...exampleConfig,
  sponsors: exampleConfig.sponsors.map((s) => (s.id === 'plant2-gm' ? { ...s, language } : s)),
});

const escalation: DeskCase = {
  id: 'case:0b7a4d4e-1111-4c1c-9a11-000000000002',
  reasons: ['urgent-topic'],
  caseKey: 'b'.repeat(64),
  site: 'plant2',
  topics: ['safety'],
  urgentCategories: ['safety'],
  urgent: true,
  redactedText: STORED,
  language: 'fr',
  sponsorId: 'plant2-gm',
  level: 0,
  raisedAt: '2026-11-18T15:00:00.000Z',
  slaDueAt: '2026-11-18T19:00:00.000Z',
  status: 'raised',
  notifiedLevel: 0,
  audit: [],
};
const thread = [
  { from: 'sponsor', text: 'Quel bâtiment exactement ?', day: '2026-11-18' },
  { from: 'employee', text: 'Le bâtiment de [NAME], près du quai.', day: '2026-11-19' },
] as ThreadMessage[];

describe.each(['es', 'fr'] as const)('a reader of %s meets placeholders in their own words', (language) => {
  const config = configFor(language);
  const gm = config.sponsors.find((s) => s.id === 'plant2-gm')!;
  const localName = language === 'es' ? '[NOMBRE]' : '[NOM]';

  it('Should see them so in the escalation email and the conversation email', async () => {
    const email = await escalationEmail(config, escalation, [gm.email], 'http://127.0.0.1:3000/ack/t', gm.name);
    const answer = await conversationEmail(config, escalation, [gm.email], 'http://127.0.0.1:3000/ack/t', {
      kind: 'answer',
      urgent: true,
      answer: 'Le bâtiment de [NAME], près du quai.',
    } as Parameters<typeof conversationEmail>[4]);
    for (const said of [email.text, email.html, answer.text, answer.html]) {
      expect(said).not.toMatch(ENGLISH_PLACEHOLDER);
      expect(said).toContain(localName);
    }
  });

  it('Should see them so on the case page (/ack) and the desk’s case page', async () => {
    const page = String(
      await escalationPage(config, escalation, 'token', {
        now: new Date('2026-11-18T17:30:00Z'),
        thread,
        deskHref: '/desk/d',
      }),
    );
    const desk = String(await deskCasePage(config, gm, 'd', escalation, thread, new Date('2026-11-18T17:30:00Z'), {}));
    for (const said of [page, desk]) {
      expect(said).not.toMatch(ENGLISH_PLACEHOLDER);
      expect(said).toContain(localName);
    }
  });

  it('Should read them so in an SMS: a new message and a published response', () => {
    const texts = [
      ...statusReplies(
        { caseCode: '7KQ4M-XW9TR', status: 'escalated', newMessage: 'Merci [NAME], quel bâtiment ?' },
        language,
      ),
      ...statusReplies(
        { caseCode: '7KQ4M-XW9TR', status: 'responded', response: 'Nous avons parlé à [NAME].' },
        language,
      ),
    ];
    for (const text of texts) expect(text).not.toMatch(ENGLISH_PLACEHOLDER);
    expect(texts.join(' ')).toContain(localName);
  });
});
