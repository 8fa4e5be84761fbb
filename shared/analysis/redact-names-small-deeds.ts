import { LEET_LETTERS } from './leet-letters';
import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import { isShorthandOrContraction } from './redact-names-lower-cued';
import { isOrdinaryWord } from './redact-names-lookup';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, PERSON_DEEDS, ROLE_CUES } from './redact-names-words';
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 24: a nickname written small, opening the text or a sentence, then what a person did: "gaz said hes
 * not doing the bins", "mo keeps nicking the scanner", "sez reckons we shud strike", "tommo punched the vending
 * machine", "stace cried in the loos". No list holds "gaz", "shaz", "tommo" or "stace", and written small nothing
 * else says a name; but a word no language the service reads knows, then a deed only a person does, is a person.
 * A given name that is a word too ("hope", "jade", "frank") is taken only before speech ("hope said the overtime
 * would be paid"): hope, a jade or frank talk says nothing. A word any language knows stays ("management said",
 * "mum told me", "everyone keeps", "lol said"), as does chat's shorthand ("idk", "tbh").
 *
 * The same word asked, told or thanked ("ask dazza he was there", "tell shaz the rota is wrong", "thx to ravi",
 * "covering for dev, he never shows up") is the person asked.
 */

// What a firm or a thing does as often as a person ("walmart keeps you busy", "sper hit salary", "tesco sells"): no cue.
const THINGS_DO_TOO = new Set(['keeps', 'kept', 'hit', 'hits', 'sells', 'sold', 'fired', 'ignores', 'ignored']);
// What only a person does, after the name; an adverb may stand between ("gaz always moans").
const DEEDS = new Set(
  [
    ...PERSON_DEEDS,
    ...`reckons reckoned moans moaned whinges whinged cried cries drove drives nicks nicked nicking punched punches
    kicked kicks slapped slaps smokes smoked sleeps slept skives skived bunked bunks swapped swaps quit quits
    snitched snitches grassed grasses blamed blames thinks thought knows knew forgot forgets`.split(/\s+/),
  ].filter((deed) => !THINGS_DO_TOO.has(deed)),
);
// Speech: what a given name that is also a word must do to be read as someone ("hope said", "jade told").
const SPEECH = new Set(
  `said says told tells reckons reckoned promised promises texted emailed messaged yelled shouted screamed swore
  lied admitted claimed claims`.split(/\s+/),
);
const ADVERB = String.raw`(?:always|never|just|still|also|even|literally|constantly|apparently|then|already|prob|def|actually|basically)`;
// Opening the text or a sentence (after ".", "!", "?", a line break or an emoji), the word written small, the deed.
const OPENING = lazyPattern(
  String.raw`(?:^|(?<=[.!?…][ \t]+|\n[ \t]*|\p{Extended_Pictographic}[ \t]*))(\p{Ll}{2,12})(?:[ \t]+${ADVERB})?[ \t]+(\p{Ll}+)(?![\p{L}'’])`,
  'gu',
);
// "ask dazza he was there", "tell shaz the rota", "thx to ravi", "shoutout to leanne", "covering for dev, he …".
const ASKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:ask|asked|tell|told|thx\s+to|thanks\s+to|thank\s+you\s+to|shout\s?out\s+to|covering\s+for|covers\s+for|cover\s+for)[ \t]+(\p{Ll}{2,12})(?=[ \t]*[,.!?;:)]|[ \t]*$|[ \t]+(?:he|she|they|the|about|abt|if|for|cos|coz|cause|bc|who|coz|pls|plz)(?![\p{L}]))`,
  'giu',
);

/*
 * The writer's own nickname opening the message, before where they work: "yo its gaz frm goods in", "hallo hier ist
 * svenja von der kasse", "ola sou a bia do estoque", "hei täällä mikko varastolta" (Finnish says "from" by the
 * ending). "I'm tired of the shift" ("sono stanco del turno") has a word there: only a word no language knows is taken.
 */
const GREETING = String.raw`(?:(?:hi+|hiya|hey+|yo|oi|hallo|hello|ciao|ola|olá|oi|hola|salut|hei|moi|cześć|hej)[ \t]*[,!.]?[ \t]*)?`;
// A word of a name, also in leetspeak ("d3shawn w1lliams"): a letter first, digits that stand for letters inside.
const NAME_WORD = String.raw`\p{L}[\p{L}013457@$]{1,13}(?![\p{L}\p{N}@$])`;
const INTRODUCED = lazyPattern(
  String.raw`^[ \t]*${GREETING}(?:its|it['’]s|this\s+is|hier\s+ist|sono|sou(?:\s+[oa])?|soy|c['’]est|täällä|tässä|saya|aku|ich\s+bin)[ \t]+(${NAME_WORD}(?:[ \t]+${NAME_WORD})?)(?=[ \t]*[,—–-]?[ \t]*(?:from|frm|von|aus|vom|del|de|da|do|du|dari|z|ze|\p{L}+(?:lta|ltä|sta|stä))(?![\p{L}]))`,
  'iu',
);

/*
 * A nickname signing the end of a text, after chat's closings ("cheers lads, stevo", "ta, marj", "terveisin tiina")
 * or glued to a dash ("-kez"): the writer. A word any language knows stays ("cheers, everyone", "thanks - anyway");
 * an informal closing needs its comma or dash before the name ("grazie mille" is thanks).
 */
const SIGNED = lazyPattern(
  String.raw`(?:^|(?<![\p{L}]))(?:(?:cheers|ta|thx|thanks|ty|tah|laters|cya|love|merci|grazie|obrigad[oa])(?:[ \t]+(?:lads|all|guys|everyone|team|folks|mate|x+))?[ \t]*(?:[,:\u2014\u2013-]|\n)|terveisin|pozdrawiam|pozdr|gr[uü](?:ß|ss)e,?|saludos|groetjes|hälsningar|mvh)[ \t\n]*(\p{Ll}{2,12})[ \t]*(?:x+)?[ \t]*[.!]?\s*$`,
  'iu',
);
// What warms a closing and is no one ("pozdrawiam serdecznie", "saludos cordiales", "grüße herzlich").
const CLOSING_WARMTH = new Set(
  `serdecznie cordiales cordialmente atentamente cordialement herzlich herzliche herzlichen freundliche lg mfg vg
  hartelijke vriendelijke vänliga bästa ystävällisin lämpimin parhain`.split(/\s+/),
);
// The whole text, its last line, or after a sentence's end: "-kez", "… mon. -badmon". Not an item of a list written
// with dashes ("-3D printing -robotics", "vale -transporte"): a dash before a word earlier says a list.
const DASH_GLUED = lazyPattern(String.raw`(?:^|\n|(?<=[.!?…])[ \t]+)[ \t]*-(\p{Ll}{2,12})[ \t]*$`, 'u');
const LISTED_WITH_DASHES = lazyPattern(String.raw`(?:^|[ \t])-[ \t]*\p{L}[^\n]*[ \t]-\p{L}`, 'u');

/** A word written small that no list of words knows, in any language the service reads: a nickname, or a name no list holds. */
export function unknownWord(lower: string): boolean {
  if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || ROLE_CUES.has(lower) || DEPARTMENTS.has(lower)) return false;
  if (isShorthandOrContraction(lower)) return false;
  // Stretched for feeling ("shaaaaz", "kevvvv"): the word with its run of letters cut to one is read.
  const plain = lower.replace(/(\p{L})\1{2,}/gu, '$1');
  if (plain !== lower && isGivenName(plain)) return true;
  // A firm written small ("walmart", "tesco") is a proper noun the dictionary knows, and no given name.
  if (isProperNoun(plain) && !isGivenName(plain)) return false;
  return (
    !isEnglishWord(plain) && !isOrdinaryWord(plain) && !commonWordLanguages(plain) && !moreEverydayLanguages(plain)
  );
}

/** Masks a nickname written small that opens a sentence before a person's deed, or is asked or thanked (see above). */
export const maskSmallNamesBeforeDeeds: Rule = (text) =>
  text
    .replace(INTRODUCED.get(), (whole: string, name: string) =>
      introducedName(name) ? whole.slice(0, whole.length - name.length) + mask('NAME', name.length) : whole,
    )
    .replace(OPENING.get(), (whole: string, name: string, deed: string) => {
      const taken =
        (unknownWord(name) && DEEDS.has(deed)) ||
        (isGivenName(name) && !ALL_STOPWORDS.has(name) && !DEPARTMENTS.has(name) && SPEECH.has(deed));
      return taken ? mask('NAME', name.length) + whole.slice(name.length) : whole;
    })
    .replace(SIGNED.get(), (whole: string, name: string) => signedBy(whole, name))
    .replace(DASH_GLUED.get(), (whole: string, name: string) =>
      LISTED_WITH_DASHES.get().test(text) ? whole : signedBy(whole, name),
    )
    .replace(ASKED.get(), (whole: string, name: string) => {
      if (!unknownWord(name.toLowerCase()) || name !== name.toLowerCase()) return whole;
      const at = whole.lastIndexOf(name);
      return whole.slice(0, at) + mask('NAME', name.length) + whole.slice(at + name.length);
    });

/**
 * The one or two words after "its …" before "from": a name when the first is a word no language knows once its
 * leetspeak digits are read as letters ("d3shawn" is "deshawn"); two words only when leetspeak is in them (the second
 * then a word no language knows or itself in leetspeak, "w1lliams"); "its me from" or "its the boss from" stay.
 */
function introducedName(name: string): boolean {
  const [first = '', second] = name.toLowerCase().split(/[ \t]+/u);
  const read = (word: string) => [...word].map((c) => LEET_LETTERS[c] ?? c).join('');
  const disguised = (word: string) => read(word) !== word && /^\p{L}+$/u.test(read(word));
  const firstIsName =
    /^\p{L}+$/u.test(read(first)) && (unknownWord(read(first)) || (disguised(first) && isGivenName(read(first))));
  // A surname after it is one whatever it is, when written in leetspeak too ("w1lliams"): words need no disguise.
  if (!firstIsName) return false;
  // Two words only with leetspeak in them: "sou a única mulher do turno" has two words no list may hold, and is no one.
  return (
    second === undefined ||
    ((disguised(first) || disguised(second)) && (unknownWord(read(second)) || disguised(second)))
  );
}

/** `whole` with its last `name` hidden, when it is a word no language knows. */
function signedBy(whole: string, name: string): string {
  // Written small only: a capitalised or shouted word there ("thanks, HR", "Thanks - PM") is the other rules' to read.
  if (name !== name.toLowerCase() || !unknownWord(name) || CLOSING_WARMTH.has(name)) return whole;
  const at = whole.lastIndexOf(name);
  return whole.slice(0, at) + mask('NAME', name.length) + whole.slice(at + name.length);
}
