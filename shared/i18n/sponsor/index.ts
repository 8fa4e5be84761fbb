import type { Language } from '../languages';
import { formatMessage, type MessageParams } from '../message-format';
import { sponsorEn } from './en';
import { sponsorEs } from './es';
import { sponsorFr } from './fr';
import type { SponsorMessages } from './keys';

export type SponsorKey = keyof typeof sponsorEn;
export type { SponsorMessages } from './keys';

/**
 * What sponsors and leadership read, one catalogue per language, beside the
 * employees' (`shared/i18n/<code>.ts`): a language Listening Post speaks
 * needs both, and `tsc` fails when this one lacks a language of `CATALOGUES`.
 */
export const SPONSOR_CATALOGUES: Record<Language, SponsorMessages> = { en: sponsorEn, es: sponsorEs, fr: sponsorFr };

/**
 * Keys whose text is rightly the same as the English one in a language (a
 * punctuation-only template), which the catalogue test otherwise takes for
 * one left untranslated.
 */
export const SPONSOR_SAME_AS_ENGLISH: Partial<Record<Language, readonly SponsorKey[]>> = {
  es: ['sponsor.field', 'sponsor.desk.pageTitle'],
};

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
