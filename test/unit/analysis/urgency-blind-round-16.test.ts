import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/**
 * Blind round 16 (a tester with the README only, on the final tree of 2026-12-03): the kinds it found calm that a
 * sponsor must see at once, each with look-alikes that must stay calm. Other kinds it found are listed open in the
 * session's note.
 */
const URGENT = [
  // Someone down and not moving, as people text it.
  'ELECTRICIAN ON LEVEL 3 ON THE FLOOR NOT MOVING FOR LIKE 5 MIN NOBODY CAN FIND THE FIRST AIDER',
  'Electrician on level 3 is on the floor not moving',
  'maria is lying on the floor not moving',
  // Gone into a cold or closed space and not come out.
  'Sheena went into the blast freezer 40 mins ago and hasnt come out, the inside release handle is broken',
  "he went into the cold room an hour ago and hasn't come out",
  'Tomas climbed down the manhole at 2 and has not come back up, no answer on the radio',
  // A vehicle driven with no brakes.
  "bus 42 driver radioed he's got no brakes coming down Mill Hill then the radio went dead",
  // Someone under a protective order waiting at the workplace.
  "Kiran's ex is parked outside the staff entrance again, been there since 6, she has a protective order against him",
  // A threat to kill in Russian, not a thing that "will kill me".
  'он меня убьёт после смены, он так сказал',
];

const CALM = [
  'the line is not moving at all today',
  'the boxes on the floor are not moving fast enough lol',
  'sales are on the floor not moving since march',
  'he went into the freezer and came out with ice cream',
  'he went into the tank yesterday for inspection and it went fine',
  'my diet has no brakes at christmas',
  'i got fired because i lost brakes on my car and couldn’t get to work',
  'we had a training about restraining orders last week',
  'Эта смена меня убьёт, но хотя бы пицца бесплатная',
  'эта жара меня убьет',
];

describe('urgency, blind round 16', () => {
  it.each(URGENT)('Should escalate "%s"', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
  it.each(CALM)('Should keep "%s" calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
