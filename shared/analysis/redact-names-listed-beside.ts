import { isEnglishWord, isNearEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { isDiminutiveOfGivenName } from './redact-names-diminutives';
import { afterGermanPreposition } from './redact-names-german-article-nouns';
import { isShorthandOrContraction } from './redact-names-lower-cued';
import { isOrdinaryWord } from './redact-names-lookup';
import { CHINESE_SURNAMES } from './redact-names-scripts';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, ROLE_CUES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 13: a name listed beside a hidden one, which no list knows (redact-names-beside-hidden.ts takes only
 * the names the lists know there, as a brand or a town is listed as readily). Here the words around the pair say
 * the two are people:
 * - an article before each, as Spanish, Italian, Portuguese and spoken German put one before a first name:
 *   "La Chofi y el [NAME]", "la Giusy e il [NAME]", "o Robson e a [NAME]" (one article alone is a thing's as often:
 *   "a Keurig and [NAME]");
 * - the unit both work in after the pair: "Kaśka i [NAME] z magazynu", "Bas en [NAME] van de nachtploeg",
 *   "[NAME] and Tyreek from receiving";
 * - written small, a word of no language (a town or a brand is written with its capital): "deshawn n [NAME]";
 * - Cyrillic: a capital opening the sentence, before "и" ("Вовчик и [NAME] с погрузки"), not after a preposition
 *   ("в Казани и в [NAME]" is a town);
 * - Chinese: a surname and one or two characters joined by 和/跟/与/同 ("赵丽和孙悦在更衣室").
 * Texting's "n" joins them too ("deshawn n keisha"). Not after a word that says a place ("in Tilburg and …").
 * Runs after the names rules and maskNamesBesideHidden, on what they hid.
 */

const NAME_MARK = mask('NAME', 1);
const HIDDEN = `${NAME_MARK}+`;
const WORD = String.raw`(\p{L}[\p{L}'’-]*)`;
// "and" in the languages the service hears (Indonesian's and Vietnamese's "with" too), and texting's "n", "'n'".
// Blind round 15: "or" too ("a Beppe o a [NAME]", "Sanne of [NAME]" is not read: Dutch "of" is English's "of").
const AND = String.raw`(and|n|'n'?|&|y|e|et|und|en|och|og|i|oraz|ve|și|si|ja|sama|dan|và|với|aur|or|o|ou|oder|eller|lub|albo|veya|sau|atau|hoặc)`;
// Articles put before a first name: Spanish, Italian, Portuguese, Catalan, spoken German.
const ARTICLE = String.raw`(?:el|la|il|lo|o|a|der|die|en|na)`;
// Where a place is meant ("in Eindhoven and …", "em Campinas e …", "di Surabaya …").
const NOT_AFTER_PLACE = String.raw`(?<!(?:\b(?:st|ste|san|santa|santo|são|saint|sainte|fort|mount|mt|lake|port|in|into|from|near|at|to|de|en|em|no|na|di|ke|dari|aus|nach|à|au|ở|tại|op|naar|uit|till|från|i|w|we|do|z|ze)\.?)[ \t]{1,3})`;

const BEFORE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${NOT_AFTER_PLACE}(?:(${ARTICLE})[ \t]{1,3})?${WORD}[ \t]{0,3},?[ \t]{1,3}${AND}[ \t]{1,3}(?:(${ARTICLE})[ \t]{1,3})?${HIDDEN}([^\n.!?]{0,24})`,
  'giu',
);
const AFTER = lazyPattern(
  String.raw`${NAME_MARK}[ \t]{0,3},?[ \t]{1,3}${AND}[ \t]{1,3}(?:(${ARTICLE})[ \t]{1,3})?${WORD}(?![\p{L}\p{N}])([^\n.!?]{0,24})`,
  'giu',
);
const HIDDEN_AT_END = lazyPattern(`${HIDDEN}$`, 'u');
// The article before the first of the pair: "La Chofi y el [NAME]" is read from the hidden one's side too.
const ARTICLE_BEFORE_HIDDEN = lazyPattern(String.raw`(?:^|[^\p{L}])${ARTICLE}[ \t]{1,3}$`, 'iu');

// The unit the pair work in, after them: "from receiving", "z magazynu", "van de nachtploeg", "del reparto".
const UNIT_AFTER = lazyPattern(
  String.raw`^[ \t]{1,3}(?:from|of|on|z|ze|dari|bagian|bên|van[ \t]+de|van[ \t]+het|uit|vom|von[ \t]+der|aus[ \t]+(?:der|dem)|de|del|dello|della|dal|da|do|dos|das|du|från|på|fra)[ \t]+\p{Ll}`,
  'iu',
);

const ENGLISH_AND = /^(?:and|n|'n'?|&)$/iu;
// What the pair do next, in English as texted: "deshawn n [NAME] r always …", "armondo and [NAME] had".
const PAIR_ACTS = lazyPattern(
  String.raw`^[ \t]{1,3}(?:are|r|were|was|have|had|has|do|did|dont|don't|keep|kept|always|never|just|both|been|got|get|gonna|will|would|can|could|should|went|said|told|yell|yelled|talk|talked|stole|steal|left|quit|came|come|act|acted|took|take|never|still)(?![\p{L}'’])`,
  'iu',
);

function plain(lower: string): string {
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

export function isWordOfSomeLanguage(lower: string): boolean {
  return (
    isOrdinaryWord(lower) ||
    isOrdinaryWord(plain(lower)) ||
    isEnglishWord(lower) ||
    isProperNoun(plain(lower)) ||
    commonWordLanguages(lower) !== undefined
  );
}

/**
 * A word of English or of the other languages' everyday lists, or a typo of an English one ("teh"): no name written
 * small. A proper noun of the dictionary is no typo ("mandy" is not "many").
 */
function isEverydayWord(lower: string): boolean {
  return (
    isOrdinaryWord(lower) ||
    isOrdinaryWord(plain(lower)) ||
    isEnglishWord(lower) ||
    (isNearEnglishWord(lower) && !isProperNoun(lower)) ||
    commonWordLanguages(lower) !== undefined
  );
}

/**
 * Whether `word`, listed beside a hidden name, is a name: by what it is and by the cue the words around give.
 * `articles`: an article before each of the pair ("die jule und der [NAME]"), as only people are named.
 */
function isListedName(word: string, cue: boolean, and: string, acts: boolean, articles = false): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 3 || /^\p{Lu}{2,}/u.test(word)) return false;
  if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || ROLE_CUES.has(lower) || DEPARTMENTS.has(lower)) return false;
  const capitalised = /^\p{Lu}\p{Ll}/u.test(word);
  // Blind round 17: a first name's diminutive ("thaís e o robertinho do caixa") is as known as the name.
  const known =
    (isGivenName(lower) && !isWordlikeName(lower)) || isCommonSurname(lower) || isDiminutiveOfGivenName(lower);
  if (known && (capitalised || !isWordOfSomeLanguage(lower))) return true;
  // Blind round 15: written small with an article before each, as spoken German and Italian name people ("die jule
  // und der [NAME]", "die mandy und der [NAME]"): a word of no language's everyday lists there is a name.
  if (!capitalised && articles && lower.length >= 3 && !isEverydayWord(lower)) return true;
  // Blind round 15: a surname the dictionary lists among its proper nouns ("Pacheco y la [NAME]"), with a cue.
  if (cue && capitalised && isProperNoun(plain(lower)) && !isOrdinaryWord(lower) && !isEnglishWord(lower)) return true;
  if (isWordOfSomeLanguage(lower)) return false;
  // Written small, a word of no language is a name typed fast, but a brand or a product is written so too ("[NAME]
  // and asda", "printers, [NAME] and omni trolleys"): only beside English's "and" ("n", "&"; "confío en [NAME]" is a
  // verb before Spanish's "in"), and where the pair then do something ("… r always on their phones", "… had").
  if (!capitalised)
    return (
      (cue || acts) &&
      ENGLISH_AND.test(and) &&
      lower.length >= 4 &&
      // Nor a plural ("[NAME] and rightists are"), a compound ("sci-fi"), an elongation ("soooo").
      !/-|s$|(\p{L})\1\1/u.test(lower) &&
      !isShorthandOrContraction(lower) &&
      !isNearEnglishWord(lower)
    );
  return cue;
}

function hide(text: string, at: number, length: number): string {
  return text.slice(0, at) + NAME_MARK.repeat(length) + text.slice(at + length);
}

const maskLatinPairs: Rule = (text) => {
  let out = text.replace(
    BEFORE.get(),
    (whole, articleBefore, word: string, and: string, articleAfter, tail: string, offset: number) => {
      const articles = !!articleBefore && !!articleAfter;
      // Blind round 15: a capital opening the text and an article before the hidden one ("Pacheco y la [NAME]").
      const opensWithPair = !articleBefore && !!articleAfter && /^[ \t]*$/u.test(text.slice(0, offset));
      const cue = articles || opensWithPair || UNIT_AFTER.get().test(tail);
      if (/[#@]$/u.test(text.slice(0, offset + whole.indexOf(word)))) return whole;
      // red41: "Otto aus der Buchhaltung und [NAME] aus dem Versand": a German unit, not the other of the pair.
      const wordAt = offset + whole.indexOf(word, articleBefore ? articleBefore.length : 0);
      if (afterGermanPreposition(text, wordAt) && !isGivenName(word.toLowerCase())) return whole;
      if (!isListedName(word, cue, and, PAIR_ACTS.get().test(tail), articles)) return whole;
      const at = whole.indexOf(word, articleBefore ? articleBefore.length : 0);
      return hide(whole, at, word.length);
    },
  );
  out = out.replace(
    AFTER.get(),
    (whole, and: string, article, word: string, tail: string, offset: number, all: string) => {
      const hiddenStart = all.slice(0, offset).search(HIDDEN_AT_END.get());
      const before = hiddenStart >= 0 ? all.slice(Math.max(0, hiddenStart - 8), hiddenStart) : '';
      const cue = (!!article && ARTICLE_BEFORE_HIDDEN.get().test(before)) || UNIT_AFTER.get().test(tail);
      if (!isListedName(word, cue, and, PAIR_ACTS.get().test(tail))) return whole;
      const at = whole.lastIndexOf(word, whole.length - tail.length);
      return hide(whole, at, word.length);
    },
  );
  return out;
};

// Cyrillic: "Вовчик и [NAME]" (a capital elsewhere mid-sentence is hidden by the scripts' rule already).
const CYRILLIC_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?<!(?:в|во|на|из|под|над|по|до|от|к|ко|у|за|с|со|о|об|при)[ \t]{1,3})(\p{Lu}\p{Ll}+)(?=[ \t]{0,3},?[ \t]{1,3}(?:и|й|та|і|да)[ \t]{1,3}${HIDDEN})`,
  'gu',
);
const CYRILLIC = lazyPattern(String.raw`^\p{Script=Cyrillic}+$`, 'u');

