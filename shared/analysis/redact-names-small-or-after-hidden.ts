import { isEnglishWord, isNearEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { commonWordLanguages } from './redact-names-common-words';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import { isNameOrMisspelt } from './redact-names-small-declined-marked';
import { isVietnameseNamePart } from './redact-names-vietnamese';
import { ALL_STOPWORDS, DEPARTMENTS } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { isCommonSurname, isWordlikeSurname } from './surnames';
import { lookupForm } from './word-forms';

/*
 * op51a (2026-12-07), from the blind operator attack op49 (class 8): names the operator could still read.
 *
 * - A surname written small right after a given name already hidden, in any language the service reads: "the
 *   foreman, [NAME] jonsen", "mi jefe [NAME] martines", "si sir [NAME] dela cruz", "майстер [NAME] петренко". It is
 *   hidden when it is written small and is a surname the lists know (and no English word), a Spanish "-ez" written
 *   "-es" ("martines", "rodriges"), or no word of any language shaped as surnames end ("jonsen", "rossini",
 *   "kowalsky", "петренко", "шевчук"). A word of the sentence stays: "[NAME] said", "[NAME] dijo", "[NAME] я",
 *   "[NAME] готова"; so does a capital ("[NAME] Russia").
 * - Vietnamese written without its accents after a job title ("to truong tuan", "quan doc Thanh", "truong ca duc"),
 *   which the older rules read only with them ("tổ trưởng Tuấn"). Not an everyday syllable ("to truong noi", "quan
 *   doc moi"), nor "tuan" before "nay"/"sau"/"truoc" (this week).
 * - Polish after a role, with "pan"/"pani" or without ("pan kierownik jan kowalsky", "kierownik jan mówi").
 * - English, written small and misspelt, where only a person stands: after "ask", "tell", "talk to" before the unit the
 *   person works in ("tell gregg in maintenance", "ask kathrine from hr", "ask micheal or jessca on line 2"); a given
 *   name and surname opening the text before their unit ("jon smyth in shipping"); and set off by commas ("the new
 *   manger, tomas andersen, cut our breaks").
 *
 * Letters outside ASCII in code are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 */

const NAME_MARK = mask('NAME', 1);

// ---- a surname after a hidden given name ----

const PARTICLE = String.raw`(?:de|del|dela|della|de[ \t]la|delos|de[ \t]los|da|das|dos|di|van|von|le|la|mc|ter)`;
const SURNAME_AFTER_HIDDEN = lazyPattern(
  String.raw`${NAME_MARK}[ \t]{1,2}((?:${PARTICLE}[ \t]{1,2})?(\p{L}[\p{L}'\u2019-]{2,20}))(?![\p{L}\p{N}'\u2019])`,
  'giu',
);
// Endings surnames have and few words do, Latin and Cyrillic: Nordic "-sen", Italian "-ini", Polish "-sky", Ukrainian
// "-енко", "-чук", "-ський". Not "-ов", "-ова", "-ак": "[NAME] готова", "[NAME] однак" are what the sentence says.
const LATIN_SURNAME_SHAPE = lazyPattern(
  String.raw`^\p{L}{3,}(?:s?sen|sson|ini|elli|etti|ucci|acci|azzi|otti|eaux|eau|aux|mann|sky|ski|cki|wicz|czyk|czak|iak|ez)$`,
  'u',
);
const CYRILLIC_SURNAME_SHAPE = lazyPattern(
  String.raw`^\p{L}{2,}(?:\u0435\u043d\u043a\u043e|\u0435\u043d\u043a\u0430|\u0447\u0443\u043a|\u0449\u0443\u043a|\u044e\u043a|\u0443\u043a|\u0441\u044c\u043a\u0438\u0439|\u0446\u044c\u043a\u0438\u0439|\u0441\u044c\u043a\u0430|\u0446\u044c\u043a\u0430|\u043e\u0432\u0438\u0447|\u0435\u0432\u0438\u0447|\u0438\u0448\u0438\u043d)$`,
  'u',
);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A known surname with one letter changed, dropped, added or two swapped: six letters or more. */
function isMisspeltSurname(lower: string): boolean {
  if (lower.length < 6 || !/^[a-z]+$/u.test(lower)) return false;
  const known = (w: string) => w.length >= 6 && isCommonSurname(w) && !isWordlikeSurname(w);
  for (let i = 0; i < lower.length; i++) {
    if (known(lower.slice(0, i) + lower.slice(i + 1))) return true;
    if (i < lower.length - 1 && known(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2))) return true;
    for (const letter of LETTERS) {
      if (known(lower.slice(0, i) + letter + lower.slice(i))) return true;
      if (letter !== lower[i] && known(lower.slice(0, i) + letter + lower.slice(i + 1))) return true;
    }
  }
  return false;
}

