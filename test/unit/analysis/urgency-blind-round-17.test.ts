import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/**
 * Blind round 17 (a tester with the README only, on the merged tree of 2026-12-03, late): four of its English misses
 * fixed as classes. Someone not breathing somewhere at work ("breathing in" was read only as inhaling), and someone
 * hitting a newcomer (a new hire, a starter, a trainee) rather than a co-worker, a threat to burn the
 * workplace down (no rule read arson), a person locked in a cupboard or a car by someone; and
 * calm, a question of how to report followed by one about the means ("is there a form?"). The round's other misses are listed
 * open in the session's note.
 */
const URGENT = [
  'found a guy not breathing in the mens toilet 3rd floor',
  'guy not breathing in the office',
  'she is not breathing in the break room',
  "he's not breathing in the canteen, someone call 999",
  'a driver stopped breathing in the cab at bay 4',
  'team lead punched a new hire in the face in the locker room',
  'he punched the new starter',
  'my boss hit a trainee with a pallet jack',
  'the foreman slapped one of the students on placement',
  // A threat to set the workplace on fire.
  'if they fire me friday i swear ill come back and burn this place down with them inside',
  'he said he will burn this place down with us inside',
  'ill burn this place down',
  'gonna torch the warehouse to the ground',
  'she swore she would set fire to the office',
  // A person locked in a room by someone.
  'sum1 locked the disabled worker in the storage cupboard as a prank, he cant get out',
  'they locked a disabled worker in the cupboard',
  'my boss locked me in the office until i signed it',
  'someone locked the kid in the car',
];

const CALM = [
  'im not breathing in the fumes anymore, i wear the mask now',
  'what to do if someone is not breathing in the office? is there a first aider list',
  'not breathing in the dust on the line is impossible, we need masks',
  'the new hire punched the clock at 9 on the dot',
  'the trainees hit their targets this week',
  'this place should burn down lol',
  "i'm gonna burn the toast again lol",
  'im going to burn this playlist to a cd',
  'locked my bike in the shed',
  'i locked the keys in the van again',
  // A question of how to report, with a second one about the means.
  'how do i report a near miss? is there a form?',
  'wie melde ich einen Beinaheunfall? gibt es dafür ein formular?',
  'where do i report a chemical spill? is there an app for it?',
];

// The second question names no hazard, but a report beside it is still read.
const STILL_URGENT = [
  'there is a gas leak in the kitchen. is there a form?',
  'is there a form? there is a fire in the loading bay',
];

describe('blind round 17: not breathing at a place, a newcomer hit', () => {
  it.each(URGENT)('Should escalate "%s"', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each(CALM)('Should keep "%s" calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });

  it.each(STILL_URGENT)('Should still escalate "%s"', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});
