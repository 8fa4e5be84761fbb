import { isLanguage, type Language } from '../languages';
import { formatMessage, type MessageParams } from '../message-format';
import { digestEn } from './en';
import { digestEs } from './es';
import { digestFr } from './fr';
import type { DigestMessages } from './keys';

export type DigestKey = keyof typeof digestEn;
export type { DigestMessages } from './keys';

/**
 * The weekly digest, one catalogue per language, beside the employees' and
 * the sponsors': `tsc` fails when a language of `CATALOGUES` lacks one, or
 * a key.
 */
export const DIGEST_CATALOGUES: Record<Language, DigestMessages> = { en: digestEn, es: digestEs, fr: digestFr };

/**
 * Keys whose text is rightly the same as the English one in a language (a
 * punctuation-only template, a word both share), which the catalogue test
 * otherwise takes for one left untranslated.
 */
export const DIGEST_SAME_AS_ENGLISH: Partial<Record<Language, readonly DigestKey[]>> = {
  es: [
    'digest.faceItem',
    'digest.trend.words',
    'digest.esc.summary',
    'digest.sponsorLine',
    'digest.total',
    'digest.trend.negativeShort',
    'digest.responses.aboutText',
  ],
  fr: ['digest.faceItem', 'digest.esc.summary', 'digest.section.sites'],
};

/** A translator bound to one reader's language: `t('digest.section.sites')`. */
export type DigestTranslator = ((key: DigestKey, params?: MessageParams) => string) & { language: Language };

/** The digest's translator for `language`; an archived digest with no language (or one no longer spoken) reads in English. */
export function digestTranslator(language: string | undefined): DigestTranslator {
  const lang: Language = language && isLanguage(language) ? language : 'en';
  const t = (key: DigestKey, params?: MessageParams) => formatMessage(lang, DIGEST_CATALOGUES[lang][key], params);
  return Object.assign(t, { language: lang });
}
