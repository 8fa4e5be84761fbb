import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { storedByAnalysis } from '../../support/stored-by-analysis';

/*
 * Attack round 32 (atp32 F2): short numbers that point at one person, in words, a digit at a time, or after words
 * the rules did not know, reached the sponsor as written. Each row: the text, and the number that must not be stored.
 */
describe('numbers that point at one person', () => {
  it.each([
    // Extensions in number words or a digit at a time ("my badge is four four eight one seven" was already hidden).
    ['extension forty four seventy one, ask for me', 'forty four seventy one'],
    ['ext four four seven one if you want details', 'four four seven one'],
    ['mi extensión es cuatro cuatro siete uno', 'cuatro cuatro siete uno'],
    ['call my desk on x 4 4 7 1', '4 4 7 1'],
    ['ext. 4 4 7 1 after 3pm', '4 4 7 1'],
    // Timecard and clock-in numbers ("clock number 5521" was already hidden).
    ['the code on my timecard is 5521 and it was docked again', '5521'],
    ['my clock-in number is 5521', '5521'],
    ['my time card number: 00 4471', '00 4471'],
    ['punch-in code is 7730, check who edited it', '7730'],
    // A worker code with slashes ("staff no. 00-4471-B" was already hidden).
    ['my worker code is W/2231/B', 'w/2231/b'],
    ['employee ref: 22/4471 for the overtime', '22/4471'],
    // A parking place someone holds, and part of a plate.
    ['Parking spot 37 is mine and someone keeps taking it', '37'],
    ['my parking space 112 was taken again', '112'],
    ['her spot is 14B and she parks across two', '14b'],
    ['my car is the red Tesla, plate ends 4JX', '4jx'],
    ['the registration starts with KX7, it hit my car', 'kx7'],
  ])('Should store no %j', async (text, hidden) => {
    const [stored] = await storedByAnalysis([text]);
    expect(stored).not.toContain(hidden.toLowerCase());
  });

  it.each([
    'parking spot 37 is flooded again',
    'the forklift in bay 3 has no horn',
    'line 4 stopped twice today',
    'clock in at 0830 every day is too early',
    'my timecard is wrong again by 3 hours',
    'extension cords are everywhere in the plant',
    'we need 2 x 4 boards for the racking',
    'the plate glass in the door is cracked',
    'the staff room code is broken',
    'it ends in 2027 when the contract runs out',
  ])('Should keep %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});
