import { describe, expect, it } from 'vitest';
import { deskCasePage } from '../../../functions/intake/pages/desk-case';
import { escalationPage } from '../../../functions/intake/pages/escalation';
import type { Config } from '../../../shared/config/schema';
import type { DeskCase } from '../../../shared/domain/case-desk';
import { conversationEmail } from '../../../shared/email/conversation-email';
import { escalationEmail, type EmailOccasion } from '../../../shared/email/escalation-email';
import { exampleConfig } from '../../support/fixtures';

// Issue 14, attacker's report: a pattern case's email said "A response you write is shown to the
// employee who wrote this" while its page said "there is no one to write to". A pattern has no single
// author, so no email or page about one promises anyone an answer or a legal deadline; and the date
// to acknowledge it by is its service level's, never said to be the law's.

const pattern: DeskCase = {
  id: 'pattern:plant2:safety:2026-W49',
  reasons: ['pattern'],
  site: 'plant2',
  topics: ['safety'],
  urgentCategories: [],
  urgent: false,
  redactedText: '',
  pattern: { count: 6, windowDays: 14 },
  sponsorId: 'leadership',
  level: 2,
  raisedAt: '2026-12-04T15:00:00.000Z',
  // Handed to the leadership list on December 7: the full standard service level from then.
  slaDueAt: '2026-12-10T15:00:00.000Z',
  status: 'raised',
  notifiedLevel: 2,
  audit: [{ at: '2026-12-04T15:00:00.000Z', event: 'raised', detail: 'for Lee Marsh (Plant 2 GM): pattern' }],
};

/** Every sponsor reads `language`, and so does the leadership list. */
const configIn = (language: 'en' | 'es' | 'fr'): Config => ({
  ...exampleConfig,
  sponsors: exampleConfig.sponsors.map((s) => ({ ...s, language })),
  digest: { ...exampleConfig.digest, language },
});

const PROMISES = {
  en: [/shown to the employee/i, /the legal deadline/i, /Acknowledge and answer/],
  es: [/la verá la persona/i, /el plazo legal/i, /Confirmar y responder/],
  fr: [/montrée? à la personne/i, /le délai légal/i, /Accuser réception et répondre/],
} as const;
const NO_ONE = { en: 'no one to write to', es: 'no hay nadie a quien escribir', fr: 'personne à qui écrire' } as const;
const NO_LEGAL = { en: 'no legal deadline', es: 'no tiene plazo legal', fr: 'pas de délai légal' } as const;

describe('every email and page about a pattern case', () => {
  for (const language of ['en', 'es', 'fr'] as const) {
    const config = configIn(language);
    const now = new Date('2026-12-08T15:00:00Z');

    it(`Should say in ${language} that there is no one to write to and no legal deadline, and promise neither`, async () => {
      const texts: string[] = [];
      for (const occasion of ['new', 'overdue', 'still-overdue', 'handed-over'] as EmailOccasion[]) {
        const email = await escalationEmail(
          config,
          pattern,
          ['leadership@example.com'],
          'http://l/ack/t',
          'x',
          occasion,
        );
        texts.push(`${email.subject}\n${email.text}`);
        expect(email.text, occasion).toContain(NO_ONE[language]);
        expect(email.text, occasion).toContain(NO_LEGAL[language]);
      }
      const reminder = conversationEmail(config, pattern, ['leadership@example.com'], 'http://l/ack/t', {
        kind: 'acknowledge-near',
        due: { at: pattern.slaDueAt, legal: false },
        top: true,
      });
      expect(reminder.text).toContain(NO_ONE[language]);
      texts.push(`${reminder.subject}\n${reminder.text}`);
      const page = String(await escalationPage(config, pattern, 'token', { now }));
      const desk = String(
        await deskCasePage(config, config.sponsors.find((s) => s.id === 'coo')!, 'desk', pattern, [], now, {}),
      );
      for (const shown of [page, desk]) {
        expect(shown).toContain(NO_ONE[language]);
        expect(shown).toContain(NO_LEGAL[language]);
        expect(shown).not.toContain('name="response"');
      }
      for (const text of texts) for (const promise of PROMISES[language]) expect(text).not.toMatch(promise);
    });
  }
});
