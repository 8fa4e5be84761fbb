import { PLACEHOLDER } from '../../../shared/analysis/redaction-kinds';
import type { Language } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/translate';

/**
 * Redaction's placeholders (`[NAME]`, `[PHONE]`, …) as the page's language
 * writes them (`[NOM]`, `[TELÉFONO]`). The stored text keeps one form; every
 * page shows it in its reader's words, so the preview ("how it will be
 * read") and the status page agree, and no English is left on a French page.
 */
export const localPlaceholders = (language: Language, text: string): string =>
  language === 'en'
    ? text
    : text.replace(PLACEHOLDER, (_, kind: string) => translate(language, 'web.redacted', { kind }));
