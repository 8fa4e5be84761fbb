import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LITERALS_FILE, literalTableSource } from '../../../scripts/build-urgency';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { LANGUAGES } from '../../../shared/analysis/urgency/languages';
import { precomputedLiterals } from '../../../shared/analysis/urgency/literal-table';
import { requiredLiterals } from '../../../shared/analysis/urgency/literals';
import { compileLanguages, matchCategories } from '../../../shared/analysis/urgency/matcher';
import { fold } from '../../../shared/analysis/urgency/normalise';

// The urgency rules' required literals are computed when the rules change,
// not at every cold start; these tests keep that table honest.
describe('the urgency rules’ literal table', () => {
  it('Should match the rules as they are now (else run npm run build:urgency)', () => {
    expect(
      readFileSync(LITERALS_FILE, 'utf8'),
      'shared/analysis/urgency/literals.generated.ts is out of date: run npm run build:urgency',
    ).toBe(literalTableSource());
  });

  it('Should read a pattern it has never seen from the pattern itself, so a rule added since still runs', () => {
    const source = String.raw`\b(?:forklift|pallet truck) (?:tipped over|rolled over) on (?:someone|a picker)\b`;
    expect(precomputedLiterals(source)).toEqual(requiredLiterals(source));
    expect(precomputedLiterals(source)).not.toBeNull();
  });

  // A wrong literal could only make a rule skip a text it matches, so urgent texts are what to compare on.
  it('Should find exactly what the parsed patterns find on the urgent texts of every language', {
    timeout: 120_000,
  }, () => {
    const parsed = compileLanguages(LANGUAGES, requiredLiterals);
    const tabled = compileLanguages(LANGUAGES);
    const texts = LANGUAGES.flatMap((language) =>
      readFileSync(new URL(`../../../eval/urgency/${language.code}.jsonl`, import.meta.url), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as { text: string; escalate: boolean })
        .filter((row) => row.escalate)
        .map((row) => row.text),
    );
    expect(texts.length).toBeGreaterThan(300);
    let urgent = 0;
    for (const text of texts) {
      const folded = fold(text);
      const expected = [...matchCategories(folded, parsed)].sort();
      expect([...matchCategories(folded, tabled)].sort(), text).toEqual(expected);
      if (expected.length) urgent += 1;
    }
    // The comparison is worth something only if the rules fire on many of them.
    expect(urgent).toBeGreaterThan(250);
    expect(detectUrgency('The fire exit by the paint shop is blocked').urgent).toBe(true);
  });
});
