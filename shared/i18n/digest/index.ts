import type { DigestKey, DigestMessages } from '../catalogue';
import { CATALOGUES, isLanguage, LANGUAGES, type Language } from '../languages';
import { formatMessage, type MessageParams } from '../message-format';

export type { DigestKey, DigestMessages } from '../catalogue';

/** The weekly digest in each language: the `digest` section of each catalogue (`shared/i18n/catalogues/<code>.ts`). */
export const DIGEST_CATALOGUES = Object.fromEntries(
  LANGUAGES.map((language) => [language, CATALOGUES[language].digest]),
) as Record<Language, DigestMessages>;

/** A translator bound to one reader's language: `t('digest.section.sites')`. */
export type DigestTranslator = ((key: DigestKey, params?: MessageParams) => string) & { language: Language };

/** The digest's translator for `language`; an archived digest with no language (or one no longer spoken) reads in English. */
export function digestTranslator(language: string | undefined): DigestTranslator {
  const lang: Language = language && isLanguage(language) ? language : 'en';
  const t = (key: DigestKey, params?: MessageParams) => formatMessage(lang, DIGEST_CATALOGUES[lang][key], params);
  return Object.assign(t, { language: lang });
}
