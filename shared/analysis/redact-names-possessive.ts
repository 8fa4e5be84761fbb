import { isEnglishWord } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { RELATIVES_BY_LANGUAGE } from './redact-names-relatives';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { ALL_STOPWORDS } from './redact-names-words';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 16: a name no list knows, owning someone close or a fault ("Tremaine's girlfriend works in HR",
 * "it's Brayden's fault", "Uwes Kumpel aus dem Lager", "Svens Frau arbeitet …", "Kemal'in kardeşi"). What a name
 * owns here (a partner, a brother, a friend, the blame) is owned by a person, so the word before is one, whatever the
 * lists know; it is hidden and its ending kept ("[NAME]'s girlfriend", "[NAME]s Frau", "[NAME]'in kardeşi"). English
 * writes "'s", German only "s" after a name (a noun takes an article: "des Chefs Frau"), Turkish an apostrophe and a
 * genitive ending. A word of English or of the other languages' lists stays ("Everyone's fault", "Today's boss"),
 * and so does a brand's "'s" before no such word ("Wendy's burgers", "Ben & Jerry's").
 */

// Blind round 23: what only a worker has, a rota, a shift, a locker, leave, a manner ("Svens Dienstplan", "jordan's
// rota", "Anouks rooster", "Eriks schema", "kemal'in vardiyası"): a given name owning one is that worker.
const WORK = {
  en: 'rota rotas shift shifts schedule hours locker desk overtime payslip leave team crew',
  de: 'dienstplan schicht schichten urlaub spind art launen verhalten',
  nl: 'rooster roosters dienst diensten kluisje',
  sv: 'schema skift skåp semester',
  tr: 'vardiyası vardiyasi mesaisi dolabı dolabi masası masasi izni',
};
const OWNED = {
  en: `${RELATIVES_BY_LANGUAGE.en} fault ex bestie bff baby babe missus sidekick boss ${WORK.en}`,
  de: `${RELATIVES_BY_LANGUAGE.de} kumpel kumpels freunde kollege kollegin kollegen schuld ex alte alter schwager schwägerin ${WORK.de}`,
  // Not "man": English writes "… man" after anything ("Ffs man").
  nl: `vriend vriendin vrouw broer zus moeder vader schuld collega ${WORK.nl}`,
  sv: `fru sambo bror syster mamma pappa fel kollega kompis chef ${WORK.sv}`,
  tr: `kardeşi kardesi abisi ablası ablasi annesi babası babasi karısı karisi kocası kocasi eşi esi arkadaşı arkadasi
    sevgilisi oğlu oglu kızı kizi amcası amcasi dayısı dayisi teyzesi halası halasi kuzeni yüzünden yuzunden suçu sucu
    hatası hatasi yeğeni yegeni nişanlısı nisanlisi ${WORK.tr}`,
};
const words = (list: string) =>
  list
    .split(/\s+/)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .join('|');

