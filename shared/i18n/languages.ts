import type { Catalogue } from './catalogue';
import * as registered from './catalogues';

/**
 * Every language Listening Post speaks, by its code: each one's catalogue is
 * one file in `shared/i18n/catalogues/`, listed in its `index.ts`.
 */
export const CATALOGUES = { ...registered } satisfies Record<string, Catalogue>;

export type Language = keyof typeof CATALOGUES;

export const LANGUAGES = Object.keys(CATALOGUES) as Language[];

export function isLanguage(code: string): code is Language {
  return Object.hasOwn(CATALOGUES, code);
}

export function catalogueOf(language: Language): Catalogue {
  return CATALOGUES[language];
}
