import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

// Issue 15: "Quejas de GARCÍA LÓPEZ, María: nos grita." was stored as
// "GARCÍA LÓPEZ, [NAME]": the surnames written first, as on a form or a list,
// were kept. And the other way: "Col." of a Mexican address, "C.P." and
// "Ciudad de México" became "[NAME]", as did "St. Louis" and "Nuevo León".

const SURNAMES = [
  ['García', 'López'],
  ['Martínez', 'Ruiz'],
  ['Hernández', 'Castillo'],
  ['Dupont'],
  ['Lefebvre'],
  ['Kowalczyk'],
];
const GIVEN = ['María', 'Jean-Pierre', 'Ana', 'José Luis', 'Lucía'];
const FORMS: ((surnames: string[], given: string) => string)[] = [
  (s, g) => `${s.join(' ').toUpperCase()}, ${g}`,
  (s, g) => `${s.join(' ')}, ${g}`,
  (s, g) => `${s.join(' ').toUpperCase()} ${g}`,
];
const SENTENCES = [
  'Quejas de {}: nos grita.',
  'Plainte contre {} : il nous crie dessus.',
  'Complaint about {}, again.',
];

describe('a name written surnames first', () => {
  it('Should hide the surnames and the given name, in capitals or not, with or without the comma', () => {
    for (const surnames of SURNAMES)
      for (const given of GIVEN)
        for (const form of FORMS)
          for (const sentence of SENTENCES) {
            const text = sentence.replace('{}', form(surnames, given));
            const out = redact(text);
            expect(out, text).toContain('[NAME]');
            for (const part of [...surnames, ...given.split(/[ -]/)])
              expect(out.toLowerCase(), text).not.toContain(part.toLowerCase());
          }
  });

  it('Should keep the words that only open a sentence before a comma', () => {
    expect(redact('Gracias, María por todo.')).toBe('Gracias, [NAME] por todo.');
    expect(redact('URGENTE, María no viene.')).toBe('URGENTE, [NAME] no viene.');
  });
});

describe('the parts of a place', () => {
  it('Should not take address labels or well-known places for names', () => {
    const kept = [
      'Av. Insurgentes Sur 1602, Col. Crédito Constructor, C.P. 06700, Ciudad de México',
      'Vivo en la Col. Roma y trabajo en Monterrey, Nuevo León.',
      'The depot in St. Louis is closing, and so is the one in Ste. Foy.',
      'La oficina está en Bd. Haussmann, cerca de Ciudad Juárez.',
      'Nos mudaron a la Colonia Narvarte, C.P. 03020.',
    ];
    for (const text of kept) expect(redact(text)).not.toContain('[NAME]');
  });

  it('Should still hide the people beside them', () => {
    expect(redact('Maria from St. Louis and Juan Pérez from Ciudad Juárez')).toBe(
      '[NAME] from St. Louis and [NAME] from Ciudad Juárez',
    );
    expect(redact('Pedro de la Col. Roma nos grita.')).toBe('[NAME] de la Col. Roma nos grita.');
  });
});
