import { lazyPattern } from '../lazy-pattern';
import { fold, foldPattern } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';

/*
 * A child of ten to fifteen named by age alone working a machine or nights (att43, u44b): "ein 13-jähriger arbeitet
 * nachts an der Presse", "13-річний хлопець працює вночі на пресі", "a 13 year old kid on the press at night". The
 * child-labour tables (pay-records-and-child-work-tables.ts) want a word for a child ("Kind", "Junge", "дитина"); an
 * age said as a noun ("ein 13-Jähriger") read calm, and in English a child at a machine could be read as harassment
 * alone, which the CHRO owns. A child at a press, a saw, a forklift or on nights is in danger first: safety, the
 * safety owner's, beside whatever else was read. Not the writer's own child ("mein 13-jähriger Sohn hat das Werk
 * besucht", "my 13 year old visited the plant on family day"), a visit, school, a birthday or a game.
 * English, German and Ukrainian; folded text, every gap bounded.
 * Tests: test/unit/analysis/urgency-people-at-risk-u44b.test.ts.
 */

const NB = String.raw`(?<![\p{L}])`;
const GAP = String.raw`[^.!?\n]{0,50}?`;

const EN_AGE = String.raw`\b(?:1[0-5]|ten|eleven|twelve|thirteen|fourteen|fifteen)[- ]?(?:years?[- ]olds?|yrs?[- ]olds?|yo|y/o)\b`;
const EN_WORK = String.raw`\b(?:(?:works?|working|worked|operat\w*|running|runs|drives?|driving|on|at|using|uses) (?:the |a |an )?(?:press|presses|saw|band ?saw|slicer|forklift|machines?|line|lathe|grinder|fryers?|stamping machine|night shift|nights|graveyard)|(?:works?|working|worked|doing) (?:nights|overnights|night shifts|doubles)|at night|on nights|night shift)\b`;
const EN = String.raw`(?<!\b(?:my|our|his|her|their|your|a friend'?s|the boss'?s) )${EN_AGE}(?: (?:kid|boy|girl|lad|child))?${GAP}${EN_WORK}`;

const DE_AGE = String.raw`\b(?:1[0-5]|zehn|elf|zwolf|dreizehn|vierzehn|funfzehn)[- ]?jahrig\w*`;
const DE_WORK = String.raw`\b(?:arbeitet|arbeiten|bedient|bedienen|fahrt|fahren|steht an|stehen an|schuftet|nachts|nachtschicht\w*|presse|stanz\w*|maschine\w*|sage|gabelstapler|stapler|fliessband|band)\b`;
const DE = String.raw`(?<!\b(?:mein|meine|meinem|meinen|meiner|unser|unsere|unserem|sein|seine|ihr|ihre) )${DE_AGE}(?: (?:sohn|tochter|neffe|nichte|junge|madchen|kind))?${GAP}${DE_WORK}`;

// Ukrainian, folded: "13-річний", "тринадцятирічна", "хлопчик 14 років", "йому 13 років" (an age in years said of a child, not years of service) with "працює", "вночі", "на пресі".
const UK_AGE = String.raw`(?:${NB}1[0-5][- ]?річн\p{L}*|${NB}(?:йому|їй|якому|якій|котрому|котрій|(?:підліт|хлопчик|хлопц|дівчинк|дівчин|пацан|дитин)\p{L}*|хлопець|малий|мала),? (?:\S+ )?1[0-5] (?:років|роки|рік)(?![\p{L}])|${NB}(?:десяти|одинадцяти|дванадцяти|тринадцяти|чотирнадцяти|п'ятнадцяти)річн\p{L}*)`;
const UK_WORK = String.raw`${NB}(?:працю\p{L}*|обслугову\p{L}*|стоїть|вночі|нічн\p{L}*|прес\p{L}*|верстат\p{L}*|станк\p{L}*|пилорам\p{L}*|навантажувач\p{L}*|конвеєр\p{L}*|лінію|лінії)`;
const UK = String.raw`(?<!(?:мій|моя|мого|моєму|моїй|наш|наша|нашого) )${UK_AGE}${GAP}${UK_WORK}`;

const CHILD_AT_WORK = lazyPattern(foldPattern([EN, DE, UK].map((s) => `(?:${s})`).join('|')), 'u');
// A visit, school, a birthday, a game or a film: no child at work.
const NOT_AT_WORK = lazyPattern(
  foldPattern(
    String.raw`\b(?:visit\w*|family day|open day|tour|school|homework|birthday|party|game|movie|film|work experience|take your|bring your|besuch\w*|familientag|tag der offenen|schule|praktikum|geburtstag|spiel|film)\b|(?:відвіду|відвіда|екскурс|день родини|школ|день народження|фільм|гра)`,
  ),
  'u',
);

