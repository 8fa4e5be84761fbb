import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Promise 1, nothing urgent is left waiting: English reports of an injury at work, and of a hazard left where it can hurt
// someone today, read as calm. A body part caught, crushed, broken, cut or burnt ("the press caught his hand", "picker
// sprained her ankle in aisle 4"), a fall from a height ("my husband fell from the scaffold"), a vehicle or a load that
// hit someone, a spill where people walk, a leak "fixed" that is back, a ceiling coming down, a hole left open. Each is
// read alone and buried in a long calm ramble. Beside them, what shares their words stays calm: injuries away from work
// or healed, figures of speech ("I broke my back getting this order out"), questions of what to do if someone is hurt,
// courses, pay for an old injury (late pay is a complaint, as other late pay is), and collapsing onto a sofa.
// The first text compiles the detector's expressions, which takes seconds on a loaded machine.

// About 1,500 characters of an ordinary complaint, with nothing urgent in it.
const FILLER =
  'The new rota is okay I guess and the canteen has better soup now, parking still a mess on mondays, the lockers ' +
  'are old and the wifi in the staff room drops all the time, also training for the new scanners was too short ' +
  'and nobody explained the returns process properly. ';
const buried = (line: string) => `${FILLER.repeat(3)}${line}. ${FILLER.repeat(2)}`;

const URGENT: string[] = [
  // A body part caught, crushed or trapped by a machine, a door or a load.
  'the press caught his hand',
  'the guillotine took the tip of her finger off',
  'kevs hand went into the rollers',
  'the hydraulic ram came down on jacks fingers',
  'the roller door came down on her hand',
  'the door of the cold room shut on my hand and my fingers are purple',
  'her ponytail got caught in the drill press',
  'pallet truck went over his toes',
  'a pallet fell on his foot and its swollen like a balloon',
  // Broken, fractured, dislocated, sprained, twisted, torn.
  'he is in surgery after breaking his leg on the stairs',
  'picker sprained her ankle in aisle 4',
  'the new lad dislocated his shoulder lifting kegs',
  'she twisted her knee on the loading ramp today',
  'he brok his wrist in the yard',
  'our driver tore his achilles climbing out of the cab',
  'dislocated my finger unjamming the wrapper',
  'apprentice sprained his back carrying sheets of glass alone',
  'ive fractured my wrist slipping on the loading ramp',
  'bloke on nights got his fingers trapped in the shutter',
  // Cut, sliced, gashed; burnt, scalded, chemicals in the eyes.
  'tom sliced his thumb open on the box cutter',
  'i cut my hand really deep on the slicer',
  'the welder got a spark in his eye',
  'tripped over a cable and face planted',
  'got a nasty gash on my shin from the pallet',
  'got burned by the fryer oil, big blisters on my arm',
  'she scalded her arm on the steam wand',
  'hot fat splashed all over his arm',
  'i got bleach in my eye and there is no eyewash',
  'caustic soda splashed in her face at the cleaning station',
  'two of the cleaners got chemical burns from the new floor stripper',
  // Falls from a height or off a vehicle.
  'my husband fell from the scaffold',
  'roofer fell through the skylight',
  'a guy came off the roof this morning',
  'lad came off the scissor lift',
  'the scaffolder fell 4 metres',
  'she got clipped by a forklift in the yard',
  'he fell through a hole in the mezzanine',
  'a forklift ran into the back of my legs',
  // Hit by a vehicle, struck by a load; hospital after an accident; electric shock.
  'the reach truck ran over my foot',
  'struck by a falling load in the yard',
  'hgv reversed over a mans leg in the yard',
  'a truck reversed into one of the banksmen',
  'got hit by a falling box from the top shelf',
  'im at a&e after slipping on the oil at work',
  'he got a belt off the socket by the sink',
  // Hazards left in place: spills where people walk, guards off, extinguishers gone, leaks back, ceilings falling.
  'oil all over the floor in aisle 3',
  'theres water all over the walkway near the chillers',
  'the walkway by goods in is covered in ice',
  'oil slick in the car park by the bays',
  'antifreeze all over the workshop floor',
  'theres broken glass across the walkway to the canteen',
  'sick all over the stairs and nobody has cleaned it',
  'the saw is running without its guard',
  'the safety gate on the palletiser is cable tied open',
  'fire extinguishers have been taken from the first floor',
  'extinguisher by packing was discharged and never replaced',
  "they fixed it yesterday but it's leaking again",
  'the leak in bay 2 is back',
  'the leak they fixed last month is back and dripping onto the forklift chargers',
  'they patched it last week and its dripping again',
  'the pipe is still leaking onto the switchboard',
  'bits of the ceiling are falling in the stockroom',
  'stairs handrail snapped this morning',
  'ceiling tiles keep falling in the warehouse',
  'the roof caved in over bay 7',
  'theres an open manhole in the yard with no cones',
  'part of the ceiling came down in the stockroom',
  'the grinder threw a piece of metal into his eye',
  'hole in the walkway near the tanks with no barrier',
  'there is a hole in the floor by dock 5 with no cover',
  // Someone hurt now, said with "is" rather than "injured".
  'stop the line, someone is hurt',
  'a packer is hurt real bad, dock 2 pls',
  'the new guy is badly hurt, call someone',
  "she's hurt, she's on the floor near the baler",
];

