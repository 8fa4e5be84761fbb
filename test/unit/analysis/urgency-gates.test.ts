import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency, URGENCY_CATEGORIES } from '../../../shared/analysis/urgency';
import { languageRuns } from '../../../shared/analysis/urgency/language-runs';
import { fold } from '../../../shared/analysis/urgency/normalise';
import { spelledOut } from '../../../shared/analysis/urgency/shorthand';

/*
 * The urgency detector skips work a text cannot use (issue #19: language runs only where a language is left to read
 * them, short forms written out only where one stands) and keeps a few answers for the texts it was just asked about.
 * None of that may change a verdict: reports that need each skipped reading are still read, whatever was asked before,
 * and no text makes it throw. (scripts/compare-offline-analysis.ts checks every labelled row against the old code.)
 */

// Words of the kinds the skipped readings look for: short forms, lone letters, other scripts, marks and breaks.
const WORDS = [
  ...'w w/ r u ur b4 tmrw ds jvais q k nn ppl (u) u. my boss hit me quiero suicidarme'.split(' '),
  ...'il mio capo mi colpisce je vais the exit is blocked fixed not nobody'.split(' '),
  ...'我 想死 老板打我 مديري يضربني 🔥 😂 . , ! ? Ｗ É'.split(' '),
  'r u',
  'w a gun',
  'me tuer',
  "l'",
  '\n',
  ' - ',
  '\u00ad',
  '\u200b',
  '\ud800',
  '\udfff',
];
const piece = fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'binary', maxLength: 6 }));
const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(' '));

describe('urgency: work skipped where it cannot matter', () => {
  it.each([
    ['a guy w a gun in the parking lot', ['safety', 'threat']],
    ['il a un flingue ds sa voiture', ['threat']],
    ['hes bringing a knife tmrw', ['safety', 'threat']],
    ['jvais me tuer ce soir', ['self-harm']],
    ['I work in shipping quiero suicidarme', ['self-harm']],
    ['I work in the warehouse. il mio responsabile mi colpisce ogni giorno', ['threat']],
  ])('still reads %j', (report, categories) => {
    expect(detectUrgency(report)).toEqual({ urgent: true, categories });
  });

  it('gives a text the same verdict whatever texts were read before it', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 6 }), (first, between) => {
        const alone = detectUrgency(first);
        for (const other of between) detectUrgency(other);
        expect(detectUrgency(first)).toEqual(alone);
        expect(languageRuns(fold(first))).toEqual(languageRuns(fold(first)));
      }),
      { numRuns: 150 },
    );
  });

  it('never throws, on any text, and answers only its own categories', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 400 })), (input) => {
        const { urgent, categories } = detectUrgency(input);
        expect(urgent).toBe(categories.length > 0);
        for (const category of categories) expect(URGENCY_CATEGORIES).toContain(category);
        const full = spelledOut(fold(input));
        expect(full === undefined || typeof full === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a long text of short forms and other scripts without throwing', () => {
    const long = `${'r u ok w/ ppl ds le 我想死 مديري '.repeat(2_000)}he has a gun`;
    expect(() => detectUrgency(long)).not.toThrow();
    expect(spelledOut(fold(long))).toContain('are you');
  });
});
