import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/analysis/urgency/languages';
import { literalCondition } from '../../../shared/analysis/urgency/literals';
import { possibleMatch } from '../../support/possible-match';
import { fold, foldPattern } from '../../../shared/analysis/urgency/normalise';

// Texts of every kind the rules read: urgent and calm, in the scripts the detector knows.
const TEXTS = [
  'The new schedule is great but parking is a nightmare',
  'there is oil all over the car park floor and someone slipped on it',
  'the floor in aisle 3 is really slippery and nobody has put a sign up',
  'the gas leak from last week has been fixed',
  'my manager said he will kill me if i report this',
  'the fire exit is blocked with pallets again',
  'someone fell off the ladder in the warehouse and is bleeding',
  'la salida de emergencia está bloqueada otra vez',
  'der Notausgang ist schon wieder mit Paletten zugestellt',
  'o chefe ameaçou bater em mim',
  'je suis tellement fatiguée et mes enfants me manquent',
  '消防通道又被堵住了，有人受伤了',
  'مخرج الطوارئ مغلق ويوجد تسرب غاز',
  'I am so tired, I just want more hours and a raise',
  'spill on the stairs near goods in, its like an ice rink',
];

describe('the literal condition asked before an urgency rule (literals.ts)', () => {
  it('passes over the spill rule on a text with a car park but no liquid, so it is not compiled for it', () => {
    const spill = LANGUAGES.find((l) => l.code === 'en')!.rules.find((r) =>
      r.source.includes('hydraulic (?:fluid|oil)'),
    )!;
    const possible = possibleMatch(foldPattern(spill.source));
    expect(possible(fold('The new schedule is great but parking is a nightmare'))).toBe(false);
    expect(possible(fold('there is oil all over the car park floor and someone slipped on it'))).toBe(true);
  });

  it('never says no where a rule matches: every rule of every language, on texts of every script', () => {
    for (const language of LANGUAGES)
      for (const rule of language.rules) {
        const source = foldPattern(rule.source);
        const pattern = new RegExp(source, 'u');
        const possible = possibleMatch(source);
        for (const text of TEXTS.map(fold))
          if (pattern.test(text))
            expect(possible(text), `${language.code}: ${source.slice(0, 80)} on "${text}"`).toBe(true);
      }
  }, 300_000); // compiles every rule of every language

  it('asks for every part of a branch, not only its rarest', () => {
    expect(literalCondition(String.raw`\b(?:oil|water) on the (?:floor|stairs)|spill`)).toEqual({
      any: [
        {
          all: [
            { any: ['oil', 'water'] },
            { any: ['floor', 'stairs'] },
            { any: ['oil on the floor', 'oil on the stairs', 'water on the floor', 'water on the stairs'] },
          ],
        },
        'spill',
      ],
    });
  });

  it('reads a character written as its code as that character, so a rule spelling "f\\u00fcr" has a literal gate', () => {
    const stamped = String.raw`stempelt (?:fur|f\u00fcr) (?:seinen|seine)`;
    expect(literalCondition(stamped)).toBeDefined();
    expect(possibleMatch(stamped)('er stempelt f\u00fcr seinen kumpel')).toBe(true);
    expect(possibleMatch(stamped)('er stempelt fur seinen kumpel')).toBe(true);
    expect(possibleMatch(stamped)('er stempelt fuer seinen kumpel')).toBe(false);
    expect(possibleMatch(String.raw`\u{1F525}\u{1F525}|caf\xe9`)('un caf\u00e9')).toBe(true);
    expect(possibleMatch(String.raw`\u{1F525}\u{1F525}|caf\xe9`)('un cafe \u{1F525}')).toBe(false);
    // Half of a surrogate pair is not a character: the pattern stays unread, always run.
    expect(literalCondition(String.raw`\ud83d\udd25`)).toBeUndefined();
    for (const [source, text, matches] of [
      [String.raw`f\u00fcr (?:ihn|sie)`, 'ich stempel f\u00fcr ihn', true],
      [String.raw`f\u00fcr (?:ihn|sie)`, 'ich stempel fur ihn', false],
    ] as const) {
      expect(new RegExp(source, 'u').test(text)).toBe(matches);
      expect(possibleMatch(source)(text)).toBe(matches);
    }
  });
});