// The writer's own child (or a relative's) is left out above, as "my 13 year old" is up at night gaming or on the
// computer; but a parent is who knows a child works at the plant, and "my 13 year old works nights at the packing
// plant" read calm (u48c's leftover of att46). Their own child counts when the text says the child works, and where:
// nights, a shift, the plant, the line, the press, late hours. English, German and Tagalog (es fr pt read already).
const EN_KIN = String.raw`(?:son|daughter|kid|boy|girl|child|niece|nephew|grandson|granddaughter|brother|sister|stepson|stepdaughter)`;
const EN_OWN_AGE = String.raw`\b(?:my|our|his|her|their) (?:${EN_AGE}(?: ${EN_KIN})?|${EN_KIN},? (?:is |who is |who's |he's |she's )?(?:only |just |barely )?(?:1[0-5]|ten|eleven|twelve|thirteen|fourteen|fifteen)\b(?: (?:years?|yrs?)(?: old)?)?)`;
const EN_OWN_WORK = String.raw`\b(?:works?|working|worked|was hired|got hired|is employed|employed|clocks? in|(?:has|have|had|got) (?:him|her|them) (?:working|on|at|doing))\b${GAP}(?:\b(?:nights?|night shifts?|overnights?|graveyard|doubles|(?:late|night|evening) shifts?)\b|\b(?:at|in|on) the (?:\w+ )?(?:plant|factory|warehouse|mill|cannery|slaughterhouse|processing|line|press|shop floor|floor|forklift|saw)\b|\buntil (?:1[0-2]|midnight)\b)`;
const DE_OWN = String.raw`\b(?:mein|meine|unser|unsere|sein|seine|ihr|ihre) (?:${DE_AGE}(?: (?:sohn|tochter|neffe|nichte|junge|kind))?|(?:sohn|tochter|neffe|nichte|junge|kind),? (?:ist )?(?:erst |gerade )?(?:1[0-5]|zehn|elf|zwolf|dreizehn|vierzehn|funfzehn)\b(?: jahre(?: alt)?)?)${GAP}\b(?:arbeitet|schuftet|jobbt)\b${GAP}\b(?:nachts|nachtschicht\w*|in der (?:fabrik|halle|produktion|schicht)|im (?:werk|lager|schlachthof)|an der (?:presse|maschine|sage|linie)|am (?:band|fliessband)|bis (?:mitternacht|2[2-4]|1[0-2]) uhr)\b`;
const TL_OWN = String.raw`\banak (?:kong|ko|namin|niya|nila)\b${GAP}\b(?:1[0-5]|sampu|labing-?\w+) ?(?:taong gulang|taon|yo|y/o)\b${GAP}\b(?:nagtatrabaho|nagtrabaho|pinagtatrabaho|trabaho)\b${GAP}\b(?:gabi|pabrika|planta|bodega|makina|linya|warehouse|night shift)\b`;
const OWN_CHILD_AT_WORK = lazyPattern(
  foldPattern([`${EN_OWN_AGE}${GAP}${EN_OWN_WORK}`, DE_OWN, TL_OWN].map((s) => `(?:${s})`).join('|')),
  'u',
);
// Their own child at play, at school or on a visit, told with the same words ("my 13 year old works the night
// shift in minecraft", "hat am Familientag die Halle besucht").
const OWN_NOT_AT_WORK = lazyPattern(
  foldPattern(
    String.raw`\b(?:visit\w*|family day|open day|tour|homework|school project|science project|birthday|party|game|games|gaming|minecraft|roblox|fortnite|movie|film|pretend\w*|playing|plays|toy|lego|work experience|take your|bring your|someday|some day|when (?:he|she) grows? up|besuch\w*|familientag|tag der offenen|praktikum|geburtstag|spiel\w*|film|laro|naglalaro)\b`,
  ),
  'u',
);
const OWN_HINTS = ['my ', 'our ', 'his ', 'her ', 'their ', 'mein', 'unser', 'sein', 'ihr', 'anak '];

const AGE_HINTS = ['yr', 'year', 'yo', 'y/o', 'jahrig', 'річн', 'років', 'роки', 'рік'];

/** Whether the folded text tells a child of ten to fifteen, named by age, at a machine or on nights. */
export function tellsChildAtMachineOrNights(folded: string): boolean {
  // An age said as years ("13 year old", "13yo", "13-jährig", "13-річний"): the patterns are made and run only then.
  if (
    OWN_HINTS.some((hint) => folded.includes(hint)) &&
    OWN_CHILD_AT_WORK.get().test(folded) &&
    !OWN_NOT_AT_WORK.get().test(folded)
  )
    return true;
  if (!AGE_HINTS.some((hint) => folded.includes(hint))) return false;
  return CHILD_AT_WORK.get().test(folded) && !NOT_AT_WORK.get().test(folded);
}

/** The reading with safety added (and urgent) where a child named by age works a machine or nights. */
export function withChildAtMachineOrNights(text: string, reading: Reading): Reading {
  if (reading.categories.includes('safety') || typeof text !== 'string') return reading;
  if (!tellsChildAtMachineOrNights(fold(text))) return reading;
  return withKindsAdded(reading, 'safety');
}
