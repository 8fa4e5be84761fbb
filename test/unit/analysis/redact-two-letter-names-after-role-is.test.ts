import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { stillReadable } from '../../support/still-readable';

/*
 * Round 34 (r34a): a name of two letters after a role and "is", ending the clause
 * (shared/analysis/redact-names-word-after-role-is.ts). TUNED are the wordings an outside attacker read through
 * (ra33); HELD_BACK were written before the rule was run on them, in five languages. CALM are the two-letter words
 * that end such a clause and are no one.
 */

const TUNED: readonly [string, string][] = [
  ['the supervisor is Bo and he yells all day', 'Bo'],
  ['the supervisor is Al, he grabbed me', 'Al'],
  ['the supervisor is Ty', 'Ty'],
  ['the supervisor is Jo and she is fine', 'Jo'],
  ['the supervisor is Ed from nights', 'Ed'],
  ['the supervisor is Vi', 'Vi'],
  ['el supervisor es Sy y nos grita', 'Sy'],
  ['the supervisor is Cy lol', 'Cy'],
  ['the supervisor is bo', 'bo'],
  ['my supervisor is Al', 'Al'],
  ['the supervisor is Ed.', 'Ed'],
  ['the supervisor is An and she is mean', 'An'],
];
const HELD_BACK: readonly [string, string][] = [
  ['our team lead is Mo and he never listens', 'Mo'],
  ['the night manager is Lu, she screams at us', 'Lu'],
  ['my foreman was Oz from the day crew', 'Oz'],
  ['la encargada es Ky y nos trata fatal', 'Ky'],
  ['der Schichtleiter ist Bo und er schreit', 'Bo'],
  ["le chef d'équipe c'est Al, il nous crie dessus", 'Al'],
  ['il capo turno è Di e ci urla contro', 'Di'],
  ['the boss on b shift is ty lol', 'ty'],
  ['o supervisor é Zé e grita com todos', 'Zé'],
  ['the agency rep is Jo btw', 'Jo'],
  ["our lead hand is Ki, she's the one", 'Ki'],
  ['the dock supervisor is Ro.', 'Ro'],
];
const CALM: readonly string[] = [
  'the supervisor is in',
  'the supervisor is at lunch',
  'the supervisor is ok',
  'the supervisor is so rude',
  'the supervisor is up at six',
  'the manager is on, call her',
  'my supervisor is it, there is no one else',
  'the supervisor is HR',
  'el supervisor es él',
  'der Chef ist da',
  'the supervisor is me now',
  'la jefa es la que manda',
  'il capo è lì',
  'the supervisor is an idiot',
  'the supervisor is no help',
];

describe('a two-letter name after a role and "is" is hidden', () => {
  for (const [set, texts] of [
    ['tuned', TUNED],
    ['held back', HELD_BACK],
  ] as const)
    describe(set, () => {
      it.each(texts)('%s', (text, name) => {
        const out = redact(text);
        expect(stillReadable(name, out), out).toBe(false);
        // Only the name goes: the role, the copula and the rest of the clause stay.
        expect(out).toBe(
          text.replace(new RegExp(`(?<=(?:is|was|es|ist|est|\u00e8|\u00e9) )${name}(?![\\p{L}])`, 'u'), '[NAME]'),
        );
      });
    });
});

describe('a two-letter word that ends the clause after a role stays', () => {
  it.each(CALM)('%s', (text) => expect(redact(text)).toBe(text));
});

describe('property: any two-letter name that is no small word, after a role and "is", ending the clause', () => {
  it('is hidden, and the rest of the text stays', () => {
    const WORDS = new Set(
      'in on up ok so at it me us we he no go do to by of as is or if my hi oh ah eh uh um ha yo ya ye na id ex tu da ja ne nu su si la el le lo un os as se te ai'.split(
        ' ',
      ),
    );
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split(''));
    const name = fc
      .tuple(letter, letter)
      .map(([a, b]) => a.toUpperCase() + b)
      .filter((n) => !WORDS.has(n.toLowerCase()));
    const role = fc.constantFrom('the supervisor', 'my manager', 'our team lead', 'the night foreman', 'el supervisor');
    const end = fc.constantFrom('', '.', ', he yells', ' and she is mean', ' lol', ' from nights');
    fc.assert(
      fc.property(role, name, end, (who, n, rest) => {
        const copula = who.startsWith('el ') ? 'es' : 'is';
        const out = redact(`${who} ${copula} ${n}${rest}`);
        return out === `${who} ${copula} [NAME]${rest}`;
      }),
      { numRuns: 300 },
    );
  });
});
