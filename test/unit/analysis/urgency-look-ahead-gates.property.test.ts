import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/analysis/urgency/languages';
import { precomputedLiterals } from '../../../shared/analysis/urgency/literal-table';
import { type Condition, holds, literalCondition, requiredLiterals } from '../../../shared/analysis/urgency/literals';
import { foldPattern } from '../../../shared/analysis/urgency/normalise';

/*
 * A rule that starts with a look-ahead ("(?=\b(?:calls?|called|…) (?:me|her…) … (?:slur))…") or holds a letter
 * written as "\u00fc" was read as needing nothing, so it ran on every text (six of them, on every tweet and review).
 * Now a look-ahead or look-behind that must hold counts for what it needs (it reads the same text), a negative one
 * for nothing, and "\u…"/"\x…" for the character it stands for. A gate must never turn away a text the rule matches:
 * checked on texts made of each such rule's own words, shuffled with filler and punctuation, where the rules match.
 */

const literalsOf = (condition: Condition | undefined): string[] =>
  condition === undefined
    ? []
    : typeof condition === 'string'
      ? [condition]
      : ('all' in condition ? condition.all : condition.any).flatMap(literalsOf);

// Every urgency rule whose reading this changed: a look-ahead or look-behind that must hold, or a coded character.
const CHANGED = LANGUAGES.flatMap((language) =>
  language.rules
    .map((rule) => foldPattern(rule.source))
    .filter((source) => /\(\?<?=|\\u[0-9a-fA-F{]|\\x[0-9a-fA-F]/.test(source)),
);
const FILLER = ['the', 'my', 'he', 'me', 'a', 'at', 'work', 'today', '.', ',', '\n', '2', '45', 'and', 'so', 'is'];

describe('urgency gates read through look-aheads and coded letters', () => {
  it('Should require what a look-ahead or look-behind must find, and nothing for a negative one', () => {
    expect(requiredLiterals(String.raw`(?=\bcalls me (?:paki|gook)\b)\w+`)).toEqual(['calls me paki', 'calls me gook']);
    expect(requiredLiterals(String.raw`(?<=#)[a-z]{5}`)).toEqual(['#']);
    expect(requiredLiterals(String.raw`(?!\bnot\b)\w+`)).toBeNull();
    expect(requiredLiterals(String.raw`(?<!\bnever )\w+`)).toBeNull();
    expect(requiredLiterals(String.raw`\bstra\u00dfe\b`)).toEqual(['straße']);
    expect(requiredLiterals(String.raw`\u{1F525}`)).toEqual(['\u{1F525}']);
    expect(requiredLiterals(String.raw`\x41bc`)).toEqual(['Abc']);
    // A surrogate written alone is a lone surrogate under the `u` flag: nothing is read from it.
    expect(requiredLiterals(String.raw`\ud83d\udd25`)).toBeNull();
    expect(literalCondition(String.raw`(?=[^.]*\bgun\b)[^.]*\bcar\b`)).toEqual({ all: ['gun', 'car'] });
  });

  it('Should gate at least the rules that ran on every text', () => {
    expect(CHANGED.length).toBeGreaterThan(5);
    const gated = CHANGED.filter((source) => precomputedLiterals(source) !== null);
    expect(gated.length).toBeGreaterThanOrEqual(5);
  });

  it('Should let through every text made of a changed rule\u2019s own words that the rule matches', {
    timeout: 300_000,
  }, () => {
    let matched = 0;
    for (const source of CHANGED) {
      const gate = precomputedLiterals(source);
      const condition = literalCondition(source);
      const words = [...new Set([...literalsOf(condition), ...(gate ?? [])])];
      if (!words.length) continue;
      const pattern = new RegExp(source, 'u');
      const piece = fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...words) },
        { weight: 1, arbitrary: fc.constantFrom(...FILLER) },
      );
      fc.assert(
        fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', ''), (pieces, gap) => {
          const text = pieces.join(gap);
          if (!pattern.test(text)) return;
          matched += 1;
          if (gate)
            expect(
              gate.some((literal) => text.includes(literal)),
              `${source.slice(0, 60)}: ${text}`,
            ).toBe(true);
          if (condition !== undefined) expect(holds(condition, text), `${source.slice(0, 60)}: ${text}`).toBe(true);
        }),
        { numRuns: 60 },
      );
    }
    // The texts do reach the rules: a property that never saw a match would prove nothing.
    expect(matched).toBeGreaterThan(50);
  });
});
