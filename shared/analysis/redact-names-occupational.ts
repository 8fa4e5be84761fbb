import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';
import { recentPattern } from './recent-patterns';

/*
 * Attack round 30 (atp30 F3): surnames that were once trades ("Miller", "Fisher", "Brewer", "Cooper", "Porter")
 * are words the dictionary knows, so no rule took them unless a title or a role stood before them: "Miller is a
 * creep", "everyone is scared of Miller", "HR protects Cooper", "the problem is Brewer", "Brewer, the new lead, is
 * racist", "Cooper and Fisher keep making jokes" reached the sponsor whole. English writes such a trade with a small
 * letter and an article ("the miller", "a porter"); with its capital and no article, alone (no capital word after it,
 * as in "Miller Lite", "Porter Airlines", "Baker Street"), it is someone's surname. Trades that English also uses as a
 * verb to open an order ("Cook the rice", "Foster good habits") count only inside a sentence.
 */

const TRADE_SURNAMES = `miller millers fisher brewer cooper porter tanner baker carter mason turner taylor walker
  hunter fletcher thatcher chandler slater sawyer weaver butler carpenter painter shepherd archer bowman webster dyer
  glover mercer draper barber gardner gardiner skinner collier farmer fowler forester marshall parker spencer
  wheeler wainwright cartwright plumber sadler saddler salter tucker fuller dexter chapman goldsmith falconer
  faulkner hooper spooner tyler bailey steward stewart thatcher packer potter ryder fisherman`.split(/\s+/);
const INSIDE_ONLY = new Set(['cook', 'foster', 'hooper', 'packer', 'tucker', 'potter', 'steward']);
const WORDS = new Set([...TRADE_SURNAMES, ...INSIDE_ONLY]);

const LIST = [...WORDS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
// The trade with its capital, alone: not after an article or an owner ("the Porter building", "my Baker friend" are
// read elsewhere), not before another capital ("Miller Lite", "Baker Street", "Fisher Price").
const TRADE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@-])(${LIST})(?=(?:['\u2019]s)?(?![\p{L}\p{N}-])(?![ \t]+(?:\p{Lu}|&|and[ \t]+\p{Lu}\p{Ll}+[ \t]+(?:Co|Inc|Ltd|LLC)\b)))`,
  'gu',
);
// What a trade's word goes before as a thing, not a person: "Mason jars", "Shepherd's pie", "Baker's dozen".
const THINGS_AFTER = lazyPattern(
  String.raw`^(?:['\u2019]s)?[ \t]+(?:jars?|pies?|dozen|markets?|wheels?|tan|time|box|house|yeast|ants?|bees?|pencil)(?![\p{L}])`,
  'iu',
);
const GATE = lazyPattern(String.raw`\b(?:${LIST})\b`, 'u');
const ARTICLE_OR_OWNER = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:the|a|an|this|that|these|those|my|our|your|his|her|their|its|every|each|any|some|no|la|el|le|der|die|das)[ \t]+$`,
  'iu',
);

const AFTER_PLACE_WORD = '(?:at|in|near|into|to|via|with|joined|join|joining|merger|acquired|by)';

function opensSentence(text: string, at: number): boolean {
  const before = text.slice(0, at).replace(/[ \t"\u201C'\u2018([*\u2022-]+$/u, '');
  return before === '' || /[.!?:;\n]$/u.test(before);
}

/** Hides a trade's surname with its capital, alone, where no article makes it the trade (see above). */
export const maskTradeSurnames: Rule = (text) => {
  if (!GATE.get().test(text)) return text;
  return text.replace(TRADE.get(), (word: string, _name: string, at: number) => {
    // Named once as a firm or a town ("working at Baker"), it is that firm wherever else it stands ("Baker has…").
    if (recentPattern(String.raw`(?:^|[^\p{L}])${AFTER_PLACE_WORD}[ \t]+${word}(?![\p{L}])`, 'iu').test(text))
      return word;
    if (ARTICLE_OR_OWNER.get().test(text.slice(Math.max(0, at - 12), at))) return word;
    if (THINGS_AFTER.get().test(text.slice(at + word.length, at + word.length + 12))) return word;
    if (INSIDE_ONLY.has(word.toLowerCase()) && opensSentence(text, at)) return word;
    const before = text.slice(Math.max(0, at - 30), at);
    // A capital before it ("MCC Mason", "US Marshall's", a title-case heading) makes it the rest of a name of a thing.
    const capital = /(\p{Lu}[\p{L}]*)[ \t]+$/u.exec(before)?.[1];
    if (
      capital &&
      !opensSentence(text, at) &&
      !/^(?:And|Or|But|Then|When|Because|Tell|Ask|Told|Asked|I)$/u.test(capital)
    )
      return word;
    // "working at Cooper", "the merger with Miller", "driving to Turner": after these, a firm or a town.
    if (new RegExp(String.raw`(?:^|[^\p{L}])${AFTER_PLACE_WORD}[ \t]+$`, 'iu').test(before)) return word;
    return mask('NAME', word.length);
  });
};
