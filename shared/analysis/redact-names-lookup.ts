import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { WORDS } from './lexicon';
import { commonWordLanguages, isClosedClassWord } from './redact-names-common-words';
import { isEverydayWordOfItsText } from './redact-names-everyday-here';
import { type Context, type Word, isAllCaps } from './redact-names-reading';
import {
  ALL_STOPWORDS,
  NOT_NAMES,
  ORDINARY_CAPITALISED,
  ORDINARY_SUFFIX,
  ROLE_CUES,
  TITLES,
} from './redact-names-words';
import { personFollows } from './redact-names-verb-forms';
import { isCommonSurname } from './surnames';
import { lookupForm } from './word-forms';
import { lazyPattern } from './lazy-pattern';

/* What a word is by itself, whatever stands around it: an ordinary word, a known name, or nothing known. */

/** A word of English or of the other languages the service hears, or a known place or thing: not a name by itself. */
const ordinaryWords = new Map<string, boolean>();

export function isOrdinaryWord(lower: string): boolean {
  let known = ordinaryWords.get(lower);
  if (known === undefined) {
    // Bounded: a flood of invented words must not grow it without end.
    if (ordinaryWords.size > 20_000) ordinaryWords.clear();
    known = lookUpOrdinaryWord(lower);
    ordinaryWords.set(lower, known);
  }
  return known;
}

// An article or pronoun elided onto the word: Italian "L'inventario", "Un'infermiera", "dell'azienda", French "l'atelier",
// "j'ai". Not "d'" or "o'": "D'Angelo", "O'Brien" are surnames.
const ELIDED = lazyPattern(String.raw`^(?:l|un|dell|all|nell|sull|dall|quest|quell|c|j|m|n|s|t|qu)'\p{L}`, 'u');

function lookUpOrdinaryWord(lower: string): boolean {
  if (ELIDED.get().test(lower)) return true;
  const singular = lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
  return (
    [lower, singular].some(
      (w) =>
        NOT_NAMES.has(w) ||
        ALL_STOPWORDS.has(w) ||
        WORDS.has(w) ||
        ORDINARY_CAPITALISED.has(w) ||
        ROLE_CUES.has(w) ||
        TITLES.has(w) ||
        ORDINARY_SUFFIX.test(w),
    ) ||
    lookupForm(lower) !== undefined ||
    lower.split('-').every((part) => part.length > 0 && isEnglishWord(part)) ||
    isCompound(lower)
  );
}

/** "Coverups", "Jobseeker", "Underappreciated": two English words written as one. */
function isCompound(lower: string): boolean {
  if (lower.length < 7 || !/^[a-z]+$/.test(lower)) return false;
  for (let i = 3; i <= lower.length - 3; i++)
    if (isEnglishWord(lower.slice(0, i)) && isEnglishWord(lower.slice(i))) return true;
  return false;
}

/** A word known only as two English words written as one ("Fairweather", "Coverups"). */
export function isCompoundOnly(lower: string): boolean {
  return (
    !isEnglishWord(lower) &&
    !WORDS.has(lower) &&
    !isProperNoun(lower) &&
    lookupForm(lower) === undefined &&
    isCompound(lower)
  );
}

const ASCII_LOWER = /^[\x00-\x7f]*$/;

/** Neither an everyday word nor a known place or thing nor a known name: "Kowalczyk", "Okonkwo". */
export function isUnknownWord(word: Word): boolean {
  if (word.text.length < 3 || isAllCaps(word.text)) return false;
  // Plain ASCII has no accents to take off: most words skip the decomposition.
  const plain = ASCII_LOWER.test(word.lower) ? word.lower : word.lower.normalize('NFD').replace(/\p{M}/gu, '');
  return (
    !isOrdinaryWord(word.lower) &&
    !isOrdinaryWord(plain) &&
    !isProperNoun(plain) &&
    !isGivenName(word.lower) &&
    !isCommonSurname(word.lower)
  );
}

/** A word the sentence may use as a name: a known name, or no ordinary word. */
export function couldBeName(word: Word): boolean {
  if (NOT_NAMES.has(word.lower) || word.text.length < 2) return false;
  if (isGivenName(word.lower) || isCommonSurname(word.lower)) return true;
  if (word.capitalised)
    return !isAllCaps(word.text)
      ? !isOrdinaryWord(word.lower) || isProperNoun(word.lower)
      : word.text.length > 2 && !isOrdinaryWord(word.lower);
  return isUnknownWord(word);
}

export function isProperWord(word: Word): boolean {
  if (!word.capitalised || isAllCaps(word.text) || word.text.length < 2 || word.gap.endsWith('#')) return false;
  return word.lower.split('-').every((part) => part.length > 0 && !isOrdinaryWord(part) && !isProperNoun(part));
}

// "jane smith" is a name; "mike said" is not: a lower-case word after a given name is a surname only if it is a known surname or no English word.
export function isEnglishWordOnly(word: Word): boolean {
  return isEnglishWord(word.lower) && !isCommonSurname(word.lower);
}

/**
 * A frequent word of the text's own language ("me dan asco", "minha líder",
 * "kierownik kazał", "thì tốt"): the word, not a name. A capitalised known
 * name stays a name ("ayer Dan me gritó"), except a pronoun or article
 * opening a sentence ("Mia sorella", "Le dije"). A title or role before it
 * still makes it a name: that is checked by the caller.
 */
export function isCommonWordHere(context: Context, word: Word): boolean {
  const languages = commonWordLanguages(word.lower);
  // Asked before the language: most words are in no list, and the guess costs more.
  if (!languages?.has(context.language) && !isEverydayWordOfItsText(context, word)) return false;
  // German capitalises every noun: "im Sommer" is the season, whatever surname it also is.
  if (!word.capitalised || context.nounCapitals) return true;
  const knownName = isGivenName(word.lower) || isCommonSurname(word.lower);
  // "Hace frío. Su jefe…", "Il fait froid. Le chariot…": a full stop opens a sentence as the text's start does.
  const opensSentence = word.sentenceStart || word.afterFullStop;
  if (!knownName || (opensSentence && isClosedClassWord(context.language, word.lower))) return true;
  // "Dan ganas de renunciar", "Claire et simple", "Lần nào", "Depuis Noël,": a name that is also a word of the
  // text's language, opening a sentence or being a word first, is the word unless a person's verb follows it.
  if (!opensSentence && !isWordlikeName(word.lower)) return false;
  return !personFollows(context, context.words[context.words.indexOf(word) + 1]);
}
