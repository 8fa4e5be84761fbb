import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { ENGLISH_HARM_PROMISED_TO_SOMEONE } from '../../../shared/analysis/urgency/harm-promised-to-someone';
import { fold } from '../../../shared/analysis/urgency/normalise';

/*
 * Violence promised to someone, told as what will happen to them (u48c's leftover of att46): "that filthy paki is
 * gonna get his throat cut, i swear" was calm. The rule: shared/analysis/urgency/harm-promised-to-someone.ts.
 */

// Tuned on.
const TUNED = [
  'that filthy paki is gonna get his throat cut, i swear',
  'that snitch is going to get his head kicked in after shift',
  'whoever wrote that complaint is gonna get shanked',
];

// Written after the rule, never tuned on.
const HELD_BACK = [
  'tell ray he will get his legs broken if he testifies',
  'the new guy on nights is gonna get jumped in the parking lot, they planned it',
  "if she goes to HR she's going to get her face smashed in, that's what he told us",
  'I am going to get stabbed if I go to the police about this',
];

// A betrayal, a refusal, a jab, a game lost, the writer's own hyperbole, a joke.
const CALM = [
  "I'm gonna get shot for saying this but the new menu sucks",
  'our idea is gonna get shot down again',
  "you're gonna get a shot at the promotion",
  "we're gonna get beat by the other shift lol",
  "he'll get jumped ahead in the queue",
  'the kid is gonna get his head kicked in in the game lol',
  'i will get shot at the clinic on friday, flu season',
];

const ruleReads = (text: string) =>
  ENGLISH_HARM_PROMISED_TO_SOMEONE.some((r) => new RegExp(r.source, 'u').test(fold(text)));

describe('Violence promised to someone, told as what will happen to them', () => {
  it.each([...TUNED, ...HELD_BACK])('Should page whoever owns threats for %j', (text) => {
    const reading = detectUrgency(text);
    expect(reading.urgent).toBe(true);
    expect(reading.categories).toContain('threat');
  });

  it.each(CALM)('Should not read %j as a harm promised', (text) => {
    expect(ruleReads(text)).toBe(false);
  });
});
