import { isEnglishWord, isNearEnglishWord } from './english-dictionary';
import { lazyPattern } from './lazy-pattern';
import { commonWordLanguages } from './redact-names-common-words';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, ROLE_CUES, TITLES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { STOPWORDS } from './language';
import { WELL_KNOWN_CITIES_LATIN, WELL_KNOWN_FIRMS } from './well-known-places-firms';

/*
 * red40 (left by names39): a given name no list holds, in slots that say only a person is meant, where names39's
 * bare-name slots ask a listed name or a small word of four letters or more: someone asked or told about something
 * ("ask tam about it", "talk to ade about the rota", "check with Lu about the cash"), told and then "he"/"she" ("i told
 * kip and he laughed at me"), or someone who said something in a tense made with an auxiliary ("Mimi a dit que",
 * "Gigi ha detto che", "Nando me ha dicho que", "Ole hat gesagt"). Three letters and two count here ("tam", "kip",
 * "Lu"), as the slot says a person is meant; the word is no word of any language read, no chat word ("lol", "idk"),
 * no role, department, title, known city or firm ("ask hr about it", "ask him about it", "talk to Sales about it",
 * "tell mom and she …" stay).
 */

const W = String.raw`(\p{L}\p{Ll}{1,})`;
const START = String.raw`(?<![\p{L}\p{N}_@#'\u2019.-])`;
const END = String.raw`(?![\p{L}\p{N}_'\u2019@-])`;

const SLOTS = [
  // Asked or told about something: "ask tam about it", "talk to ade about the rota", "check with Lu about".
  lazyPattern(
    String.raw`${START}(?:ask|asked|asking|tell|told|telling|talk[ \t]+to|talked[ \t]+to|talking[ \t]+to|speak[ \t]+to|spoke[ \t]+to|speak[ \t]+with|spoke[ \t]+with|talk[ \t]+with|check[ \t]+with|checked[ \t]+with|text|texted|call|called|ping|pinged|message|messaged)[ \t]+${W}${END}(?=[ \t]+(?:about|regarding|re)(?![\p{L}]))`,
    'giu',
  ),
  // Told, and then "he" or "she" about them: "i told kip and he laughed", "I asked Bo, she said no".
  lazyPattern(
    String.raw`${START}(?:told|asked|texted|called|showed|warned|reminded|pinged|messaged)[ \t]+${W}${END}(?=[ \t]*(?:,[ \t]*|[ \t]+)(?:(?:and|but|so)[ \t]+)?(?:he|she)[ \t]+\p{Ll}{2,})`,
    'giu',
  ),
];
// Said in a tense made with an auxiliary, opening a sentence: "Mimi a dit que", "Gigi ha detto", "Ole hat gesagt".
const SAID_WITH_AUXILIARY = lazyPattern(
  String.raw`(?:^|(?<=[.!?\n:;][ \t]*|(?:[ \t]|^)(?:et|e|y|und|mais|ma|pero|mas|aber)[ \t]+))(\p{Lu}\p{Ll}+)(?=[ \t]+(?:(?:a|m['\u2019]a|nous[ \t]+a|lui[ \t]+a|leur[ \t]+a|avait|m['\u2019]avait)[ \t]+(?:dit|racont\u00e9|demand\u00e9|cri\u00e9|r\u00e9pondu|menti|promis|expliqu\u00e9)|(?:ha|mi[ \t]+ha|ci[ \t]+ha|gli[ \t]+ha|le[ \t]+ha|aveva|mi[ \t]+aveva)[ \t]+(?:detto|chiesto|urlato|raccontato|risposto|promesso|spiegato)|(?:ha|me[ \t]+ha|nos[ \t]+ha|le[ \t]+ha|les[ \t]+ha|hab\u00eda|me[ \t]+hab\u00eda)[ \t]+(?:dicho|contado|gritado|pedido|respondido|prometido|explicado)|(?:tem|me[ \t]+tem|tinha|me[ \t]+tinha)[ \t]+(?:dito|contado|gritado|pedido|prometido)|(?:hat|hatte)[ \t]+(?:mir[ \t]+|uns[ \t]+|ihm[ \t]+|ihr[ \t]+)?(?:gesagt|erz\u00e4hlt|geschrien|gefragt|versprochen)|(?:heeft|had)[ \t]+(?:gezegd|gevraagd|beloofd))(?![\p{L}]))`,
  'gu',
);
const GATE = lazyPattern(
  String.raw`(?:about|regarding|(?:^|[^\p{L}])(?:he|she)[ \t]|dit|detto|dicho|dito|gesagt|erz\u00e4hlt|geschrien|gefragt|racont|demand|chiesto|urlato|contado|gritado|pedido|r\u00e9pondu|risposto|respondido|promis|promesso|prometido|versprochen|gezegd|gevraagd|beloofd)`,
  'iu',
);

const CHAT = new Set(
  'lol lmao omg idk imo tho cuz coz bro fam yea yep nope ok okay pls plz bday ur ure im wtf wth ffs jk ikr irl asap fyi eta hun bae sis bud pal'.split(
    ' ',
  ),
);

/**
 * Whether a word in a person's slot is a name: no role, place or firm, and no word of English (the English slots:
 * "ask tam about" is no Polish "tam") or of any language read (`anyLanguage`, the slot of other languages).
 */
function isNameInSlot(word: string, anyLanguage: boolean): boolean {
  const lower = word.toLowerCase();
  if (word.length > 2 && word === word.toUpperCase() && word !== lower) return false;
  if (
    (anyLanguage ? ALL_STOPWORDS.has(lower) : STOPWORDS.en!.has(lower)) ||
    NOT_NAMES.has(lower) ||
    ROLE_CUES.has(lower) ||
    TITLES.has(lower) ||
    DEPARTMENTS.has(lower) ||
    CHAT.has(lower) ||
    WELL_KNOWN_FIRMS.has(lower) ||
    WELL_KNOWN_CITIES_LATIN.has(lower)
  )
    return false;
  if (isEnglishWord(lower) || (anyLanguage && commonWordLanguages(lower) !== undefined)) return false;
  if (!/[aeiouy\u00e0-\u00ff]/u.test(lower)) return false;
  return !(lower.length >= 5 && isNearEnglishWord(lower));
}

function hide(text: string, start: number, length: number): string {
  return text.slice(0, start) + mask('NAME', length) + text.slice(start + length);
}

/** Masks a name no list holds in the slots above, short ones included. */
export const maskShortNamesInSpeechSlots: Rule = (text) => {
  if (!GATE.get().test(text)) return text;
  let out = text;
  for (const slot of SLOTS)
    for (const m of text.matchAll(slot.get())) {
      const word = m[1]!;
      if (!isNameInSlot(word, false)) continue;
      out = hide(out, m.index + m[0].length - word.length, word.length);
    }
  for (const m of text.matchAll(SAID_WITH_AUXILIARY.get())) {
    const word = m[1]!;
    if (word.length < 3 || !isNameInSlot(word, true)) continue;
    out = hide(out, m.index, word.length);
  }
  return out;
};
