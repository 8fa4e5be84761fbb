import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { LANGUAGES } from '../../../shared/analysis/urgency/languages';
import { literalChance } from '../../../shared/analysis/urgency/literal-rarity';
import { precomputedLiterals } from '../../../shared/analysis/urgency/literal-table';
import { requiredLiterals } from '../../../shared/analysis/urgency/literals';
import { fold, foldPattern } from '../../../shared/analysis/urgency/normalise';

/*
 * Each urgency rule is asked only of a text holding one of the literals it needs, and of the sets of literals a
 * rule needs the stored table keeps the one least likely in text (literal-rarity.ts), not the longest. A function
 * word chosen as a gate (" with ", " in ") had rules that never matched asked of half the texts; the choice must
 * never make a rule miss a text it matches.
 */
describe('urgency rules gated by their rarest words', () => {
  it('Should guess function words as commoner than the words of a report, in each language', () => {
    for (const [common, rare] of [
      [' with ', 'trapped '],
      [' in ', 'stuck'],
      [' on the ', 'dementia'],
      [' de la ', 'incendio'],
      [' und ', 'eingeklemmt'],
      ["don't", 'overdose'],
    ] as const)
      expect(literalChance(common), `${common} / ${rare}`).toBeGreaterThan(literalChance(rare));
    // Other scripts, which the profiles do not cover: a longer literal is the rarer.
    expect(literalChance('被困')).toBeGreaterThan(literalChance('被困在'));
  });

  it('Should gate a rule on the words of the report rather than on a function word it also needs', () => {
    const source = String.raw`\b(?:lift|elevator|silo) (?:is )?(?:stuck|trapped|jammed)(?: \w+){0,3} with (?:\w+ )?(?:inside|in there)\b`;
    expect(requiredLiterals(source)).toEqual([' with ']);
    expect(requiredLiterals(source, literalChance)).not.toContain(' with ');
    const gate = requiredLiterals(source, literalChance)!;
    expect(gate.some((literal) => 'the lift is stuck with someone inside'.includes(literal))).toBe(true);
    expect(gate.some((literal) => 'I work with the best people in there'.includes(literal))).toBe(false);
  });

  // Every match of every rule holds a literal of its stored gate: on every text of the urgency sets, a rule that
  // matches the folded text finds one of its gate's literals in it.
  it('Should find a literal of its stored gate in every text each rule of every language matches', {
    timeout: 180_000,
  }, () => {
    const texts = LANGUAGES.flatMap((language) =>
      readFileSync(new URL(`../../../eval/urgency/${language.code}.jsonl`, import.meta.url), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => fold((JSON.parse(line) as { text: string }).text)),
    );
    expect(texts.length).toBeGreaterThan(600);
    // Each rule's own pattern, unbounded: it matches wherever the rule does, and needs the same literals.
    let matched = 0;
    for (const language of LANGUAGES) {
      for (const rule of language.rules) {
        const source = foldPattern(rule.source);
        const gate = precomputedLiterals(source);
        if (!gate) continue;
        const pattern = new RegExp(source, 'u');
        for (const text of texts) {
          if (!pattern.test(text)) continue;
          matched += 1;
          expect(
            gate.some((literal) => text.includes(literal)),
            `${language.code} ${source.slice(0, 80)}: ${text}`,
          ).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('Should still read reports whose rules were gated on a function word, and not the everyday use of their words', () => {
    for (const text of [
      'the lift got stuck between floors with a cleaner still inside, we cannot get him out',
      'A man is trapped inside the silo and nobody can reach him',
      'a resident with dementia wandered off the ward an hour ago and nobody knows where she is',
      'guy in the car park with a gun, pointing it at people',
    ])
      expect(detectUrgency(text).urgent, text).toBe(true);
    for (const text of [
      'I work with the best team, stuck in traffic every morning though',
      'The lift is stuck again, third time this month',
      'Caught up with my manager about the rota',
    ])
      expect(detectUrgency(text).urgent, text).toBe(false);
  });
});
