import { describe, expect, it } from 'vitest';
import { DIGEST_CATALOGUES } from '../../../shared/i18n/digest';
import { CATALOGUES } from '../../../shared/i18n/languages';
import { SPONSOR_CATALOGUES } from '../../../shared/i18n/sponsor';

/**
 * Each language quotes with its own marks, the same everywhere: Spanish and
 * French with «…» (French with a space inside), never English ‘…’ or “…”
 * or straight quotes. The French apostrophe (’) is a letter, not a quote.
 */
const textsOf = (language: 'es' | 'fr'): [string, string][] => [
  ...Object.entries(CATALOGUES[language].messages as Record<string, string>),
  ...Object.entries(SPONSOR_CATALOGUES[language]),
  ...Object.entries(DIGEST_CATALOGUES[language]),
];

describe.each(['es', 'fr'] as const)('quotation marks in %s', (language) => {
  it('Should quote with «…» only, never ‘…’, “…” or straight quotes', () => {
    const wrong = textsOf(language).filter(([, text]) => /[‘“”"]|(^|[\s(])'|(^|\s)’/.test(text));
    expect(wrong).toEqual([]);
  });

  it('Should close every « it opens', () => {
    const unbalanced = textsOf(language).filter(
      ([, text]) => (text.match(/«/g) ?? []).length !== (text.match(/»/g) ?? []).length,
    );
    expect(unbalanced).toEqual([]);
  });

  if (language === 'fr')
    it('Should keep a space inside French «…»', () => {
      const tight = textsOf(language).filter(([, text]) => /«[^\s\u00a0\u202f]|[^\s\u00a0\u202f]»/.test(text));
      expect(tight).toEqual([]);
    });
  else
    it('Should keep no space inside Spanish «…»', () => {
      const loose = textsOf(language).filter(([, text]) => /«\s|\s»/.test(text));
      expect(loose).toEqual([]);
    });
});
