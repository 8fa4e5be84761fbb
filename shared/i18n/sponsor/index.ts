import type { SponsorKey, SponsorMessages } from '../catalogue';
import { CATALOGUES, LANGUAGES, type Language } from '../languages';
import { formatMessage, type MessageParams } from '../message-format';

export type { SponsorKey, SponsorMessages } from '../catalogue';

/**
 * What sponsors and leadership read, in each language: the `sponsor`
 * section of each catalogue (`shared/i18n/catalogues/<code>.ts`).
 */
export const SPONSOR_CATALOGUES = Object.fromEntries(
  LANGUAGES.map((language) => [language, CATALOGUES[language].sponsor]),
) as Record<Language, SponsorMessages>;

/** The sponsor message `key` in `language`, its parameters filled in. */
export function sponsorText(language: Language, key: SponsorKey, params?: MessageParams): string {
  return formatMessage(language, SPONSOR_CATALOGUES[language][key], params);
}

/** A translator bound to one reader's language: `t('sponsor.desk.title')`. */
export type SponsorTranslator = (key: SponsorKey, params?: MessageParams) => string;

export const sponsorTranslator =
  (language: Language): SponsorTranslator =>
  (key, params) =>
    sponsorText(language, key, params);
