import { STOPWORDS } from '../../language';
import { cryForHelp } from '../cry-for-help';
import { withGravestTable } from '../gravest/tables';
import { foldPattern } from '../normalise';
import type { UrgencyCategory } from '../types';
import { amharic } from './am';
import { arabizi } from './arabizi';
import { bengali } from './bn';
import { bengaliLatin } from './bn-latn';
import { czech } from './cs';
import { greek } from './el';
import { persian } from './fa';
import { hausa } from './ha';
import { hebrew } from './he';
import { hindi } from './hi';
import { hinglish } from './hinglish';
import { indonesian } from './id';
import { japanese } from './ja';
import { korean } from './ko';
import { nepali } from './ne';
import { nepaliLatin } from './ne-latn';
import { dutch } from './nl';
import { punjabi } from './pa';
import { romanian } from './ro';
import { russian } from './ru';
import { russianLatin } from './ru-latin';
import { scandinavian } from './scandinavian';
import { withSaidInHaste28 } from './said-in-haste-28';
import { withSigns } from './signs';
import { swedish } from './sv';
import { somali } from './so';
import { swahili } from './sw';
import { thai } from './th';
import type { OtherLanguage } from './table';
import { turkish } from './tr';
import { ukrainian } from './uk';
import { ukrainianInLatinLetters } from './uk-latin';
import { urdu } from './ur';
import { yoruba } from './yo';
import { haitianCreole } from './ht';

/**
 * The languages read by a table of emergency phrases alone (table.ts), not by the full rules, frames and model of
 * the eleven in ../languages.ts. To add one, write its table beside these and list it here.
 */
export const OTHER_LANGUAGES: readonly OtherLanguage[] = [
  dutch,
  turkish,
  swedish,
  indonesian,
  romanian,
  hinglish,
  arabizi,
  russian,
  ukrainian,
  hindi,
  japanese,
  korean,
  persian,
  scandinavian,
  russianLatin,
  thai,
  greek,
  hebrew,
  czech,
  swahili,
  hausa,
  yoruba,
  haitianCreole,
  somali,
  amharic,
  bengali,
  punjabi,
  urdu,
  nepali,
  bengaliLatin,
  nepaliLatin,
]
  .map(withGravestTable)
  .map(withSigns)
  .map(withSaidInHaste28)
  // Ukrainian in Latin letters is read by the whole Ukrainian table, gravest, signs and haste phrases with it.
  .flatMap((language) => (language.code === 'uk' ? [language, ukrainianInLatinLetters(language)] : [language]));

interface Compiled {
  story: RegExp | null;
  fixed: RegExp | null;
  still: RegExp | null;
  calm: RegExp | null;
  cries: RegExp | null;
  negation: RegExp | null;
  /** The same cue right before a phrase, with no word between: what denies a wish ("не хочу умереть"). */
  negationRightBefore: RegExp | null;
  urgent: { categories: UrgencyCategory[]; pattern: RegExp }[];
}

// A word's edges in any script (`\b` knows only ASCII letters): digits are letters in arabizi ("wa7ad").
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const bounded = (source: string, language: OtherLanguage): string =>
  language.bounds === 'word' ? `${START}(?:${foldPattern(source)})${END}` : `(?:${foldPattern(source)})`;

// A word with no clause's end in it ("могу," ends one).
const CLAUSE_WORD = String.raw`[^\s.,;:!?\u3001\u3002\uff0c\uff01\uff1f\u060c\u061f]+`;

const compiled = new Map<OtherLanguage, Compiled>();
function compile(language: OtherLanguage): Compiled {
  let made = compiled.get(language);
  if (made) return made;
  const calm = language.calm?.length ? new RegExp(bounded(language.calm.join('|'), language), 'gu') : null;
  const gap = language.script ? 'arabic' : 'latin';
  made = {
    // A word that tells a story: the clause around it is blanked (withoutStories).
    story: language.story ? new RegExp(bounded(language.story, language), 'gu') : null,
    // A word that reports the hazard dealt with: the clause around it is blanked too, unless it says it is back.
    fixed: language.fixed ? new RegExp(bounded(language.fixed, language), 'gu') : null,
    still: language.still ? new RegExp(bounded(language.still, language), 'u') : null,
    calm,
    cries: language.cries ? new RegExp(cryForHelp(foldPattern(language.cries), gap), 'u') : null,
    // A cue a word or two before the phrase, in its clause: "geen brand", "нет пожара", "tidak ada kebakaran". Not
    // across a comma or a stop: "я больше не могу, хочу покончить с собой" denies nothing of what follows it.
    negation: language.negation
      ? new RegExp(`${START}(?:${foldPattern(language.negation)})(?:\\s+${CLAUSE_WORD}){0,2}\\s*$`, 'u')
      : null,
    negationRightBefore: language.negation
      ? new RegExp(`${START}(?:${foldPattern(language.negation)})\\s+$`, 'u')
      : null,
    urgent: [...Object.entries(language.urgent), ...Object.entries(language.described ?? {})].map(
      ([category, sources]) => ({
        categories: category === 'weapon' ? ['threat', 'safety'] : [category as UrgencyCategory],
        pattern: new RegExp(bounded(sources!.join('|'), language), 'gu'),
      }),
    ),
  };
  compiled.set(language, made);
  return made;
}

