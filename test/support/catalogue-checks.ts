import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../shared/analysis/language';
import { CATALOGUES, LANGUAGES, type Language } from '../../shared/i18n/languages';
import { branchKeys, formatMessage, parameterNames } from '../../shared/i18n/message-format';

export interface CatalogueSet<K extends string> {
  /** What the catalogues are for, as the test titles say it: "digest", "sponsor". */
  what: string;
  catalogues: Record<Language, Readonly<Record<K, string>>>;
  /** Parameter values with no language of their own, so a rendered message shows only the catalogue's words. */
  neutral: Record<string, string | number>;
  /** Whether a select's "other" branch takes the parameter's neutral value (a figure or change that is also shown). */
  otherIsNeutral?: boolean;
}

/**
 * The two checks every set of catalogues must pass in each language but
 * English: the same keys, parameters and select cases as English, and every
 * message, in every case, rendered in that language and never in English.
 */
export function describeCatalogues<K extends string>(title: string, set: CatalogueSet<K>): void {
  const english = set.catalogues.en;
  const keys = Object.keys(english).sort() as K[];
  const others = LANGUAGES.filter((code) => code !== 'en');

  /** Every branch each select of a template can take, so each is rendered and checked. */
  function variants(template: string): Record<string, string>[] {
    let out: Record<string, string>[] = [{}];
    for (const [argument, cases] of branchKeys(template)) {
      if (!argument.startsWith('select:')) continue;
      const name = argument.slice('select:'.length);
      const value = (c: string) =>
        set.otherIsNeutral && c === 'other' && set.neutral[name] !== undefined ? String(set.neutral[name]) : c;
      out = out.flatMap((v) => [...cases].map((c) => ({ ...v, [name]: value(c) })));
    }
    return out;
  }

  describe(title, () => {
    it.each(others)(`Should give %s every English ${set.what} key, with the same parameters and cases`, (code) => {
      const catalogue = set.catalogues[code];
      expect(Object.keys(catalogue).sort()).toEqual(keys);
      for (const key of keys) {
        expect(parameterNames(catalogue[key]), key).toEqual(parameterNames(english[key]));
        const mine = branchKeys(catalogue[key]);
        for (const [argument, cases] of branchKeys(english[key])) {
          if (argument.startsWith('select:')) expect(mine.get(argument), `${key} ${argument}`).toEqual(cases);
          else expect(mine.get(argument)?.has('other'), `${key} ${argument}`).toBe(true);
        }
      }
    });

    it.each(others)(`Should say every ${set.what} message in %s, never in English, in every case`, (code) => {
      const catalogue = set.catalogues[code];
      // Keys the catalogue itself names as rightly the same as English.
      const same = new Set<string>(CATALOGUES[code].sameAsEnglish ?? []);
      for (const key of keys) {
        if (same.has(key)) continue;
        expect(catalogue[key], key).not.toBe(english[key]);
        for (const variant of variants(english[key])) {
          const text = formatMessage(code, catalogue[key], { ...set.neutral, ...variant });
          expect(text, `${key}: ${text}`).not.toMatch(/\{\w+\}/);
          if (text.split(/\s+/).length >= 3) expect(detectLanguage(text), `${key}: ${text}`).not.toBe('en');
        }
      }
    });
  });
}
