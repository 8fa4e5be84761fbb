import { describe, expect, it } from 'vitest';
import { DIGEST_CATALOGUES } from '../../../shared/i18n/digest';
import { CATALOGUES } from '../../../shared/i18n/languages';
import { SPONSOR_CATALOGUES } from '../../../shared/i18n/sponsor';

// Every text a person reads in one language: the employee's, the sponsor's, the digest's.
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
const texts = (code: 'es' | 'fr') => [
  ...strings(CATALOGUES[code]),
  ...strings(SPONSOR_CATALOGUES[code]),
  ...strings(DIGEST_CATALOGUES[code]),
];

// Nobody, not even the reader, may learn whether the person who wrote was a man or a woman: the texts name them
// "la persona" / "la personne" (or "quien escribió"), never with a masculine noun that reads as "he".
const GENDERED: Record<'es' | 'fr', RegExp> = {
  es: /(?<!\p{L})(?:empleados?|trabajador(?:es)?|autor(?:es)?|interesados?)(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:salariés?|employés?|travailleurs?|auteurs?|intéressés?)(?!\p{L})/iu,
};

describe('Employees named without a gender', () => {
  it.each(['es', 'fr'] as const)(
    'Should call whoever wrote "the person" in %s, never "el empleado" / "le salarié"',
    (code) => {
      expect([...new Set(texts(code))].filter((t) => GENDERED[code].test(t))).toEqual([]);
    },
  );
});
