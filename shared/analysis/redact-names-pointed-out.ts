import { isEnglishWord } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { DEPARTMENTS, ALL_STOPWORDS } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { isPersonWord } from './self-descriptions';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 18: names no list knows, where the words around them point to a person:
 * - the writer's own name before "here" and where they work ("Jolene here from the bakery section", "Priyanka here
 *   in dispatch", "Mireille ici, de l'accueil", "Svenja hier aus dem Lager");
 * - a name written small after thanks at the end of a line ("thx, ronan", "thanks - oksana", "gracias, yurena");
 * - dotted initials before where a person works or what they did ("It was J.D. from IT", "ask T.K. in shipping",
 *   "M.R. said"), not the dotted abbreviations everyone writes ("the U.S. from what I hear", "O.T. on Sunday");
 * - a nickname with who they are in brackets after it ("Sparky (the electrician)", "Mojo (our driver)", "Flaca (la
 *   cajera)"), not a thing described so ("Teams (the app)", "Line 4 (the old one)").
 * A word of English or of the other languages' lists stays in each ("Everyone here from the bakery", "thanks, guys").
 */

function isOrdinaryWord(lower: string): boolean {
  return (
    ALL_STOPWORDS.has(lower) ||
    DEPARTMENTS.has(lower) ||
    isEnglishWord(lower) ||
    (commonWordLanguages(lower) !== undefined && !(isGivenName(lower) && !isWordlikeName(lower)))
  );
}

const HERE_FROM = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’.@#-])(\p{Lu}\p{Ll}{2,})[ \t]+(?:here|hier|ici|aquí|aqui|qui)[ \t]*,?[ \t]+(?:from|in|on|at|with|de|del|desde|du|aus|vom|von|bei|da|dal|della|do|da)(?![\p{L}])`,
  'gu',
);
const CLOSING = String.raw`(?:thx|thanks|thank[ \t]+you|ty|tia|cheers|regards|best|rgds|gracias|merci|danke|grazie|obrigad[oa]|saludos|bisous|bss|xoxo)`;
// Ends the line or the text: "thx, ronan", "thanks - oksana!".
const SMALL_AFTER_THANKS = lazyPattern(
  String.raw`(?<![\p{L}])${CLOSING}[ \t]*[,:–—-][ \t]*(\p{Ll}{3,})(?:[ \t]+(\p{Ll}{3,}))?[ \t]*[.!]*[ \t]*(?=$|\n)`,
  'dgiu',
);
// Words that close a message after thanks and name no one: "thanks, guys", "cheers, lol", "thx, bye".
const NO_ONE = new Set(
  `guys all everyone everybody team folks lol bye xx xxx ttyl again anyway though tho mate mates bro bros man dude
  sir madam boss love hun babe chief pal lads ladies people kiddo amigos amigo chicos todos tous alle leute ragazzi
  gente pessoal equipe équipe equipo team hr mgmt management admin anon anonymous`.split(/\s+/),
);
// After: where a person works or what they did ("J.D. from IT", "T.K. in shipping", "R.M. said"). Not "and", "at":
// "a great run at S.S. and", "another S.O.P. at the problem" are a firm and a paper.
const DOTTED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}.])((?:\p{Lu}\.){2,3})(?=[ \t]+(?:from|in|on|who|said|says|told|tells|keeps|kept|yelled|yells|did|does|never|always|laughed|shouted|refused|threatened)(?![\p{L}]))`,
  'gu',
);
const NOT_INITIALS = new Set(
  `U.S. U.K. E.U. U.N. H.R. I.T. Q.A. P.S. N.B. A.M. P.M. D.C. L.A. N.Y. B.C. A.D. R.I.P. A.S.A.P. E.T.A. F.Y.I. I.E.
  E.G. P.T.O. M.D. B.A. M.A. B.S. M.S. C.E.O. V.P. G.M. O.T. P.P.E. U.S.A. R.N. L.P.N. C.N.A. D.O.T. O.S.H.A. W.C.
  S.O.P. F.A.Q. R.O.I. K.P.I. P.O. P.R. S.S. N.H.S. U.A.E. S.A. B.V. G.P. A.I. T.V. P.C. I.D. D.J. K.O. O.K. N.A. T.B.D. T.B.C. R.S.V.P. B.Y.O. A.C. H.Q.`.split(
    /\s+/,
  ),
);
const BRACKETED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’.@#-])(\p{Lu}[\p{Ll}'’-]{2,})[ \t]*\((?:the|our|my|a|an|that|this|el|la|le|der|die|il|o|a|mi|nuestro|nuestra|notre|mon|ma|unser|unsere)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}([\p{L}-]+)\)`,
  'gu',
);

