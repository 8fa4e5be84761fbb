import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVISIBLE } from '../../../shared/analysis/normalise-text';
import { redact } from '../../../shared/analysis/redact';

// Issue 15, item 5: addresses and ids written the way Spanish, French,
// Portuguese, Italian, German and Dutch speakers write them were stored as
// written, ids took the word beside them ("[ID] trabajo"), and stored text lost
// the writer's characters ("2º" became "2o"). Here random addresses and ids of
// each language, inside sentences of that language, must be hidden whole, and
// every character around them must come back exactly as written.

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
const house = fc.integer({ min: 1, max: 2999 }).map(String);

interface Language {
  address: fc.Arbitrary<string>;
  before: fc.Arbitrary<string>;
  after: fc.Arbitrary<string>;
  employee: fc.Arbitrary<string>;
}

const LANGUAGES: Record<string, Language> = {
  es: {
    address: fc
      .tuple(
        pick('Calle', 'calle', 'C/', 'Avenida', 'avenida', 'Av.', 'Avda.', 'Paseo', 'Plaza', 'Carrera'),
        pick('de Alcalá', 'Mayor', 'de la Paz', 'del Prado', 'Gran Vía', 'de los Reyes Católicos', 'Insurgentes Sur'),
        pick(' ', ', '),
        house,
        pick('', ' bis', 'A'),
        pick('', ', 3º B', ', 2ª izda', ' 1º-2ª', ', piso 4', ', puerta 2', ', bajo'),
        pick('', ', 28014 Madrid', ', C.P. 06700', ', Col. Roma Norte, CDMX', ', Sevilla', ' 41001 Sevilla'),
      )
      .map(([type, name, sep, n, extra, unit, town]) => `${type} ${name}${sep}${n}${extra}${unit}${town}`),
    before: pick('mi jefe vive en ', 'vive en la ', 'la dirección del encargado es ', ''),
    after: pick(', y grita a todos.', ' y nadie hace nada.', '.', ''),
    employee: pick('número de empleado es ', 'nº de empleado: ', 'empleado nº ', 'nº de nómina ', 'legajo '),
  },
  fr: {
    address: fc
      .tuple(
        house,
        pick('', ' bis', ' ter'),
        pick(' ', ', '),
        pick('rue', 'avenue', 'boulevard', 'bd', 'chemin', 'allée', 'impasse', 'place', 'quai'),
        pick('de la République', 'Victor Hugo', 'des Lilas', 'du Général Leclerc', 'Saint-Honoré', "de l'Église"),
        pick('', ', 4e étage', ', 2ème étage', ', bât. B', ', appartement 12'),
        pick('', ', 75011 Paris', ' 69003 Lyon', ', Montréal (Québec) H3G 1L5', ', Paris'),
      )
      .map(([n, extra, sep, type, name, unit, town]) => `${n}${extra}${sep}${type} ${name}${unit}${town}`),
    before: pick('il habite au ', 'elle vit ', 'son adresse : ', ''),
    after: pick(', et il crie.', ' et personne ne fait rien.', '.', ''),
    employee: pick('matricule ', 'matricule est ', "numéro d'employé : ", 'numéro de badge ', 'badge '),
  },
  pt: {
    address: fc
      .tuple(
        pick('Rua', 'rua', 'Avenida', 'Travessa', 'Praça', 'Av.'),
        pick('Augusta', 'da Liberdade', 'das Flores', 'do Comércio', 'Dom Pedro II'),
        pick(' ', ', '),
        house,
        pick('', ' - 2º Esq', ', apto 45', ', 3º andar'),
        pick('', ', 1100-048 Lisboa', ', São Paulo - SP, 01310-100', ', Porto', ' 4000-123 Porto'),
      )
      .map(([type, name, sep, n, unit, town]) => `${type} ${name}${sep}${n}${unit}${town}`),
    before: pick('o chefe mora na ', 'ele mora em ', ''),
    after: pick(' e grita com todos.', ', e ninguém faz nada.', '.', ''),
    employee: pick('número de funcionário é ', 'nº de funcionário ', 'crachá nº '),
  },
  it: {
    address: fc
      .tuple(
        pick('Via', 'via', 'Viale', 'Piazza', 'piazza', 'Corso'),
        pick('Roma', 'Garibaldi', 'dei Mille', 'del Corso', 'Vittorio Emanuele II', 'della Repubblica'),
        pick(' ', ', '),
        house,
        pick('', ', int. 5', ', scala B', ', piano 3'),
        pick('', ', 00184 Roma', ', 20121 Milano (MI)', ', Napoli'),
      )
      .map(([type, name, sep, n, unit, town]) => `${type} ${name}${sep}${n}${unit}${town}`),
    before: pick('il capo abita in ', 'sta in ', ''),
    after: pick(', e urla.', ' e nessuno fa niente.', '.', ''),
    employee: pick('matricola ', 'matricola è ', 'numero di matricola: ', 'numero dipendente '),
  },
  de: {
    address: fc
      .tuple(
        pick('Hauptstraße', 'Berliner Straße', 'Lindenweg', 'Karl-Marx-Allee', 'Goethestr.', 'Marktplatz'),
        house,
        pick('', 'a'),
        pick('', ', 3. OG', ', 2. Stock'),
        pick('', ', 10115 Berlin', ', 80331 München', ' 50667 Köln'),
      )
      .map(([street, n, extra, unit, town]) => `${street} ${n}${extra}${unit}${town}`),
    before: pick('er wohnt in der ', 'sie wohnt ', ''),
    after: pick(', und er schreit.', ' und keiner hilft.', '.', ''),
    employee: pick('Personalnummer ', 'Personalnummer ist ', 'Mitarbeiternummer: '),
  },
  nl: {
    address: fc
      .tuple(
        pick('Kerkstraat', 'Prinsengracht', 'Stationsplein', 'Dorpsweg'),
        house,
        pick('', ', 1012 AB Amsterdam', ', 3511 LX Utrecht'),
      )
      .map(([street, n, town]) => `${street} ${n}${town}`),
    before: pick('hij woont op ', ''),
    after: pick(' en hij schreeuwt.', '.', ''),
    employee: pick('personeelsnummer ', 'personeelsnummer: '),
  },
};

