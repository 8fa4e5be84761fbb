import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Attack round 29 (atx29 F7): names written small that reached the sponsor whole, and words that were hidden though
 * no one was named. What the sponsor reads is asserted: no one can be told apart, and nothing said is lost.
 */

describe('names written small are hidden (attack round 29)', () => {
  it.each([
    // A surname before its given name, where the surname is a word of English or the two names stand alone.
    ['smith, john told me to shut up', '[NAME], [NAME] told me to shut up'],
    ['chang, lee', '[NAME], [NAME]'],
    // Vietnamese: the family name, a comma, the middle and given names.
    ['nguyen, thi lan said it', '[NAME], [NAME] said it'],
    // Korean: surname first, the given name's syllables joined by a hyphen.
    ['kim lee and park min-jun', '[NAME] [NAME] and [NAME] [NAME]'],
    ['choi seo-yeon yelled at me', '[NAME] [NAME] yelled at me'],
    // After a comma, another person.
    ['ask lee, chang knows', 'ask [NAME], [NAME] knows'],
    // A listed surname no language has, after a role, before what the person did.
    ['the forklift driver wong hit the rack', 'the forklift driver [NAME] hit the rack'],
    ['nguyen took my shift', '[NAME] took my shift'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('words that name no one stay (attack round 29)', () => {
  it.each([
    // The sheltered side is no Lee.
    'lee side of the building is cold',
    'the lee side of the building is cold',
    // A label followed by no name.
    'surname: not sure, the tall guy',
    'last name: N/A',
    'Surname: unknown, the tall one',
    // "Shift supervisor": what the role is head of is no name.
    'нужен начальник смены у северных ворот',
    'начальник цеха опять кричит',
    // A closing before a name keeps the closing; words joined by a hyphen and said twice are no Korean name.
    'we did a check-in with park so-so',
    'ha, an idea',
    'well, john told me',
  ])('%s', (text) => {
    const out = redact(text);
    const kept = text.replace(/\bjohn\b/u, '[NAME]');
    expect(out).toBe(kept);
  });

  it('a closing before a name ending the text stays', () => {
    expect(redact('Abrazos, Léo')).toBe('Abrazos, [NAME]');
  });

  it('a surname after its label is still hidden, in capitals or not', () => {
    expect(redact('surname: Kowalewski')).toBe('surname: [NAME]');
    expect(redact('surname: smith')).toBe('surname: [NAME]');
    expect(redact('nom: Le Pen, ok')).toBe('nom: [NAME], ok');
  });
});

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);

describe('properties (attack round 29)', () => {
  it('a Korean name written small, surname and hyphenated given name, never reaches the sponsor', () => {
    fc.assert(
      fc.property(
        pick('kim', 'park', 'choi', 'jung', 'kang', 'yoon', 'lim', 'han', 'shin', 'seo'),
        pick('min-jun', 'seo-yeon', 'ji-hoon', 'hye-jin', 'eun-ji', 'sung-min', 'ji-woo', 'hyun-woo'),
        pick('yelled at me', 'took my badge', 'is always late', 'said to keep quiet'),
        pick('', 'i think ', 'honestly ', 'ask '),
        (surname, given, deed, lead) => {
          const out = redact(`${lead}${surname} ${given} ${deed}`);
          expect(out).not.toContain(given);
          expect(out).not.toMatch(new RegExp(`\\b${surname}\\b`, 'u'));
          expect(out).toContain(deed);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a label followed by no name keeps what was written', () => {
    fc.assert(
      fc.property(
        pick('surname', 'last name', 'family name'),
        pick('not sure', 'N/A', 'n/a', 'unknown', 'dunno', 'none'),
        pick('', ', the tall guy', ', he works nights'),
        (label, value, rest) => {
          const text = `${label}: ${value}${rest}`;
          expect(redact(text)).toBe(text);
        },
      ),
      { numRuns: 60 },
    );
  });
});
