import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Promise 1, found by helper tick41 (session 41): "The compressor room on level 3 is burning, flames and smoke all
 * over" was calm, because the rule for a room burning wanted "is burning" right after the room, and "flames in the
 * kitchen" was no fire at all (urgency/gravest/fire-and-rooms.ts). A room now may carry where it is first, and flames
 * named where they are read as a fire is; a team or a budget "on fire" stays calm.
 */

describe('a room burning, said with where it is', () => {
  it.each([
    'The compressor room on level 3 is burning, flames and smoke all over',
    'the server room on the 2nd floor is on fire',
    'the kitchen on the ground floor is in flames',
    'the paint booth in bay 4 is on fire, get everyone out',
    'there are flames in the kitchen',
    'flames in the boiler room!!',
  ])('reads %s as a danger to life, for the owner of safety', (text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain('safety');
  });

  it.each([
    'the break room on level 2 is burning through the budget',
    'the team on level 3 is on fire today',
    'the fire drill in the kitchen was fine',
    'the sales floor on level 1 is on fire this quarter',
  ])('keeps %s calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
