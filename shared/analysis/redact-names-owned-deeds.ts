import { isEnglishWord } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { ALL_STOPWORDS } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 18: a name no list knows, owning what only a person has: an idea, a plan, a decision, a call, a joke,
 * a temper, a desk or a locker ("It was Desmond's idea to lock the fire exit", "Thaddeus's plan", "Rosalind's
 * decision", "Oluwadamilare's stupid rule"); round 16's rule (redact-names-possessive.ts) read only people and faults
 * after the "'s". Written small too, before a fault or an idea ("its shauna's fault", "totally bronwyn's idea"). A word
 * of English or of the other languages' lists stays ("Everyone's idea", "management's decision", "today's plan"), and
 * so do days, months and holidays ("Monday's meeting"): they own meetings, not ideas, but are read apart to be sure.
 */
const DEEDS = `idea ideas plan plans decision decisions call choice choices mistake mistakes fault doing suggestion orders
  order instructions instruction rule rules request demand demands excuse excuses lie lies joke jokes comment comments
  remark remarks attitude behaviour behavior temper mood threat threats screwup screw-up blunder mess responsibility
  desk locker car truck van office phone number house party birthday wedding handwriting signature favourite favorite
  pet crew shift yelling shouting bullying harassment advances hands voice idea nephew niece wife husband`;
// "Thaddeus's stupid plan": one describing word at most, and a describing one ("Dillard's keep doing" is no deed).
const DESCRIBING = `own new old stupid dumb great bad latest last big crazy brilliant bright final first usual famous
  personal silly ridiculous terrible awful genius idiotic lame weird brand`;
const SMALL_DEEDS = 'fault idea doing decision call mistake plan';
const CALENDAR = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december christmas easter today yesterday tomorrow tonight diwali eid ramadan`.split(
    /\s+/,
  ),
);
const alternation = (list: string) => list.split(/\s+/).filter(Boolean).join('|');
// "Desmond's idea", "Thaddeus's stupid plan", "Rosalind’s final decision": the name, "'s", one describing word at most.
const CAPITALISED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’.@#&-])(\p{Lu}\p{Ll}{2,})['’]s?[ \t]+(?:(?:${alternation(DESCRIBING)})[ \t]+)?(?:${alternation(DEEDS)})(?![\p{L}])`,
  'gu',
);
// "its shauna's fault", "it's tremayne’s idea": written small, only before the blame or the idea.
const SMALL = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’.@#&-])(\p{Ll}{3,})['’]s[ \t]+(?:own[ \t]+|stupid[ \t]+|dumb[ \t]+|bright[ \t]+)?(?:${alternation(SMALL_DEEDS)})(?![\p{L}])`,
  'gu',
);
// Abbreviations written small that own a fault as a team does: "mgmt's fault", "hr's idea".
const TEAMS = new Set('mgmt hr ops qa admin corp govt gov union mngmt mgt mgr it pm am dc'.split(' '));

function isOrdinaryWord(lower: string): boolean {
  return (
    ALL_STOPWORDS.has(lower) ||
    CALENDAR.has(lower) ||
    TEAMS.has(lower) ||
    isEnglishWord(lower) ||
    (commonWordLanguages(lower) !== undefined && !(isGivenName(lower) && !isWordlikeName(lower)))
  );
}

/** Hides a name no list knows before what only a person owns: "Desmond's idea", "its shauna's fault". */
export const maskNamesOwningDeeds: Rule = (text) => {
  if (!/['’]/.test(text)) return text;
  let out = text;
  for (const pattern of [CAPITALISED.get(), SMALL.get()])
    for (const m of text.matchAll(pattern)) {
      const name = m[1]!;
      const lower = name.toLowerCase();
      // "Thaddeus'" written without its "s" is "Thaddeus's"; a plural's "'" ("the Smiths' car") is read the same.
      if (isOrdinaryWord(lower) || isOrdinaryWord(lower.replace(/s$/, '')) || !/[aeiouyà-ÿ]/u.test(lower)) continue;
      out = out.slice(0, m.index) + mask('NAME', name.length) + out.slice(m.index + name.length);
    }
  return out;
};
