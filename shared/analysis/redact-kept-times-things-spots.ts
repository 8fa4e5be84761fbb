import { keepClockTimes } from './redact-ids-kept-clock-times';
import { keepGermanThingsFromUnits } from './redact-names-kept-german-things';
import { keepSpotCodes } from './redact-names-kept-spot-codes';
import { keepTimeWordsBeforeNames } from './redact-names-kept-time-words';

/*
 * Round 33's give-backs, each in its own file: a word for when before a name ("Вчора [NAME]"), a German thing from a
 * part of the workplace ("Die Suppe aus der Kantine"), a bay's code ("bay P47"), a time on the clock ("the clock was
 * 1230"). Each reads `read` (the normalised text), `masked` (what the rules hid) and `premasked` (what was hidden
 * before the rules: those finds stay).
 */
export function keepTimesThingsAndSpots(read: string, masked: string, premasked: string): string {
  return keepClockTimes(
    read,
    keepSpotCodes(
      read,
      keepGermanThingsFromUnits(read, keepTimeWordsBeforeNames(read, masked, premasked), premasked),
      premasked,
    ),
    premasked,
  );
}
