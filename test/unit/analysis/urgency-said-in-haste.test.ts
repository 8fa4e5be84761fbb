import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Promise 1, nothing urgent is lost (outside attacker, session 25): emergencies told in the fewest words were read
// calm. "fire in bay 3" alone was urgent, but only as a cry for help that is the whole text, so adding "people stuck"
// made it calm; "man down aisle 7", "co alarm beeping in the canteen", "smoking area is on fire", a worker left hanging
// in a fall-arrest harness, and people choking beside a chemical leak were read by no rule. The first twelve are the
// attacker's texts; the rest are fresh wordings of each kind, in English, German, Spanish, French, Italian and
// Portuguese (urgency/said-in-haste.ts). Their look-alikes (a fire drill, a team on fire, firing a supplier, a lost
// match, a co-worker, CO2 extinguisher training, a cough from a cold) stay calm.

const URGENT = [
  'fire in bay 3, people stuck',
  'fire in bay 3 ppl stuck',
  '🔥🔥 fire in bay 3 🔥 ppl stuck 🚒',
  'FIRE line 4 now',
  'man down aisle 7',
  'co alarm beeping in the canteen all day',
  'smoking area is on fire',
  'QUIT smoking area is on fire',
  'a worker is hanging from the harness over the acid tank and the hoist is jammed, nobody can get him down',
  'the chlorine dosing pump in the pool plant room is spraying and two people are coughing and choking',
  'two people are coughing and choking',
  'Brand in Halle 3',
  // A fire and where it is, with more said after it.
  'fire in the canteen, get everyone out',
  'FIRE dock 2!!',
  'fire at the loading bay, two guys still inside',
  'fire in aisle 12 send help',
  'smoke in the server room and people trapped',
  // A place on fire, with or without "the".
  'the paint shop is on fire',
  'bin store is on fire',
  'loading bay 4 is on fire right now',
  // Someone down.
  'man down in bay 3',
  'we have a man down by the baler',
  'worker down line 2 not moving',
  'man down!!',
  // A carbon monoxide or gas alarm sounding.
  'carbon monoxide alarm going off in the boiler room',
  'the gas alarm keeps going off in the plant room and people feel dizzy',
  'co detector is beeping in the kitchen',
  // Left hanging after a fall arrest.
  'he is dangling from his harness off the scaffold',
  'scaffolder suspended in his harness for 10 minutes, cant reach him',
  // A chemical and breathing trouble.
  "ammonia leak in the cold store and three workers are coughing and can't breathe",
  'fumes from the tank, two lads are choking',
  'three people are choking in the wash bay',
  // People shut in.
  'people stuck in the lift between floors',
  // Other languages.
  'Feuer im Lager, Leute eingeschlossen',
  'Brand in der Werkstatt',
  'es brennt in der Kantine',
  'incendio en la nave 3',
  'hay fuego en el almacén',
  "incendie dans l'entrepôt",
  "le feu dans l'atelier 2",
  'incendio nel capannone 3',
  'incêndio no galpão 3',
];

const CALM = [
  'fire drill in bay 3',
  'fire drill in bay 3 at 10am, everyone out',
  'the sales team is on fire this month',
  'fire the supplier',
  'we should fire the supplier in bay 3',
  'man down, we lost the match',
  'we are two men down on the rota',
  'my co-worker is great',
  'co-worker keeps taking my lunch',
  'CO2 fire extinguisher training next week',
  'coughing all week from a cold',
  "I've been coughing and sneezing all week",
  'my mixtape is fire',
  'this new track is fire',
  'the dance floor was on fire last night',
  'the kitchen team is on fire tonight',
  'the line 4 team was on fire today',
  'the co alarm needs a new battery',
  'the gas alarm was tested on monday',
  'fire safety training in the canteen on friday',
  'harnesses are hanging in the store room',
  'the harness hanging from the hook is out of date',
  'stuck in traffic, people stuck in queues everywhere',
  'people stuck on the old pay rate',
  'fire in my belly for this job',
  'fire in the hole! lol new game',
  'the fire in bay 3 last year was put out fast',
  'Brandschutzübung in Halle 3',
  'Feueralarm Probealarm in der Kantine am Montag',
];

describe('emergencies said in haste', () => {
  it.each(URGENT)('reads %j as urgent safety', (text) => {
    const urgency = detectUrgency(text);
    expect(urgency.urgent).toBe(true);
    expect(urgency.categories).toContain('safety');
  });

  it.each(CALM)('keeps %j calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it('never reads a fire report calmer for an alarming word added after it', () => {
    for (const added of ['people stuck', 'ppl stuck', 'two trapped', 'send help', 'get out now', '🚒']) {
      expect(detectUrgency(`fire in bay 3, ${added}`).urgent).toBe(true);
      expect(detectUrgency(`fire in bay 3 ${added}`).urgent).toBe(true);
    }
  });
});
