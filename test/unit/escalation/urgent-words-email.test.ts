import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../../shared/config/schema';
import type { Escalation } from '../../../shared/domain/escalation';
import type { MarkedUrgentOccasion } from '../../../shared/email/marked-urgent-email';
import { MAX_LINE_CHARS, MAX_LINES } from '../../../shared/email/similar-reports';
import { urgentWordsEmail } from '../../../shared/email/urgent-words-email';
import type { Language } from '../../../shared/i18n/languages';
import { exampleConfig } from '../../support/fixtures';

const OCCASIONS: MarkedUrgentOccasion[] = ['new', 'reminder', 'climbed'];
const DUE = '2026-11-18T19:00:00.000Z'; // 1 PM in Chicago
const DESK = 'https://feedback.example.com/desk/token';
const KNIFE = 'un hombre con un cuchillo en el estacionamiento de la planta 2 amenaza a la gente ahora mismo';
const fire = (i: number) => `Hay un incendio en el almacén del piso ${i}, humo por todas partes`;

const report = (i: number, redactedText: string, more: Partial<Escalation> = {}): Escalation => ({
  id: `e${i}`,
  reasons: ['urgent-topic'],
  caseKey: i.toString(16).padStart(64, '0'),
  topics: [],
  urgentCategories: ['danger'],
  urgent: true,
  redactedText,
  sponsorId: 'plant2-gm',
  level: 0,
  raisedAt: '2026-11-18T15:00:00.000Z',
  slaDueAt: DUE,
  status: 'raised',
  notifiedLevel: -1,
  audit: [],
  ...more,
});

/** The example installation with the Plant 2 manager reading in `language`. */
const readingIn = (language: Language): Config => ({
  ...exampleConfig,
  sponsors: exampleConfig.sponsors.map((s) => (s.id === 'plant2-gm' ? { ...s, language } : s)),
});
const email = (language: Language, occasion: MarkedUrgentOccasion, reports: Escalation[]) =>
  urgentWordsEmail(readingIn(language), ['plant2-gm@example.com'], occasion, reports, DUE, DESK);

/** A flood of one alarm with one real threat in its middle. */
const FLOOD = [
  ...Array.from({ length: 30 }, (_, i) => report(i, fire(i))),
  report(30, KNIFE),
  ...Array.from({ length: 30 }, (_, i) => report(31 + i, fire(31 + i))),
];

/** What only the English wording would leave in another language's email. */
const ENGLISH = /\b(reports?|alike|urgent in|words|desk|acknowledg\w*|inbox|hour|read the list)\b/i;

describe('the email that lists reports urgent in their words past the hour’s emails one by one', () => {
  it('Should put the one report unlike the flood on its own line, first, and the flood on one line with its count', () => {
    const e = email('en', 'new', FLOOD);
    expect(e.subject).toBe('Urgent: 61 more reports urgent in their words: read the list');
    const lines = e.text.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toEqual([`- ${KNIFE}`, `- ${fire(0)} (60 alike reports)`]);
    expect(e.text).toContain('the first is Wednesday, November 18, 2026 at 1 PM Central Time');
    expect(e.text).toContain('past 30 an hour');
    expect(e.text).toContain(`Open your case desk: ${DESK}`);
    expect(e.html).toContain(`<li dir="auto" style="margin:0 0 6px">${KNIFE}</li>`);
  });

  it('Should show the words as the escalation email does: placeholders in the reader’s language, a withheld text never', () => {
    const e = email('fr', 'new', [
      report(1, 'Le gaz fuit près de la chaudière, [NAME] est malade'),
      report(2, 'secret raw words', { textWithheld: true }),
    ]);
    expect(e.text).toContain('[NOM] est malade');
    expect(e.text).not.toContain('secret raw words');
    expect(e.text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(2);
  });

  it.each(['es', 'fr'] as const)('Should be written wholly in %s, on every occasion', (language) => {
    for (const occasion of OCCASIONS)
      for (const reports of [FLOOD.slice(0, 2), FLOOD]) {
        const e = email(language, occasion, reports);
        expect(e.subject).toContain(String(reports.length));
        const ours = `${e.subject}\n${e.text.replace(DESK, '')}`
          .split('\n')
          .map((l) => (l.startsWith('- ') ? l.replace(/^- (Hay|un hombre).*?(\(|$)/, '- (') : l))
          .join('\n');
        expect(ours).not.toMatch(ENGLISH);
        expect(e.text).toContain(language === 'es' ? 'miércoles' : 'mercredi');
        expect(e.html).toContain(`lang="${language}"`);
      }
  });

  it('Should stay bounded and say how many it leaves out, whatever the texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 3000 }), { minLength: 1, maxLength: 80 }),
        fc.constantFrom<Language[]>('en', 'es', 'fr'),
        (texts, language) => {
          const e = email(
            language,
            'new',
            texts.map((t, i) => report(i, t)),
          );
          const lines = e.text.split('\n- ').length - 1;
          expect(lines).toBeLessThanOrEqual(MAX_LINES);
          expect(e.text.length).toBeLessThan(4000 + MAX_LINES * (MAX_LINE_CHARS + 60));
          expect(e.subject).toContain(String(texts.length));
        },
      ),
      { numRuns: 100 },
    );
  });
});
