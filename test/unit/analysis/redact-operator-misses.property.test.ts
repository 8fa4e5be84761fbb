import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEnglishWord, isNearEnglishWord } from '../../../shared/analysis/english-dictionary';
import { isGivenName } from '../../../shared/analysis/given-names';
import { redact } from '../../../shared/analysis/redact';
import { commonWordLanguages } from '../../../shared/analysis/redact-names-common-words';
import { ALL_STOPWORDS } from '../../../shared/analysis/redact-names-words';

/*
 * The operator's misses (redact-operator-misses.test.ts) for any handle, number, extension and name of their
 * shape, not only the ones the tables spell: nothing of what identifies the writer is left to read.
 */

const letters = (min: number, max: number) =>
  fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), { minLength: min, maxLength: max }).map((l) => l.join(''));
const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));

describe('a handle given as one', () => {
  const handle = fc
    .tuple(letters(3, 8), fc.constantFrom('', '.', '_'), letters(0, 5), digits(1, 4))
    .map(([a, sep, b, n]) => `${a}${b ? sep + b : ''}${n}`);
  const said = fc.constantFrom(
    'my gmail is',
    'my hotmail is',
    'my yahoo is',
    'my ig is',
    'my snap is',
    'add me on snap',
    'il mio ig è',
    "mon insta c'est",
    'mi insta es',
  );

  it('never survives, whatever platform or mail service it is said to be on', () => {
    fc.assert(
      fc.property(said, handle, (words, id) => {
        const out = redact(`${words} ${id}, thanks`);
        expect(out).not.toContain(id);
        // Nothing of it is left beside the placeholder ("[NAME].doe.1987").
        expect(out).toMatch(/\[(?:ID|NAME|EMAIL)\], thanks$/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a phone extension glued to its word', () => {
  it('is hidden whole, the word with its digits', () => {
    fc.assert(
      fc.property(fc.constantFrom('x', 'ext', 'Ext', 'poste', 'durchwahl', 'ramal'), digits(3, 6), (word, n) => {
        const out = redact(`reach me at ${word}${n} after lunch`);
        expect(out).toBe('reach me at [PHONE] after lunch');
      }),
      { numRuns: 200 },
    );
  });
});

describe('a phone number given in pieces after a word for a phone', () => {
  const cue = fc.constantFrom(
    'call',
    'my number is',
    'text me on',
    'mi número es',
    'mon numéro est',
    'meine Nummer ist',
  );
  const parting = fc.constantFrom(
    ' and then ',
    ' and ',
    ', then ',
    ' ... ',
    ', ',
    '  ',
    ' y luego ',
    ' puis ',
    ' und dann ',
    ' e depois ',
  );
  // Ten digits in two or three pieces, none of them a year ("2015 and 2016" is a span).
  const pieces = fc
    .tuple(digits(10, 10), fc.integer({ min: 3, max: 7 }), fc.boolean())
    .map(([n, cut, three]) => (three ? [n.slice(0, 3), n.slice(3, 6), n.slice(6)] : [n.slice(0, cut), n.slice(cut)]))
    .filter((groups) => groups.filter((g) => /^(?:19|20)\d\d$|^[1-9]\d*00$/.test(g)).length < 2);

  it('leaves none of its pieces', () => {
    fc.assert(
      fc.property(cue, pieces, parting, (words, groups, between) => {
        const out = redact(`${words} ${groups.join(between)} tonight`);
        expect(out).toBe(`${words} [PHONE] tonight`);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a lower-case name no list knows, after "my"/"our" and a role', () => {
  // Names built as names are (syllables) that no list knows (the given names' rules are others'): no word of English
  // or of the other languages (their function words included: "deze", Dutch "these", and "meno", Italian "less", stay
  // as written after a role), nor one slip from a long English word ("berive" reads as a typo of "derive", and stays).
  const syllable = fc.tuple(fc.constantFrom(...'bdfgkmnrstvyz'), fc.constantFrom(...'aeiou')).map(([c, v]) => c + v);
  const name = fc
    .array(syllable, { minLength: 2, maxLength: 4 })
    .map((s) => s.join(''))
    .filter(
      (w) =>
        !isEnglishWord(w) &&
        !commonWordLanguages(w) &&
        !ALL_STOPWORDS.has(w) &&
        !isGivenName(w) &&
        !(w.length >= 6 && isNearEnglishWord(w)),
    );

  it('is hidden, whatever the role and whatever follows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('my manager', 'our supervisor', 'my team lead', 'our foreman', 'my coworker'),
        name,
        fc.constantFrom(' never listens', ' is rude', '', ', who shouts,', "'s rota is unfair"),
        (role, who, rest) => {
          expect(redact(`${role} ${who}${rest}`)).toBe(`${role} [NAME]${rest}`);
        },
      ),
      { numRuns: 300 },
    );
  });
});
