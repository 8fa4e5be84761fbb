import { isEnglishWord } from './english-dictionary';
import { lazyPattern } from './lazy-pattern';
import { commonWordLanguages, isClosedClassWord } from './redact-names-common-words';
import { ALL_STOPWORDS } from './redact-names-words';
import { MASKED, mask } from './redaction-kinds';

/*
 * op56b (2026-12-08 night), from the blind operator attack op54 (class 9): a surname written small after a title was
 * stored in it pl uk ("la dottoressa ferri ci urla", "il dottor galli del personale", "l'ingegner colombo", "il
 * ragionier marini", "pan inżynier kowalczyk z utrzymania ruchu", "пан директор коваленко кричить"). Italian cuts
 * "dottore", "ingegnere", "ragioniere", "professore" to "dottor", "ingegner", "ragionier", "professor" only before a
 * name ("professor" only with Italian around it is left out: English has it), and abbreviates them with a dot
 * ("dott.", "ing."): the word written small after the cut title is the surname, whatever it also means ("galli", "colombo"),
 * unless it is a pronoun, article or preposition. After "dottoressa", "professoressa", "avvocato" and the Polish and
 * Ukrainian "pan/pani" with a role, a word written small is hidden only where no language the service reads has it,
 * or where it ends as Polish and Ukrainian surnames do. Letters outside ASCII are \u escapes; every span is bounded.
 */

const IT_CUT_TITLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:dottor|ingegner|ragionier|(?:dott|ing|rag|prof|geom|arch|avv)\.)[ \t]{1,2}(\p{Ll}[\p{Ll}'\u2019]{2,20})(?![\p{L}\p{N}])`,
  'giu',
);
const IT_TITLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:dottoressa|professoressa|avvocato|avvocata|architetto|geometra|ingegnera)[ \t]{1,2}(\p{Ll}[\p{Ll}'\u2019]{2,20})(?![\p{L}\p{N}])`,
  'giu',
);
const PL_UK_TITLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:pan|pani|panie|\u043f\u0430\u043d|\u043f\u0430\u043d\u0456|\u043f\u0430\u043d\u0435)[ \t]{1,2}\p{L}{4,16}[ \t]{1,2}(\p{Ll}{3,20})(?![\p{L}\p{N}])`,
  'giu',
);
const SLAVIC_SURNAME_SHAPE = lazyPattern(
  String.raw`^\p{L}{2,}(?:ski|ska|cki|cka|dzki|dzka|wicz|czyk|czak|szyk|iak|ak|ek|uk|\u0435\u043d\u043a\u043e|\u0447\u0443\u043a|\u044e\u043a|\u0443\u043a|\u0441\u044c\u043a\u0438\u0439|\u0446\u044c\u043a\u0438\u0439|\u0438\u0448\u0438\u043d|\u043e\u0432\u0438\u0447|\u0435\u0432\u0438\u0447)$`,
  'u',
);
const ITALIAN_CLOSED = (lower: string) => ALL_STOPWORDS.has(lower) || isClosedClassWord('it', lower);

function isNoWord(lower: string): boolean {
  return !ALL_STOPWORDS.has(lower) && commonWordLanguages(lower) === undefined && !isEnglishWord(lower);
}

function hide(out: string, read: string, start: number, word: string): string {
  if (MASKED.test(out.slice(start, start + word.length)) || read.slice(start, start + word.length) !== word) return out;
  return out.slice(0, start) + mask('NAME', word.length) + out.slice(start + word.length);
}

/** Hides a surname written small after an Italian, Polish or Ukrainian title (see above). */
export function hideSurnamesAfterTitlesItPlUk(read: string, masked: string): string {
  if (!/dott|ing|rag|prof|geom|arch|avv|pan|\u043f\u0430\u043d/iu.test(read)) return masked;
  let out = masked;
  for (const m of read.matchAll(IT_CUT_TITLE.get())) {
    const word = m[1]!;
    if (!ITALIAN_CLOSED(word.toLowerCase())) out = hide(out, read, m.index + m[0].length - word.length, word);
  }
  for (const m of read.matchAll(IT_TITLE.get())) {
    const word = m[1]!;
    const lower = word.toLowerCase();
    if (!ITALIAN_CLOSED(lower) && isNoWord(lower)) out = hide(out, read, m.index + m[0].length - word.length, word);
  }
  for (const m of read.matchAll(PL_UK_TITLE.get())) {
    const word = m[1]!;
    const lower = word.toLowerCase();
    if (SLAVIC_SURNAME_SHAPE.get().test(lower) && isNoWord(lower))
      out = hide(out, read, m.index + m[0].length - word.length, word);
  }
  return out;
}
