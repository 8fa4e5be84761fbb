import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../../shared/config/schema';
import { markedUrgentEmail, type MarkedUrgentOccasion } from '../../../shared/email/marked-urgent-email';
import type { Language } from '../../../shared/i18n/languages';
import { exampleConfig } from '../../support/fixtures';

const OCCASIONS: MarkedUrgentOccasion[] = ['new', 'reminder', 'climbed'];
const DUE = '2026-11-18T19:00:00.000Z'; // 1 PM in Chicago
const DESK = 'https://feedback.example.com/desk/token';

/** The example installation with the Plant 2 manager reading in `language`. */
const readingIn = (language: Language): Config => ({
  ...exampleConfig,
  sponsors: exampleConfig.sponsors.map((s) => (s.id === 'plant2-gm' ? { ...s, language } : s)),
});
const email = (language: Language, occasion: MarkedUrgentOccasion, count: number) =>
  markedUrgentEmail(readingIn(language), ['plant2-gm@example.com'], occasion, count, DUE, DESK);

/** What only the English wording would leave in another language's email. */
const ENGLISH = /\b(reports?|marked|urgent by|senders?|desk|acknowledg\w*|inbox|hour)\b/i;

describe('the email that tells a holder of several reports only marked urgent', () => {
  it('Should say how many, the first deadline, why together, and link the desk, in English', () => {
    const e = email('en', 'new', 35);
    expect(e.subject).toBe('35 more reports were marked urgent by their senders: see your case desk');
    expect(e.text).toContain('the first is Wednesday, November 18, 2026 at 1 PM Central Time');
    expect(e.text).toContain('past 5 an hour');
    expect(e.text).toContain(`Open your case desk: ${DESK}`);
    expect(email('en', 'new', 1).subject).toBe('1 more report was marked urgent by its sender: see your case desk');
  });

  it.each(['es', 'fr'] as const)(
    'Should be written wholly in %s, for one report or many, on every occasion',
    (language) => {
      for (const occasion of OCCASIONS)
        for (const count of [1, 2, 35]) {
          const e = email(language, occasion, count);
          expect(e.subject).toContain(String(count));
          expect(`${e.subject}\n${e.text.replace(DESK, '')}`).not.toMatch(ENGLISH);
          expect(e.text).toContain(language === 'es' ? 'miércoles' : 'mercredi');
          expect(e.html).toContain(`lang="${language}"`);
        }
    },
  );

  it('Should render any count on any occasion, in any configured language, with nothing left unfilled', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Language[]>('en', 'es', 'fr'),
        fc.constantFrom(...OCCASIONS),
        fc.integer({ min: 1, max: 999 }),
        (language, occasion, count) => {
          const e = email(language, occasion, count);
          expect(e.subject).toContain(String(count));
          expect(`${e.subject}${e.text}`).not.toMatch(/[{}]/);
          expect(e.to).toEqual(['plant2-gm@example.com']);
        },
      ),
    );
  });
});