const isWordSomewhere = (lower: string) =>
  ALL_STOPWORDS.has(lower) ||
  commonWordLanguages(lower) !== undefined ||
  moreEverydayLanguages(lower) !== undefined ||
  lookupForm(lower) !== undefined;

/** Whether a word written after a hidden given name is that person's surname (see above). */
export function isSurnameAfterName(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 3 || ALL_STOPWORDS.has(lower)) return false;
  if (isCommonSurname(lower) && !isWordlikeSurname(lower)) {
    // "cruz" is a word of Spanish too, but no verb: a known surname after a name is the surname, unless a verb's form,
    // or German's ("[NAME] weiß es", "[NAME] lang"), which writes its surnames with a capital.
    return (
      lookupForm(lower) === undefined &&
      moreEverydayLanguages(lower) === undefined &&
      commonWordLanguages(lower)?.has('de') !== true
    );
  }
  if (/[\u0400-\u04ff]/u.test(lower))
    return lower.length >= 5 && CYRILLIC_SURNAME_SHAPE.get().test(lower) && !isWordSomewhere(lower);
  if (isWordSomewhere(lower)) return false;
  // "martines", "gonzales": a Spanish "-ez" written "-es".
  if (/es$/u.test(lower) && isCommonSurname(`${lower.slice(0, -1)}z`)) return true;
  if (isEnglishWord(lower)) return false;
  // "rodriges", "hernandes": a Spanish or Portuguese patronymic misspelt by a letter.
  if (/^[a-z]{4,}(?:es|ez)$/u.test(lower) && isMisspeltSurname(lower)) return true;
  return !isNearEnglishWord(lower) && LATIN_SURNAME_SHAPE.get().test(lower);
}

// Vietnamese words that are also East Asian surnames: "nước Lavie cho công nhân" (water for the workers) is no
// "Lavie Cho" once a brand was taken for a given name; in a text with Vietnamese letters they are words.
const VI_WORDS_ALSO_SURNAMES = new Set([
  'cho',
  'lam',
  'tan',
  'con',
  'cung',
  'sang',
  'han',
  'dang',
  'nhu',
  'khi',
  'nen',
  'hay',
]);
const VIETNAMESE_LETTERS = /[\u0103\u00e2\u0111\u00ea\u00f4\u01a1\u01b0\u1ea0-\u1ef9]/iu;

function maskSurnamesAfterHiddenNames(text: string): string {
  if (!text.includes(NAME_MARK)) return text;
  const vietnamese = VIETNAMESE_LETTERS.test(text);
  return text.replace(SURNAME_AFTER_HIDDEN.get(), (all: string, rest: string, word: string) =>
    // Written small: a capital after a hidden name is a place's or the next sentence's ("[NAME] Russia role").
    word[0] !== word[0]!.toUpperCase() && !(vietnamese && VI_WORDS_ALSO_SURNAMES.has(word)) && isSurnameAfterName(word)
      ? all.slice(0, all.length - rest.length) + mask('NAME', rest.length)
      : all,
  );
}

// ---- Vietnamese without accents after a job title ----

