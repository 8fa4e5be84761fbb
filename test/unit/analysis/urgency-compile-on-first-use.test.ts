import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileOnFirstUse } from '../../../shared/analysis/urgency/compile-on-first-use';
import { LANGUAGES } from '../../../shared/analysis/urgency/languages';
import { requiredLiterals } from '../../../shared/analysis/urgency/literals';
import { compileLanguages, matchCategories, withoutHarmless } from '../../../shared/analysis/urgency/matcher';
import { fold } from '../../../shared/analysis/urgency/normalise';
import { rule } from '../../../shared/analysis/urgency/types';

// Every labelled text of every language, urgent or not, folded as the detector reads it.
const TEXTS = LANGUAGES.flatMap((language) =>
  readFileSync(new URL(`../../../eval/urgency/${language.code}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => fold((JSON.parse(line) as { text: string }).text)),
);

const categories = (folded: string, languages: Parameters<typeof matchCategories>[1]) =>
  [...matchCategories(folded, languages)].sort();

// The detector compiles each language when a text first needs it: it must find what compiling all at once finds.
describe('the urgency rules compiled on first use', () => {
  it('Should find what every language compiled at once finds, whichever language arrives first', {
    timeout: 120_000,
  }, () => {
    const together = compileLanguages(LANGUAGES, requiredLiterals);
    expect(TEXTS.length).toBeGreaterThan(600);
    // In the sets' order (English first) and backwards (Arabic first), each from a fresh start.
    for (const texts of [TEXTS, [...TEXTS].reverse()]) {
      const onFirstUse = compileOnFirstUse(LANGUAGES);
      let urgent = 0;
      for (const folded of texts) {
        const expected = categories(folded, together);
        expect(categories(folded, onFirstUse), folded).toEqual(expected);
        expect(withoutHarmless(folded, onFirstUse), folded).toBe(withoutHarmless(folded, together));
        if (expected.length) urgent += 1;
      }
      expect(urgent).toBeGreaterThan(300);
    }
  });

  it('Should compile only the languages a text is written in', () => {
    const languages = compileOnFirstUse(LANGUAGES);
    const compiled = new Set<string>();
    for (const language of languages) {
      const compile = language.compile!;
      language.compile = () => {
        compiled.add(language.code);
        compile();
      };
    }
    expect(categories(fold('The fire exit by the paint shop is blocked again and nobody cares'), languages)).toEqual([
      'safety',
    ]);
    expect([...compiled]).toEqual(['en']);
    expect(categories(fold('消防通道被堵住了'), languages)).toEqual(['safety']);
    expect([...compiled].sort()).toEqual(['en', 'zh']);
  });

  // A rule written after the stored table: its language cannot use the stored slots, and must still be read.
  it('Should still read a language whose rules changed since the stored table was written', () => {
    const forklift = 'the forklift tipped over on a picker by the dock';
    const edited = LANGUAGES.map((language) =>
      language.code === 'es'
        ? { ...language, rules: [rule('safety', String.raw`\bcarretilla volcada encima de\b`), ...language.rules] }
        : language.code === 'en'
          ? { ...language, rules: [...language.rules, rule('safety', String.raw`\bforklift tipped over on\b`)] }
          : language,
    );
    const together = compileLanguages(edited, requiredLiterals);
    const onFirstUse = compileOnFirstUse(edited);
    expect(categories(fold(forklift), onFirstUse)).toEqual(['safety']);
    expect(categories(fold('una carretilla volcada encima de un compañero'), onFirstUse)).toEqual(['safety']);
    for (const folded of TEXTS.slice(0, 400))
      expect(categories(folded, onFirstUse), folded).toEqual(categories(folded, together));
  });
});
