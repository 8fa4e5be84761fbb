import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LITERALS_FILE, literalTableSource } from '../../../scripts/build-urgency';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { denialSpansSource } from '../../../shared/analysis/urgency/denial';
import { LANGUAGES } from '../../../shared/analysis/urgency/languages';
import { literalChance } from '../../../shared/analysis/urgency/literal-rarity';
import { precomputedIndex, precomputedLiterals } from '../../../shared/analysis/urgency/literal-table';
import { LiteralIndex, requiredLiterals } from '../../../shared/analysis/urgency/literals';
import { compileLanguages, matchCategories } from '../../../shared/analysis/urgency/matcher';
import { fold } from '../../../shared/analysis/urgency/normalise';

// The urgency rules' required literals are computed when the rules change,
// not at every cold start; these tests keep that table honest.
describe('the urgency rules’ literal table', () => {
  // Reading every pattern and weighing its literals takes seconds, more on a loaded machine.
  it('Should match the rules as they are now (else run npm run build:urgency)', { timeout: 120_000 }, () => {
    expect(
      readFileSync(LITERALS_FILE, 'utf8'),
      'shared/analysis/urgency/literals.generated.ts is out of date: run npm run build:urgency',
    ).toBe(literalTableSource());
  });

  // The model's denial expression runs only on texts holding one of its literals: the table must know them.
  it('Should know the literals of the denial expression, as the parser reads them', () => {
    const source = denialSpansSource();
    // The table keeps the rarest of the sets the pattern needs (literal-rarity.ts).
    expect(precomputedLiterals(source)).toEqual(requiredLiterals(source, literalChance));
    expect(precomputedLiterals(source)).toContain('nobody');
  });

  it('Should read a pattern it has never seen from the pattern itself, so a rule added since still runs', () => {
    const source = String.raw`\b(?:forklift|pallet truck) (?:tipped over|rolled over) on (?:someone|a picker)\b`;
    expect(precomputedLiterals(source)).toEqual(requiredLiterals(source));
    expect(precomputedLiterals(source)).not.toBeNull();
  });

  // A wrong literal could only make a rule skip a text it matches, so urgent texts are what to compare on.
  describe('on the urgent texts of every language', () => {
    const URGENT = LANGUAGES.map((language): [string, string[]] => [
      language.code,
      readFileSync(new URL(`../../../eval/urgency/${language.code}.jsonl`, import.meta.url), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as { text: string; escalate: boolean })
        .filter((row) => row.escalate)
        .map((row) => row.text),
    ]);
    const parsedFinds = new Map<string, string[]>();
    let tabled: ReturnType<typeof compileLanguages>;
    // Each expression is compiled when it first runs: seconds of CPU, minutes on a loaded CI runner. Paid once
    // here, by the parsed patterns (the tabled ones are the same expressions), not by the first language's case.
    beforeAll(() => {
      const parsed = compileLanguages(LANGUAGES, requiredLiterals);
      tabled = compileLanguages(LANGUAGES);
      for (const text of URGENT.flatMap(([, texts]) => texts))
        parsedFinds.set(text, [...matchCategories(fold(text), parsed)].sort());
    }, 120_000);

    // The comparison is worth something only if the rules fire on many of them.
    it('Should have more than 300 urgent texts, more than 250 of which the parsed patterns find', () => {
      expect(parsedFinds.size).toBeGreaterThan(300);
      expect([...parsedFinds.values()].filter((found) => found.length).length).toBeGreaterThan(250);
      expect(detectUrgency('The fire exit by the paint shop is blocked').urgent).toBe(true);
    });

    it.each(URGENT)('Should find exactly what the parsed patterns find on the urgent %s texts', (_, texts) => {
      for (const text of texts)
        expect([...matchCategories(fold(text), tabled)].sort(), text).toEqual(parsedFinds.get(text));
    });
  });

  // Each expression is made on first use, so a broken one would only show on the first text holding its words.
  it('Should make a valid expression of every rule and frame of every language', () => {
    for (const language of compileLanguages(LANGUAGES)) {
      for (const rule of language.rules) expect(rule.pattern, language.code).toBeInstanceOf(RegExp);
      for (const frame of language.frames.frames) {
        expect(frame.thing, language.code).toBeInstanceOf(RegExp);
        expect(frame.state, language.code).toBeInstanceOf(RegExp);
      }
    }
  });

  it('Should use the stored index only for exactly the literals it was built for, so edited rules are still found', () => {
    const index = compileLanguages(LANGUAGES)[0]!.literals;
    expect(precomputedIndex(index.filedKey())?.literals).toEqual(index.filing().literals);
    const edited = compileLanguages(LANGUAGES)[0]!.literals;
    edited.add(['forklift tipped']);
    expect(precomputedIndex(edited.filedKey())).toBeUndefined();
    // Built from the rules, the edited index finds the new literal and every old one as the stored one does.
    const text = 'the forklift tipped over by the fire exit, and the exit is blocked';
    const found = edited.present(text);
    expect(found.at(-1)).toBe(1);
    expect([...found.slice(0, -1)]).toEqual([...index.present(text)]);
  });

  // The stored index must answer, slot for slot, what the index builds for itself from the same patterns.
  it('Should find with the stored index exactly what an index built at start-up finds, on every text of the sets', {
    timeout: 120_000,
  }, () => {
    const requireds: Parameters<LiteralIndex['add']>[0][] = [];
    const stored = compileLanguages(LANGUAGES, (source) => {
      const required = precomputedLiterals(source);
      requireds.push(required);
      return required;
    })[0]!.literals;
    const built = new LiteralIndex();
    for (const required of requireds) built.add(required);
    expect(precomputedIndex(stored.filedKey())).toBeDefined();
    const texts = LANGUAGES.flatMap((language) =>
      readFileSync(new URL(`../../../eval/urgency/${language.code}.jsonl`, import.meta.url), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => fold((JSON.parse(line) as { text: string }).text)),
    );
    expect(texts.length).toBeGreaterThan(600);
    for (const text of texts) expect([...stored.present(text)], text).toEqual([...built.present(text)]);
  });

  // Where a literal is filed decides only how fast it is found: any filing must find the same.
  it('Should find the same literals whichever of their runs they are filed under', () => {
    const required = [['fire exit', 'blocked'], ['punched me'], ['ab'], ['x'], ['no one has'], ['消防通道']];
    const filed = (filedAt?: (literals: readonly string[]) => readonly number[] | undefined) => {
      const index = new LiteralIndex(filedAt);
      for (const literals of required) index.add(literals);
      return index;
    };
    const counted = filed();
    const last = filed((literals) => literals.map((literal) => Math.max(0, literal.length - 4)));
    const outOfRange = filed((literals) => literals.map(() => 99));
    for (const text of [
      'the fire exit is blocked again',
      'he punched me',
      'nothing to report',
      'abxab',
      'no one has ever',
      '消防通道被堵住了',
      '',
    ]) {
      expect([...last.present(text)], text).toEqual([...counted.present(text)]);
      expect([...outOfRange.present(text)], text).toEqual([...counted.present(text)]);
    }
    expect([...counted.present('he punched me at the fire exit')]).toEqual([1, 1, 0, 1, 0, 0]);
  });
});
