import { isProperNoun } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { WORDS } from './lexicon';
import { isCommonWordHere, isOrdinaryWord } from './redact-names-lookup';
import { type Context, type Word, isAllCaps, spaced } from './redact-names-reading';
import {
  ALL_STOPWORDS,
  DEPARTMENTS,
  DETERMINERS,
  LEADING_PARTICLES,
  LOWER_CASE_RISKY,
  NOT_NAMES,
  ORDINARY_CAPITALISED,
  PARTICLES,
  PERSON_VERBS,
  ROLE_CUES,
} from './redact-names-words';
import { isPlacePart } from './redact-names-places';
import { fromTheUnit } from './redact-names-rules';
import { isSentenceVerbForm } from './redact-names-verb-forms';
import { mask } from './redaction-kinds';
import { hasPolishSurnameShape, isCommonSurname, isWordlikeSurname } from './surnames';

const NAME_MARK = mask('NAME', 1);
const [SPACE, TAB, DOT] = [32, 9, 46];
/**
 * What is left beside a masked name and belongs to it: "DUBOIS [NAME]",
 * "Marta [NAME]", "[NAME] de la Fuente", "von [NAME]", "J. [NAME]",
 * "[NAME], A. M.". A word joins when it is a known given name or surname, a
 * capitalised word that is no ordinary word, a particle before a surname, or
 * an initial; otherwise "Marta" or "smith" would reach the digest's themes.
 */
export function widenNames(context: Context, masked: string): string {
  const { words } = context;
  let out = masked;
  const isMasked = (w: Word) => out[w.start] === NAME_MARK;
  // The character beyond the spaces and tabs (and, after a word, dots) on either side of a word; read code by
  // code, as this is asked twice of every word of a text with a masked name.
  const beyond = (from: number, step: 1 | -1, dots: boolean) => {
    let i = from;
    for (; i >= 0 && i < out.length; i += step) {
      const code = out.charCodeAt(i);
      if (code !== SPACE && code !== TAB && !(dots && code === DOT)) break;
    }
    return i === from ? undefined : out[i];
  };
  const nameBefore = (w: Word) => beyond(w.start - 1, -1, false) === NAME_MARK;
  const nameAfter = (w: Word) => beyond(w.end, 1, true) === NAME_MARK && /^\.?[ \t]/.test(out.slice(w.end, w.end + 2));
  const commaNameBefore = (w: Word) => /\uE000[ \t]*,[ \t]*$/u.test(out.slice(Math.max(0, w.start - 4), w.start));
  // "GARCÍA LÓPEZ, [NAME]", "Dupont, [NAME]": the surname written first, then a comma and the given name.
  const commaNameAfter = (w: Word) => /^[ \t]*,[ \t]*\uE000/u.test(out.slice(w.end, w.end + 4));
  for (let pass = 0; pass < 3; pass++) {
    const before = out;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (isMasked(w)) continue;
      const left = nameBefore(w);
      const right = nameAfter(w);
      const surnameFirst = !left && !right && w.capitalised && commaNameAfter(w) && belongsToName(context, w);
      if (surnameFirst) {
        // The comma goes too, so the surnames and the given name make one placeholder.
        const mark = out.indexOf(NAME_MARK, w.end);
        out = out.slice(0, w.start) + mask('NAME', mark - w.start) + out.slice(mark);
        continue;
      }
      if (!left && !right && !(w.initial && commaNameBefore(w)) && !LEADING_PARTICLES.has(w.lower)) continue;
      let end = i;
      if (w.initial && (left || right || commaNameBefore(w))) {
        // "J. [NAME]", "[NAME], A. M.": the initials go with the name.
        while (words[end + 1]?.initial && spaced(words[end + 1]!)) end++;
      } else if (((left || right) && belongsToName(context, w)) || (right && givenBeforeSurname(context, i))) {
        // Nothing more.
      } else if (left && PARTICLES.has(w.lower)) {
        // "[NAME] de la Fuente", "[NAME] van der Berg".
        let n = i + 1;
        while (words[n] && spaced(words[n]!) && PARTICLES.has(words[n]!.lower)) n++;
        const surname = words[n];
        if (!surname || !spaced(surname) || !surname.capitalised || !isSurnameLike(surname)) continue;
        // Round 32: "[NAME] vom Wareneingang" is where they work, not more of the name.
        if (fromTheUnit(words[n - 1]!, surname)) continue;
        // "[NAME] de la Col. Roma", "[NAME] de Ciudad Juárez": where they are from, not more of the name.
        if (isPlacePart(context, n)) continue;
        end = n;
      } else if (
        LEADING_PARTICLES.has(w.lower) &&
        (w.capitalised || ['von', 'van', 'zu', 'vom', 'ter', 'ten'].includes(w.lower))
      ) {
        // "von [NAME]", "Van [NAME]", "van der [NAME]".
        while (
          words[end + 1] &&
          spaced(words[end + 1]!) &&
          PARTICLES.has(words[end + 1]!.lower) &&
          !isMasked(words[end + 1]!)
        )
          end++;
        if (!nameAfter(words[end]!)) continue;
      } else continue;
      out = out.slice(0, w.start) + mask('NAME', words[end]!.end - w.start) + out.slice(words[end]!.end);
      i = end;
    }
    if (out === before) break;
  }
  // One name, one placeholder: "van der [NAME] [NAME]" reads as "[NAME]".
  if (out === masked) return out;
  return out.replace(/\uE000+[ \t]+(?=\uE000)/gu, (run) => mask('NAME', run.length));
}

