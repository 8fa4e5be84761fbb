import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockInWords } from '../../../functions/intake/pages/case-desk';
import { escalationPage } from '../../../functions/intake/pages/escalation';
import { historyList } from '../../../functions/intake/pages/sponsor-words';
import type { Config } from '../../../shared/config/schema';
import type { DeskCase } from '../../../shared/domain/case-desk';
import { hourStamp } from '../../../shared/domain/escalation';
import { conversationEmail } from '../../../shared/email/conversation-email';
import { escalationEmail } from '../../../shared/email/escalation-email';
import { DIGEST_CATALOGUES } from '../../../shared/i18n/digest';
import { CATALOGUES, type Language } from '../../../shared/i18n/languages';
import { branchKeys, formatMessage, parameterNames } from '../../../shared/i18n/message-format';
import { dayIn, momentIn, momentWords } from '../../../shared/i18n/moments';
import { SPONSOR_CATALOGUES } from '../../../shared/i18n/sponsor';
import { dateFaults, linesOf } from '../../support/date-grammar';
import { exampleConfig } from '../../support/fixtures';
import { AT_PLANT2, raisedEscalation } from '../../support/raised-escalation';

const ZONES = ['America/Chicago', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC', 'Asia/Kathmandu', 'America/St_Johns'];
const READERS = ['es', 'fr'] as const;

/** Whole UTC hours (as escalations keep them) over several years, so every weekday, the 1st and 1 o'clock come up. */
const instants = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map(hourStamp);

/** "Weekday" keys: a template whose {day} is a weekday's name alone ("every Monday"), never a date. */
const WEEKDAY_ONLY = new Set(['web.receipt.nextReport']);

/** Every template of every catalogue of `language` that carries a date or a time of day. */
function datedTemplates(language: Language): [string, string][] {
  const all: [string, string][] = [
    ...Object.entries(CATALOGUES[language].messages),
    ...Object.entries(SPONSOR_CATALOGUES[language]),
    ...Object.entries(DIGEST_CATALOGUES[language]),
  ];
  return all.filter(([key, template]) => !WEEKDAY_ONLY.has(key) && parameterNames(template).has('day'));
}

/** The template rendered in each case of its selects, the date and time filled in, every other parameter neutral. */
function renderings(language: Language, template: string, when: Record<string, string>): string[] {
  let variants: Record<string, string>[] = [{}];
  for (const [argument, cases] of branchKeys(template)) {
    if (!argument.startsWith('select:')) continue;
    const name = argument.slice('select:'.length);
    variants = variants.flatMap((v) => [...cases].map((c) => ({ ...v, [name]: c })));
  }
  const neutral = Object.fromEntries([...parameterNames(template)].map((name) => [name, 'X']));
  return variants.map((v) => formatMessage(language, template, { ...neutral, months: '3', count: '3', ...when, ...v }));
}

describe('dates and times in Spanish and French sentences', () => {
  it.each(READERS)('Should put a preposition, an article and the weekday together in every %s template', (language) => {
    const templates = datedTemplates(language);
    expect(templates.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (iso, zone) => {
        const timed = { ...momentWords(language, iso, zone) };
        const dayOnly = { day: dayIn(language, iso) };
        for (const [key, template] of templates) {
          const when = parameterNames(template).has('time') ? timed : dayOnly;
          for (const text of renderings(language, template, when))
            expect(dateFaults(language, text), `${key}: ${text}`).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('Should write the day and hour as each language does, the minute kept where the zone has one', () => {
    const at = '2026-12-01T09:00:00.000Z';
    expect(momentIn('en', at, 'America/Chicago')).toBe('Tuesday, December 1, 2026 at 3 AM Central Time');
    expect(momentIn('es', at, 'America/Chicago')).toBe('martes 1 de diciembre de 2026 a las 3 h (hora central)');
    expect(momentIn('fr', at, 'America/Chicago')).toMatch(/^mardi 1er décembre 2026 à 3 h \(heure du centre/);
    expect(momentWords('es', '2026-12-01T07:00:00.000Z', 'America/Chicago').time).toBe('la 1 h');
    expect(momentWords('es', at, 'Asia/Kolkata').time).toBe('las 14:30');
    expect(momentWords('fr', at, 'Asia/Kolkata').time).toBe('14 h 30');
    expect(momentWords('fr', at, 'Asia/Kathmandu').time).toBe('14 h 45');
    expect(dayIn('es', '2026-12-01')).toBe('martes 1 de diciembre de 2026');
    expect(dayIn('fr', '2026-12-01')).toBe('mardi 1er décembre 2026');
    expect(dayIn('fr', '2026-12-02')).toBe('mercredi 2 décembre 2026');
  });

  describe.each(ZONES)('a case shown to sponsors in %s', (timezone) => {
    const config = (language: Language): Config => ({
      ...exampleConfig,
      timezone,
      sponsors: exampleConfig.sponsors.map((s) => (s.id === 'plant2-gm' ? { ...s, language } : s)),
    });
    const raised: DeskCase = raisedEscalation({
      ...AT_PLANT2,
      redactedText: 'La salida de emergencia está bloqueada.',
      raisedAt: '2026-11-30T05:00:00.000Z',
      slaDueAt: '2026-12-01T07:00:00.000Z',
      audit: [
        { at: '2026-11-30T05:00:00.000Z', event: 'raised', detail: 'for Lee Marsh (Plant 2 GM): urgent-topic' },
        { at: '2026-11-30T06:00:00.000Z', event: 'rerouted', detail: 'to Dana Whitfield (COO)' },
        { at: '2026-12-01T02:00:00.000Z', event: 'acknowledged', detail: 'at level 0' },
      ],
    });
    const acknowledged: DeskCase = { ...raised, status: 'acknowledged', acknowledgedAt: '2026-12-01T02:00:00.000Z' };

    it.each(READERS)(
      'Should write every date in %s grammatically in the email, /ack, the desk and the history',
      async (language) => {
        const c = config(language);
        const email = await escalationEmail(c, raised, ['plant2-gm@example.com'], 'https://x', 'x');
        const conversation = (['deadline-near', 'deadline-passed'] as const).map((kind) =>
          conversationEmail(c, acknowledged, ['plant2-gm@example.com'], 'https://x', {
            kind,
            deadline: 'feedback',
            day: '2027-03-01',
          }),
        );
        const texts = [
          email.subject,
          email.text,
          linesOf(String(email.html)),
          ...conversation.flatMap((m) => [m.subject, m.text]),
          linesOf(String(await escalationPage(c, raised, 'token', { now: new Date('2026-12-01T12:00:00Z') }))),
          linesOf(String(await escalationPage(c, acknowledged, 'token', { now: new Date('2026-12-01T12:00:00Z') }))),
          linesOf(String(historyList(c, language, raised.audit))),
          ...(['waiting', 'overdue', 'acknowledged', 'answered', 'closed'] as const).map((state) =>
            clockInWords(
              c,
              { escalation: { ...acknowledged, respondedAt: raised.raisedAt, closedAt: raised.raisedAt }, state },
              language,
            ),
          ),
        ];
        for (const text of texts) expect(dateFaults(language, text), text).toEqual([]);
        // The subject opens the deadline with the language's own preposition and article.
        expect(email.subject).toMatch(
          language === 'es'
            ? / antes del (?:lunes|martes) \d+ de (?:noviembre|diciembre) de 2026 a las? \d/
            : / avant le (?:lundi|mardi) (?:1er|\d+) (?:novembre|décembre) 2026 à \d/,
        );
      },
    );
  });

  it('Should leave English as it reads naturally', async () => {
    const config: Config = { ...exampleConfig, timezone: 'America/Chicago' };
    const e = raisedEscalation({
      ...AT_PLANT2,
      id: 'case:0b7a4d4e-1111-4c1c-9a11-000000000002',
      raisedAt: '2026-11-30T05:00:00.000Z',
      slaDueAt: '2026-12-01T09:00:00.000Z',
    });
    const email = await escalationEmail(config, e, ['plant2-gm@example.com'], 'https://x', 'x');
    expect(email.subject).toContain('please acknowledge by Tuesday, December 1, 2026 at 3 AM Central Time');
    expect(email.text).toContain('Raised: around Sunday, November 29, 2026 at 11 PM Central Time');
  });
});
