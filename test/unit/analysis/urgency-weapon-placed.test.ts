import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/**
 * A weapon left, hidden or lying where people work, told with a word or two between the weapon and the place. The
 * speed helper of round 18 found "there is a knife hidden in the break room" calm while "there is a knife in the
 * break room" was urgent: the rule's optional words could never match.
 */
const URGENT = [
  'there is a knife hidden in the break room',
  'a gun is in the break room',
  'the knife was left in the canteen again',
  "there's a gun lying in the car park",
  "the gun's in the locker room",
  'found a machete stashed behind the lockers',
  'someone says a pistol is hidden in the toilets',
  'a knife was found in the warehouse this morning',
  'theres a gun just lying on the floor in aisle 4',
];

const CALM = [
  // Tools and kitchen knives where they belong.
  'the glue gun is in the break room',
  'the bread knife is in the canteen',
  'the nail gun was left in the warehouse',
  'the knife is blunt in the canteen, can we get a new one',
  'the gun is in the break room drawer',
  'the price gun is lying in aisle 4 again',
];

describe('a weapon where people work, with words between', () => {
  it.each(URGENT)('Should escalate "%s"', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each(CALM)('Should keep "%s" calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