/** A capitalised word that may be a surname after a particle: no ordinary word, no known place. */
function isSurnameLike(w: Word): boolean {
  if (NOT_NAMES.has(w.lower) || ORDINARY_CAPITALISED.has(w.lower)) return false;
  // Blind round 12: "[NAME] de RH", "[NAME] del QA": two or three capitals are a department's letters, no surname.
  if (/^\p{Lu}{2,3}$/u.test(w.text)) return false;
  return (
    isCommonSurname(w.lower) ||
    isGivenName(w.lower) ||
    (!isProperNoun(w.lower) && !ALL_STOPWORDS.has(w.lower) && !PERSON_VERBS.has(w.lower))
  );
}

/**
 * "Jan [NAME]" where the hidden word was "Kowalski": a capitalised given name straight before a surname the lists
 * know is the person's, even one that is a word too ("Jan" is January's) and opens the sentence.
 */
function givenBeforeSurname(context: Context, i: number): boolean {
  const w = context.words[i]!;
  const next = context.words[i + 1];
  // "Jan" is left out of the given names as January's short form; before a surname it is the name.
  const given = isGivenName(w.lower) || w.lower === 'jan';
  if (!w.capitalised || !given || !next || !spaced(next) || !next.capitalised) return false;
  return (isCommonSurname(next.lower) && !isWordlikeSurname(next.lower)) || hasPolishSurnameShape(next.lower);
}

/**
 * Whether a word next to a masked name is more of the name: never a frequent word of the text's language ("me",
 * "dan" in Spanish), asked last, as it guesses the language and most words beside a name ("@user I…") are ruled
 * out by a list first.
 */
function belongsToName(context: Context, w: Word): boolean {
  return mayBelongToName(context, w) && !isCommonWordHere(context, w);
}

function mayBelongToName(context: Context, w: Word): boolean {
  if (
    w.text.length < 2 ||
    NOT_NAMES.has(w.lower) ||
    ALL_STOPWORDS.has(w.lower) ||
    ROLE_CUES.has(w.lower) ||
    PERSON_VERBS.has(w.lower) ||
    ORDINARY_CAPITALISED.has(w.lower) ||
    DEPARTMENTS.has(w.lower)
  )
    return false;
  if (w.lower === 'st' || w.lower === 'st.') return false;
  // "Napisała [NAME]", "Hemos [NAME]": a verb opening its sentence before the person it speaks of.
  if (isSentenceVerbForm(context, w)) return false;
  // "Mark", "Love", "Rose": a name that is also a word needs a capital, mid-sentence, and no feeling in it.
  const wordlikeOk = w.capitalised && !w.sentenceStart && !(WORDS.get(w.lower)?.valence ?? 0);
  if (isGivenName(w.lower))
    return isWordlikeName(w.lower) ? wordlikeOk : w.capitalised || !LOWER_CASE_RISKY.has(w.lower);
  if (isCommonSurname(w.lower)) return isWordlikeSurname(w.lower) ? wordlikeOk : true;
  if (!w.capitalised || w.text.length < 3) return false;
  // "DUBOIS [NAME]", but not "ASDA", "BNP", "SAP ECC": short capitals are acronyms.
  if (isAllCaps(w.text)) return w.text.length >= 5 && !isOrdinaryWord(w.lower) && !isProperNoun(w.lower);
  if (isOrdinaryWord(w.lower) || isProperNoun(w.lower) || (WORDS.get(w.lower)?.valence ?? 0)) return false;
  // "the Colville [NAME]": after a determiner, a capital names a thing.
  const previous = context.words[context.words.indexOf(w) - 1];
  if (previous && spaced(w) && DETERMINERS.has(previous.lower)) return false;
  // German capitalises every noun: there only capitals throughout say a name (asked last: it guesses the language).
  return !context.nounCapitals;
}
