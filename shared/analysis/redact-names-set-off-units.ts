import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { notAWordForWho, PARTS, PARTS_ABROAD, WORD_NICKNAMES } from './redact-names-word-nicknames';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Round 33: a nickname tied to a part of the workplace by hyphens ("Kev-from-goods-in shoved me", "Dazza-from-the-
 * warehouse", "Kev-aus-der-Kantine", "Gigi-della-mensa") or set off by commas before one ("Chalky, from dispatch,
 * grabbed me", "Chalky, aus der Kantine, hat mich geschubst", "Chalky, del almacén, me empujó"). Both are how people
 * write "the one from that team": the word before is who. It is taken when it is a given name, a nickname people go
 * by, or no word of English or of the other languages read ("Soup-from-the-canteen", "Deliveries, from the
 * warehouse, arrive late", "Yesterday, in the canteen, …", "Ayer, del almacén, …" stay).
 */

const UNIT_HERE = lazyPattern(String.raw`^(?:(?:from|in|on)[ \t]+${PARTS}|${PARTS_ABROAD})$`, 'iu');
const PREPOSITIONS = String.raw`(?:from|in|on|aus|von|vom|de|del|della|dalla|dal|du|des|da|do)`;
// "Kev-from-goods-in", "Kev-de-la-cantine": the word, a preposition and up to four more words, all joined by hyphens.
const HYPHEN_JOINED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}_@#.'\u2019-])(\p{L}{2,})-(${PREPOSITIONS}-(?:\p{L}+-){0,3}\p{L}+)(?![\p{L}\p{N}]|-\p{L})`,
  'giu',
);
// "Chalky, from dispatch,": the word, a comma, a part of the workplace, a comma (or a dash).
const COMMA_SET_OFF = lazyPattern(
  String.raw`(?<![\p{L}\p{N}_@#.'\u2019-])(\p{L}{2,})[ \t]*,[ \t]*(${PREPOSITIONS}[ \t]+(?:\p{L}+[ \t]+){0,3}\p{L}+)[ \t]*[,\u2013\u2014]`,
  'giu',
);
// Words that open a text before a comma and are no one: interjections, fillers.
const NOT_SOMEONE = new Set(
  'hi hey hello hiya cheers thanks thank regards hola salut bonjour moin servus hallo ciao buongiorno ol\u00e1 oi ok okay lol lmao omg ugh hmm yeah yep nope btw tbh fyi anyway so also well right sure guys folks team everyone ja nein also dann bon alors oui non bueno pues vale oye allora beh ecco dai'.split(
    ' ',
  ),
);

/** A given name, a nickname people go by, or a word no language read knows: someone. */
function someone(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_SOMEONE.has(lower) || !notAWordForWho(lower)) return false;
  if (isGivenName(lower) || WORD_NICKNAMES.has(lower)) return true;
  return !isEnglishWord(lower) && !isProperNoun(lower) && !commonWordLanguages(lower);
}

function hideBefore(text: string, pattern: RegExp, unitOf: (joined: string) => string): string {
  return text.replace(pattern, (whole: string, word: string, unit: string) =>
    UNIT_HERE.get().test(unitOf(unit)) && someone(word) ? mask('NAME', word.length) + whole.slice(word.length) : whole,
  );
}

// What each form cannot match without.
const HYPHEN_GATE = lazyPattern(
  String.raw`\p{L}-(?:from|in|on|aus|von|vom|de|del|della|dalla|dal|du|des|da|do)-\p{L}`,
  'iu',
);
const COMMA_GATE = /,[ \t]*(?:from|in|on|aus|von|vom|de|del|della|dalla|dal|du|des|da|do)[ \t]/iu;

/** Hides a nickname joined by hyphens to a part of the workplace, or set off by commas before one (see above). */
export const maskNamesSetOffByUnits: Rule = (text) => {
  let out = text;
  if (HYPHEN_GATE.get().test(out)) out = hideBefore(out, HYPHEN_JOINED.get(), (unit) => unit.replace(/-/gu, ' '));
  if (COMMA_GATE.test(out)) out = hideBefore(out, COMMA_SET_OFF.get(), (unit) => unit.replace(/[ \t]+/gu, ' '));
  return out;
};