const VI_TITLE = String.raw`(?:(?:to|t\u1ed5)[ \t]+(?:truong|tr\u01b0\u1edfng|pho|ph\u00f3)|(?:quan|qu\u1ea3n)[ \t]+(?:doc|\u0111\u1ed1c|ly|l\u00fd)|(?:truong|tr\u01b0\u1edfng)[ \t]+(?:ca|phong|ph\u00f2ng|nhom|nh\u00f3m|kho|xuong|x\u01b0\u1edfng)|ca[ \t]+(?:truong|tr\u01b0\u1edfng)|(?:giam|gi\u00e1m)[ \t]+(?:sat|s\u00e1t|doc|\u0111\u1ed1c))`;
const VI_TITLED = lazyPattern(
  String.raw`(?<![\p{L}])${VI_TITLE}[ \t]+(\p{L}{2,7}(?:[ \t]+\p{L}{2,7}){0,2})(?=[ \t]+(\p{L}+)|[ \t]*[.,!?]|$)`,
  'giu',
);
// Syllables of everyday Vietnamese written without accents that are given names too: "an" (eat), "chi" (only),
// "hai" (two), "mai" (tomorrow), "nam" (year), "van" (still), "tu" (from) …
const VI_EVERYDAY = new Set(
  'an chi hai ha tu thu van nam mai bao hieu viet dung dat long my son tam trung quan khoa phong thi hoa le do ho cao lai ta dao ly vo'.split(
    ' ',
  ),
);
const VI_WEEK_AFTER = new Set(['nay', 'sau', 'truoc', 'toi', 'roi', 'n\u00e0y', 'tr\u01b0\u1edbc', 't\u1edbi']);

function viNameSyllables(group: string, next: string | undefined): number {
  const syllables = group.split(/[ \t]+/u);
  let n = 0;
  for (const syllable of syllables) {
    const lower = syllable.toLowerCase();
    const capital = syllable !== lower;
    const isName = capital
      ? !ALL_STOPWORDS.has(lower) || isVietnameseNamePart(lower)
      : isVietnameseNamePart(lower) && !VI_EVERYDAY.has(lower);
    if (!isName) break;
    n++;
  }
  const after = n < syllables.length ? syllables[n]!.toLowerCase() : next?.toLowerCase();
  if (n === 1 && /^tu[a\u1ea7]n$/iu.test(syllables[0]!) && after !== undefined && VI_WEEK_AFTER.has(after)) return 0;
  return n;
}

function maskVietnameseAfterTitles(text: string): string {
  if (!/tr(?:u|\u01b0)|doc|\u0111\u1ed1c|ly|l\u00fd|pho|ph\u00f3|sat|s\u00e1t/iu.test(text)) return text;
  return text.replace(VI_TITLED.get(), (all: string, group: string, next: string | undefined) => {
    const n = viNameSyllables(group, next);
    if (n === 0) return all;
    const syllables = group.split(/([ \t]+)/u);
    const name = syllables.slice(0, 2 * n - 1).join('');
    const at = all.length - group.length;
    return all.slice(0, at) + mask('NAME', name.length) + all.slice(at + name.length);
  });
}

// ---- Polish after a role ----

const PL_ROLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:kierownik|kierowniczka|brygadzista|brygadzistka|majster|mistrz|dyrektor|dyrektorka|szef|szefowa|koordynator|koordynatorka|zmianowy|zmianowa)[ \t]+(\p{Ll}{3,12})(?![\p{L}\p{N}])`,
  'gu',
);
// Given names the lists leave out because they are abbreviations elsewhere ("jan" for January).
const PL_GIVEN_MORE = new Set(['jan']);

function maskPolishAfterRoles(text: string): string {
  return text.replace(PL_ROLE.get(), (all: string, word: string) =>
    (isGivenName(word) || PL_GIVEN_MORE.has(word)) && !ALL_STOPWORDS.has(word)
      ? all.slice(0, all.length - word.length) + mask('NAME', word.length)
      : all,
  );
}

// ---- English, small and misspelt, where only a person stands ----

const SMALL = String.raw`(\p{Ll}{3,12})`;
const UNIT_AFTER = String.raw`[ \t]+(?:in|from|on|at|of)[ \t]+(?:the[ \t]+)?(\p{L}{2,15})`;
const ASKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:ask|tell|talk[ \t]+to|talk[ \t]+with|speak[ \t]+to|speak[ \t]+with|check[ \t]+with|report(?:ed)?[ \t]+(?:it[ \t]+)?to)[ \t]+${SMALL}(?:[ \t]+(?:or|and|&)[ \t]+${SMALL})?(?=${UNIT_AFTER})`,
  'dgiu',
);
const OPENING_PAIR = lazyPattern(
  String.raw`(?:^|(?<=[.!?\n][ \t]{0,3}))${SMALL}[ \t]+${SMALL}(?=${UNIT_AFTER})`,
  'dgu',
);
const SET_OFF_PAIR = lazyPattern(String.raw`(?<=,[ \t]{0,2})${SMALL}[ \t]+${SMALL}(?=[ \t]{0,2},)`, 'dgu');
const WORK_WORDS = new Set(['line', 'bay', 'dock', 'station', 'shift', 'nights', 'days', 'qa', 'qc', 'it', 'hr']);

