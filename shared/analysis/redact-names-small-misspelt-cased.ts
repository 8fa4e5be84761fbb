import { isEnglishWord } from './english-dictionary';
import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { isOrdinaryWord } from './redact-names-lookup';
import { isNameOrMisspelt, VI_AFTER_MARK } from './redact-names-small-declined-marked';
import { maskMatches, type Rule } from './redact-rule';

/*
 * op48b (2026-12-07), from the blind operator attack op47 (class 6): a coworker's name kept because it was written
 * small, without its accents, misspelt or declined, where the words around it say a person.
 *
 * - Vietnamese typed without accents: a given name after "thằng"/"thang", "con", "chị"/"chi", "anh", "dì", "mụ",
 *   "lão", "cu", before the person's shift, store, side or team ("thằng hung ca dem", "con thao ben kho", "chi lan
 *   ben kho", "thang tuan kho lanh"). Only before such a unit: "chi phi ca dem" (the cost of the night shift) and
 *   "anh lam ca dem" (he works nights) are no one.
 * - Polish: a given name written small in another case after a verb of asking, telling or seeing ("zapytajcie
 *   grażynę z kadr", "powiedz bożence", "zapytaj mariolę", "rozmawiałam z kasią"): the case's ending is put back as
 *   the name alone ends ("-ę", "-ą", "-i" → "-a"; "-ce" → "-ka"; "-ka" → "-ek"; "-a" → ""), and the name is one the
 *   lists know. "zapytaj mamę", "widziałem kasę fiskalną" stay: "mama", "kasa" are no names.
 * - English: a given name misspelt and written small after the person's role, before what they do ("the lead jenifer
 *   keeps yeling at us"); the role alone is no one ("the lead keeps yeling at us").
 *
 * Letters outside ASCII in code are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 */

// ---- Vietnamese without accents ----

const unaccented = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0111/gu, 'd')
    .normalize('NFC');
// The names after a mark, as typed without accents; "lam" is "làm" (to work) before "ca" as often.
// Names whose toned form is an everyday word too ("Bảo", to tell), read bare only here, before a unit.
const VI_MORE_BARE = ['bao', 'khoa', 'nhan', 'tin', 'loc', 'phat', 'dat'];
// Made on first use: unaccenting each listed name at import made a pattern per name, which a cold start would pay for
// (test/infra/redaction-patterns-on-first-use.test.ts).
let viBareNames: Set<string> | undefined;
const vietnameseBareNames = (): Set<string> =>
  (viBareNames ??= new Set([...[...VI_AFTER_MARK].map(unaccented).filter((w) => w !== 'lam'), ...VI_MORE_BARE]));
