import { isEnglishWord, isNearEnglishWord } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { mask } from './redaction-kinds';
import { isCommonSurname, isWordlikeSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * Names written to slip past a filter: in leetspeak ("D4ve K0walczyk",
 * "M1ke") or a letter at a time ("J o h n S m i t h", "m a r i a"). The
 * name rules read a copy of the text with the disguise taken off, letter
 * for letter in the same positions, so what they mask is the original.
 */

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const MIXED_TOKEN = lazyPattern(String.raw`[\p{L}\d@$]*\d[\p{L}\d@$]*`, 'gu');
// A letter on each side of a digit ("D4ve"), or one digit then three letters ("5arah").
const DISGUISING_DIGIT = lazyPattern(String.raw`\p{L}[\d@$]+\p{L}|^[\d@$]\p{L}{3}`, 'u');
// What the word must look like once read: "Dave", "dave", "DAVE", not "PSa" or "BaU".
const NAME_SHAPE = lazyPattern(String.raw`^(?:\p{Lu}?\p{Ll}{2,}|\p{Lu}{3,})$`, 'u');

/** The text with leetspeak read as letters where a word is made of letters and disguising digits; same length. */
export function withoutLeetspeak(text: string): string {
  if (!/\d/.test(text)) return text;
  return text.replace(MIXED_TOKEN.get(), (token) => {
    // "T1s", "B4U": too few letters to be a disguised name.
    // "T1s", "B4U": too few letters to be a disguised name; "m1k3" has two, and four characters.
    const letters = token.match(/\p{L}/gu)?.length ?? 0;
    if (!DISGUISING_DIGIT.get().test(token) || letters < 2 || (letters < 3 && token.length < 4)) return token;
    const read = token.replace(/[\d@$]/g, (c) => LEET[c] ?? c);
    return NAME_SHAPE.get().test(read) && read.length === token.length ? read : token;
  });
}

// Four or more single letters, each followed by one space: "J o h n S m i t h".
const LETTER_SPACED = lazyPattern(String.raw`(?<![\p{L}\p{N}])\p{L}(?: \p{L}){3,}(?![\p{L}\p{N}])`, 'gu');

function isName(lower: string): boolean {
  return (isGivenName(lower) && !isWordlikeName(lower)) || (isCommonSurname(lower) && !isWordlikeSurname(lower));
}

/** "JohnSmith", "johnsmith", "maria": a name, or a given name and a surname run together. */
function spellsAName(letters: string): boolean {
  const lower = letters.toLowerCase();
  if (isName(lower)) return true;
  if (isEnglishWord(lower)) return false;
  // Capitals show where the words start: "JohnSmith", "AnnaKowalczyk".
  const parts = letters.match(/\p{Lu}\p{Ll}+/gu);
  if (parts && parts.length >= 2 && parts.join('') === letters) {
    return (
      parts.some((p) => isName(p.toLowerCase())) || parts.every((p) => p.length >= 3 && !isEnglishWord(p.toLowerCase()))
    );
  }
  for (let i = 3; i <= lower.length - 3; i++) {
    const [given, rest] = [lower.slice(0, i), lower.slice(i)];
    if (isGivenName(given) && !isWordlikeName(given) && (isCommonSurname(rest) || !isEnglishWord(rest))) return true;
  }
  return false;
}

/*
 * Attack round 31 (atp31 F2): a name that is also a word, spelled a letter at a time ("S m i t h", "s m i t h",
 * "B-R-O-W-N", "r.o.s.e"): the spelling is the disguise. A word is spelled so to shout it too ("N E V E R",
 * "G R E E N light", "L O N G shifts"), so a name that is a word is taken only where a person stands: beside a name
 * hidden already or spelled out too ("J o h n  S m i t h"), after "it was", "tell", "ask", "by", "named" or a role
 * ("my boss B-R-O-W-N", "the manager is s m i t h"), or before where they work ("from", "in", "on", "at"); "the
 * wait is L O N G" stays. Four letters at least: "M A Y", "A-N-N" are as often initials or a list's letters.
 */
function spellsAWordlikeName(letters: string, before: string, after: string): boolean {
  const lower = letters.toLowerCase();
  if (lower.length < 4 || SHOUTED.has(lower) || !(isGivenName(lower) || isCommonSurname(lower))) return false;
  return !isEnglishWord(lower) || PERSON_BEFORE.get().test(before) || PERSON_AFTER.get().test(after);
}
// Words people spell out to shout them that the name lists also hold.
const SHOUTED = new Set(['free', 'help', 'love', 'hope', 'fire', 'stop', 'done', 'fine', 'true', 'joke']);
const PERSON_BEFORE = lazyPattern(
  String.raw`(?:\[NAME\]|(?:^|[^\p{L}])\p{L}(?: \p{L}){3,}|(?:^|[^\p{L}])(?:it[ \t]+was|it['\u2019]s|tell|ask|told|asked|by|named|called|(?:manager|supervisor|boss|lead|foreman|name)(?:[ \t]+(?:is|was))?|mr|mrs|ms|miss)\.?)[ \t]+$`,
  'iu',
);
const PERSON_AFTER = lazyPattern(String.raw`^[ \t]+(?:\[NAME\]|\p{L}(?: \p{L}){3}|(?:from|in|on|at)[ \t])`, 'iu');

/*
 * Blind round 16: five letters or more spelled with dots ("M.A.R.I.S.S.A."), a name no list knows. Initials and
 * abbreviations are shorter ("U.S.A.", "A.S.A.P."); a word of English spelled so is emphasis ("N.E.V.E.R.",
 * "f-u-c-k-i-n-g") and stays.
 */
function spellsAWord(letters: string): boolean {
  const lower = letters.toLowerCase();
  // Not a list's letters ("a.b.c.d.e").
  if (letters.length < 5 || 'abcdefghijklmnopqrstuvwxyz'.includes(lower)) return false;
  return !isEnglishWord(lower) && !isNearEnglishWord(lower) && /[aeiouy]/u.test(lower) && /[^aeiouy]/u.test(lower);
}

// Three or more single letters joined by dots, dashes or underscores: "d.a.v.e", "s-a-r-a-h", "k_o_w_a_l".
// Blind round 27: or slashes ("m/a/r/c/o in receiving").
const LETTER_JOINED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}.\-_*/])\p{L}(?:[.\-_*·/] ?\p{L}){2,}[.\-_*·/]?(?![\p{L}\p{N}])`,
  'gu',
);
/*
 * Blind round 27: a given name with a letter or two starred out or written "@" ("the manager (j*mes)", "st*ve",
 * "M@rtina from payroll"), as swear words are: each star read as each vowel, "@" as "a"; a name the lists hold,
 * and no word of its own, is hidden whole ("c*nt" is no name).
 */
const STARRED = lazyPattern(String.raw`(?<![\p{L}\p{N}*@])\p{L}+[*@]\p{L}+(?:[*@]\p{L}+)?(?![\p{L}\p{N}*@])`, 'gu');
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y'];

function readsAsName(token: string): boolean {
  let candidates = [token.toLowerCase().replace(/@/g, 'a')];
  for (let i = 0; i < 2 && candidates.some((c) => c.includes('*')); i++)
    candidates = candidates.flatMap((c) => (c.includes('*') ? VOWELS.map((v) => c.replace('*', v)) : [c]));
  return candidates.some(
    (c) => (isGivenName(c) && !isWordlikeName(c)) || (isCommonSurname(c) && !isWordlikeSurname(c) && !isEnglishWord(c)),
  );
}

function maskStarredNames(text: string): string {
  if (!/\p{L}[*@]\p{L}/u.test(text)) return text;
  // Four letters at least: "C*O" is a chief officer.
  return text.replace(STARRED.get(), (token) =>
    (token.match(/\p{L}/gu)?.length ?? 0) >= 4 && readsAsName(token) ? mask('NAME', token.length) : token,
  );
}

/**
 * Whether three spaces follow one another, each one letter after the last:
 * what every letter-spaced run of four letters has ("J o h n"), in UTF-16
 * units (a letter outside the BMP takes two, so the next space is two or
 * three units on). Asked code by code before the pattern, which most texts
 * fail and which tries every letter of them: one space a letter after
 * another ("I am a cook") is common, three in a row are not.
 */
export function mayBeLetterSpaced(text: string): boolean {
  let chained = 0;
  let previous = -4;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
    const step = i - previous;
    chained = step === 2 || step === 3 ? chained + 1 : 0;
    if (chained === 2) return true;
    previous = i;
  }
  return false;
}

/** The words just before and just after a run at `at`, as `spellsAWordlikeName` reads them. */
const around = (all: string, at: number, run: string): [string, string] => [
  all.slice(Math.max(0, at - 30), at),
  all.slice(at + run.length, at + run.length + 12),
];

/** Masks names written a letter at a time (see redaction-kinds.ts). */
export function maskLetterSpacedNames(text: string): string {
  let out = text;
  if (mayBeLetterSpaced(out) && /\p{L} \p{L} \p{L} \p{L}/u.test(out))
    out = out.replace(LETTER_SPACED.get(), (run: string, at: number, all: string) => {
      const letters = run.replace(/ /g, '');
      return spellsAName(letters) || spellsAWordlikeName(letters, ...around(all, at, run))
        ? mask('NAME', run.length)
        : run;
    });
  out = maskStarredNames(out);
  if (/[.\-_*·/] ?[^\s.\-_*·/][.\-_*·/]/.test(out))
    out = out.replace(LETTER_JOINED.get(), (run: string, at: number, all: string) => {
      const letters = run.replace(/[^\p{L}]/gu, '');
      // Dots or dashes: "f*u*c*k" is a word starred out.
      const dotted = /^[\p{L}. -]+$/u.test(run);
      return spellsAName(letters) ||
        spellsAWordlikeName(letters, ...around(all, at, run)) ||
        (dotted && spellsAWord(letters))
        ? mask('NAME', run.length)
        : run;
    });
  if (COMMA_GATE.get().test(out))
    out = out.replace(LETTER_COMMAED.get(), (run: string, at: number, all: string) => {
      const letters = run.replace(/[^\p{L}]/gu, '');
      return spellsAName(letters) ||
        spellsAWordlikeName(letters, ...around(all, at, run)) ||
        (NAME_CUE_BEFORE.test(all.slice(Math.max(0, at - 30), at)) && spellsAWord(letters))
        ? mask('NAME', run.length)
        : run;
    });
  return out;
}

/*
 * Round 32: a name spelled a letter at a time with commas or semicolons between ("S, A, R, A, H", "d,a,v,e",
 * "M; A; R; K"), spaced or not. A list's letters spell no name ("options A, B, C, D, E", "Schichten A, B, C, D"); a
 * name that is a word is taken only where a person stands, as above.
 */
// After a word for a name, a spelling no list holds is one too ("er heißt J, A, N, N, I, K").
const NAME_CUE_BEFORE =
  /(?:name|named|called|hei\u00dft|heisst|llama|appelle|chiama|chama|nom|nombre)(?:[ \t]+(?:is|es|est|ist|\u00e8|\u00e9|was|era|war))?[ \t]*:?[ \t]*$/iu;
const COMMA_GATE = lazyPattern(String.raw`\p{L}[ \t]*[,;][ \t]*\p{L}[ \t]*[,;][ \t]*\p{L}[ \t]*[,;]`, 'u');
const LETTER_COMMAED = lazyPattern(
  String.raw`(?<![\p{L}\p{N},;])\p{L}(?:[ \t]*[,;][ \t]*\p{L}(?![\p{L}\p{N}])){3,}`,
  'gu',
);
