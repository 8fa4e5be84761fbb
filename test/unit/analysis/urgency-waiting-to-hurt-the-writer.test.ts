import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Someone waiting for the writer with a beating said as its aim (waiting-to-hurt-the-writer.ts, blind attack ra37):
// the report was read as harassment only, so the owner of threats was not emailed. A threat must be among its kinds.
// The calm texts have someone waiting, or a harm-like verb, but no harm planned against the writer.

describe('someone waiting for the writer, the harm said as its aim: a threat', () => {
  it.each([
    'if i keep complaining he will wait for me outside with his friends to smash my face',
    'the night lead said hes gonna be waiting for me after my shift to break my legs',
    'his cousins came for me in the car park to beat me up',
    'si sigues con eso te digo que me esperan en el estacionamiento para romperme la cara',
    'el encargado me espera a la salida con dos amigos pa partirme la cara',
    "il m'attend dehors avec ses potes pour me casser la gueule",
    'o gerente disse que vão me esperar na saída pra me quebrar',
    'il capo reparto mi aspetta fuori con i suoi amici per spaccarmi la faccia',
    'der Vorarbeiter wartet nach der Schicht auf mich um mich zu verprügeln',
  ])('%s', (text) => {
    const urgency = detectUrgency(text);
    expect(urgency.urgent).toBe(true);
    expect(urgency.categories).toContain('threat');
  });
});

describe('someone waiting, with no harm planned: no threat', () => {
  it.each([
    'they were waiting for me to break the news about the layoffs',
    'my mom is waiting for me to cut the cake at the party',
    'come get me to kill time before the shift',
    'this job is going to break my back',
    'they wait for me to cut my hair on fridays',
    'mi compañero me espera a la salida para irnos juntos en el bus',
    "elle m'attend devant l'usine pour me ramener en voiture",
  ])('%s', (text) => {
    expect(detectUrgency(text).categories).not.toContain('threat');
  });
});
