import { describe, expect, it } from 'vitest';
import exampleConfig from '../../../config/example.config.json';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { withDangerWordsSpelled } from '../../../shared/analysis/urgency/misspelled';
import { fold } from '../../../shared/analysis/urgency/normalise';
import type { Topic } from '../../../shared/config/schema';
import { topicsForUrgency } from '../../../shared/domain/topics';

/*
 * Attack round 32 (promise 1): urgent reports typed in haste read calm, so no sponsor was emailed
 * (shared/analysis/urgency/misspelled.ts, attack-round-32.ts). Each case is a kind, not the sentence quoted: the
 * attacker's own words come first, then other wordings of the same kind, and every calm look-alike stays calm.
 */
describe('urgency: danger words misspelled in haste (attack round 32, F1)', () => {
  it.each([
    // The attacker's words, each "analysed" with no email before.
    ['emergancy stop broke on press 3', 'safety'],
    ['fier exit blokced by pallets agian', 'safety'],
    ['teh emergancy stop on press 3 dosnt work anymor', 'safety'],
    ['som1 left the amonia valve open in cooler 2 ppl r coughing', 'safety'],
    ['la salida de emergensia esta bloqeada con tarimas otra ves', 'safety'],
    // Other slips of the same words and of others: a letter missing, extra, wrong, or two swapped.
    ['the fire exit is blcoked again', 'safety'],
    ['emergency exit bloked by boxes', 'safety'],
    ['the forklfit has no brakes', 'safety'],
    ['ammonai leak in the cooler', 'safety'],
    ['theres a chemcial spill in aisle 4 and nobody cleaned it', 'safety'],
    ['fire extingisher by the welding bay is empty', 'safety'],
    ['emergncy stop on the conveyor doesnt work', 'safety'],
    ['my supervisor keeps touchng me and i told him to stop', 'harassment'],
    ['the salida de emergencia esta bloqueda', 'safety'],
    ['la salida de emergenica esta bloqueada desde ayer', 'safety'],
  ])('%s reads as %s', (text, category) => {
    expect(detectUrgency(text).categories).toContain(category);
  });

  it.each([
    // Real words one slip from a danger word are read as written.
    'I looked at the fire exit plan on the wall',
    'I clocked out early and went home',
    'we had an emergancy meeting about sales numbers',
    'the new forklfits are smooth, thanks for listening',
    'the chemcial smell in the lab is gone since they fixed the vent',
    // A plural is no slip: news stays news.
    'vi en las noticias los incendios en Chile, mi familia está bien gracias',
    'les incendies au Canada à la télé, nos collègues de Montréal vont bien',
    // "fier" is French for proud, "ves" Spanish for "you see", "cuz" a cousin.
    'je suis fier de mon équipe et de notre sortie au parc',
    'ves que el comedor está limpio',
    'my cuz works here and loves it',
    'my cousin robin said the canteen is great',
  ])('%s stays calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it('adds a reading only where a word was put right, and never puts right a real English word', () => {
    expect(withDangerWordsSpelled(fold('the canteen coffee is cold again'))).toBeUndefined();
    expect(withDangerWordsSpelled(fold('I clocked out and looked at the locker'))).toBeUndefined();
    expect(withDangerWordsSpelled(fold('emergancy stop'))).toBe('emergency stop');
    // Two danger words one slip from the same spelling: neither is read.
    expect(withDangerWordsSpelled(fold('harasss'))).toBeUndefined();
  });
});

describe('urgency: discrimination read calm in English (attack round 32, F3)', () => {
  it.each([
    // The attacker's words, each "analysed" with no email before.
    'hr lady said i cant get promoted cuz im pregnant',
    'they keep callin me the n word on night shift',
    'supervisor calls me a f****t in front of everybody',
    'told me im too old to learn the new system and should retire',
    'they passed me over again and gave it to a younger white guy i trained',
    'i got written up for speaking spanish on break',
    // Other wordings of each kind.
    'he called me a n****r in the break room',
    'they wont give me the lead job coz im pregnant',
    'my boss keeps saying im too old to keep up with the line',
    'hr hinted that i should take early retirement to make room for younger people',
    'my manager said i should retire',
    'i was passed over for a younger guy',
    'got passed over for promotion for a male coworker with less experience',
    'sup yelled at us for talking in polish at lunch',
    'we got a write up for speaking tagalog in the warehouse',
  ])('%s reads as discrimination and goes to the owner of discrimination', (text) => {
    const { categories } = detectUrgency(text);
    expect(categories).toContain('discrimination');
    expect(topicsForUrgency(exampleConfig.topics as Topic[], categories, [])).toContain('discrimination');
  });

  it.each([
    'im too old for night clubs lol',
    'my wife said i should retire',
    'my kids say im too old for tiktok',
    'she retired last year and we miss her',
    'i think i should retire soon, my knees hurt',
    'we passed over the bridge on the way in',
    'i was passed over for promotion again',
    'learning spanish on my break is fun',
    'the new hire speaks spanish and helps with translations',
  ])('%s stays calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});

describe('urgency: drunk or high at the wheel as Mexico says it (attack round 32, F5)', () => {
  it.each([
    'el montacarguista anda borracho desde la manana',
    'el chofer anda bien pedo',
    'el operador de la grua viene pacheco otra vez',
    'el montacarguero andaba tomado en el turno de noche',
    'la supervisora llego hasta atras y esta manejando el montacargas',
  ])('%s reads as safety', (text) => {
    expect(detectUrgency(text).categories).toContain('safety');
  });

  it.each([
    'mi compa anda bien pedo en la fiesta jaja',
    'el jefe anda pedo de risa con el partido',
    'el supervisor anda de malas hoy',
    'el chofer anda contento porque le subieron el sueldo',
  ])('%s stays calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});

describe("urgency: a slur said to someone in Polish is discrimination, the owner of discrimination's (attack round 32, F4)", () => {
  it.each([
    'kierownik mowi na mnie czarnuch przy wszystkich',
    'brygadzista wola na mnie malpa od miesiaca',
    'mistrz mowi na nas ciapaci i smieje sie',
  ])('%s reads as discrimination, not as a threat to people on site', (text) => {
    const { categories } = detectUrgency(text);
    expect(categories).toEqual(['discrimination']);
    expect(topicsForUrgency(exampleConfig.topics as Topic[], categories, [])).toEqual(['discrimination']);
  });
});
