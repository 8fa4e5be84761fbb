import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { afterGermanArticle } from './redact-names-german-article-nouns';
import { neverAName as neverANameInAList } from './redact-names-listed-with-hidden';
import { ALL_STOPWORDS, DEPARTMENTS } from './redact-names-words';
import { mask } from './redaction-kinds';
import { deedFollows } from './verb-after-subject';
import { WELL_KNOWN_CITIES_LATIN, WELL_KNOWN_FIRMS } from './well-known-places-firms';

/*
 * red41 (att41): people listed each with a unit of their own ("Paris from accounting and Sydney in IT keep making
 * racist jokes", "Austin in shipping and Dallas in receiving", "kasia z kadr i Bożenka z magazynu", "Claire de la
 * compta et Rose de la logistique"), and lists joined by commas alone ("Rio, Fen, Dallas always skip the rota"). The
 * list reader (redact-names-listed-with-hidden.ts) reads only names side by side, so where one of the pair was hidden
 * the other, a place or a word that is a name too, stayed and named the second person. Read once everything is given
 * back:
 * - a run of two or more "X from/in/z/de/aus <unit>" joined by a comma or an "and" of a language read, one X hidden:
 *   the other X are people too. The unit is a department or part of the workplace, not a town: written small ("z
 *   kadr", "de la logistique"), in capitals ("IT", "HR"), a department the lists hold, or a German noun after its
 *   article ("aus dem Lager"). "Sales in London and support in Dublin", "Orders from Paris and returns in Sydney",
 *   "Shipping in Dallas and receiving in Austin" put a place after the preposition: no one.
 * - three or more capitalised words joined by commas, opening a sentence or after "with/told/saw", before a habit or
 *   a deed ("always", "keep", "bully"): people, one hidden or not, unless every one is a city or a firm everyone knows
 *   ("Paris, London, Berlin keep cutting jobs", "Apple, Google, Amazon always …"). Not a day, month, role or word of
 *   function.
 */

const ITEM = String.raw`(?:\uE000+|\p{Lu}\p{Ll}+|\p{Ll}{3,})`;
const JOIN_WORDS = String.raw`and|an|n|y|e|et|und|i|oraz|ak|og|och|en|at|\u0438|\u0456|\u0442\u0430`;
const JOIN = String.raw`(?:[ \t]*,[ \t]*(?:(?:${JOIN_WORDS})[ \t]+)?|[ \t]*&[ \t]*|[ \t]+(?:${JOIN_WORDS})[ \t]+)`;
const PREP = String.raw`(?:from|frm|in|at|on|de|del|du|des|da|do|della|di|dal|dalla|aus|von|vom|z|ze|sa|nan|w|we|fra|\u0437|\u0437\u0456|\u0456\u0437)`;
const ARTICLE = String.raw`(?:(?:the|dem|der|den|la|el|le|les|los|las|il|lo|o|a|service)[ \t]+|l['\u2019])`;
const UNIT_WORD = String.raw`[\p{L}][\p{L}\p{M}&-]*`;
const MEMBER = String.raw`(${ITEM})[ \t]+${PREP}[ \t]+${ARTICLE}{0,2}(${UNIT_WORD})`;
const MEMBER_ANY = String.raw`${ITEM}[ \t]+${PREP}[ \t]+${ARTICLE}{0,2}${UNIT_WORD}`;
const CHAIN = lazyPattern(
  String.raw`(?<![\p{L}\p{N}\uE000-\uE006'\u2019])${MEMBER_ANY}(?:${JOIN}${MEMBER_ANY})+`,
  'giu',
);
const ONE_MEMBER = lazyPattern(MEMBER, 'giu');

