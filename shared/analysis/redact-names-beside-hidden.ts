import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { NOT_INITIALS } from './redact-personal-places';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, ROLE_CUES } from './redact-names-words';
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { isCommonSurname } from './surnames';
import { type LazyPattern, lazyPattern, patternOf } from './lazy-pattern';

/*
 * A word beside a name already hidden is read by the company it keeps (the twelfth operator-attacker round):
 * - joined to it by "and", "y", "und", "et", "và" …: "Hunter and [NAME] harass us", "[NAME] y Faith nos gritan"
 *   (people are listed with people: a given name that is also a word, or a word no list knows, is a name there);
 * - the other side of "aka", "a.k.a.", "alias", "real name": "Smokey aka [NAME]", "[NAME] aka Tank"
 *   (a nickname beside the name it stands for names the same person);
 * - initials right before it: "JP [NAME]", "J.P. [NAME]" (the given names, shortened, of the hidden surname),
 *   unless a department or a title everyone has ("HR [NAME]", "CEO [NAME]").
 * - and two capitalised words so joined before what people do, one of them a surname or given name the lists know:
 *   "Kowalski und Brandt machen uns fertig", "Okafor and Brandt harass us" (the known one says the pair are people).
 * Run after every other names rule, so that what they hid is there to be read beside; twice, for a list of three.
 */

const NAME_MARK = mask('NAME', 1);
const HIDDEN = `${NAME_MARK}+`;
// Gaps are bounded ("{1,3}", not "+") and a look-behind reads one mark, not a run: a text of one long run of spaces
// must not make each position read the whole run back.
const WORD = String.raw`(\p{L}[\p{L}'’-]*)`;
// "and" in the languages the service hears, and "&".
const AND = String.raw`(?:and|&|or|y|e|et|und|en|och|i|oraz|và|at|ve|și|si|og|ja)`;

// Not a place's name ("from St. Louis and [NAME]", "in Madison and [NAME]"): after a place's head or where one is.
const NOT_AFTER_PLACE = String.raw`(?<!(?:\b(?:st|ste|san|santa|santo|são|saint|sainte|fort|mount|mt|lake|port|in|from|near|at|de|en|em|aus|à)\.?)[ \t]{1,3})`;
const BEFORE_AND = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${NOT_AFTER_PLACE}${WORD}[ \t]{0,3},?[ \t]{1,3}${AND}[ \t]{1,3}(?=${HIDDEN})`,
  'giu',
);
const AFTER_AND = lazyPattern(
  String.raw`(?<=${NAME_MARK}[ \t]{0,3},?[ \t]{1,3}${AND}[ \t]{1,3})${WORD}(?![\p{L}\p{N}])`,
  'giu',
);
// "[NAME], Hunter and [NAME]": the middle of a list whose ends are hidden.
const LISTED = lazyPattern(
  String.raw`(?<=${NAME_MARK}[ \t]{0,3},[ \t]{0,3})${WORD}(?=[ \t]{0,3},?[ \t]{1,3}${AND}[ \t]{1,3}${HIDDEN})`,
  'giu',
);
// "Destiny, [NAME] and [NAME]": the head of such a list.
const LIST_HEAD = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${WORD}(?=[ \t]{0,3},[ \t]{0,3}${HIDDEN}[ \t]{0,3},?[ \t]{1,3}${AND}[ \t]{1,3}${HIDDEN})`,
  'giu',
);