const CALM = [
  // Injured away from work, or long since healed.
  'I sprained my ankle hiking last weekend, back Monday',
  'my arm healed fine, thanks for the leave',
  'fell down the stairs at home, back tomorrow',
  'I fell off my bike at the weekend, grazed knee, nothing serious',
  'my husband broke his wrist playing football so im off till thursday',
  'i cut my finger cooking dinner at home, it is fine',
  // Figures of speech.
  'I broke my back getting this order out lol',
  'they have you breaking your back before you get a break',
  'this schedule is killing me',
  'I fell asleep on the bus',
  'the boss twisted my arm to do the christmas party',
  'we were in stitches at the christmas party',
  "he's burnt out and needs a holiday",
  'I burnt my tongue on the canteen soup lol',
  'lost my hand of cards at lunch',
  'I cut my finger on a piece of paper lol',
  'im breaking my back for minimum wage',
  'i twisted my ankle at netball on saturday, all good now',
  'they cut your hours back depending on how sales go',
  'Run around like a chicken with your head cut off to meet deadlines',
  // Collapsing onto a sofa, into bed, or in laughter.
  'I collapsed on the sofa after my shift, so tired',
  'I collapsed on the couch when I got home',
  'I literally collapsed in bed after the stocktake',
  'we all collapsed in a heap of laughter at the party',
  // Questions of what to do, courses, and things fixed.
  'how do I report an injury?',
  'where is the first aid kit?',
  "what's the process if someone gets hurt?",
  "who do I call if there's an accident?",
  "what should we do if there's a gas leak?",
  'ladder safety course was useful',
  'the floor was slippery yesterday but they have put mats down',
  "the stairs aren't slippery since the new mats went down",
  'the leak in the roof has been fixed, good job',
  // Stock on a shelf and water to drink are no spills; pay for an old injury is a complaint about pay.
  'olive oil is in aisle 5',
  'not allowed to take water up on the shop floor',
  'still waiting for my injury pay from march, it has been 6 months',
  'the burn gel in the first aid kit is out of date, could it be replaced',
  // Hurt feelings, a question, or nobody hurt.
  'she is hurt that nobody asked her about the rota',
  "he's hurt and angry about the reorg",
  'is anyone hurt when the alarm goes off, what do we do',
  'nobody is hurt, the spill is cleaned up',
];

describe('urgency: injuries at work and hazards left in place, in English', { timeout: 120_000 }, () => {
  it('Should keep the ramble the reports are buried in calm on its own', () => {
    expect(detectUrgency(FILLER.repeat(5)).urgent).toBe(false);
  });

  it.each(URGENT)('Should read %j as a safety report', (text) => {
    expect(detectUrgency(text)).toMatchObject({ urgent: true, categories: expect.arrayContaining(['safety']) });
  });

  it.each(URGENT)('Should still read %j as a safety report when buried in a long calm ramble', (text) => {
    expect(detectUrgency(buried(text))).toMatchObject({
      urgent: true,
      categories: expect.arrayContaining(['safety']),
    });
  });

  it.each(CALM)('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
