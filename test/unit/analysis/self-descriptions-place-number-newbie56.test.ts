import { describe, expect, it } from 'vitest';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';

/*
 * Newcomer's walk, round 56: the form's preview warned about "‘the only night-shift forklift driver at Plant’" for a
 * text that says "at Plant 2" — the quoted words looked like a typo, and the number is what points to the writer.
 * An "only …" phrase that ends in a place now keeps the place's number. Tuned: the English one; held back (written
 * before the change, never tuned on): Spanish, French, Portuguese, German; calm: phrases with no place number stay
 * exactly as they were.
 */
const warned = async (text: string) => (await previewRedaction(text)).singledOut;

describe('the preview quotes an "only" phrase with its place’s number, as the employee wrote it', () => {
  it.each([
    // tuned
    [
      "I'm the only night-shift forklift driver at Plant 2, and my pay is late.",
      'the only night-shift forklift driver at Plant 2',
    ],
    // held back
    ['Soy la única mujer soldadora en la Planta 2 y nadie me escucha.', 'la única mujer soldadora en la Planta 2'],
    ["Je suis la seule cariste de nuit à l'Usine 3 et personne ne m'écoute.", "la seule cariste de nuit à l'Usine 3"],
    ['Sou o único eletricista do Armazém 4, ninguém me ouve.', 'o único eletricista do Armazém 4'],
    ['Ich bin die einzige Staplerfahrerin in Halle 5 und niemand hört zu.', 'die einzige Staplerfahrerin in Halle 5'],
  ])('Should warn about %j with the number', async (text, phrase) => {
    expect(await warned(text)).toContain(phrase);
  });

  it.each([
    [
      'I am the only woman welder at Riverside Warehouse and nobody listens.',
      'the only woman welder at Riverside Warehouse',
    ],
    ["I'm the only welder, 2 of us left last year.", 'the only welder'],
    ['the only forklift driver at Plant 22b is me', 'the only forklift driver at Plant'],
  ])('Should quote %j as before', async (text, phrase) => {
    expect(await warned(text)).toEqual([phrase]);
  });
});
