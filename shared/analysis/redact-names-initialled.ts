import { isEnglishWord } from './english-dictionary';
import { isGivenName } from './given-names';
import { isCommonSurname } from './surnames';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 30: a name with its initials, as people sign and as memos are signed, where no list knows the name:
 * - an initial or two before a surname: "— D. Whitfield, COO", "A.J. McAllister in stores", "Mr [NAME]. Ng";
 * - a given name and the initial of the surname set off as a signature, in brackets or before a comma: "(Priyanka
 *   R.)", "— Kristýna N., sklad 2";
 * - dotted initials quoted after "signed": "a note signed 'H.B.'".
 * A letter that ends a thing's name stays ("plan B. Then", "vitamin C. London"): there the word before names the
 * thing, or the word after is a word. So do companies named by initials ("A.B. Dick copiers", "J.B. Hunt"), and the
 * points of the compass before a place ("N. Vermont", "S.W. Wyoming").
 */

const THINGS_WITH_A_LETTER = new Set(
  `plan vitamin block grade type class category section zone level option part step phase team shift aisle gate door
  wing row lot unit building floor room hall terminal platform model size group band tier stage appendix annex point
  item line bay dock bed ward seat lane route bus car form hepatitis`.split(/\s+/u),
);
// Companies named by a founder's initials and surname ("A.B. Dick copiers", "J.B. Hunt trucks"), as written without dots.
const INITIALLED_COMPANIES = new Set(
  `ab dick|jc penney|jb hunt|ch robinson|jp morgan|wh smith|tj maxx|ao smith|jj keller|pf chang|ap moller|hp sauce|
  jd sports|jd wetherspoon|ej gallo|rj reynolds|pg tips|lj smith|ll bean|aj bell|wm morrison|jr simplot|ce king`
    .split('|')
    .map((c) => c.trim()),
);
// One or two dotted initials, then a capitalised word: the word is a surname unless it is a word of English.
const INITIALS_THEN_SURNAME = lazyPattern(
  String.raw`(?<![\p{L}\p{N}.])((?:\p{Lu}\.[ \t]?){1,2})[ \t]?(\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])`,
  'gu',
);
// After a title's hidden initial: "Mr [NAME]. Ng", "Mrs [NAME]. Smith" (a surname that is a word is one here too).
const HIDDEN_INITIAL_THEN_SURNAME = lazyPattern(
  String.raw`(?<=(?<![\uE000-\uE006])${mask('NAME', 1)}\.[ \t])(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])`,
  'gu',
);
const SIGNED_GIVEN_AND_INITIAL = lazyPattern(
  String.raw`(?<=(?:^|[(\u2014\u2013]|[ \t]-)[ \t]*)(\p{Lu}[\p{Ll}\p{M}]+)[ \t]+(\p{Lu})\.(?=[ \t]*(?:[),]|$))`,
  'gmu',
);
const SIGNED_QUOTED_INITIALS = lazyPattern(
  String.raw`(?<=(?<![\p{L}])(?:signs?|signed|initialled|initialed)[ \t]+['‘’"“”])((?:\p{Lu}\.){2,3})(?=['‘’"“”])`,
  'gu',
);

const wordBefore = (text: string, at: number) => /(\p{L}+)[ \t]*$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1];

/** Hides the names with initials above. */
export const maskInitialledNames: Rule = (text) => {
  if (!/[\p{Lu}\uE000-\uE006]\./u.test(text)) return text;
  let out = text;
  const hide = (at: number, length: number) => {
    out = out.slice(0, at) + mask('NAME', length) + out.slice(at + length);
  };
  for (const m of text.matchAll(INITIALS_THEN_SURNAME.get())) {
    const [whole, initials, surname] = m as unknown as [string, string, string];
    if (initials === 'I.' || isEnglishWord(surname.toLowerCase())) continue;
    // "N. Vermont", "S.W. Wyoming", "S. Carolina": a point of the compass before a place.
    if (/^(?:[NSEW]\.[ \t]?)+$/u.test(initials)) continue;
    if (INITIALLED_COMPANIES.has(`${initials.replace(/[.\s]/gu, '')} ${surname}`.toLowerCase())) continue;
    const before = wordBefore(text, m.index);
    if (before && THINGS_WITH_A_LETTER.has(before.toLowerCase())) continue;
    hide(m.index, whole.length);
  }
  for (const m of text.matchAll(HIDDEN_INITIAL_THEN_SURNAME.get()))
    if (!isEnglishWord(m[1]!.toLowerCase()) || isCommonSurname(m[1]!)) hide(m.index, m[1]!.length);
  for (const m of text.matchAll(SIGNED_GIVEN_AND_INITIAL.get())) {
    const given = m[1]!.toLowerCase();
    if (isEnglishWord(given) && !isGivenName(given)) continue;
    hide(m.index, m[0].length);
  }
  for (const m of text.matchAll(SIGNED_QUOTED_INITIALS.get())) hide(m.index, m[1]!.length);
  return out;
};
