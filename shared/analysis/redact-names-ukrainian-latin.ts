import { UKRAINIAN_LATIN_GIVEN_NAMES } from './given-names-uk-ht-west-african';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * said38: Ukrainian typed on a Latin keyboard is in no word list, so after a Ukrainian given name written small the
 * next word read as its surname: "vovan znovu pryishov" ("again") and "kateryna plakala" ("cried") lost the word to
 * "[NAME]". After such a name, a word written small is a surname only where the lists know it or it has the shape of
 * a Ukrainian surname ("shevchenko", "kovalchuk", "melnyk", "kravets", "ivanyshyn", "lysyi", "kovalska").
 */

const NAMES = new Set(UKRAINIAN_LATIN_GIVEN_NAMES.split(/\s+/).filter(Boolean));
const SURNAME_SHAPE = lazyPattern(
  String.raw`^\p{L}{2,}(?:enko|chuk|iuk|yuk|nyk|ik|yk|ovych|evych|ych|skyi|skyy|sky|skyj|ska|tskyi|tska|ets|iak|yak|ak|iv|yn|shyn|in|ko|ii|yi|ov|ova|eva)$`,
  'u',
);

/** Whether `word`, written small after the Ukrainian given name `given`, is no surname (see above). */
export function isNoSurnameAfterUkrainianName(given: string, word: string): boolean {
  // Declined too: "katerynu", "tarasovi", "dmytra".
  const stem = given.replace(/(?:oyu|oju|ovi|evi|u|y|i|a|e)$/u, '');
  const named = [given, stem, `${stem}a`, `${stem}o`].some((form) => NAMES.has(form));
  return named && !isCommonSurname(word) && !SURNAME_SHAPE.get().test(word);
}
