import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Newcomer round 21: on the kiosk's Spanish preview, "Soy la única conductora…" ("I am the only driver…") and "Amo mi
 * trabajo" ("I love my job") became "[NAME] la única…" and "[NAME] mi trabajo": a capitalised word before an article
 * or a possessive was read as a name, and "I am", "I love", "I hate" opening a sentence are in no word list. The
 * employee's own words changed meaning (a named third person). The forms of being, loving, hating and living that
 * open sentences in Spanish, Portuguese, French and Italian are the word; names beside them are still hidden.
 */

describe('first-person verbs that open a sentence stay as written', () => {
  it.each([
    'Soy la única mujer del turno de noche.',
    'Trabajo mucho. Soy la única que sabe usar la máquina.',
    'Amo mi trabajo pero el sueldo es bajo.',
    'Odio mi horario, nunca veo a mis hijos.',
    'Vive la gente con miedo en este almacén.',
    'Somos la última línea y nadie nos escucha.',
    'Sou a única mulher do turno.',
    'Amo o meu trabalho, mas o salário é baixo.',
    'Odeio a minha escala de domingo.',
    'Suis la seule à fermer le magasin le soir.',
    'Aime la nouvelle équipe, vraiment.',
    'Amo il mio lavoro ma lo stipendio è basso.',
    'Odio la mensa, il cibo è freddo.',
    'Siamo la squadra più stanca del reparto.',
  ])('keeps the opening verb of "%s"', (text) => {
    const out = redact(text);
    expect(out).not.toContain('[NAME]');
    expect(out).toBe(text);
  });

  it.each([
    ['Mi supervisora María González nos grita delante de todos. Soy la única conductora.', 'González', 'Soy la única'],
    ['Amo mi trabajo pero Ramírez nos grita cada día.', 'Ramírez', 'Amo mi trabajo'],
    ['Sou a única mulher e o Souza grita comigo.', 'Souza', 'Sou a única'],
    ['Suis la seule femme et Dupont me crie dessus.', 'Dupont', 'Suis la seule'],
  ])('still hides the name beside the verb in "%s"', (text, name, kept) => {
    const out = redact(text);
    expect(out).not.toContain(name);
    expect(out).toContain(kept);
  });
});
