import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * A list of three or more words, one word to an item, that names safety things (u31, urgency/words-apart.ts): a notice
 * or a checklist, read as its words together, not as a cry of its first word. A list naming no such thing keeps its
 * cries, and one with "!" is read as written.
 */
describe('a list of single words naming safety things', () => {
  it.each([
    'fire, exit, signs',
    'fire, exit, signs, checked',
    'smoke, alarm, test',
    'fire, alarm, panel, serviced',
    'gas, meter, reading',
    'fire. exit. signs.',
    'fire - exit - signs',
    'fire\nexit\nsigns',
    'fire, blanket, kitchen',
    'first, aid, kit, fire, extinguisher',
    'fuego, extintor, señales',
    'incendie, sortie, panneaux',
    'Feuer, Ausgang, Schilder',
    'incêndio, saída, placas',
    'smoke. alarm. test.',
    'gas, meter, checked',
  ])('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'fire, help',
    'fire! help!',
    'fire fire fire',
    'fire, bay 3, now',
    'smoke, help, kitchen',
    'fire, exit, blocked',
    'fire! exit! signs!',
    'fuego, ayuda, bodega',
    'incendie, aide, cuisine',
  ])('Should read %j as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});
