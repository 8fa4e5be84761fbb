import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { LANGUAGES } from '../../../shared/analysis/urgency/languages';
import { possibleMatch } from '../../support/possible-match';
import { fold, foldPattern } from '../../../shared/analysis/urgency/normalise';
import { holds, literalCondition } from '../../../shared/analysis/urgency/literals';
import { cheapestFirst, possibleMatchIndexed, RuleConditions } from '../../../shared/analysis/urgency/rule-conditions';
import { withoutResolvedHazards } from '../../../shared/analysis/urgency/resolved';
import { withoutOrdinaryLife } from '../../../shared/analysis/urgency/ordinary-life';

// Every text of the urgency sets (urgent and calm, the eleven languages), folded as the rules read it.
const TEXTS = LANGUAGES.flatMap((language) =>
  readFileSync(new URL(`../../../eval/urgency/${language.code}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => fold((JSON.parse(line) as { text: string }).text)),
);

describe('the rules’ conditions answered from one scan of the text (rule-conditions.ts)', () => {
  // Whether a rule is run at all must not depend on how its condition is asked: indexed (from the first question
  // here) or word by word, every rule of every language says the same of every text.
  it('Should answer every rule of every language as asking its words one by one does', { timeout: 180_000 }, () => {
    expect(TEXTS.length).toBeGreaterThan(600);
    let turnedAway = 0;
    for (const language of LANGUAGES) {
      const indexed = new RuleConditions(0);
      const rules = language.rules.map((rule) => {
        const source = foldPattern(rule.source);
        return { source, byIndex: indexed.possible(source), byWords: possibleMatch(source) };
      });
      for (const text of TEXTS)
        for (const { source, byIndex, byWords } of rules) {
          const expected = byWords(text);
          if (!expected) turnedAway += 1;
          if (byIndex(text) !== expected)
            expect(byIndex(text), `${language.code}: ${source.slice(0, 80)} on "${text}"`).toBe(expected);
        }
    }
    // The conditions do turn rules away (most rules on most texts), so the comparison above says something.
    expect(turnedAway).toBeGreaterThan(TEXTS.length);
  });

  // The rules ask their words smallest part first: every rule of every language must be turned away from exactly the
  // texts the words asked in the order written turn it away from, or a report could go unread.
  it('Should answer every rule of every language the same when its smallest part is asked first', {
    timeout: 180_000,
  }, () => {
    let turnedAway = 0;
    let reordered = 0;
    for (const language of LANGUAGES)
      for (const rule of language.rules) {
        const written = literalCondition(foldPattern(rule.source));
        if (written === undefined) continue;
        const cheap = cheapestFirst(written)!;
        if (JSON.stringify(cheap) !== JSON.stringify(written)) reordered += 1;
        for (const text of TEXTS) {
          const expected = holds(written, text);
          if (!expected) turnedAway += 1;
          if (holds(cheap, text) !== expected)
            expect(holds(cheap, text), `${language.code} on "${text}"`).toBe(expected);
        }
      }
    // Some conditions were put in another order, and they turn rules away, so the comparison says something.
    expect(reordered).toBeGreaterThan(10);
    expect(turnedAway).toBeGreaterThan(TEXTS.length);
  });

  // Past a cold start's first messages the index is built: reports still read urgent and their look-alikes calm.
  // The first texts compile the detector's expressions for English and Spanish: seconds of CPU, more when loaded.
  it('Should read reports and their everyday look-alikes the same once many texts have been read', {
    timeout: 120_000,
  }, () => {
    const reports = [
      'there is oil all over the car park floor and someone slipped on it',
      'the fire exit is blocked with pallets again',
      'la salida de emergencia está bloqueada otra vez',
    ];
    const calm = ['The new schedule is great but parking is a nightmare', 'the gas leak from last week has been fixed'];
    for (let round = 0; round < 300; round += 1) for (const text of [...reports, ...calm]) detectUrgency(text);
    for (const text of reports) expect(detectUrgency(text).urgent, text).toBe(true);
    for (const text of calm) expect(detectUrgency(text).urgent, text).toBe(false);
  });

  // The repaired-hazard and ordinary-life passes ask one long expression's words of every text: past their first
  // texts they answer from one scan, and must answer as asking the words one by one (each language's rules joined
  // into one alternation stand in for such an expression: hundreds of words, branches needing several at once).
  it('Should answer one long expression’s words from one scan as asking them one by one', { timeout: 180_000 }, () => {
    let turnedAway = 0;
    for (const language of LANGUAGES) {
      const source = language.rules.map((rule) => `(?:${foldPattern(rule.source)})`).join('|');
      const byIndex = possibleMatchIndexed(source);
      const byWords = possibleMatch(source);
      for (const text of [...TEXTS, ...TEXTS]) {
        const expected = byWords(text);
        if (!expected) turnedAway += 1;
        if (byIndex(text) !== expected) expect(byIndex(text), `${language.code} on "${text}"`).toBe(expected);
      }
    }
    expect(turnedAway).toBeGreaterThan(TEXTS.length);
  });

  it('Should still blank a repair and a sentence of ordinary life, and keep a hazard back again, after many texts', () => {
    const repaired = 'the gas leak from last week has been fixed';
    const back = 'the gas leak was fixed last week but it is leaking again';
    const tired = 'estoy cansada. tengo dos hijos. quiero mas horas.';
    for (let round = 0; round < 100; round += 1) for (const text of TEXTS.slice(0, 5)) withoutResolvedHazards(text);
    for (let round = 0; round < 100; round += 1) for (const text of TEXTS.slice(0, 5)) withoutOrdinaryLife(text);
    expect(withoutResolvedHazards(repaired).trim()).toBe('');
    expect(withoutResolvedHazards(back)).toBe(back);
    expect(withoutOrdinaryLife(tired).trim()).toBe('');
    expect(detectUrgency(back).urgent).toBe(true);
    expect(detectUrgency('The gas leak from last week has been fixed').urgent).toBe(false);
  });
});
