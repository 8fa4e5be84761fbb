import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/analysis/urgency/languages';
import { type Condition, holds, literalCondition } from '../../../shared/analysis/urgency/literals';
import { fold, foldPattern } from '../../../shared/analysis/urgency/normalise';
import { holdsMarked, marked } from '../../../shared/analysis/urgency/text-trigrams';

// Every rule's word condition in every language, as the rules ask it (rule-conditions.ts).
const CONDITIONS: Condition[] = LANGUAGES.flatMap((language) =>
  language.rules.map((rule) => literalCondition(foldPattern(rule.source))).filter((c) => c !== undefined),
);

const literalsOf = (condition: Condition): string[] =>
  typeof condition === 'string'
    ? [condition]
    : ('all' in condition ? condition.all : condition.any).flatMap((part) => literalsOf(part));

const TEXTS = [
  'the fire exit is blocked with pallets again',
  'there is oil all over the car park floor and someone slipped on it',
  'my manager said he will kill me if i report this',
  'la salida de emergencia está bloqueada otra vez',
  'der Notausgang ist schon wieder mit Paletten zugestellt',
  '消防通道又被堵住了，有人受伤了',
  'مخرج الطوارئ مغلق ويوجد تسرب غاز',
  'ok',
  '',
].map(fold);

describe("a rule's word condition read from the text's marked runs (text-trigrams.ts)", () => {
  it('answers as a search per word does, for every rule of every language, on texts of every script', () => {
    expect(CONDITIONS.length).toBeGreaterThan(1000);
    for (const condition of CONDITIONS) {
      const asked = marked(condition);
      for (const text of TEXTS) expect(holdsMarked(asked, text)).toBe(holds(condition, text));
    }
  });

  it('answers as a search per word does on texts made of the words a rule needs, with filler, texts asked in turn', () => {
    let agreed = 0;
    let held = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: CONDITIONS.length - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom('', ' ', 'x', ' the ', 'ing ', '.', 'é', '受', 'ed'), { maxLength: 6 }),
        fc.boolean(),
        (at, picks, fillers, trimmed) => {
          const condition = CONDITIONS[at]!;
          const words = literalsOf(condition);
          let text = picks.map((pick, i) => `${words[pick % words.length]!}${fillers[i] ?? ' '}`).join('');
          // A word cut short by one letter: its runs nearly all there, the word not.
          if (trimmed) text = text.slice(0, -2);
          // Another condition's text asked between: the marks must be those of the text asked about.
          const other = CONDITIONS[(at + 1) % CONDITIONS.length]!;
          expect(holdsMarked(marked(other), `${text} other`)).toBe(holds(other, `${text} other`));
          const answer = holds(condition, text);
          expect(holdsMarked(marked(condition), text)).toBe(answer);
          agreed += 1;
          if (answer) held += 1;
        },
      ),
      { numRuns: 2000 },
    );
    // Not vacuous: texts that hold the condition and texts that do not were both asked.
    expect(held).toBeGreaterThan(100);
    expect(agreed - held).toBeGreaterThan(100);
  });
});
