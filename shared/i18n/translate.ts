import type { MessageKey } from './catalogue';
import { catalogueOf, isLanguage, type Language } from './languages';
import { formatMessage, type MessageParams } from './message-format';

export type { Language } from './languages';
export type { MessageKey } from './catalogue';

/**
 * The message `key` in `language`, its parameters filled in (numbers and
 * plurals by that language's rules).
 *
 * @example
 * translate('es', 'sms.unknownCase') // 'Ningún caso tiene ese código. …'
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return formatMessage(language, catalogueOf(language).messages[key], params);
}

/** A number as `language` writes it (`1,600`, `1.600`, `1 600`). */
export function formatNumber(language: Language, value: number): string {
  return new Intl.NumberFormat(language).format(value);
}

/** A day as `language` writes it, in the installation's time zone (`18 November 2026`, `18 de noviembre de 2026`). */
export function formatDate(language: Language, date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone }).format(date);
}

/**
 * The language to answer in: the first candidate the installation speaks,
 * else `fallback`. Candidates come in order of confidence (what the text
 * was detected as, the keyword's language, …).
 */
export function chooseLanguage(
  configured: readonly string[],
  candidates: readonly (string | undefined)[],
  fallback: Language,
): Language {
  for (const candidate of candidates) {
    if (candidate && configured.includes(candidate) && isLanguage(candidate)) return candidate;
  }
  return fallback;
}