// Employee numbers as they are printed: plain, zero-led, with a letter prefix.
const employeeNumber = fc.oneof(
  fc.stringMatching(/^\d{3,8}$/),
  fc.stringMatching(/^0{1,3}\d{3,5}$/),
  fc.stringMatching(/^[A-Z]{1,2}-?\d{4,6}$/),
);

describe.each(Object.entries(LANGUAGES))('redaction of %s addresses and ids', (_code, language) => {
  it('Should hide a street address whole, with its floor, door, postcode and town, and keep every word around it', () => {
    fc.assert(
      fc.property(language.before, language.address, language.after, (before, address, after) => {
        expect(redact(`${before}${address}${after}`)).toBe(`${before}[ADDRESS]${after}`);
      }),
      { numRuns: 150 },
    );
  });

  it('Should hide an employee number after its cue word, and nothing beside it', () => {
    fc.assert(
      fc.property(language.employee, employeeNumber, language.after, (cue, id, after) => {
        expect(redact(`${cue}${id}${after}`)).toBe(`${cue}[ID]${after}`);
      }),
      { numRuns: 150 },
    );
  });
});

describe('national ids beside small words', () => {
  const dni = fc.integer({ min: 0, max: 99_999_999 }).map((n) => {
    const digits = String(n).padStart(8, '0');
    return `${digits}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
  });

  it('Should hide the DNI and keep the word after it ("y", "e", "o", "a")', () => {
    fc.assert(
      fc.property(dni, pick(' y trabajo', ' e hijos', ' o algo', ' a veces', ', y'), (id, after) => {
        expect(redact(`mi DNI es ${id}${after}`)).toBe(`mi DNI es [ID]${after}`);
      }),
      { numRuns: 150 },
    );
  });
});

describe('stored text as written', () => {
  const PLACEHOLDER = /\[(?:NAME|PHONE|EMAIL|ADDRESS|ID|URL|PLATE)\]/g;
  // Characters compatibility normalisation would rewrite: ordinals, ligatures,
  // decomposed accents, fractions, fullwidth and halfwidth forms, and invisible ones.
  const fragment = fc.oneof(
    pick('2º', '3ª', 'nº', 'ﬁn', 'e\u0301', '½', 'm²', 'Ａ', 'ｶ', '…', '\u00AD', '\u200B', '\uFE0F', '™'),
    pick(' turno', ' planta', ' el jefe', ' y', ' Calle Mayor 5', ' Ana', ' 555 123 4567', '.', ', '),
    fc.string({ maxLength: 6 }),
  );

  it('Should give back every character outside what it hides as written, invisible ones aside', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 20 }), (parts) => {
        const input = parts.join('');
        const visible = input.replace(INVISIBLE, '');
        const out = redact(input);
        const kept = out.split(PLACEHOLDER);
        if (kept.length === 1) {
          expect(out).toBe(visible);
          return;
        }
        // Each stretch between placeholders is a stretch of what was written, in order.
        let from = 0;
        for (const stretch of kept) {
          const at = visible.indexOf(stretch, from);
          expect(at).toBeGreaterThanOrEqual(0);
          from = at + stretch.length;
        }
      }),
      { numRuns: 400 },
    );
  });
});
