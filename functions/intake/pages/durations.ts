import type { Language } from '../../../shared/i18n/languages';

/** A length of time as the language says it, by `Intl` ("4 hours", "3 días", "3 mois"). */
function inWords(language: Language, value: number, unit: 'hour' | 'day' | 'month'): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/**
 * "4 hours", "3 days", "4 horas", "3 jours": a service level as a person
 * says it. The receipt and the status page both use it, so they promise
 * the same thing in the same words.
 */
export function hoursInWords(language: Language, hours: number): string {
  return hours >= 48 && hours % 24 === 0
    ? inWords(language, hours / 24, 'day')
    : inWords(language, Math.ceil(hours), 'hour');
}

/** "7 days", "7 días": the law's time to acknowledge. */
export const daysInWords = (language: Language, days: number): string => inWords(language, days, 'day');

/** "3 months", "3 meses": the law's time to say what is being done. */
export const monthsInWords = (language: Language, months: number): string => inWords(language, months, 'month');
