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

const AGE_HINTS = ['yr', 'year', 'yo', 'y/o', 'jahrig', 'річн', 'років', 'роки', 'рік'];

/** Whether the folded text tells a child of ten to fifteen, named by age, at a machine or on nights. */
export function tellsChildAtMachineOrNights(folded: string): boolean {
  // An age said as years ("13 year old", "13yo", "13-jährig", "13-річний"): the patterns are made and run only then.
  if (!AGE_HINTS.some((hint) => folded.includes(hint))) return false;
  return CHILD_AT_WORK.get().test(folded) && !NOT_AT_WORK.get().test(folded);
}

/** The reading with safety added (and urgent) where a child named by age works a machine or nights. */
export function withChildAtMachineOrNights(text: string, reading: Reading): Reading {
  if (reading.categories.includes('safety') || typeof text !== 'string') return reading;
  if (!tellsChildAtMachineOrNights(fold(text))) return reading;
  return withKindsAdded(reading, 'safety');
}
