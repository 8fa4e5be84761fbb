import { isEnglishWord, isProperNoun } from './english-dictionary';
import { lazyPattern } from './lazy-pattern';
import { NOT_INITIALS } from './redact-names-bracket-initials';
import { ALL_STOPWORDS, DEPARTMENTS } from './redact-names-words';
import { MASKED, mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { isCommonSurname } from './surnames';

/*
 * Round 34 (ra34 R9, R18, class 2): names too short or too loud for the word lists, read by the company they keep.
 * - A two-letter name listed or paired with a name ("Ana, Bo, Kim and Jo", "Ask [NAME] or Cy", "Cc: Tj, Mo, Vi",
 *   "Jo and Al were both there", "Ng and Wu from QA"): beside a hidden name, or two of them joined by "and"/"or".
 * - Initials for a person ("JK from IT", "Ask RB or LM in dispatch", "TK in payroll"): two or three capitals that are
 *   no job's or office's letters, before where the person works, after "ask"/"tell"/"cc", or joined to such.
 * - A surname in capitals inside a sentence written small ("NOWAK from the night shift threatened me", "HERN\u00c1NDEZ
 *   y L\u00d3PEZ nos amenazan"): a listed surname no language has as a word. A text all in capitals is shouting and is
 *   left to the other rules.
 * - A capital, an apostrophe and a capitalised rest ("N'Golo", "D'Andre"): the shape of a given name or a surname,
 *   unless the rest is a word or a brand ("L'Oreal" keeps its French article).
 * Acronyms stay: HR, QA, IT, OSHA, PPE, CEO, NHS.
 */
const NAME_MARK = mask('NAME', 1);
const JOIN = String.raw`(?:[ \t]*[,;/][ \t]*(?:(?:and|or|&|y|e|et|und|i|en|og|och|n)[ \t]+)?|[ \t]+(?:and|or|&|y|e|et|und|i|en|og|och|n|\+)[ \t]+)`;
const TWO = String.raw`(\p{Lu}\p{Ll})(?![\p{L}\p{N}'\u2019.])`;
const AFTER_HIDDEN = lazyPattern(String.raw`(?<=[\uE000-\uE006]${JOIN})${TWO}`, 'gu');
const BEFORE_HIDDEN = lazyPattern(String.raw`(?<![\p{L}\p{N}'\u2019])${TWO}(?=${JOIN}[\uE000-\uE006])`, 'gu');
const PAIRED = lazyPattern(String.raw`(?<![\p{L}\p{N}'\u2019])${TWO}(${JOIN})${TWO}`, 'gu');
// Two letters that are a word before they are a name; "Al", "Di", "Em" are names capitalised in a list.
const NOT_SHORT_NAMES = new Set(
  `hi oh ok eh ah uh um id ex ie eg vs mr ms dr st pm am ad ps ta tv pc no so or an in on at is it us we my to up do go
  me he be by if of as yo ya ye ja na ne nu ou os as es se si te ti tu mi su lo la le el un da de du ma pa et ou ni
  ho ha hm mm`.split(/\s+/),
);
const SHORT_NAME_OK = new Set(['al', 'di', 'em']);
// A closing before the name it signs ("Ty, [NAME]", "Lg [NAME]", "Vg [NAME]"): thanks and greetings, not a name.
const CLOSINGS_SHORT = new Set(['ty', 'lg', 'vg', 'xx', 'xo', 'bg']);
// Office letters some write with one capital ("Hr, Payroll", "It and Facilities").
const TITLED_ACRONYMS = new Set('hr it qa qc pm am tv pc uk us eu hq gp dm vp pr ad ot pt er ex'.split(' '));

// "Ty, [NAME]" ending the text: a closing and the name it signs ("Ty, Jo and Bea saw it" lists three).
const signsOff = (m: RegExpExecArray) =>
  /^[ \t]*,?[ \t]*[\uE000-\uE006]+[\s.!,:)x]*$/u.test(m.input.slice(m.index + m[0].length));

function isShortName(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_SHORT_NAMES.has(lower) || TITLED_ACRONYMS.has(lower)) return false;
  return SHORT_NAME_OK.has(lower) || !ALL_STOPWORDS.has(lower);
}

// Job, office and chat letters that are no one's initials, beyond those bracketed after a role.
const ACRONYMS = new Set(
  `ceo coo cfo cto cio cmo evp svp osha nlrb eeoc hse ada fmla pto wfh ooo eod asap rn lpn cna ot pt er icu ed or ob
  ems eta aka diy faq hvac ups dhl usps fedex ibm hp ai ml api ui ux qa qc sop kpi okr roi hrbp rota nhs gmp haccp
  coshh riddor loto ac tv pc atm pos wc ev av ip vr uv cd dvd gps lol wtf omg brb ty thx pls plz nb ps pr ad bbc cnn fbi irs usa uk eu un dc nyc la sf ny`.split(
    /\s+/,
  ),
);
const isAcronym = (letters: string) => NOT_INITIALS.has(letters.toLowerCase()) || ACRONYMS.has(letters.toLowerCase());
// Chat's letters are no job's: before where someone works they are the person ("JK from IT").
const CHAT = new Set('jk lol tbh smh imo fyi idk lmk btw omg wtf ffs ty thx brb pls plz'.split(' '));
// Two capitals that are a word written loud ("IN", "ON", "US") are no one's initials.
const isInitials = (letters: string) =>
  !ALL_STOPWORDS.has(letters.toLowerCase()) && !isEnglishWord(letters.toLowerCase());