const ALIAS = String.raw`(?:aka|a\.k\.a\.?|alias|also\s+known\s+as|real\s+name(?:\s+is)?|(?:whose|his|her)\s+real\s+name\s+is)`;
const QUOTES = `["“”'‘’«»]`;
const BEFORE_ALIAS = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${QUOTES}?${WORD}${QUOTES}?[ \t]{0,3}[(,]?[ \t]{0,3}${ALIAS}[ \t]{0,3}:?[ \t]{0,3}(?=${HIDDEN})`,
  'giu',
);
const AFTER_ALIAS = lazyPattern(
  String.raw`(?<=${NAME_MARK}[ \t]{0,3}[(,]?[ \t]{0,3}(?:aka|a\.k\.a\.?|alias|also\s+known\s+as)[ \t]{0,3}:?[ \t]{0,3}${QUOTES}?)(\p{L}[\p{L}'’-]*(?:[ \t]{1,3}\p{Lu}[\p{L}'’-]*)?)`,
  'giu',
);

// Two capitals, or dotted ones; three undotted are an acronym more often ("SAP ECC", "ASM", "EVS"). Not after another
// word in capitals, a headline's or a product's ("BNP Paribas UK"); before what the person does, written small ("JP
// [NAME] signs"), not before a capital ("RT [NAME] Tell me", "CC [NAME]": a retweet's or a copy's mark).
const INITIALS_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}.#@])(?<!\p{Lu}{2}[ \t]{1,3})(\p{Lu}{2}|(?:\p{Lu}\.[ \t]?){1,3})[ \t]{1,3}(?=${HIDDEN}[ \t]{1,3}\p{Ll})`,
  'gu',
);