const maskCyrillicPairs: Rule = (text) =>
  text.replace(CYRILLIC_BEFORE.get(), (word: string) =>
    CYRILLIC.get().test(word) ? NAME_MARK.repeat(word.length) : word,
  );

// Chinese: "[NAME]和孙悦在…", "孙悦和[NAME]": what follows is what the pair do or where they are. Blind round 15: the
// hidden one may carry the kin word colleagues add ("[NAME]姐和小芳"), and the other be called by 小, 老 or 阿 and
// one character ("小芳", "老王", "阿强"), as colleagues are; not the words made so ("小组" team, "老板" boss, "阿姨").
const CHINESE_NICKNAME = String.raw`[小老阿]\p{Script=Han}`;
const CHINESE_NICKNAME_WORDS =
  /^(?:小时|小组|小心|小孩|小姐|小区|小店|小事|小吃|小费|小学|小说|小工|小票|小车|老板|老师|老婆|老公|老家|老人|老是|老员|老大|老总|老乡|阿姨|阿婆)$/u;
const CHINESE_AFTER = lazyPattern(
  String.raw`(?<=${NAME_MARK}[姐哥姨叔嫂]?[和跟与同])([${CHINESE_SURNAMES}]\p{Script=Han}{1,2}?|${CHINESE_NICKNAME})(?=在|都|也|一起|经常|总|老是|天天|还|又|是|说|把|被|[，。、,.！!？?\s]|$)`,
  'gu',
);
const CHINESE_BEFORE = lazyPattern(
  String.raw`(?<=^|[，。、,.！!？?\s：:])([${CHINESE_SURNAMES}]\p{Script=Han}{1,2}?|${CHINESE_NICKNAME})(?=[和跟与同]${NAME_MARK})`,
  'gu',
);
const hideChinese = (name: string) => (CHINESE_NICKNAME_WORDS.test(name) ? name : NAME_MARK.repeat(name.length));
const maskChinesePairs: Rule = (text) =>
  text.replace(CHINESE_AFTER.get(), hideChinese).replace(CHINESE_BEFORE.get(), hideChinese);

// What the rules cannot match without: a hidden name, and a joining word or sign beside it.
const LATIN_GATE = lazyPattern(
  String.raw`[ \t]${AND}[ \t]{1,3}(?:${ARTICLE}[ \t]{1,3})?${NAME_MARK}|${NAME_MARK}[ \t]{0,3},?[ \t]{1,3}${AND}[ \t]`,
  'iu',
);
const CYRILLIC_GATE = lazyPattern(String.raw`[ \t](?:и|й|та|і|да)[ \t]{1,3}${NAME_MARK}`, 'u');
const CHINESE_GATE = lazyPattern(String.raw`${NAME_MARK}[姐哥姨叔嫂]?[和跟与同]|[和跟与同]${NAME_MARK}`, 'u');

/** Masks a name no list knows listed beside a hidden one, where the words around say both are people (see above). */
export const maskNamesListedBeside: Rule = (text) => {
  if (!text.includes(NAME_MARK)) return text;
  let out = text;
  if (LATIN_GATE.get().test(out)) out = maskLatinPairs(out);
  if (CYRILLIC_GATE.get().test(out)) out = maskCyrillicPairs(out);
  if (CHINESE_GATE.get().test(out)) out = maskChinesePairs(out);
  return out;
};
