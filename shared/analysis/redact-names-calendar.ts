import { isEnglishWord } from './english-dictionary';
import { maskMatches, onlyWith, type Rule } from './redact-rule';
import { POSSESSIVES_BY_LANGUAGE, RELATIVES_BY_LANGUAGE } from './redact-names-relatives';
import { PERSON_DEEDS } from './redact-names-words';
import { lazyPattern } from './lazy-pattern';

/*
 * Given names that are also a month or a season: "Jan" (Dutch, German, Polish, Czech, Scandinavian), "May",
 * "April", "June", "August", "Summer", "Avril", "Abril". The names rules read them as the calendar wherever they
 * stand, so "mein Sohn Jan", "my daughter April" and "Jan from packing yelled" kept the name. Here their place says
 * they are a person: after "my"/"mein"/"mi"… and a relative or friend, before what a person does ("Jan yelled",
 * "April keeps …"), after being asked or told ("ask Jan", "talk to May"), or before where they work ("Jan from
 * packing", "April in HR"). A date never stands there: a number, a month or a word of time before or after it
 * ("in May", "since Jan", "Jan 5", "April 2019", "June-July") keeps it the calendar.
 */

// Those that are English words ("may", "august", "summer") are a name only written with a capital.
// Blind round 22: "Jun", a given name across East Asia and the Philippines, is June's short form too.
const CALENDAR_NAMES = 'jan janne jun may april june august summer autumn avril abril'.split(' ');

const RELATIVES = [...new Set(Object.values(RELATIVES_BY_LANGUAGE).flatMap((list) => list.split(/\s+/)))]
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);
const POSSESSIVES = Object.values(POSSESSIVES_BY_LANGUAGE).join(' ').split(' ');

const NAME = String.raw`(${CALENDAR_NAMES.join('|')})`;
// After it, what a date has: a number ("Jan 5", "May 3rd"), a month ("June-July", "April/May"), "of".
const NO_DATE_AFTER = String.raw`(?![\p{L}\p{N}'’])(?![ \t]*[.,]?[ \t]*\d)(?![ \t]*[-/–][ \t]*\p{L})(?![ \t]+(?:of|de|del|des|di|do|da|the)(?![\p{L}]))`;
const DEEDS = PERSON_DEEDS.join('|');

const PLACES = [
  // "my son Jan", "mein Sohn Jan", "mój syn Jan", "ma fille Avril", "mi hija Abril", "my wife, May,".
  String.raw`(?<![\p{L}])(?:${POSSESSIVES.join('|')})[ \t]+(?:\p{L}+[ \t]+)?(?:${RELATIVES.join('|')})[ \t]*,?[ \t]+${NAME}${NO_DATE_AFTER}`,
  // Blind round 22: after a Tagalog kin word used as a title, "kuya Jun", "tita April" (not "ate": English eats).
  String.raw`(?<![\p{L}])(?:kuya|tita|tito|manong|manang|ading|lola|lolo)[ \t]+${NAME}${NO_DATE_AFTER}`,
  // "ask Jan", "ask for April", "talk to May", "tell June".
  String.raw`(?<![\p{L}])(?:ask(?:ed)?(?:[ \t]+for)?|tell|told|talk(?:ed)?[ \t]+to|speak[ \t]+(?:to|with)|spoke[ \t]+(?:to|with))[ \t]+${NAME}${NO_DATE_AFTER}`,
  // "Jan yelled", "April keeps shouting", "Jan from packing", "May in HR": not "in May", "since Jan".
  String.raw`(?<![\p{L}\p{N}][ \t]*)(?<!(?:in|on|since|until|till|til|by|from|of|before|after|during|through|early|late|mid|last|next|this|every|each|end|start|between|around|to|and|or|en|im|seit|bis|ab|dans|depuis|desde|hasta|em|w|od|do)[ \t]+)${NAME}(?=[ \t]+(?:(?:${DEEDS})(?![\p{L}])|(?:from|in)[ \t]+(?!\d)(?!(?:${CALENDAR_NAMES.join('|')}|the[ \t]+(?:morning|evening|afternoon|spring|summer|autumn|fall|winter))(?![\p{L}]))\p{L}))`,
];

const PATTERNS = PLACES.map((place) => new RegExp(place, 'giu'));

/** Capitalised, unless it is no English word ("jan", "avril"): "my wife may come" is the verb. */
function writtenAsName(name: string): boolean {
  return /^\p{Lu}/u.test(name) || !isEnglishWord(name.toLowerCase());
}

/*
 * Round 31: a season does to a whole workforce what a person does to one ("Summer hit us hard", "Autumn hit the
 * warehouse badly"): the deed's object is everyone and how hard it was. "Summer hit me", "Summer from payroll hit
 * us" stay a person.
 */
const SEASONS = new Set(['summer', 'autumn']);
const SEASON_AT_WORK = lazyPattern(
  String.raw`^[ \t]+(?:${DEEDS})[ \t]+(?:(?:us|everyone|everybody|all[ \t]+of[ \t]+us|the[ \t]+(?:whole[ \t]+)?(?:site|warehouse|depot|plant|store|shop|team|floor|line|kitchen|office|business|branch)|(?:our|the)[ \t]+(?:staff|numbers|sales|orders|rota))[ \t]+)?(?:hard|harder|badly|like[ \t]+a)(?![\p{L}])`,
  'iu',
);

function seasonAtWork(m: RegExpExecArray): boolean {
  return SEASONS.has(m[1]!.toLowerCase()) && SEASON_AT_WORK.get().test(m.input.slice(m.index + m[0].length));
}

const rules = PATTERNS.map((pattern) =>
  maskMatches(pattern, 'NAME', (m) => writtenAsName(m[1]!) && !seasonAtWork(m), 1),
);

/** Masks given names that are also a month or a season where their place says they are a person (see above). */
export const maskCalendarNames: Rule = onlyWith(
  lazyPattern(String.raw`(?<![\p{L}])(?:${CALENDAR_NAMES.join('|')})(?![\p{L}])`, 'iu'),
  (text) => rules.reduce((out, rule) => rule(out), text),
);
