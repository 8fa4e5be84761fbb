import { PLACEHOLDER } from '../analysis/redaction-kinds';
import type { Language } from './languages';
import { translate } from './translate';

/**
 * Redaction's placeholders (`[NAME]`, `[PHONE]`, …) as the reader's language
 * writes them (`[NOM]`, `[TELÉFONO]`). The stored text keeps one form; every
 * page, email and SMS shows it in its reader's words, so the preview ("how it
 * will be read"), the status page, a sponsor's email and an employee's text
 * message agree, and no English is left in a French or Spanish one.
 */
export const localPlaceholders = (language: Language, text: string): string =>
  language === 'en'
    ? text
    : text.replace(PLACEHOLDER, (_, kind: string) => translate(language, 'web.redacted', { kind }));