const PAIR = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{2,}|${HIDDEN})[ \t]{1,3}${AND}[ \t]{1,3}(\p{Lu}\p{Ll}{2,}|${HIDDEN})[ \t]{1,3}(\p{L}+)`,
  'gu',
);
// What two people do, in the plural, that the person's verbs (in the singular) leave out.
const PLURAL_DEEDS = new Set(
  `harass bully yell shout scream laugh steal lie threaten touch grab insult mock hit push ignore
  machen schreien brüllen lachen mobben beleidigen bedrohen schikanieren belästigen klauen lügen
  gritan insultan amenazan acosan roban crient insultent menacent harcèlent volent urlano minacciano
  gritam xingam ameaçam roubam krzyczą wyzywają`.split(/\s+/),
);
const OBJECT_PRONOUNS = new Set(['uns', 'mich', 'nos', 'me', 'nous', 'ci', 'mi', 'nas', 'mnie', 'us', 'me']);

/** "Kowalski und Brandt machen …": both names when one is known and they act together (see above). */
const maskNamedPairs: Rule = (text) =>
  text.replace(PAIR.get(), (whole: string, first: string, second: string, deed: string) => {
    const known = (w: string) => {
      const lower = w.toLowerCase();
      if (w.startsWith(NAME_MARK)) return true;
      return (isCommonSurname(lower) || isGivenName(lower)) && !isEnglishWord(lower) && !commonWordLanguages(lower);
    };
    // Beside a known name, before a deed: a capital no list of words knows, nor a place's or a brand's.
    const unknown = (w: string) => {
      const lower = w.toLowerCase();
      if (known(w) || isNameBeside(w)) return true;
      if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || ROLE_CUES.has(lower) || DEPARTMENTS.has(lower))
        return false;
      return !isEnglishWord(lower) && !commonWordLanguages(lower) && !isProperNoun(lower);
    };
    const lower = deed.toLowerCase();
    const acts = PLURAL_DEEDS.has(lower) || OBJECT_PRONOUNS.has(lower);
    if (!acts || !((known(first) && unknown(second)) || (known(second) && unknown(first)))) return whole;
    const at = whole.lastIndexOf(second, whole.length - deed.length - 1);
    return (
      NAME_MARK.repeat(first.length) +
      whole.slice(first.length, at) +
      NAME_MARK.repeat(second.length) +
      whole.slice(at + second.length)
    );
  });

// Two capitals before a person that are their post or a mark, not their initials: a team's positions, an attorney
// general, a foreign minister, a retweet.
const NOT_NAME_INITIALS = new Set('RT MT CC FF TY HT OP TE QB WR RB AG FM DA SS PC DR MR MS ST MF'.split(' '));

/** Whether a word beside a hidden name, joined to it, is a name too (see above). */
function isNameBeside(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 2 || /^\p{Lu}{2,}/u.test(word)) return false;
  if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || ROLE_CUES.has(lower) || DEPARTMENTS.has(lower)) return false;
  const capitalised = /^\p{Lu}\p{Ll}/u.test(word);
  // Only a name the lists know: a word no list knows is listed as readily with a brand's, a product's or a place's
  // name ("Lidl or [NAME]", "Ultrasound and [NAME]"), which the names rules may have taken for a person.
  if (!isGivenName(lower) && !isCommonSurname(lower)) return false;
  return capitalised || (!isEnglishWord(lower) && !commonWordLanguages(lower));
}

function maskGroup(pattern: RegExp | LazyPattern, accept: (word: string) => boolean): Rule {
  return (text) =>
    text.replace(patternOf(pattern), (whole: string, word: string) => {
      if (!accept(word)) return whole;
      const at = whole.indexOf(word);
      return whole.slice(0, at) + NAME_MARK.repeat(word.length) + whole.slice(at + word.length);
    });
}

// What each group of rules cannot match without, asked first: most texts with a hidden name have no "and" beside
// it, no "aka" and no initials before it, and the rules' look-arounds are costly to run at every position.
const BESIDE_AND = lazyPattern(
  String.raw`${NAME_MARK}[ \t]{0,3},|[ \t]${AND}[ \t]{1,3}${NAME_MARK}|${NAME_MARK}[ \t]{0,3},?[ \t]{1,3}${AND}[ \t]`,
  'iu',
);
const SAYS_ALIAS = /aka|a\.k\.a|alias|known\s+as|real\s+name/iu;
const INITIALS_THEN_HIDDEN = lazyPattern(String.raw`(?:\p{Lu}{2}|\p{Lu}\.[ \t]?)[ \t]{1,3}${NAME_MARK}`, 'u');
const gated =
  (gate: RegExp | LazyPattern, rule: Rule): Rule =>
  (text) =>
    patternOf(gate).test(text) ? rule(text) : text;

/*
 * Blind round 26: the same name in another script beside it ("Mei Ling 美玲 from QA", "Hiroshi (ひろし) in QA",
 * "Jiwoo 지우 from the lab", "Kostas / Κώστας από την αποθήκη"): in brackets or after a slash, a word of another
 * script after a hidden name, or a capitalised word no language has before a hidden one, is that name written again.
 * Bare after the name only a short word of a script without spaces, with the text going on in Latin letters after it
 * (in Chinese "Li Wei 天天骂人" goes on in Chinese, and is no name).
 */
const OTHER_SCRIPT = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Thai}\p{Script=Georgian}\p{Script=Armenian}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Ethiopic}]`;
// A name's length: up to three characters of Chinese or Korean, five of kana, or a word or two of an alphabet.
const UNSPACED_NAME = String.raw`(?:[\p{Script=Han}\p{Script=Hangul}]{1,3}|[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,5})(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])`;
const ALPHABET_NAME = String.raw`(?:[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Thai}\p{Script=Georgian}\p{Script=Armenian}][\p{M}]*){2,14}`;
const OTHER_WORD = String.raw`(?:${UNSPACED_NAME}|${ALPHABET_NAME})`;
const SCRIPT_AFTER_BRACKETED = lazyPattern(
  String.raw`(?<=${NAME_MARK}[ \t]*(?:[(（][ \t]*|/[ \t]*))(${OTHER_WORD}(?:[ \t]${OTHER_WORD})?)(?=[ \t]*[)）]|[ \t]*/|[ \t]+\p{Script=Latin}|[ \t]*$)`,
  'gu',
);
const SCRIPT_AFTER_BARE = lazyPattern(
  // Blind round 27: or a word of an alphabet ("Kumar குமார் on line 4", "Leila لیلا always"), and before a hidden word
  // too ("Haruto 陽翔 [NAME]").
  String.raw`(?<=${NAME_MARK}[ \t])([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,4}|[\p{Script=Arabic}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Ethiopic}\p{Script=Georgian}\p{Script=Armenian}][\p{L}\p{M}\u200c\u200d]{1,20})(?=[ \t]+(?:\p{Script=Latin}|${NAME_MARK}))`,
  'gu',
);
const LATIN_BEFORE_SCRIPT = lazyPattern(
  String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}{2,})(?=[ \t]*(?:/[ \t]*|[(（][ \t]*)${NAME_MARK})`,
  'gu',
);
const SPELT_AGAIN = lazyPattern(
  String.raw`${NAME_MARK}[ \t]*(?:[(（/][ \t]*)?${OTHER_SCRIPT}|[/(（][ \t]*${NAME_MARK}`,
  'u',
);
const OTHER_SCRIPT_IN_TEXT = lazyPattern(OTHER_SCRIPT, 'u');
const isUnknownCapitalised = (word: string) => {
  const lower = word.toLowerCase();
  return (
    !ALL_STOPWORDS.has(lower) &&
    !NOT_NAMES.has(lower) &&
    !ROLE_CUES.has(lower) &&
    !DEPARTMENTS.has(lower) &&
    !isEnglishWord(lower) &&
    !isProperNoun(lower) &&
    commonWordLanguages(lower) === undefined
  );
};

const RULES: Rule[] = [
  gated(
    SPELT_AGAIN,
    maskGroup(SCRIPT_AFTER_BRACKETED, () => true),
  ),
  gated(
    SPELT_AGAIN,
    maskGroup(SCRIPT_AFTER_BARE, () => true),
  ),
  // Before it only in a text that holds another script ("Kostas / [NAME] από την αποθήκη"): in Latin letters alone a
  // word before a slash and a hidden name is a firm's other name more often ("Santander/[NAME]", "Lockout/[NAME]").
  gated(OTHER_SCRIPT_IN_TEXT, maskGroup(LATIN_BEFORE_SCRIPT, isUnknownCapitalised)),
  gated(BESIDE_AND, maskGroup(LISTED, isNameBeside)),
  gated(BESIDE_AND, maskGroup(LIST_HEAD, isNameBeside)),
  gated(BESIDE_AND, maskGroup(BEFORE_AND, isNameBeside)),
  gated(BESIDE_AND, maskGroup(AFTER_AND, isNameBeside)),
  // Before "aka" a capitalised word or a given name: "the cause aka [NAME]" is a phrase renamed.
  gated(
    SAYS_ALIAS,
    maskGroup(
      BEFORE_ALIAS,
      (word) =>
        !ALL_STOPWORDS.has(word.toLowerCase()) &&
        !NOT_NAMES.has(word.toLowerCase()) &&
        (/^\p{Lu}/u.test(word) || isGivenName(word.toLowerCase())),
    ),
  ),
  gated(
    SAYS_ALIAS,
    maskGroup(AFTER_ALIAS, (words) => !ALL_STOPWORDS.has(words.split(/[ \t]{1,3}/u)[0]!.toLowerCase())),
  ),
  gated(
    INITIALS_THEN_HIDDEN,
    maskGroup(INITIALS_BEFORE, (initials) => {
      const letters = initials.replace(/[.\s]/gu, '');
      return !NOT_INITIALS.has(letters) && !NOT_NAME_INITIALS.has(letters);
    }),
  ),
];

/** Masks the names beside a hidden name (see above). */
export const maskNamesBesideHidden: Rule = (text) => {
  let out = maskNamedPairs(text);
  if (!out.includes(NAME_MARK)) return out;
  for (let round = 0; round < 2; round++) {
    const before = out;
    for (const rule of RULES) out = rule(out);
    // A second round reads only what the first one hid beside: nothing hidden, nothing new to read.
    if (out === before) break;
  }
  return out;
};
