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
});