/** Hides the names whose neighbours point to a person: "Jolene here from", "thx, ronan", "J.D. from IT", "Sparky (the electrician)". */
/*
 * Blind round 27's attacker (atp28): a name set off by commas after who the person is ("the new guy, Thaddeus, keeps
 * taking photos", "our supervisor, Ignatius, locks the exit"): a capitalised word between the commas, no everyday word.
 */
const SET_OFF = lazyPattern(
  String.raw`(?<![\p{L}])(?:the|our|my|a|this|that)[ \t]+(?:(?:new|old|other|young|older|night|day)[ \t]+)?(?:guy|girl|lad|lass|man|woman|bloke|kid|one|temp|manager|supervisor|boss|lead|foreman|driver|cleaner|guard|agency[ \t]+guy|agency[ \t]+girl),[ \t]*(\p{Lu}\p{Ll}{2,})[ \t]*,`,
  'gu',
);

export const maskNamesPointedOut: Rule = (text) => {
  let out = text;
  if (text.includes(','))
    for (const m of text.matchAll(SET_OFF.get())) {
      const lower = m[1]!.toLowerCase();
      if (ALL_STOPWORDS.has(lower) || DEPARTMENTS.has(lower) || (isEnglishWord(lower) && !isGivenName(lower))) continue;
      const at = m.index + m[0].lastIndexOf(m[1]!);
      out = out.slice(0, at) + mask('NAME', m[1]!.length) + out.slice(at + m[1]!.length);
    }
  const hide = (start: number, length: number) => {
    out = out.slice(0, start) + mask('NAME', length) + out.slice(start + length);
  };
  if (/h[ie]e?r|ici|aqu|qui/iu.test(text))
    for (const m of text.matchAll(HERE_FROM.get()))
      if (!isOrdinaryWord(m[1]!.toLowerCase())) hide(m.index, m[1]!.length);
  if (/th|ty|tia|cheers|regards|best|rgds|gra|merci|danke|obrigad|salud|bis|bss|xo/iu.test(text))
    for (const m of text.matchAll(SMALL_AFTER_THANKS.get())) {
      const [first, second] = [m[1]!, m[2]];
      // Written small: a capital after thanks is read by the sign-off rules, which know "Regards, Management".
      if (!/^\p{Ll}+$/u.test(first) || NO_ONE.has(first) || isOrdinaryWord(first) || !/[aeiouy]/u.test(first)) continue;
      const [start, end] = m.indices![1]!;
      // "thanks, ronan obrien": a surname written small after it, unless it is a word ("thanks, ronan again").
      const last =
        second && /^\p{Ll}+$/u.test(second) && !NO_ONE.has(second) && !isOrdinaryWord(second) ? m.indices![2]![1] : end;
      hide(start, last - start);
    }
  if (text.includes('.'))
    for (const m of text.matchAll(DOTTED.get())) if (!NOT_INITIALS.has(m[1]!)) hide(m.index, m[1]!.length);
  if (text.includes('('))
    for (const m of text.matchAll(BRACKETED.get())) {
      const lower = m[1]!.toLowerCase();
      // A nickname is often a word ("Tiny", "Tank"): with who they are in brackets after it, it is one all the same.
      if (isPersonWord(m[2]!) && !ALL_STOPWORDS.has(lower) && !DEPARTMENTS.has(lower)) hide(m.index, m[1]!.length);
    }
  return out;
};
