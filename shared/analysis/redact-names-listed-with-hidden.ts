import { isEnglishWord } from './english-dictionary';
import { isGivenName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { ALL_STOPWORDS, DEPARTMENTS, ROLE_CUES, TITLES } from './redact-names-words';
import { deedFollows } from './verb-after-subject';
import { lazyPattern } from './lazy-pattern';
import { mask } from './redaction-kinds';
import { WELL_KNOWN_CITIES_LATIN, WELL_KNOWN_FIRMS } from './well-known-places-firms';

/*
 * red40 (left by names39 and r36): the other names of a list where one is hidden ("Sierra and [NAME] always bully the
 * new girls", "Lola, Bex and [NAME] always leave early", "[NAME], Jo and Vik took the overtime"). Each name was read
 * alone: one the lists hold was hidden, and its neighbours, words or places too ("sierra", "rio"), stayed and named
 * the group. Read once everything is given back: capitalised single words joined by commas and an "and" of any
 * language read ("&", "y", "et", "und", "i", "ak" …), with a hidden name among them, are people where the list does
 * what people do (a deed, a habit: "always", "keep", "both"), is pointed out ("it's X and [NAME] who") or is told,
 * asked or worked with ("with", "told", "avec"). Not: only a weak verb after it (atp33's decision: "Haley and [NAME]
 * were great this week", "Oracle and [NAME] are working" keep their word); commas alone; a list after "the", an
 * article or a copula ("the Yanks and Sox", "you're Rich and Powerful"); beside another capitalised word ("Breitbart
 * News and …", "… and Six Sigma"); a plural no list holds ("Brexiteers", "Managers"); a firm or city everyone knows
 * unless a deed follows; an everyday word opening a sentence before a comma ("Yesterday, [NAME] and …"); a stop word,
 * role, title, department, day or month.
 */

const HIDDEN = String.raw`\uE000+`;
const WORD = String.raw`\p{Lu}\p{Ll}+`;
const ITEM = String.raw`(?:${HIDDEN}|${WORD})`;
const JOIN = String.raw`(?:[ \t]*,[ \t]*(?:(?:and|y|e|et|und|i|ak|og|och|en|\u0438|\u0456|\u0442\u0430)[ \t]+)?|[ \t]*&[ \t]*|[ \t]+(?:and|y|e|et|und|i|ak|og|och|en|n|\u0438|\u0456|\u0442\u0430)[ \t]+)`;
const LIST = lazyPattern(
  String.raw`(?<![\p{L}\p{N}\uE000-\uE006])${ITEM}(?:${JOIN}${ITEM})+(?![\p{L}\p{N}\uE000-\uE006])`,
  'gu',
);
const BEFORE_PEOPLE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:with|told|tell|asked|ask|saw|between|con|avec|mit|com|z|ze|\u0437|ak|kay|ni)[ \t]+$`,
  'iu',
);
// After the list, what only people do: an adverb of habit, a verb of doing to others.
const PEOPLE_ACT = lazyPattern(
  String.raw`^[ \t]+(?:(?:are|were|have|had|both|all)[ \t]+)?(?:both|all|always|never|constantly|keep|kept|still|siempre|nunca|toujours|jamais|sempre|mai|immer|nie|zawsze|nigdy|nos|me|les|nous|ci|uns|mich|mnie|nas)(?![\p{L}])|^[ \t]+(?:yell|yelled|push|pushed|bully|bullied|steal|stole|harass|harassed|threaten|threatened|laugh|laughed|skip|skipped|told|said|take|took|grab|grabbed|hit|mock|mocked|ignore|ignored)(?![\p{L}])`,
  'u',
);
// A list after "the" is of things or teams ("the Yanks and Sox"); after a copula, of qualities ("you're Rich and
// Powerful"); a capitalised word right before or after it makes it part of a longer name ("Breitbart News and …",
// "… and Six Sigma").
const NOT_PEOPLE_BEFORE = lazyPattern(
  String.raw`(?:(?:^|[^\p{L}])(?:the|a|an|this|that|these|those|our|their|is|are|was|were|be|been|being|am|so|too|very|as)|['\u2019](?:re|s|m))[ \t]+$`,
  'iu',
);
const CAPITAL_BEFORE = lazyPattern(String.raw`(\p{Lu}[\p{L}.]*)[ \t]+$`, 'u');
const CAPITAL_AFTER = lazyPattern(String.raw`^[ \t]+\p{Lu}`, 'u');
const WEEKDAY_OR_MONTH =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|june|july|september|october|november|december)$/u;