/*
 * Which tables read a text. A script names its languages outright. A Latin-script language needs one of its own
 * words in the text, and fewer English function words than twice its own: Dutch "brand", Swedish "eld" or
 * Indonesian "api" in an English or Spanish tweet are English or Spanish words. A word any of the eleven read
 * languages uses as a function word ("de", "la", "han") shows none of these; no English word is listed ("gas", "ring",
 * "men": the tests hold the lists to it).
 */
const LATIN_WORD = /[\p{L}\p{N}'-]+/gu;
const NOT_ASCII = /[^\x00-\x7f]/u;
// Most texts are ASCII once folded: their words are found without Unicode classes.
const ASCII_WORD = /[a-z0-9'-]+/g;
const DIGIT = /\d/;
// No English function word is longer: a longer word is only looked at for its shape, unless it is one of
// LONG_TRANSLITERATED_WORDS (below).
const LONGEST_OWN_WORD = 12;
let ownWords: Map<string, number[]> | undefined;
function ownWordsOf(): Map<string, number[]> {
  if (ownWords) return ownWords;
  // Dutch has function words in the language guess (../../language.ts), but no rules of its own.
  const shared = new Set(
    Object.entries(STOPWORDS).flatMap(([code, words]) => (code === 'nl' ? [] : [...words].map(foldPattern))),
  );
  ownWords = new Map();
  OTHER_LANGUAGES.forEach((language, i) => {
    for (const word of language.words?.split(' ') ?? []) {
      if (shared.has(word)) continue;
      ownWords!.set(word, [...(ownWords!.get(word) ?? []), i]);
    }
  });
  return ownWords;
}
const ENGLISH = STOPWORDS.en!;
// English function words that are also a language's own ("is", "in", "was", "we" are Dutch too): in "er is brand in
// de kantine" they show Dutch as much as English, so they weigh half against that language's words ("our brand in het
// market is strong" is still English).
const ENGLISH_NOT_OWN = OTHER_LANGUAGES.map((language) => {
  const own = STOPWORDS[language.code];
  return own ? new Set([...ENGLISH].filter((word) => own.has(word))) : null;
});
const SHAPED = OTHER_LANGUAGES.flatMap((language, i) => (language.shape ? [i] : []));
// Transliterated words are long ("pidvyshchennia"): those of a table read through another script count whatever their
// length (the other tables' longer words were never counted, and are not now).
const LONG_TRANSLITERATED_WORDS = new Set(
  OTHER_LANGUAGES.flatMap((language) =>
    language.readThrough ? (language.words?.split(' ') ?? []).filter((word) => word.length > LONGEST_OWN_WORD) : [],
  ),
);
const OWN_FUNCTION_WORDS = OTHER_LANGUAGES.map((language) =>
  language.ownFunctionWords ? new Set(language.ownFunctionWords.split(' ')) : null,
);
// The function words of the eleven fully read languages in a text, a language's own short words aside.
function othersFunctionWords(folded: string, own: ReadonlySet<string>): number {
  let theirs = 0;
  for (const [word] of folded.matchAll(LATIN_WORD)) if (!own.has(word) && modelFunctionWords().has(word)) theirs += 1;
  return theirs;
}

/** The tables that read a text, and whether English outweighed a language whose words are in it. */
function readingLanguages(folded: string): { read: OtherLanguage[]; outweighed: boolean } {
  const counts = new Array<number>(OTHER_LANGUAGES.length).fill(0);
  let english = 0;
  const shared = new Array<number>(OTHER_LANGUAGES.length).fill(0);
  const own = ownWordsOf();
  const other = NOT_ASCII.test(folded);
  for (const [word] of folded.matchAll(other ? LATIN_WORD : ASCII_WORD)) {
    if (word.length > LONGEST_OWN_WORD && !LONG_TRANSLITERATED_WORDS.has(word)) {
      if (DIGIT.test(word)) for (const i of SHAPED) if (OTHER_LANGUAGES[i]!.shape!.test(word)) counts[i]! += 1;
      continue;
    }
    if (ENGLISH.has(word)) {
      english += 1;
      ENGLISH_NOT_OWN.forEach((also, i) => {
        if (also?.has(word)) shared[i]! += 1;
      });
    }
    const languages = own.get(word);
    if (languages) for (const i of languages) counts[i]! += 1;
    if (DIGIT.test(word)) for (const i of SHAPED) if (OTHER_LANGUAGES[i]!.shape!.test(word)) counts[i]! += 1;
  }
  let outweighed = false;
  const read = OTHER_LANGUAGES.filter((language, i) => {
    if (language.script) return other && language.script.test(folded);
    if (counts[i] === 0) return false;
    if (OWN_FUNCTION_WORDS[i] && counts[i]! <= othersFunctionWords(folded, OWN_FUNCTION_WORDS[i]!)) return false;
    if (english - shared[i]! / 2 < 2 * counts[i]!) return true;
    outweighed = true;
    return false;
  });
  return { read, outweighed };
}

// Where a clause ends: a report in one of these languages after English ones ("I work nights. er is brand in het
// magazijn") is outweighed in the whole text, and shows its language in its own clause.
const CLAUSE_END = /[.,;:!?\n]+/;

/**
 * Whether a folded text is shown to be in a language the learned model never read (table.ts, `unreadByModel`), with
 * no English outweighing it: its table's reading is the only one.
 */
export function inLanguageUnreadByModel(folded: string): boolean {
  if (!UNREAD_BY_MODEL.length) return false;
  const { read, outweighed } = readingLanguages(folded);
  if (outweighed || !read.some((language) => language.unreadByModel)) return false;
  // At least two of its own words, and more than the function words of the languages the model reads: "Yana se cayó
  // del andamio" is Spanish with a name in it, and the model reads it.
  const own = ownWordsOf();
  const counts = new Array<number>(OTHER_LANGUAGES.length).fill(0);
  let theirs = 0;
  for (const [word] of folded.matchAll(LATIN_WORD)) {
    if (modelFunctionWords().has(word)) theirs += 1;
    for (const i of own.get(word) ?? []) counts[i]! += 1;
  }
  return UNREAD_BY_MODEL.some((i) => counts[i]! >= 2 && counts[i]! > theirs);
}
const UNREAD_BY_MODEL = OTHER_LANGUAGES.flatMap((language, i) => (language.unreadByModel ? [i] : []));
let functionWords: Set<string> | undefined;
/** The function words of the languages the model was fitted on (the language guess's lists, Dutch aside). */
function modelFunctionWords(): Set<string> {
  functionWords ??= new Set(
    Object.entries(STOPWORDS).flatMap(([code, words]) => (code === 'nl' ? [] : [...words].map(foldPattern))),
  );
  return functionWords;
}

/**
 * The urgency categories the other languages' tables find in a folded text: none for a text in none of them.
 *
 * @example
 * otherLanguageCategories(fold('SOS yangın var')) // ['safety']
 * otherLanguageCategories(fold('the brand new api is fire')) // []
 */
export function otherLanguageCategories(folded: string): UrgencyCategory[] {
  const found = new Set<UrgencyCategory>();
  const { read, outweighed } = readingLanguages(folded);
  for (const language of read) readIn(folded, language, found);
  // Only where English outweighed a language's words is each clause asked again, so most texts split nothing.
  if (outweighed) {
    for (const clause of folded.split(CLAUSE_END)) {
      for (const language of readingLanguages(clause).read)
        if (!read.includes(language)) readIn(clause, language, found);
    }
  }
  return [...found];
}

// The text with every clause holding a story word blanked, up to its punctuation. Found word by word and cut
// around, not by one pattern spanning the clause, which would try every start of a long unpunctuated text.
const CLAUSE_BREAK = /[.!?\n\u3002\uff01\uff1f]/u;
function withoutStories(folded: string, story: RegExp, keep: RegExp | null = null): string {
  let text = folded;
  story.lastIndex = 0;
  for (let match = story.exec(folded); match; match = story.exec(folded)) {
    let from = match.index;
    while (from > 0 && !CLAUSE_BREAK.test(folded[from - 1]!)) from -= 1;
    let to = match.index + match[0].length;
    while (to < folded.length && !CLAUSE_BREAK.test(folded[to]!)) to += 1;
    if (!keep?.test(folded.slice(from, to))) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
    story.lastIndex = Math.max(to, story.lastIndex + (match[0].length === 0 ? 1 : 0));
  }
  return text;
}

// A word doubled by a 2 after it ("pegang2"): read as "pegang-pegang".
const DOUBLED_WITH_TWO = /(?<![\p{L}\p{N}])(\p{L}{2,})2(?![\p{L}\p{N}])/gu;

// One table read on a text: its calm look-alikes blanked, then its cries and phrases.
function readIn(read: string, language: OtherLanguage, found: Set<UrgencyCategory>): void {
  const { story, fixed, still, calm, cries, negation, negationRightBefore, urgent } = compile(language);
  const written = language.readThrough ? language.readThrough(read) : read;
  const folded = language.doubledWithTwo && DIGIT.test(written) ? written.replace(DOUBLED_WITH_TWO, '$1-$1') : written;
  const untold = story ? withoutStories(folded, story) : folded;
  const told = fixed ? withoutStories(untold, fixed, still) : untold;
  const text = calm ? told.replace(calm, (idiom) => ' '.repeat(idiom.length)) : told;
  if (cries?.test(text)) found.add('safety');
  for (const { categories, pattern } of urgent) {
    if (categories.every((category) => found.has(category))) continue;
    // A wish to die is denied only by the word right before it: "ik kan niet meer ik wil dood" is no denial of it.
    const denies = categories.includes('self-harm') ? negationRightBefore : negation;
    if (hasMention(pattern, text, denies)) for (const category of categories) found.add(category);
  }
}

function hasMention(pattern: RegExp, text: string, negation: RegExp | null): boolean {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (!negation?.test(text.slice(Math.max(0, match.index - 40), match.index))) {
      pattern.lastIndex = 0;
      return true;
    }
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return false;
}