const VI_BARE_MARKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:th\u1eb1ng|thang|con|ch\u1ecb|chi|anh|d\u00ec|m\u1ee5|l\u00e3o|lao|cu)[ \t]+(\p{Ll}{2,6})(?=[ \t]+(?:ca|t\u1ed5|to|ph\u00f2ng|phong|b\u00ean|ben|\u1edf|kho|x\u01b0\u1edfng|xuong|nh\u00e0[ \t]+b\u1ebfp|nha[ \t]+bep|khu|\u0111\u1ed9i|doi|nh\u00f3m|nhom|chuy\u1ec1n|chuyen|k\u1ebf[ \t]+to\u00e1n|ke[ \t]+toan|b\u1ea3o[ \t]+v\u1ec7|bao[ \t]+ve)(?![\p{L}]))`,
  'giu',
);
const maskVietnameseBareNames = maskMatches(
  VI_BARE_MARKED,
  'NAME',
  (m) => /^[a-z]+$/u.test(m[1]!) && vietnameseBareNames().has(m[1]!),
  1,
);

// ---- Polish: a small name in another case ----

const PL_VERB = String.raw`(?:zapyta[j\u0142]\p{Ll}{0,4}|spyta[j\u0142]\p{Ll}{0,4}|powiedz\p{Ll}{0,4}|powiedzia\p{Ll}{1,4}|przeka\u017c\p{Ll}{0,4}|popro[s\u015b]\p{Ll}{0,4}|zawo\u0142a\p{Ll}{0,4}|widzia\p{Ll}{1,4}|widzieli\p{Ll}{0,4}|s\u0142ysza\p{Ll}{1,4}|zapyta\u0107|spyta\u0107|poka\u017c\p{Ll}{0,4}|zg\u0142osi\p{Ll}{1,4}|(?:rozmawia|gada)\p{Ll}{1,5}[ \t]+ze?|(?:zadzwo\u0144|napisz|id\u017a|id\u017acie|p\u00f3jd\u017a)\p{Ll}{0,3}[ \t]+do|skar\u017c\p{Ll}{1,6}[ \t]+si\u0119[ \t]+na)`;
const PL_CASED = lazyPattern(String.raw`(?<![\p{L}])${PL_VERB}[ \t]+(\p{Ll}{3,14})(?![\p{L}])`, 'giu');
// Women's names the lists lack, written as the name alone.
const PL_MORE_NAMES = new Set(
  'mariola jolanta danuta halina bo\u017cenka gra\u017cynka wiesia krysia gosia basia ola kasia zosia jadzia ewka a\u015bka'.split(
    ' ',
  ),
);
// Endings of a case, and what the name alone ends in.
const PL_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['kowi', ['ek']],
  ['kiem', ['ek']],
  ['owi', ['']],
  ['ce', ['ka']],
  ['dze', ['ga']],
  ['cie', ['ta']],
  ['rze', ['ra']],
  ['ka', ['ek', 'ka']],
  ['em', ['']],
  ['\u0119', ['a']],
  ['\u0105', ['a']],
  ['i', ['ia', 'a']],
  ['a', ['']],
];
const isPolishName = (base: string) => isGivenName(base) || PL_MORE_NAMES.has(base);

function isPolishNameForm(lower: string): boolean {
  if (isOrdinaryWord(lower) || isEnglishWord(lower)) return false;
  for (const [ending, bases] of PL_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 2) continue;
    const stem = lower.slice(0, -ending.length);
    // "krzyśka" is "krzysiek": the stem's "ś" is "si" before the "-ek" put back.
    const stems = stem.endsWith('\u015b') ? [stem, `${stem.slice(0, -1)}si`] : [stem];
    if (stems.some((s) => bases.some((b) => isPolishName(s + b)))) return true;
  }
  return false;
}
// Written small only: a capitalised name ("z Tomaszem Wójcikiem") is the other rules', with its surname.
const maskPolishCasedNames = maskMatches(
  PL_CASED,
  'NAME',
  (m) => m[1] === m[1]!.toLowerCase() && isPolishNameForm(m[1]!),
  1,
);

// ---- English: a role, a misspelt small name, what they do ----

const EN_ROLE_THEN_NAME = lazyPattern(
  String.raw`(?<![\p{L}])(?:the|my|our|a|this)[ \t]+(?:(?:shift|team|line|night|day|floor|area)[ \t]+)?(?:lead|leader|supervisor|manager|boss|foreman|forewoman|coworker|co-worker|colleague|driver|trainer|director|gm|hr)[ \t]+(\p{Ll}{4,12})(?=[ \t]+(?:(?:always|never|just|still|keeps|kept|is|was|has|had|won['\u2019]?t|doesn['\u2019]?t|didn['\u2019]?t)|\p{Ll}{2,14}(?:ed|s))(?![\p{L}]))`,
  'gu',
);
const maskEnglishMisspeltAfterRoles = maskMatches(
  EN_ROLE_THEN_NAME,
  'NAME',
  (m) => !isGivenName(m[1]!) && isNameOrMisspelt(m[1]!, true),
  1,
);

/** Hides the names above (see the comment at the top). */
export const maskSmallMisspeltOrCasedNames: Rule = (text) => {
  let out = text;
  if (/[a-z]/u.test(out)) out = maskVietnameseBareNames(out);
  if (/\p{Ll}/u.test(out)) out = maskPolishCasedNames(out);
  return maskEnglishMisspeltAfterRoles(out);
};
