import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * What an outside tester found after round 11, writing blind (README only, never the rules): a lone worker who has
 * not checked in and cannot be reached, someone gone into a silo whom nobody has heard from since, a trench that
 * buried a worker, children or residents locked into a cupboard, spoiled food sold on to schools; and false alarms
 * from swearing ("my bloody manager"), "a bloodbath" of a quarter and "a bomb of a launch". Fixed by class: the
 * rows below are not the tester's texts, but others of the same kinds.
 */
const URGENT: [string, string][] = [
  [
    'lone worker',
    'Dev on the night patrol hasnt checked in since midnight, his van is still in the yard and his phone goes to voicemail',
  ],
  ['lone worker', 'the cleaner in block C missed her 3am check-in and isnt answering the radio'],
  ['lone worker', 'Kofi has not checked in from the pump house for two hours and we cant reach him'],
  [
    'lone worker',
    'nobody has seen him since he went up to the roof plant room, his coat is still here and he is not picking up',
  ],
  [
    'confined space',
    'Lee went down the manhole to free the pump and no one has heard from him since, radio is just static',
  ],
  ['confined space', 'two of the lads climbed into the grain bin 40 min ago and we havent heard from them'],
  ['buried', 'the side of the excavation gave way and a groundworker is buried up to his waist'],
  ['buried', 'worker trapped under the rubble after the back wall came down, send help'],
  ['buried', 'the trench wall caved in on the north run, they are digging someone out with shovels'],
  ['locked in', 'the night nurse locks the residents in their rooms with a chair when she wants a break'],
  ['locked in', 'at the nursery the room lead locked two toddlers in the storeroom as a punishment'],
  ['locked in', 'the shift boss locked the new hires in the walk-in freezer for a laugh'],
  ['food sold on', 'les piden que sigan vendiendo el pollo caducado y va para el comedor del colegio'],
  ['food sold on', 'a gerente mandou continuar vendendo o peixe podre com etiqueta nova'],
];

const CALM: [string, string][] = [
  ['swearing', 'my bloody supervisor moved my days off again without asking'],
  ['swearing', 'the bloody manager still hasnt signed my holiday form'],
  ['figure', 'the stock count was a bloodbath, the area manager was not impressed'],
  ['figure', 'honestly that was a bomb of a party, the team loved it'],
  ['figure', 'buried under paperwork this week and the manager is not answering emails'],
  ['code', 'the new dev hasnt checked in his changes since Friday and isnt answering on chat'],
  ['ordinary', 'HR has not called back about my holiday request and the office phone goes to voicemail'],
  ['ordinary', 'we lock the cages in the store room at night and the key is with security'],
];

describe('urgency after the blind round: a worker unreachable, buried or locked in, and swearing that is not harm', () => {
  it.each(URGENT)('Should read a report of %s as urgent: %s', (_, text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each(CALM)('Should read %s as calm: %s', (_, text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