// "Tremaine's girlfriend", "Brayden’s fault", "Dominique's brother": a capitalised word, "'s", what it owns.
const ENGLISH = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’.@#-])(\p{Lu}\p{Ll}{2,})['’]s[ \t]+(?:(?:own|ex|new|older|younger|big|little|best)[ \t]+)?(?:${words(OWNED.en)})(?![\p{L}])`,
  'gu',
);
// "Uwes Kumpel", "Svens Frau", "Jannicks Schuld": German's genitive "s" with no apostrophe before a capitalised noun.
const GERMAN = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’.@#-])(\p{Lu}\p{Ll}{1,})s[ \t]+(?:(?:neue|neuer|neuen|beste|bester|alte|alter|kleine|kleiner|große|großer)[ \t]+)?(?:${words(OWNED.de)})(?![\p{L}])`,
  'giu',
);
// "Kemal'in kardeşi", "Burak'ın yüzünden", "Cansu'nun sevgilisi": a genitive ending, then who is hers or his.
const TURKISH = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’.@#-])(\p{Lu}\p{Ll}{2,})['’]n?[ıiuü]n[ \t]+(?:${words(OWNED.tr)})(?![\p{L}])`,
  'gu',
);
// Blind round 23: the same written small ("jordan's rota", "kemal'in vardiyası"); only a given name is taken so.
const ENGLISH_SMALL = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’.@#-])(\p{Ll}{3,})['’]s[ \t]+(?:(?:own|new|whole)[ \t]+)?(?:${words(WORK.en)})(?![\p{L}])`,
  'gu',
);
const TURKISH_SMALL = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’.@#-])(\p{Ll}{3,})['’]n?[ıiuü]n[ \t]+(?:${words(OWNED.tr)})(?![\p{L}])`,
  'gu',
);
// Blind round 23: Dutch and the Nordic languages write the genitive "s" too, before a noun written small ("Anouks
// rooster", "Eriks schema").
const NORTHERN = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’.@#-])(\p{Lu}\p{Ll}{1,})s[ \t]+(?:${words(`${OWNED.nl} ${OWNED.sv}`)})(?![\p{L}])`,
  'gu',
);
// Blind round 27: English's "'s" left out, as texts are typed ("jakes car is parked in the disabled bay", "Niamhs
// boyfriend works security"): a given name the lists hold, whole before the "s", owning what a person has. A name
// that ends in "s" ("Lars", "Thomas") and a name that is a word ("marks car", "bills idea") are left.
const ENGLISH_BARE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’.@#-])(\p{L}{2,})s[ \t]+(?:(?:own|ex|new|old|big|little|best)[ \t]+)?(?:${words(`${OWNED.en} car cars van truck bike motorbike kid kids dog idea mate mates phone number`)})(?![\p{L}])`,
  'gu',
);
// "Sunday's shift", "May's rota": a day's or a month's, no one's.
const CALENDAR =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|tomorrow|yesterday)$/u;
// Words before a name's "'s" that make it a thing's: "the summer's rota", "this week's shifts".
const NOT_AFTER = /(?:^|\s)(?:the|a|an|this|that|our|my|your|their|his|her|every|each|last|next)[ \t]+$/iu;
// An apostrophe (English, Turkish), or a word ending in "s" before a capital (German): asked before the patterns.
const CUE = lazyPattern(String.raw`['’]|\p{Ll}s[ \t]+\p{L}`, 'u');
const APOSTROPHE = /['’]/;

function isOrdinaryWord(lower: string): boolean {
  return (
    ALL_STOPWORDS.has(lower) ||
    isEnglishWord(lower) ||
    (commonWordLanguages(lower) !== undefined && !(isGivenName(lower) && !isWordlikeName(lower)))
  );
}

/** Hides a capitalised word that owns a person close to it or a fault: "Tremaine's girlfriend", "Svens Frau". */
export const maskPossessiveNames: Rule = (text) => {
  if (!CUE.get().test(text)) return text;
  let out = text;
  const hide = (start: number, name: string) => {
    out = out.slice(0, start) + mask('NAME', name.length) + out.slice(start + name.length);
  };
  // Four of the six patterns need an apostrophe ("Tremaine's", "Kemal'in"): without one only the genitives in "s" run.
  const apostrophe = APOSTROPHE.test(text);
  for (const m of apostrophe ? text.matchAll(ENGLISH.get()) : []) {
    const lower = m[1]!.toLowerCase();
    if (!isOrdinaryWord(lower) && !CALENDAR.test(lower)) hide(m.index, m[1]!);
  }
  for (const m of text.matchAll(GERMAN.get())) {
    const stem = m[1]!;
    // German writes the name and the noun with capitals: "Uwes Kumpel"; English "This kind" is no genitive.
    const noun = m[0].slice(m[0].lastIndexOf(' ') + 1);
    if (!/^\p{Lu}/u.test(stem) || !/^\p{Lu}/u.test(noun)) continue;
    const lower = stem.toLowerCase();
    if (isGivenName(lower) ? isWordlikeName(lower) : isOrdinaryWord(lower) || isOrdinaryWord(`${lower}s`)) continue;
    // "Jens", "Hans", "Klaus" are names whole: the rules that know them hide all of it.
    if (isGivenName(`${lower}s`)) continue;
    hide(m.index, stem);
  }
  // A given name, whole, that is no word of its own ("grace", "jordan" are names first when they own a rota); a name
  // ending in "s" is no genitive ("Jens", "Lars", "Klaas").
  const givenOnly = (lower: string) => isGivenName(lower) && !ALL_STOPWORDS.has(lower);
  for (const m of apostrophe ? text.matchAll(ENGLISH_SMALL.get()) : [])
    if (givenOnly(m[1]!) && !NOT_AFTER.test(text.slice(Math.max(0, m.index - 8), m.index))) hide(m.index, m[1]!);
  // An apostrophe and a genitive ending say a name however it is written: any word no list holds is taken.
  for (const m of apostrophe ? text.matchAll(TURKISH_SMALL.get()) : [])
    if (!isOrdinaryWord(m[1]!.toLocaleLowerCase('tr'))) hide(m.index, m[1]!);
  for (const m of text.matchAll(NORTHERN.get())) {
    const lower = m[1]!.toLowerCase();
    if (NOT_AFTER.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (!isWordlikeName(lower) && !isOrdinaryWord(lower) && !isGivenName(`${lower}s`) && !isOrdinaryWord(`${lower}s`))
      hide(m.index, m[1]!);
  }
  for (const m of text.matchAll(ENGLISH_BARE.get())) {
    const lower = m[1]!.toLowerCase();
    if (NOT_AFTER.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (givenOnly(lower) && !isWordlikeName(lower) && !isGivenName(`${lower}s`) && !ALL_STOPWORDS.has(`${lower}s`))
      hide(m.index, m[1]!);
  }
  for (const m of apostrophe ? text.matchAll(TURKISH.get()) : [])
    if (!isOrdinaryWord(m[1]!.toLocaleLowerCase('tr'))) hide(m.index, m[1]!);
  return out;
};
