import { isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { isOrdinaryWord } from './redact-names-lookup';
import { ROLE_CUES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * Attack round 30 (atp30 F2): a surname written in brackets, the way people add who they mean ("the guy in receiving
 * (Okafor) yells", "the lead on line 4 (Tran) makes fun of my hijab", "someone (Kowalczyk) keeps grabbing women"),
 * reached the sponsor whole: a word after "(" is read as opening a sentence, where a capital says nothing, and the
 * deed after ")" is not next to it. So is a surname in double quotes after a role ('our lead "Tran"'). A bracket
 * holding one or two capitalised words, each a name of the lists or no word of any language the service hears and
 * no known place or brand, holds a person; in quotes, only after a role or a word for a person, as a quoted word
 * elsewhere is as often a song, a film or a product ("the song "Jolene"" stays).
 */

const CAPITAL = String.raw`\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}?\p{Ll}+)?`;
const BRACKETED = lazyPattern(String.raw`\((${CAPITAL}(?:[ \t]+${CAPITAL})?)\)`, 'gu');
// spot39: the word before the quotes may be a number already hidden ('the cleaner at gate [ID] "Oyelaran" steals':
// the post of a person is hidden first, redact-ids-spots-people-hold.ts), U+E004 being an [ID]'s mark.
const QUOTED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])([\p{L}\p{N}\uE004]+)[ \t]+["\u201C\u00AB](${CAPITAL}(?:[ \t]+${CAPITAL})?)["\u201D\u00BB]`,
  'gu',
);
const PERSON_WORDS = new Set(
  `guy man woman lady girl dude someone somebody him her he she named called aka nicknamed
  coworker colleague driver operator worker mechanic electrician welder picker packer cleaner cook
  typ kerl mann frau tipo tío tio chico chica tipa mec gars type nana cara moço moco rapaz ragazzo tizio tizia`.split(
    /\s+/,
  ),
);

function isName(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 3) return false;
  if (isGivenName(lower) || isCommonSurname(lower)) return true;
  return lower.split(/[-'\u2019]/u).every((part) => part.length > 0 && !isOrdinaryWord(part) && !isProperNoun(part));
}

/** A name of the lists, whatever stands before it: "(Dave)", "(Nguyen)". */
function namesSomeone(words: string): boolean {
  return words.split(/[ \t]+/u).every((w) => isGivenName(w.toLowerCase()) || isCommonSurname(w.toLowerCase()));
}

/**
 * A word no list knows in brackets is as often a town or a trade ("the warehouse (Havant)", "the industry (Telco)"):
 * a person only after a role or a word for a person written small, among the five words before the bracket ("the lead
 * on line 4 (Tran)", "the guy in receiving (Okafor)", "someone (Kowalczyk)"); "Lead Cashier for AEO (Gurnee Mills)"
 * is a job's title.
 */
function pointsToPerson(before: string): boolean {
  const words = before
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(-5);
  // German writes its nouns with a capital ("der Typ im Wareneingang").
  return words.some(
    (w) =>
      (w === w.toLowerCase() && (ROLE_CUES.has(w) || PERSON_WORDS.has(w))) ||
      /^(?:Typ|Kerl|Mann|Frau|Kollege|Kollegin|Fahrer|Fahrerin)$/u.test(w),
  );
}

const hidden = (words: string) => words.replace(/\S+/gu, (w) => mask('NAME', w.length));

/** Hides a name in brackets, or in quotes after a role, where the writer adds who they mean (see above). */
export const maskBracketedNames: Rule = (text) => {
  let out = text;
  if (out.includes('('))
    out = out.replace(BRACKETED.get(), (whole: string, words: string, at: number) =>
      words.split(/[ \t]+/u).every(isName) && (namesSomeone(words) || pointsToPerson(out.slice(0, at)))
        ? `(${hidden(words)})`
        : whole,
    );
  if (/["\u201C\u00AB]/u.test(out))
    out = out.replace(QUOTED.get(), (whole: string, before: string, words: string, from: number) => {
      const cue = before.toLowerCase();
      // Round 31: the role or the word for a person may stand a few words back ('the guy in receiving "Okafor"').
      if (!ROLE_CUES.has(cue) && !PERSON_WORDS.has(cue) && !pointsToPerson(out.slice(0, from + before.length)))
        return whole;
      if (!words.split(/[ \t]+/u).every(isName)) return whole;
      const at = whole.lastIndexOf(words);
      return whole.slice(0, at) + hidden(words) + whole.slice(at + words.length);
    });
  return out;
};
