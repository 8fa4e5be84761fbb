import type { Catalogue } from './catalogue';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

/**
 * Every language Listening Post speaks. To add one: write its catalogue
 * (copy `fr.ts`, translate every message, set its keywords) and add it here.
 */
export const CATALOGUES = { en, es, fr } as const satisfies Record<string, Catalogue>;

export type Language = keyof typeof CATALOGUES;

export const LANGUAGES = Object.keys(CATALOGUES) as Language[];

export function isLanguage(code: string): code is Language {
  return Object.hasOwn(CATALOGUES, code);
}

export function catalogueOf(language: Language): Catalogue {
  return CATALOGUES[language];
}