const isJobAcronym = (letters: string) => isAcronym(letters) && !CHAT.has(letters.toLowerCase());
// "JK from IT", "TK in payroll", "RB on nights", "Ng from accounts": two letters, then where the person works.
const INITIALS_AT = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.&/-])(\p{Lu}[\p{Lu}\p{Ll}])(?![\p{L}\p{N}'\u2019.&/-])(?=[ \t]+(?:from|in|on|at|of)[ \t]+(?:the[ \t]+)?(\p{L}+))`,
  'gu',
);
// "Ask RB or LM", "cc: JK, TM", "tell TK": initials someone is to ask or copy.
const INITIALS_ASKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:[Aa]sk|[Aa]sked|[Tt]ell|[Tt]old|[Cc][Cc]|CC|[Pp]ing|[Tt]hanks|[Tt]hx)[ \t]*:?[ \t]+(\p{Lu}{2})(?![\p{L}\p{N}&/.-])(?:${JOIN}(\p{Lu}{2})(?![\p{L}\p{N}&/.-]))?`,
  'gu',
);
// Where a person works (not a place a thing stands: "AC in the kitchen", "TV on the floor").
const UNIT_WORDS = new Set(
  `shift shifts nights days dispatch payroll stores warehouse packing receiving shipping accounts finance admin
  reception security maintenance team crew it hr qa ops sales marketing legal procurement logistics goods`.split(/\s+/),
);

// A word in capitals, at least four letters ("SEO", "NGO" are acronyms as often as Korean or Vietnamese surnames): a surname when a list has it and no language has it as a word.
const CAPITAL_WORD = lazyPattern(String.raw`(?<![\p{L}\p{N}'\u2019@#_.-])(\p{Lu}{4,})(?![\p{L}\p{N}@_'\u2019-])`, 'gu');
const APOSTROPHE_NAME = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019])([A-KM-Z]['\u2019](\p{Lu}\p{Ll}{2,}))(?![\p{L}\p{N}])`,
  'gu',
);

function hideGroups(text: string, pattern: RegExp, accept: (m: RegExpExecArray) => number[]): string {
  let out = text;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    for (const group of accept(m)) {
      const piece = m[group]!;
      const start = m.index + m[0].indexOf(piece, group === 1 ? 0 : m[1]!.length);
      if (!MASKED.test(out.slice(start, start + piece.length)))
        out = out.slice(0, start) + NAME_MARK.repeat(piece.length) + out.slice(start + piece.length);
    }
  }
  return out;
}

// Most words written small: a few in capitals are names or acronyms, not shouting.
function writtenSmallMostly(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  const loud = words.filter((word) => word === word.toUpperCase()).length;
  return loud * 2 <= words.length;
}

/** Masks short names in lists, initials for a person, capital surnames and apostrophe names (see above). */
export const maskShortAndCapitalNames: Rule = (text) => {
  let out = text;
  if (/\p{Lu}['\u2019]\p{Lu}/u.test(out))
    out = hideGroups(out, APOSTROPHE_NAME.get(), (m) =>
      isEnglishWord(m[2]!.toLowerCase()) || isProperNoun(m[1]!.toLowerCase()) ? [] : [1],
    );
  if (/\p{Lu}{4}/u.test(out) && writtenSmallMostly(out))
    out = hideGroups(out, CAPITAL_WORD.get(), (m) => {
      const lower = m[1]!.toLowerCase();
      return isCommonSurname(lower) && !isEnglishWord(lower) && !isAcronym(m[1]!) && !isProperNoun(lower) ? [1] : [];
    });
  // Initials and short names are two letters with a capital first: a text with none (most) asks nothing more.
  if (!/(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{Ll}](?![\p{L}\p{N}])/u.test(out)) return out;
  if (/\p{Lu}\p{Lu}/u.test(out)) {
    out = hideGroups(out, INITIALS_AT.get(), (m) =>
      (/\p{Ll}/u.test(m[1]!)
        ? isShortName(m[1]!)
        : !ALL_STOPWORDS.has(m[1]!.toLowerCase()) &&
          !NOT_SHORT_NAMES.has(m[1]!.toLowerCase()) &&
          !isJobAcronym(m[1]!)) &&
      (UNIT_WORDS.has(m[2]!.toLowerCase()) ||
        (!ALL_STOPWORDS.has(m[2]!.toLowerCase()) && DEPARTMENTS.has(m[2]!.toLowerCase())))
        ? [1]
        : [],
    );
    out = hideGroups(out, INITIALS_ASKED.get(), (m) =>
      [1, 2].filter((group) => m[group] !== undefined && isInitials(m[group]!) && !isAcronym(m[group]!)),
    );
  }
  // Twice: "Ana, Bo, Kim, Lee and Jo" hides Bo beside Ana, then Jo beside what came before.
  for (let pass = 0; pass < 2; pass++) {
    const before = out;
    if (MASKED.test(out)) {
      out = hideGroups(out, AFTER_HIDDEN.get(), (m) => (isShortName(m[1]!) ? [1] : []));
      out = hideGroups(out, BEFORE_HIDDEN.get(), (m) =>
        isShortName(m[1]!) && !(CLOSINGS_SHORT.has(m[1]!.toLowerCase()) && signsOff(m)) ? [1] : [],
      );
    }
    if (pass === 0)
      out = hideGroups(out, PAIRED.get(), (m) => (isShortName(m[1]!) && isShortName(m[3]!) ? [1, 3] : []));
    if (out === before) break;
  }
  return out;
};
