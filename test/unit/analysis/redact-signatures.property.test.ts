import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

// Third review: "…Sincerely, Bartholomew" was stored and emailed as written.
// Whatever the closing (in any language redaction reads), whatever the name
// and the sentence before it, the name at the end is hidden; and a closing
// followed by ordinary words ("Thanks, everyone") stays as written.

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
// Closings with a sentence of their language: a French closing ends a French text.
const closingAndBefore = pick<[string, string]>(
  ...[
    ...['Sincerely', 'Regards', 'Kind regards', 'Best', 'Cheers', 'Thanks', 'Thank you'].flatMap((c) =>
      ['The rota is never on time.', 'Nobody fixed the heating in bay 2!', 'the canteen closes too early'].map(
        (b): [string, string] => [c, b],
      ),
    ),
    ...[
      ['Saludos', 'El horario cambia sin avisar.'],
      ['Atentamente', 'Nadie limpia los vestuarios.'],
      ['Cordialement', 'Le planning change sans prévenir.'],
      ['Bien à vous', 'Le chauffage ne marche plus.'],
      ['Grüße', 'Die Pausen sind zu kurz.'],
      ['Mit freundlichen Grüßen', 'Die Schichtpläne kommen zu spät.'],
      ['Cordiali saluti', 'La mensa chiude presto.'],
      ['Pozdrawiam', 'Nikt nie sprząta szatni.'],
      ['Atenciosamente', 'O refeitório fecha cedo demais.'],
      ['Salamat', 'Laging late ang sahod.'],
    ].map(([c, b]): [string, string] => [c!, b!]),
  ],
);
const name = pick(
  'Bartholomew',
  'Dmitri',
  'Thandiwe',
  'Kevin',
  'Agnieszka',
  'Giuseppe',
  'Oksana Petrova',
  'Sipho',
  'Mehmet Yilmaz',
  'Ngozi',
);
const before = pick(
  'The rota is never on time.',
  'Nobody fixed the heating in bay 2!',
  'the canteen closes too early',
  'El horario cambia sin avisar.',
  'Die Pausen sind zu kurz.',
);
const separator = pick(', ', ',\n', '\n', ' ');
const ordinary = pick('everyone', 'all', 'the night crew', 'team', 'Management', 'a worried employee', 'mate');

describe('signatures', () => {
  it('Should hide the name after any closing, whatever comes before it', () => {
    fc.assert(
      fc.property(closingAndBefore, separator, name, ([c, b], sep, n) => {
        const text = `${b} ${c}${sep}${n}`;
        const out = redact(text);
        expect(out).toBe(`${b} ${c}${sep}[NAME]`);
      }),
      { numRuns: 300 },
    );
  });

  it('Should leave a closing followed by ordinary words as written', () => {
    fc.assert(
      fc.property(closingAndBefore, ordinary, ([c, b], o) => {
        const text = `${b} ${c}, ${o}`;
        expect(redact(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('Should hide a known name after a dash at the end of a line, never a list item or an ordinary word', () => {
    fc.assert(
      fc.property(before, pick(' — ', ' - ', ' -', ' – '), name, ordinary, (b, dash, n, o) => {
        expect(redact(`${b}${dash}${n}`)).toBe(`${b}${dash}[NAME]`);
        expect(redact(`${b}${dash}${o}`)).toBe(`${b}${dash}${o}`);
        expect(redact(`- ${o}\n- ${o}`)).toBe(`- ${o}\n- ${o}`);
      }),
      { numRuns: 200 },
    );
  });
});
