/*
 * What the writer says of themselves in the forms the op45 attack found unnamed (op46c, 2026-12-07): the description
 * first and "that is me" after it, a look in figures, worn or in Ukrainian, Vietnamese or Tagalog, an age or a time
 * served as a superlative set apart, "the only one" split off after a comma, a pregnancy, a treatment or an event that
 * happened to them. Each reader is its own file; this one only gathers them for self-descriptions.ts's list.
 */
import { healthAndEvents } from './self-descriptions-health-events';
import { looksWorn } from './self-descriptions-looks-worn';
import { oldestOrLongest } from './self-descriptions-oldest-longest';
import { onlySplitOff } from './self-descriptions-only-split-off';
import { saidToBeMe } from './self-descriptions-said-to-be-me';

/** Each phrase op46c's readers name. `isPerson` says whether a word, as written, names a person. */
export function describedApart(text: string, isPerson: (word: string) => boolean): string[] {
  return [
    ...saidToBeMe(text, isPerson),
    ...looksWorn(text),
    ...oldestOrLongest(text),
    ...onlySplitOff(text),
    ...healthAndEvents(text),
  ];
}