/** Whether a visible word of a list cannot be a person's name at all (also for redact-names-paired-units.ts). */
export function neverAName(lower: string): boolean {
  return (
    ALL_STOPWORDS.has(lower) ||
    ROLE_CUES.has(lower) ||
    TITLES.has(lower) ||
    DEPARTMENTS.has(lower) ||
    WEEKDAY_OR_MONTH.test(lower) ||
    lower === 'i'
  );
}

/** Hides the visible names of a list that holds a hidden one, where the list is people (see above). */
export function hideNamesListedWithHidden(_read: string, masked: string): string {
  if (!masked.includes('\uE000')) return masked;
  let out = masked;
  for (const m of masked.matchAll(LIST.get())) {
    if (!m[0].includes('\uE000') || !/\p{L}/u.test(m[0])) continue;
    // Commas alone join clauses ("With Momentum, [NAME] is …", "Ok,[NAME]"): a list of people has its "and".
    if (!/[ \t](?:and|y|e|et|und|i|ak|og|och|en|n|\u0438|\u0456|\u0442\u0430)[ \t]|&/u.test(m[0])) continue;
    const before = masked.slice(0, m.index);
    const after = masked.slice(m.index + m[0].length);
    // "it's Sierra and [NAME] who always bully": a list pointed out, then "who", is people after a copula too.
    const pointedOut = /^[ \t]*,?[ \t]*(?:who|que|qui|che|die|der)(?![\p{L}])/u.test(after);
    if ((NOT_PEOPLE_BEFORE.get().test(before) && !pointedOut) || CAPITAL_AFTER.get().test(after)) continue;
    const capitalBefore = CAPITAL_BEFORE.get().exec(before)?.[1];
    if (capitalBefore !== undefined && !ALL_STOPWORDS.has(capitalBefore.toLowerCase())) continue;
    const cued = BEFORE_PEOPLE.get().test(before);
    const acting = cued || pointedOut || PEOPLE_ACT.get().test(after) || deedFollows(after);
    // Only what people do links the list (atp33's decision: "Haley and [NAME] were great this week", "Oracle and
    // [NAME] are working on the payroll" keep their other word).
    if (!acting) continue;
    for (const w of m[0].matchAll(/\p{Lu}\p{Ll}+/gu)) {
      const word = w[0];
      const lower = word.toLowerCase();
      if (neverAName(lower)) continue;
      // "Brexiteers", "Managers", "Yanks": a plural is a group, unless the lists hold it as a name.
      if (lower.length >= 5 && /[^s]s$/u.test(lower) && !isGivenName(lower)) continue;
      // A known firm or city only where the list does what people do to someone ("[NAME] and Amazon keep …" stays).
      if ((WELL_KNOWN_FIRMS.has(lower) || WELL_KNOWN_CITIES_LATIN.has(lower)) && !deedFollows(after)) continue;
      // "Yesterday, [NAME] and …": an everyday word opening the sentence before a comma is no one.
      const everyday = isEnglishWord(lower) || commonWordLanguages(lower) !== undefined;
      if (
        w.index === 0 &&
        everyday &&
        /(?:^|[.!?\n][ \t]*)$/u.test(before) &&
        /^[ \t]*,/u.test(m[0].slice(word.length))
      )
        continue;
      const start = m.index + w.index;
      out = out.slice(0, start) + mask('NAME', word.length) + out.slice(start + word.length);
    }
  }
  return out;
}
