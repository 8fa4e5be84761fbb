import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/languages';
import { DIGEST_CATALOGUES } from '../../../shared/i18n/digest';
import { SPONSOR_CATALOGUES } from '../../../shared/i18n/sponsor';

// Every French text a person reads: the employee's, the sponsor's, the digest's.
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
const FRENCH = [...strings(CATALOGUES.fr), ...strings(SPONSOR_CATALOGUES.fr), ...strings(DIGEST_CATALOGUES.fr)];

describe('French wording, one voice for everyone', () => {
  it('Should address the reader without a gender ("pour vous seul" assumes a man)', () => {
    expect(FRENCH.filter((t) => /vous seul(?!e)/.test(t))).toEqual([]);
  });
  it('Should call the code one thing for employees and sponsors: code de cas', () => {
    expect(FRENCH.filter((t) => /code de (?:dossier|suivi)/.test(t))).toEqual([]);
  });
  // The French case page says "Transmis à la direction" (no person), so its status line must not then say
  // "pris en compte par cette personne": "this person" had no one to refer to (newcomer, round 56).
  it('Should say who acknowledged a case the way the case’s steps do: la direction, never “cette personne”', () => {
    const statusLine = FRENCH.filter((t) => t.startsWith('État : {status, select,'));
    expect(statusLine).toHaveLength(1);
    expect(statusLine[0]).toContain('acknowledged {pris en compte par la direction}');
    expect(FRENCH.filter((t) => /par cette personne/.test(t))).toEqual([]);
  });
  // The digest's plain-text email wraps at ordinary spaces only: one left before a ";" began a line with it.
  it('Should keep the digest’s French punctuation on its word: a no-break space before ; : ! ? » and after «', () => {
    const digest = strings(DIGEST_CATALOGUES.fr);
    expect(digest.filter((t) => /\S [;:!?»]|« /.test(t))).toEqual([]);
  });
  it('Should write the French apostrophe as ’ everywhere a person reads it, the straight one only in code or an address', () => {
    const prose = (t: string) => t.replace(/https?:\/\/\S+|<code>[^<]*<\/code>|`[^`]*`/g, '');
    expect(FRENCH.filter((t) => prose(t).includes("'"))).toEqual([]);
  });
});
