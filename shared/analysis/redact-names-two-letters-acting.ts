import { isEnglishWord } from './english-dictionary';
import { lazyPattern } from './lazy-pattern';
import { ALL_STOPWORDS, DEPARTMENTS } from './redact-names-words';
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { deedFollows } from './verb-after-subject';

/*
 * ra35 (blind re-attack), two-letter names in prose: "Ed said no, Ty said go, and Bo just left", "Bo and I were on
 * the same team", "Ng from accounts keeps taking credit". No list holds every such name (Bo, Ty, Jo, Cy, Ng, Li, Lu,
 * Vi …), and redact-names-short-listed.ts reads them only in lists, beside a hidden name or after a role and "is".
 * Here one is read by what it does and where it stands, as a longer unlisted name is:
 * - before a deed ("Al told me", "Bo pushed the new guy", "Lu keeps calling me names", "and Bo just left"), a tense
 *   made with "was"/"is" ("Di was crying") or the writer joined to it ("Bo and I", "Ty and me");
 * - after the writer or a word of asking or telling ("me and Cy", "ask Ty,", "told Jo to stop");
 * - before where someone works ("Ng from accounts", "Ng in payroll", "Di from the bakery").
 * Two letters that are a word in a language read ("So", "No", "Go", "Me", "Up", "By", "If", "Al final", "Er hat")
 * or an office's, a chat's or a title's letters ("Ok", "Hi", "Mr", "Dr", "Hr", "It") stay, and so does any pair
 * written small ("ng mga tao": Tagalog).
 */
const TWO = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@#&/_-])\p{Lu}\p{Ll}(?![\p{L}\p{N}'\u2019@#&/_-]|\.\p{L})`,
  'gu',
);
// Two-letter words of the languages read, beyond the stop-word lists and the English dictionary, and job and chat
// letters written with one capital; "Al", "Di", "Em" are names before they are the Spanish and Italian small words.
const NOT_NAMES = new Set(
  `oh ok eh ah uh um hm mm id ex ie eg vs mr ms dr st sr jr pm am ad ps pa ma ta tv pc hr it qa qc uk us eu hq gp dm vp
  pr ot pt er ja ne nu ni ti co wy aa om og ei oi ou lg vg xx xo bg no so go hi yo ya ye iv gm tl sm rm ge sl cs bc`.split(
    /\s+/,
  ),
);
const NAMES_BEFORE_WORDS = new Set(['al', 'di', 'em']);
function mayBeName(word: string): boolean {
  const lower = word.toLowerCase();
  // "Iv" (I've), "Gm" (a general manager), "Tl", "Ge" (the firm), "3-4 Ss" (plural letters): no one.
  if (NOT_NAMES.has(lower) || lower[0] === lower[1]) return false;
  if (NAMES_BEFORE_WORDS.has(lower)) return true;
  return !ALL_STOPWORDS.has(lower) && !isEnglishWord(lower);
}

// "and Bo just left", "Lu always says": a word of time or manner between the name and its deed.
const ADVERB = lazyPattern(
  String.raw`^[ \t]+(?:just|also|then|always|never|even|still|finally|literally|actually|basically|often|constantly|again)(?=[ \t])`,
  'u',
);
// "Bo and I", "Ty and me", "JR y yo": the writer joined after it (deedFollows reads "and I" and "and me").
const WITH_ME_AFTER = lazyPattern(String.raw`^[ \t]+(?:y|et|und|e|i)[ \t]+(?:yo|moi|ich|eu|io|ja)(?![\p{L}])`, 'iu');
// "me and Cy", "ask Ty,", "told Jo to stop", "spoke to Lu": the writer joined before it, or someone asked or told.
const CUE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:(?:me|I|yo|moi|ich|eu|io|ja)[ \t]+(?:and|&|y|et|und|e|i)|ask|asked|tell|told|warned|texted|called|blame|(?:spoke|speak|talked|talk|complained|reported[ \t]+(?:it|this|him|her))[ \t]+to)[ \t]+$`,
  'iu',
);
// "Ng from accounts", "Di from the bakery", "Ng in payroll": from anywhere, or in, on or at a department.
const FROM_SOMEWHERE = lazyPattern(String.raw`^[ \t]+from[ \t]+(?:the[ \t]+)?\p{Ll}`, 'u');
const IN_UNIT = lazyPattern(String.raw`^[ \t]+(?:in|on|at)[ \t]+(?:the[ \t]+)?(\p{Ll}+)`, 'u');
// A sentence's opening word or a word after a comma has a capital anyway: a name needs more than the capital.
const GATE = lazyPattern(String.raw`(?<![\p{L}\p{N}])\p{Lu}\p{Ll}(?![\p{L}\p{N}])`, 'u');

function standsAsPerson(text: string, start: number, end: number): boolean {
  let after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, start - 40), start);
  if (CUE_BEFORE.get().test(before)) return true;
  if (FROM_SOMEWHERE.get().test(after) || WITH_ME_AFTER.get().test(after)) return true;
  const unit = IN_UNIT.get().exec(after)?.[1];
  if (unit !== undefined && DEPARTMENTS.has(unit)) return true;
  after = after.replace(ADVERB.get(), '');
  return deedFollows(after);
}

/** Hides a two-letter name where it does what a person does or stands where one stands (see above). */
export const maskTwoLetterNamesActing: Rule = (text) => {
  if (!GATE.get().test(text)) return text;
  let out = text;
  for (const m of text.matchAll(TWO.get())) {
    const start = m.index;
    const end = start + m[0].length;
    if (!mayBeName(m[0]) || !standsAsPerson(out, start, end)) continue;
    out = out.slice(0, start) + mask('NAME', end - start) + out.slice(end);
  }
  return out;
};
