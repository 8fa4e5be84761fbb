import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Blind round 23: "Ahmed's, Li's and Oksana's shifts were all cut" sent the names rule back over the same words for
 * ever, and a batch holding such a text was never stored. Whatever the names in a list of owners, however the
 * possessive is written and the list joined, redaction ends, hides every name and keeps what they own.
 */

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
const name = pick(
  'Ahmed',
  'Li',
  'Oksana',
  'Maria',
  'John',
  'Priya',
  'Kevin',
  'Fatima',
  'Pedro',
  'Chloe',
  'Tom',
  'Mohammed',
  'Sarah',
  'Wei',
  'Olga',
);
const possessive = pick("'s", '’s', "'", '’');
const join = pick(', ', ' and ', ' & ', ', and ', ' y ', ' + ');
const owned = pick('shifts were all cut', 'lockers got broken into', 'hours were changed again', 'rotas keep changing');
const opening = pick('', 'This week ', 'we covered ', 'Honestly, ');

describe('lists of owners named with a possessive', () => {
  it('Should end, hide every name and keep what they own', () => {
    fc.assert(
      fc.property(
        opening,
        fc.array(fc.tuple(name, possessive), { minLength: 2, maxLength: 5 }),
        join,
        owned,
        (open, owners, glue, thing) => {
          const text = `${open}${owners.map(([n, s]) => `${n}${s}`).join(glue)} ${thing}`;
          const out = redact(text);
          for (const [n] of owners) expect(out, text).not.toMatch(new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'u'));
          expect(out, text).toContain(thing);
        },
      ),
      { numRuns: 150 },
    );
  });
});