function isUnit(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    DEPARTMENTS.has(lower) ||
    WORK_WORDS.has(lower) ||
    /^\p{Lu}{2,4}$/u.test(word) ||
    (/ing$/u.test(lower) && lower.length > 5 && !ALL_STOPWORDS.has(lower))
  );
}

/** A given name written small, misspelt by a letter ("micheal", "kathrine"), or with a letter doubled ("gregg"). */
function isSmallGivenName(lower: string): boolean {
  if (ALL_STOPWORDS.has(lower) || commonWordLanguages(lower) || moreEverydayLanguages(lower)) return false;
  if (isEnglishWord(lower) && !isGivenName(lower)) return false;
  if (isNameOrMisspelt(lower, true)) return true;
  const undoubled = lower.replace(/(\p{L})\1$/u, '$1');
  return undoubled !== lower && isGivenName(undoubled);
}

/** Each match of `pattern` (made with the "d" flag) with the groups `accept` names masked. */
function maskGroups(text: string, pattern: RegExp, accept: (m: RegExpExecArray) => readonly number[]): string {
  let out = text;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    for (const group of accept(m)) {
      const [start, end] = m.indices![group]!;
      out = out.slice(0, start) + mask('NAME', end - start) + out.slice(end);
    }
  }
  return out;
}

function maskSmallNamesAtWork(text: string): string {
  let out = maskGroups(text, ASKED.get(), (m) => {
    const [first, second, unit] = [m[1]!.toLowerCase(), m[2]?.toLowerCase(), m[3]!];
    if (!isUnit(unit) || !isSmallGivenName(first) || (second !== undefined && !isSmallGivenName(second))) return [];
    return second === undefined ? [1] : [1, 2];
  });
  out = maskGroups(out, OPENING_PAIR.get(), (m) =>
    isUnit(m[3]!) && isSmallGivenName(m[1]!) && isSurnameLike(m[2]!) ? [1, 2] : [],
  );
  return maskGroups(out, SET_OFF_PAIR.get(), (m) =>
    // Not ", price markdowns,": a given name that is no English word, then a surname.
    isGivenName(m[1]!) && !isEnglishWord(m[1]!) && !ALL_STOPWORDS.has(m[1]!) && isSurnameAfterName(m[2]!) ? [1, 2] : [],
  );
}

function isSurnameLike(lower: string): boolean {
  if (ALL_STOPWORDS.has(lower) || commonWordLanguages(lower) || moreEverydayLanguages(lower)) return false;
  if (isCommonSurname(lower) && !isWordlikeSurname(lower)) return true;
  return isSurnameAfterName(lower) || (!isEnglishWord(lower) && !isProperNoun(lower) && lower.length >= 4);
}

/** Masks the names above: the Vietnamese, Polish and English ones first, then the surnames after what is hidden. */
export const maskNamesKeptSmallOrAfterHidden: Rule = (text) =>
  maskSurnamesAfterHiddenNames(maskSmallNamesAtWork(maskPolishAfterRoles(maskVietnameseAfterTitles(text))));