const CAPITALS = String.raw`(?:\uE000+|\p{Lu}\p{Ll}+)`;
const COMMA_LIST = lazyPattern(
  String.raw`(?<![\p{L}\p{N}\uE000-\uE006'\u2019])${CAPITALS}(?:[ \t]*,[ \t]*${CAPITALS}){2,}(?:[ \t]*,?[ \t]+(?:${JOIN_WORDS})[ \t]+${CAPITALS})?(?![\p{L}\p{N}\uE000-\uE006])`,
  'gu',
);
const OPENS = lazyPattern(
  String.raw`(?:^|[.!?\n:;][ \t]*|(?:^|[^\p{L}])(?:with|told|tell|asked|ask|saw|and|but|then|so|lol|tbh|ugh)[ \t]+)$`,
  'iu',
);
const ACTS = lazyPattern(
  String.raw`^[ \t]+(?:(?:are|were|have|had|both|all)[ \t]+)?(?:both|all|always|never|constantly|keep|kept|still|siempre|nunca|toujours|jamais|sempre|mai|immer|nie|zawsze|nigdy|nos|me|les|nous|ci|uns|mich|mnie|nas)(?![\p{L}])`,
  'u',
);
/** Whether a visible word cannot be a person's name at all: as in a list (the same words), or a single letter. */
const neverAName = (lower: string): boolean => neverANameInAList(lower) || lower.length < 2;

/** Whether the word after a member's preposition is a unit of the workplace, not a town (see above). */
function isUnit(word: string, masked: string, at: number): boolean {
  if (/^\p{Ll}/u.test(word)) return !ALL_STOPWORDS.has(word) || DEPARTMENTS.has(word);
  if (/^\p{Lu}{2,5}$/u.test(word)) return true;
  return DEPARTMENTS.has(word.toLowerCase()) || afterGermanArticle(masked, at);
}

/** Hides the other people of a run of "X from <unit>" where one is hidden, and lists of three joined by commas. */
export function hideNamesPairedWithUnits(_read: string, masked: string): string {
  let out = masked;
  if (masked.includes('\uE000')) {
    for (const chain of masked.matchAll(CHAIN.get())) {
      if (!chain[0].includes('\uE000')) continue;
      const members = [...chain[0].matchAll(ONE_MEMBER.get())];
      if (members.length < 2) continue;
      const units = members.every((m) => isUnit(m[2]!, masked, chain.index + m.index + m[0].length - m[2]!.length));
      if (!units) continue;
      // A name written small counts only where the hidden one was written small too ("jordan frm shipping n sydney").
      const small = members.some((m) => m[1]!.startsWith('\uE000') && /^\p{Ll}/u.test(_read[chain.index + m.index]!));
      for (const m of members) {
        const word = m[1]!;
        if (word.startsWith('\uE000')) continue;
        const lower = word.toLowerCase();
        if (neverAName(lower) || (/^\p{Ll}/u.test(word) && !small)) continue;
        if (lower.length >= 5 && /[^s]s$/u.test(lower) && !isGivenName(lower)) continue;
        const start = chain.index + m.index;
        out = out.slice(0, start) + mask('NAME', word.length) + out.slice(start + word.length);
      }
    }
  }
  for (const list of out.matchAll(COMMA_LIST.get())) {
    if (!OPENS.get().test(out.slice(0, list.index))) continue;
    const after = out.slice(list.index + list[0].length);
    if (!ACTS.get().test(after) && !deedFollows(after)) continue;
    const words = [...list[0].matchAll(/\p{Lu}\p{Ll}+/gu)];
    if (words.some((w) => neverAName(w[0].toLowerCase()))) continue;
    // "Pay, Benefits, Skills learned": an English plural is a thing, not a person.
    const plural = (lower: string) =>
      /[^s]s$/u.test(lower) && isEnglishWord(lower) && !isGivenName(lower) && !isProperNoun(lower);
    if (words.some((w) => plural(w[0].toLowerCase()))) continue;
    // A place or firm the dictionary or the lists know, and no given name: "Paris, London, Berlin keep cutting jobs".
    const known = (lower: string) =>
      WELL_KNOWN_FIRMS.has(lower) || WELL_KNOWN_CITIES_LATIN.has(lower) || (isProperNoun(lower) && !isGivenName(lower));
    if (!list[0].includes('\uE000') && words.every((w) => known(w[0].toLowerCase()))) continue;
    for (const w of words) {
      const start = list.index + w.index;
      out = out.slice(0, start) + mask('NAME', w[0].length) + out.slice(start + w[0].length);
    }
  }
  return out;
}
