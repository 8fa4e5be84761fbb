import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Promise 1: added words never make a report calmer. urgency-said-in-haste.test.ts held it for a fire with words
 * after it; here for every category's short reports, with words said in haste before or after, joined by a comma,
 * a space, a dash, a full stop or a line break. Checking it found that words put before "fire in bay 3" or "man down
 * aisle 7" with nothing but a space or a dash between ("pls fire in bay 3", "help - man down aisle 7") read calm: those
 * rules read the report only at the start of a clause (urgency/said-in-haste.ts, blind round 25).
 */
const REPORTS = [
  // safety
  'fire in bay 3',
  'man down aisle 7',
  'gas leak in the kitchen',
  'ammonia leak in the cold store',
  'sparks coming out of the panel in bay 2',
  'he fell off the scaffold',
  'she collapsed and is not breathing',
  'smoke in the server room',
  'someone is trapped in the freezer',
  'his hand is caught in the press',
  'the forklift hit a guy in aisle 4',
  // threat
  'he said he will kill me',
  'guy with a gun in the lobby',
  'he threatened to stab the manager',
  // harassment
  'my supervisor keeps touching me',
  'he follows me home every night',
  // self-harm
  'i want to kill myself',
  'she says she will end her life tonight',
];

// Words people add to a report in a hurry: alarm, pleas, feelings, fillers, courtesy.
const ADDED = [
  'people stuck',
  'ppl stuck',
  'send help',
  'please hurry',
  'pls',
  'now',
  'right now',
  'asap',
  'urgent',
  'help',
  'HELP US',
  'call 911',
  'come quick',
  'omg',
  'we are scared',
  'im scared',
  'nobody is answering',
  'still',
  'again today',
  'this is serious',
  'no joke',
  'for real',
  'what do i do',
  '!!',
  '🚒',
  '😭',
  'sorry',
  'thanks',
];
const JOINS = [', ', ' ', '. ', ' - ', '\n', ' !! ', '... '];

describe('urgency: added words never make a report calmer', { timeout: 300_000 }, () => {
  it('Should read every short report as urgent on its own', () => {
    for (const report of REPORTS) expect(detectUrgency(report).urgent, report).toBe(true);
  });

  it('Should still read a report as urgent with words said in haste before or after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REPORTS),
        fc.array(fc.tuple(fc.constantFrom(...ADDED), fc.constantFrom(...JOINS), fc.boolean()), {
          minLength: 1,
          maxLength: 3,
        }),
        (report, additions) => {
          let text = report;
          for (const [words, join, before] of additions)
            text = before ? `${words}${join}${text}` : `${text}${join}${words}`;
          expect(detectUrgency(text).urgent, text).toBe(true);
        },
      ),
      { numRuns: 300, seed: 25 },
    );
  });
});
