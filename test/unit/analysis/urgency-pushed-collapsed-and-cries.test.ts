import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// att43 (2026-12-07), two classes a blind attacker got past, each with other wordings and languages beside the
// attacker's: a hazard beside a boss pushing to work on with it went to the CHRO alone (harassment), never to the
// site's safety owner; and a co-worker named or described who collapsed, told briefly, read calm.
// The first text compiles the detector's expressions, which takes seconds on a loaded machine.
describe('urgency: a hazard beside a boss pushing on reads safety and harassment', { timeout: 60_000 }, () => {
  it.each([
    'the hoist chain is kinked and slipping, the foreman yelled at me to keep lifting',
    "the respirator cartridges expired months ago and the supervisor threatens to write us up if we don't spray",
    'the foreman threatens to fire anyone who clips in their harness because it\'s "slow"',
    "my eyes burn and I'm coughing after cleaning the tank, supervisor yells at us to keep going",
    'my chest is tight and my head is pounding from the solvent, the manager screamed at me to keep mopping',
    "the ladder rungs are bent and the foreman threatened to dock my pay if I don't get up there",
    'me arden los ojos y toso por los químicos pero el supervisor nos grita que sigamos trabajando',
    'le harnais est déchiré et le chef menace de nous virer si on arrête',
    "j'ai des vertiges à cause des vapeurs et le contremaître m'a crié de continuer",
    'a máscara está vencida e o encarregado ameaça nos demitir se pararmos de pintar',
    'der Gurt ist gerissen und der Vorarbeiter droht mir mit Kündigung, wenn ich nicht weiterarbeite',
    'la maschera è scaduta e il caporeparto minaccia di licenziarci se smettiamo di verniciare',
    'szelki są porwane a brygadzista krzyczy żebyśmy dalej pracowali',
  ])('%s', (text) => {
    const { categories } = detectUrgency(text);
    expect(categories).toContain('safety');
    expect(categories).toContain('harassment');
  });

  it.each([
    'the new gloves are great and the boss says keep up the good work',
    'my supervisor keeps pushing us to finish the inventory count by Friday',
    'the foreman yelled at me to keep lifting with my legs, good advice honestly',
  ])('no hazard, no danger: %s', (text) => {
    expect(detectUrgency(text).categories).not.toContain('safety');
  });
});

describe('urgency: a co-worker who collapsed, told briefly', { timeout: 60_000 }, () => {
  it.each([
    'Dave just collapsed',
    'Maria collapsed.',
    'Dave collapsed an hour ago and nobody called anyone',
    'Jose collapsed at the press 10 minutes ago',
    'My paycheck was short again. Also Dave collapsed by the boiler an hour ago and nobody called anyone.',
    'Overtime still not paid. Also Sam collapsed at the mixer twenty minutes ago.',
    'Luis just keeled over at the conveyor',
    "Maria s'est effondrée sur la ligne",
    'Maria ist an der Linie zusammengebrochen',
    'Giulia è crollata a terra in magazzino',
    'Kasia zasłabła na hali',
  ])('%s', (text) => {
    expect(detectUrgency(text).categories).toContain('safety');
  });

  it.each([
    'Dave collapsed on the couch after the shift, lol he was so tired',
    'Maria collapsed in laughter when she heard the joke',
    'Maria collapsed into bed after a double shift',
    'she blacked out at the concert last night',
    'the deal with the supplier collapsed',
    'die Verhandlungen sind zusammengebrochen',
    'Lucia è crollata dal sonno sul divano',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('urgency: a distress cry with only where, or how many', { timeout: 60_000 }, () => {
  it.each([
    'SOS bay 4',
    'mayday mayday dock 2',
    '911 911 freezer',
    'auxilio bodega 3',
    'saklolo sa bodega',
    '999 999 boiler room',
    'aiuto magazzino 2',
    'sos 3 hurt',
  ])('%s', (text) => {
    expect(detectUrgency(text).categories).toContain('safety');
  });

  it.each([
    '911 was called last week for a drill',
    'the SOS button on the app works',
    'mayday parade concert',
    'help desk ticket',
    'room 911',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
