import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { safetyAndCalm } from '../../support/safety-and-calm-lists';

/*
 * att46 (a blind attack on 2026-12-07, after u46a): a machine starting by itself with someone in it was still missed
 * in English when the person came after the start ("…, someone was inside", "and jay was still inside", "with kevin
 * still on it"), with "all by itself", a machine moving, "the tech" two words, or a machine u46a's list lacked (a
 * packer, a robot arm). The lead widened the English reading (machines-starting-by-themselves.ts); other languages'
 * misses (uk it vi zh ar fr pl de) are left for the next session.
 */
const TUNED = [
  'machine started by itself, someone was inside',
  'the compactor turned itself on and jay was still inside clearing a jam',
  'the packer turned on by itself while ray was inside it',
  'the robot arm moved by itself while the tech was inside the cell',
  'so yeah comma the line was down for cleaning period and then the conveyor just started all by itself with kevin still on it period',
];
// Written by the lead before the change, never tuned on.
const HELD_BACK = [
  "the baler kicked on by itself with mike's arm between the rollers",
  'the press started up on its own with my hand under it',
  'the slicer started on its own while a new guy was wiping it',
];
const CALM = [
  'the machine started by itself and nobody was on it thank god',
  'the coffee machine turns on by itself every morning',
  'the printer started on its own, with nobody at it',
  'the line restarted at 6 and everyone was on it',
];

describe('a machine starting by itself with someone in it, told in English (att46)', () => {
  safetyAndCalm([...TUNED, ...HELD_BACK], CALM);
});

/*
 * att46: locking oneself out of a car, a truck or a house paged self-harm, harassment or fraud (the learned model read
 * "locked himself"); it is blanked as an everyday mishap before both readers (en.ts's benign phrases). Locked in stays
 * read: a person locked in a bathroom saying goodbye, or in a freezer, is urgent.
 */
describe('locked oneself out (att46)', () => {
  it.each([
    'the guy who locked himself out of his truck this morning lol',
    'the guy locked himself out of his car',
    'tony locked himself out of his house last night, had to call a locksmith',
    'the guy who locked himself out of the van lol',
    'i locked my keys in the car again, can someone from security help',
  ])('Should keep %j calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });

  it.each([
    ['he locked himself in the bathroom and says he wants to end it', 'self-harm'],
    ["he locked himself in the walk-in freezer by accident and can't get out", 'safety'],
  ] as const)('Should still page for %j', (text, kind) => {
    expect(detectUrgency(text).categories).toContain(kind);
  });
});
