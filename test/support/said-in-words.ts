import { expect } from 'vitest';
import type { Language } from '../../shared/i18n/languages';

/** A moment in words (`momentIn`, `deadlineIn`): in a language, of an ISO time, in a time zone. */
type SayMoment = (language: Language, iso: string, timeZone: string) => string;

/** Rows of a table of moments in words: the language, the moment, its zone, and the words a reader must see. */
export type SaidRow = readonly [Language, string, string, string];

/** Expects `say` to give each row's words, the row named when it does not. */
export function expectSaid(say: SayMoment, rows: readonly SaidRow[]): void {
  for (const [language, iso, timeZone, words] of rows)
    expect(say(language, iso, timeZone), `${language}, ${iso}, ${timeZone}`).toBe(words);
}

/** The names people read for the zones the deadline tests use, in each language. */
export const ZONE_NAMES = {
  'America/Chicago': { en: 'Central Time', es: 'hora central', fr: 'heure du centre nord-américain' },
  'Europe/Berlin': { en: 'Central European Time', es: 'hora de Europa central', fr: 'heure d’Europe centrale' },
  'Asia/Kolkata': { en: 'India Standard Time', es: 'hora estándar de la India', fr: 'heure de l’Inde' },
  UTC: { en: 'Coordinated Universal Time', es: 'tiempo universal coordinado', fr: 'temps universel coordonné' },
} as const satisfies Record<string, Record<Language, string>>;
