import { eitherOrder, SENTENCE } from './one-sentence';
import type { Script } from './types';

/*
 * A lone worker out of contact: not answering since the morning, and alone at a tank, a pit or a remote plant, or
 * with their car still here ("Marco non risponde da stamattina, doveva controllare le vasche da solo e la sua auto è
 * ancora qui"). English reads this with its missedCheckIn/unreachable frame; this gives every language the same pair
 * as one rule. Not answering alone is no report ("non risponde alle email, è in ferie"), nor being alone, nor the two
 * with where they are ("non risponde, è in riunione da solo con il capo", "他一个人在家休息").
 */
const GAP = 140;

/**
 * A rule source: `silent` (not answering, cannot be reached) and `alone` (alone, at a vessel, car still here) in one
 * sentence, unless it says where they safely are (`elsewhere`: at home, on leave, in a meeting).
 */
export function outOfContact(script: Script, silent: string, alone: string, elsewhere: string): string {
  const any = `${SENTENCE[script]}{0,${GAP * 2}}`;
  // Where they are may be told before the two, between them or after: the whole sentence is looked at.
  return `(?<!(?:${elsewhere})${any})(?!${any}(?:${elsewhere}))(?:${eitherOrder(script, GAP, silent, alone)})`;
}
