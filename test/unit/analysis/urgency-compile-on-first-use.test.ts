import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileOnFirstUse } from '../../../shared/analysis/urgency/compile-on-first-use';
import { LANGUAGES } from '../../../shared/analysis/urgency/languages';
import { requiredLiterals } from '../../../shared/analysis/urgency/literals';
import { compileLanguages, matchCategories, withoutHarmless } from '../../../shared/analysis/urgency/matcher';
import { fold } from '../../../shared/analysis/urgency/normalise';
import { rule } from '../../../shared/analysis/urgency/types';

// Every labelled text of every language, urgent or not, folded as the detector reads it, by language.
const BY_LANGUAGE = LANGUAGES.map((language): [string, string[]] => [
  language.code,
  readFileSync(new URL(`../../../eval/urgency/${language.code}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => fold((JSON.parse(line) as { text: string }).text)),
]);
const TEXTS = BY_LANGUAGE.flatMap(([, texts]) => texts);

const categories = (folded: string, languages: Parameters<typeof matchCategories>[1]) =>
  [...matchCategories(folded, languages)].sort();

// The detector compiles each language when a text first needs it: it must find what compiling all at once finds,
// whichever language arrives first: in the sets' order (English first) and backwards (Arabic first), each from a
// fresh start. A case a language, so a loaded CI runner times each language's first expressions, not all at once.
describe('the urgency rules compiled on first use, whichever language arrives first', () => {
  // What every language compiled at once finds in each text, and what it leaves once harmless uses are taken out.
  const expected = new Map<string, { categories: string[]; harmless: string }>();
  // Each expression is compiled when it first runs: seconds of CPU for English alone, minutes on a loaded CI
  // runner. Paid once here, in a hook given the time the single case had, not by the first language's case.
  beforeAll(() => {
    const together = compileLanguages(LANGUAGES, requiredLiterals);
    for (const folded of TEXTS)
      expected.set(folded, { categories: categories(folded, together), harmless: withoutHarmless(folded, together) });
  }, 120_000);

  it('Should have every labelled text to read', () => {
    expect(TEXTS.length).toBeGreaterThan(600);
  });

  describe.each([
    ['in the sets’ order', BY_LANGUAGE],
    ['backwards', [...BY_LANGUAGE].reverse().map(([code, texts]): [string, string[]] => [code, [...texts].reverse()])],
  ])('%s', (_, languages) => {
    const onFirstUse = compileOnFirstUse(LANGUAGES);
    let urgent = 0;
    it.each(languages)('Should find in the %s texts what every language compiled at once finds', (_, texts) => {
      for (const folded of texts) {
        const { categories: found, harmless } = expected.get(folded)!;
        expect(categories(folded, onFirstUse), folded).toEqual(found);
        expect(withoutHarmless(folded, onFirstUse), folded).toBe(harmless);
        if (found.length) urgent += 1;
      }
    });
    it('Should have found more than 300 of them urgent', () => {
      expect(urgent).toBeGreaterThan(300);
    });
  });
});

describe('the urgency rules compiled on first use', () => {
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
  const edited = LANGUAGES.map((language) =>
    language.code === 'es'
      ? { ...language, rules: [rule('safety', String.raw`\bcarretilla volcada encima de\b`), ...language.rules] }
      : language.code === 'en'
        ? { ...language, rules: [...language.rules, rule('safety', String.raw`\bforklift tipped over on\b`)] }
        : language,
  );

  it('Should still read a language whose rules changed since the stored table was written', () => {
    const onFirstUse = compileOnFirstUse(edited);
    expect(categories(fold('the forklift tipped over on a picker by the dock'), onFirstUse)).toEqual(['safety']);
    expect(categories(fold('una carretilla volcada encima de un compañero'), onFirstUse)).toEqual(['safety']);
  });

  // Reading every pattern of every language and running 400 texts through both takes seconds, more when loaded.
  it('Should find with rules changed since the stored table what the changed rules compiled at once find', {
    timeout: 120_000,
  }, () => {
    const together = compileLanguages(edited, requiredLiterals);
    const onFirstUse = compileOnFirstUse(edited);
    for (const folded of TEXTS.slice(0, 400))
      expect(categories(folded, onFirstUse), folded).toEqual(categories(folded, together));
  });
});
