import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patternFor, ROLE_VOCABULARY, type RoleKind, roleSpans } from '../../../shared/domain/role-words';
import '../../support/fast-check-seed';

const KINDS = Object.keys(ROLE_VOCABULARY) as RoleKind[];
const ALL_PHRASES = [
  ...new Set(KINDS.flatMap((kind) => [...ROLE_VOCABULARY[kind].titles, ...ROLE_VOCABULARY[kind].departments])),
];
const PEOPLE = [
  'head',
  'manager',
  'mgr',
  'vice president',
  'jefa',
  'chef',
  'leiterin',
  'szef',
  'مدير',
  'of',
  'de la',
  'du',
];
/** What may stand between words as employees type them: spaces, hyphens, dots, apostrophes, or nothing. */
const SEPARATOR = fc.constantFrom(' ', '-', '.', "'", '’', '  ', ' - ', '', '. ', '\n');

/** A phrase written as an employee might: its words glued or split by any separators. */
const typed = (phrase: string) =>
  fc
    .array(SEPARATOR, { minLength: phrase.split(' ').length, maxLength: phrase.split(' ').length })
    .map((seps) => phrase.split(' ').reduce((text, word, i) => (i ? `${text}${seps[i]}${word}` : word), ''));

const sentence = fc
  .array(
    fc.oneof(
      fc.constantFrom(...ALL_PHRASES, ...PEOPLE).chain(typed),
      fc.constantFrom('the', 'our', 'plant 2', 'site b', 'two', 'is', 'said', 'no', 'n°'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 8 },
  )
  .chain((words) =>
    fc
      .array(SEPARATOR, { minLength: words.length, maxLength: words.length })
      .map((seps) => words.map((w, i) => `${seps[i]}${w}`).join('')),
  );

describe('reading a text for role words only when it holds one of their literals', () => {
  it('Should find exactly what the whole expression finds, in any text of role words however typed', () => {
    fc.assert(
      fc.property(sentence, fc.constantFrom(...KINDS), (text, kind) => {
        const whole = [...text.matchAll(patternFor(kind))]
          .filter((m) => m[0].length)
          .map((m) => ({ index: m.index, length: m[0].length }));
        expect(roleSpans(text, kind)).toEqual(whole);
      }),
      { numRuns: 3000 },
    );
  });

  it('Should still find a person in a job when their words are run together or split by dots and hyphens', () => {
    expect(roleSpans('complained to the h.r.-manager yesterday', 'hr')).toHaveLength(1);
    expect(roleSpans('the vicepresident of operations', 'operations')).toHaveLength(1);
    expect(roleSpans('le p.d.g a dit', 'chiefExecutive')).toHaveLength(1);
    expect(roleSpans('la jefa de rr-hh', 'hr')).toHaveLength(1);
  });

  it('Should find none in a text without a role word, in any kind', () => {
    for (const kind of KINDS) expect(roleSpans('the canteen has run out of cups again', kind)).toEqual([]);
  });
});
