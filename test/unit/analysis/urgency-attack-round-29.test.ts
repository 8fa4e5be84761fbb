import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Attack round 29 (F6): plain forms of the round's own kinds read calm. "two people still inside" (docs/sms.md's own
 * example of details) texted ten seconds past the five minutes became an ordinary report for the weekly digest; so
 * did a fire back said the plainest way, someone left in a tank or a freezer, Swahili, a burst line under pressure.
 * Each below read calm before; each calm look-alike stays calm.
 */
describe('urgency: plain forms attack round 29 found calm', () => {
  it.each([
    // Someone still inside, said alone (details after a fire report), "still" first, or in a confined space.
    'two people still inside',
    'two people still inside by the racks',
    'there are still 2 people inside',
    'we still have two people inside',
    'still people inside bay 4',
    'my coworker is still inside the tank',
    'still someone inside the silo',
    'two workers still inside the silo',
    'there are still people inside the paint booth, the alarm is going',
    'someone is still inside the freezer',
    "she's still in the freezer",
    // A fire back.
    'fire again in bay 3',
    'FIRE AGAIN',
    'the fire came back, third time today',
    'the fire has returned in the dust extractor',
    // Swahili: someone left in the fire, someone still inside with heavy smoke, sexual harassment.
    'mtu amebaki ndani ya moto',
    'kuna mtu ndani bado na moshi ni mwingi',
    'ananinyanyasa kingono',
    // A burst line under pressure; an eye hurt after a chemical splash.
    'burst vessels on the pressure line in bay 2, steam everywhere',
    'the steam pipe has burst in the boiler house',
    'my eye has a burst blood vessel after the chemical splash',
    // The same plain forms in the other full languages.
    'quedan dos personas dentro',
    "il reste deux personnes à l'intérieur",
    'zwei Leute sind noch drin',
    'ci sono ancora due persone dentro',
    'ainda tem duas pessoas lá dentro',
    'fuego otra vez en la nave 3',
    'le feu est revenu',
    'das Feuer ist wieder da',
    'il fuoco è tornato',
  ])('Should read “%s” as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each([
    'the fire came back on the news',
    'still inside the office at 7pm working',
    'two people still inside the office at 7pm working',
    'we were still inside when the bus left',
    'my lunch is still inside the freezer',
    'he is still inside the container unloading',
    'the fire alarm came back on',
    'the fire inspector came back today',
    'the fire team came back to check',
    'burst water pipe in the toilets again',
    'is anyone still inside?',
    'bado kuna watu ndani ya ofisi wanafanya kazi',
    'todavía hay gente dentro de la oficina trabajando',
    'er ist noch drin, im Meeting',
    "le feu d'artifice est revenu",
    'wear goggles so a chemical splash never gets in your eyes',
  ])('Should keep “%s” calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
