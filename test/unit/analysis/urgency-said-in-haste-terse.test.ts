import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Promise 1, nothing urgent is lost (outside attacker, session 27): emergencies said in haste that still read calm
// after said-in-haste-bare.ts: smoke at a place with a word of how thick between ("fumée épaisse au quai 2", "starker
// Rauch Halle 3") or with only a preposition ("humo en la bodega"); the writer shut in a freezer or a lift with no
// "I" ("HELP stuck in the freezer"); someone's hand caught with no "in what"; someone pinned against or under
// something heavy, or under a fallen rack; eyes burning beside an alarm. Each is a shape read in every language the
// full rules read (urgency/said-in-haste-terse.ts), and in Russian and Ukrainian where their tables lacked it. The
// look-alikes (smoking areas and breaks, passive smoking, a smoke detector's battery, stuck in traffic, a meeting or a
// lift yesterday "lol", eyes burning from a screen) stay calm.

const URGENT: string[] = [
  // The attacker's texts.
  'humo en la bodega',
  'Rauch in Halle 3',
  'starker Rauch Halle 3',
  'dym w magazynie',
  'fumaça no depósito',
  'fumo in magazzino',
  'fumo nerissimo esce dalla centralina del reparto B',
  "FUMÉE ÉPAISSE quai 2 personne n'évacue",
  'fumée épaisse au quai 2',
  'HELP stuck in the freezer',
  'stuck in the freezer',
  'HELP locked in the cooler',
  'HELP stuck in elevator',
  'stuck in the elevator between floors',
  'stop the press someones hand is caught',
  'someones hand is caught',
  'витік аміаку в цеху, люди кашляють',
  'стеллаж в 12 проходе рухнул, под ним человек',
  'quedó prensado contra la rampa, grita mucho',
  'está preso debaixo dela e sangrando',
  'is beeping nonstop and my eyes are burning',
  // Smoke with a word of how thick, in each language.
  'thick black smoke in bay 3',
  'heavy smoke warehouse',
  'humo negro en el almacen',
  'gęsty dym w hali 2',
  'fumaça preta saindo do forno',
  'dichter Rauch im Lager',
  // Shut in a place that traps, with no "I".
  'atrapado en la cámara frigorífica',
  'HILFE im Kühlraum eingesperrt',
  "coincé dans l'ascenseur",
  'preso no elevador',
  'bloccato in ascensore',
  'utknąłem w windzie',
  // A hand or arm caught, with no "in what".
  'his arm got caught',
  'la mano atrapada',
  'Hand eingeklemmt',
  // Pinned against something heavy, or under what fell.
  "he's pinned against the dock",
  'the rack collapsed, someone is under it',
  'se cayó el rack y hay alguien debajo',
  'regał runął, pod nim leży człowiek',
  'стелаж впав, під ним людина',
  // A leak hurting people.
  'утечка аммиака, люди кашляют',
  'wyciek amoniaku, ludzie kaszlą',
  'the alarm is beeping and my eyes are burning',
  'me arden los ojos y huele a gas',
  // Once read only by the learned model (urgency-model-calm-complaints.test.ts): bleach and ammonia mixed, everyone
  // coughing. The rules read it now, so it no longer waits on the model.
  'misturaram água sanitária com amônia na cozinha e todo mundo está tossindo',
];

const CALM = [
  'zona de humo',
  'Rauchpause',
  'smoke break',
  'fumo passivo',
  'fumo passivo in ufficio',
  'fumo in ufficio perché qualcuno fuma di nascosto',
  'dym w biurze od papierosów',
  'Rauch im Raucherraum',
  'the smoke detector needs a battery',
  'stuck in traffic',
  'stuck in a meeting',
  'stuck in this job',
  'stuck in the elevator for 5 min yesterday lol',
  'bloccato nel traffico',
  'atrapado en el tráfico',
  "I'm stuck between two options",
  'pinned under work',
  'my eyes are burning from staring at spreadsheets',
  'my eyes are stinging from the cleaning spray smell, can we open a window',
  'the new floor polish smells awful and my eyes are burning',
  'chopping onions and the smell makes my eyes burn, my eyes are burning',
];

describe('emergencies said in haste, attack round 27 (promise 1)', () => {
  it.each(URGENT)('reads %j as a safety emergency', (text) => {
    const result = detectUrgency(text);
    expect(result.urgent).toBe(true);
    expect(result.categories).toContain('safety');
  });

  it.each(CALM)('keeps %j calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
