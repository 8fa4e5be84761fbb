import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { UKRAINIAN_CYRILLIC_GIVEN_NAMES } from './given-names-uk-ht-west-african';
import { lazyPattern } from './lazy-pattern';
import { commonWordLanguages } from './redact-names-common-words';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import { isOrdinaryWord } from './redact-names-lookup';
import { ALL_STOPWORDS, DEPARTMENTS, PERSON_DEEDS } from './redact-names-words';
import { maskMatches, type Rule } from './redact-rule';
import { isCommonSurname } from './surnames';

/*
 * op46b (2026-12-07), from the blind operator attack op45 (class 4): a coworker's name kept where only a person
 * stands, because the word is also a word, is misspelt, is written small, or is declined:
 *
 * - English: a given name written small opening a sentence, then where the person works ("in HR", "in recieving",
 *   "the forklift guy") and what they did, any verb in the past or the present ("hope in HR lost my forms", "mark the
 *   forklift guy almost hit me"); a name misspelt by one letter swapped, missing or added ("micheal", "jessca") is read
 *   as the name it misspells there. The older rules knew a closed list of deeds ("shared", "told").
 * - Vietnamese: a given name written small after "thằng", "con", "dì" (and "mụ", "lão", "thím", "cu"), which other
 *   rules did not read as a person's mark ("thằng hùng tổ 3", "hỏi thằng tí"), or opening the text before the person's
 *   shift or team ("tuấn ca đêm hay trốn việc"); never an everyday word after them ("thằng bé", "con gái").
 * - Italian: a given name or a short form written small after a verb of asking or telling and "a" or "con"
 *   ("chiedete a giusi,", "dite a pino di smetterla", "ho parlato con ale dell'ufficio paghe"); never "a tutti".
 * - Dutch: a name after a verb of telling or asking and "tegen"/"aan"/"met", before "dat" ("zeg tegen jaap dat").
 * - Tagalog: initials after "kay", "ni", "si" ("tell mo kay rj"), and a surname opening the text before its unit and
 *   "ay" ("Bautista ng receiving ay laging late").
 * - Ukrainian: a listed name in its other cases ("в тараса", "ірці", "сергія", "олі") and pet forms the lists lacked
 *   ("Любко").
 *
 * Letters outside ASCII in code are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 */

// ---- English: a small given name, where it works, then what it did ----

const ADVERB = String.raw`(?:(?:almost|always|never|just|still|again|also|even|constantly|nearly|really|literally|basically|apparently|totally|completely)[ \t]+)?`;
const IRREGULAR_PAST =
  'lost|hit|took|stole|broke|left|gave|made|sent|told|said|got|put|ran|threw|caught|ate|kept|let|cut|spent|tore|shut|sold|wrote|knew|saw|bit|beat|drove|forgot|hid|lied';
const DEED = String.raw`(${IRREGULAR_PAST}|\p{Ll}{2,14}(?:ed|s))(?![\p{L}'\u2019])(?:[ \t]+(\p{L}{1,12}))?`;
const PERSON_KIND = '(?:guy|man|woman|lady|girl|boy|dude|kid|bloke|lad|chick)';
const SMALL_NAME_AT_WORK = lazyPattern(
  String.raw`(?:^|(?<=[.!?\n][ \t]{0,3})|(?<=(?:^|[ \t])(?:and|but|then|so|because|cuz|cos)[ \t]))(\p{Ll}{3,12})(?=[ \t]+(?:(?:in|from|on|at)[ \t]+(?:the[ \t]+)?(\p{L}{2,15})|the[ \t]+(?:\p{Ll}{2,15}[ \t]+){0,2}${PERSON_KIND})[ \t]+${ADVERB}${DEED})`,
  'gu',
);
// Modals and words of function; months and seasons ("june in retail is always busy") are times, not people.
const NOT_SOMEONE = new Set(
  `will may can must shall the this that these those what who why how when where january february march april june
  july august september october november december summer autumn winter spring`.split(/\s+/u),
);

/** A unit of the workplace: a department the lists hold, a job ending in "-ing" ("receiving", "recieving"), or "HR". */
function isUnit(word: string | undefined): boolean {
  if (word === undefined) return true;
  const lower = word.toLowerCase();
  return DEPARTMENTS.has(lower) || /^\p{Lu}{2,4}$/u.test(word) || (/ing$/u.test(lower) && lower.length > 5);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A given name the lists hold, or one misspelt by one letter swapped, dropped or added ("micheal", "jessca").
 * op48b: where the frame alone says a person (`strong`), also a letter written for another ("gianluka", "francesko")
 * and a name of five letters or more with one dropped, written in four ("kevn"); never a word of any language.
 */
export function isNameOrMisspelt(lower: string, strong = false): boolean {
  if (isGivenName(lower)) return true;
  if (lower.length < (strong ? 4 : 6) || !/^[a-z]+$/u.test(lower) || isOrdinaryWord(lower) || isEnglishWord(lower))
    return false;
  if (strong && (commonWordLanguages(lower) || moreEverydayLanguages(lower))) return false;
  const isName = (candidate: string) => isGivenName(candidate) && candidate.length >= 5;
  if (lower.length >= 6 || strong) {
    for (let i = 0; i < lower.length - 1; i++)
      if (isName(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2))) return true;
    for (let i = 0; i <= lower.length; i++)
      for (const letter of LETTERS) if (isName(lower.slice(0, i) + letter + lower.slice(i))) return true;
  }
  if (lower.length < 6) return false;
  for (let i = 0; i < lower.length; i++) if (isGivenName(lower.slice(0, i) + lower.slice(i + 1))) return true;
  if (strong)
    for (let i = 0; i < lower.length; i++)
      for (const letter of LETTERS)
        if (letter !== lower[i] && isGivenName(lower.slice(0, i) + letter + lower.slice(i + 1))) return true;
  return false;
}

// Whom or whose a deed is done to: "lost my forms", "hit me", "yells at everyone".
const DONE_TO = new Set(
  'me my us our him his her them their you your people everyone everybody someone somebody anyone at'.split(' '),
);
const PERSON_DEED_SET = new Set(PERSON_DEEDS);

/**
 * A name that is a word ("bill", "hope", "mark") before a unit needs a deed done to someone or what they own, or one
 * only people do: "bill from finance arrived late" is an invoice. Before "the forklift guy" it is a person already.
 */
function isDeedOfSomeone(m: RegExpExecArray): boolean {
  if (m[2] === undefined || !isWordlikeName(m[1]!)) return true;
  return isDoneToSomeone(m);
}

const isDoneToSomeone = (m: RegExpExecArray) => PERSON_DEED_SET.has(m[3]!) || DONE_TO.has((m[4] ?? '').toLowerCase());

// op48b: a deed done to someone says the person by itself, so there a unit misspelt ("from the wearhouse") will do,
// and so will a name misspelt further ("kevn from recieving pushed me"), if it is no word.
const maskSmallNamesAtWork = maskMatches(
  SMALL_NAME_AT_WORK,
  'NAME',
  (m) =>
    !NOT_SOMEONE.has(m[1]!) &&
    !ALL_STOPWORDS.has(m[1]!) &&
    (isUnit(m[2]) || (!isWordlikeName(m[1]!) && isDoneToSomeone(m))) &&
    isNameOrMisspelt(m[1]!, isDoneToSomeone(m)) &&
    isDeedOfSomeone(m),
  1,
);

// ---- Vietnamese ----

// Given names that are no everyday word alone, toned as people write them.
const VI_NAMES = `tu\u1ea5n h\u00f9ng d\u0169ng h\u01b0\u01a1ng linh h\u1eb1ng th\u1ea3o trang t\u00f9ng c\u01b0\u1eddng huy kh\u00e1nh hi\u1ebfu hi\u1ec1n nhung ph\u01b0\u01a1ng qu\u1ef3nh th\u1ee7y thu\u1ef7 ti\u1ebfn uy\u00ean vy y\u1ebfn \u0111\u1ea1t \u0111\u1ee9c h\u1ea1nh ho\u00e0ng hu\u1ec7 ki\u00ean loan m\u1ea1nh nga th\u1eafng th\u1ecbnh tuy\u1ebft vinh ng\u1ecdc duy ph\u00fa b\u00ecnh ch\u00e2u di\u1ec7p h\u00e2n kh\u00f4i l\u00e2m my nhi qu\u00e2n t\u00e2n to\u00e0n trinh v\u0169 hu\u1ef3nh`;
// After a person's mark the everyday syllables people are called by too ("thằng tí", "dì hoa", "con lan").
const VI_MORE_AFTER_MARK = `lan hoa mai nam h\u1ea3i s\u01a1n t\u00e2m minh long h\u00e0 thu t\u00ed t\u00e8o t\u1ee7n b\u00ecn bin bo bi na su m\u00edt t\u00fa quang th\u00e0nh thanh xu\u00e2n ph\u00fac giang vi\u1ec7t tr\u00ed l\u1ed9c t\u00e0i h\u00f2a h\u00f2a h\u00f9ng c\u00fac \u0111\u00e0o h\u1ed3ng`;
const VI_NAME_SET = new Set(VI_NAMES.split(/\s+/u));
export const VI_AFTER_MARK = new Set([...VI_NAME_SET, ...VI_MORE_AFTER_MARK.split(/\s+/u)]);
// "con mai" (my child tomorrow), "con nam" (a boy): after "con" only the names that are no everyday word.
const VI_MARKED = lazyPattern(
  String.raw`(?<![\p{L}])(th\u1eb1ng|con|d\u00ec|m\u1ee5|l\u00e3o|th\u00edm|cu)[ \t]+(\p{Ll}{1,7})(?![\p{L}\p{N}])`,
  'giu',
);
const VI_UNIT = String.raw`(?:ca|t\u1ed5|ph\u00f2ng|ban|b\u1ed9[ \t]+ph\u1eadn|x\u01b0\u1edfng|kho|b\u00ean|\u1edf|nh\u00e0[ \t]+b\u1ebfp|khu|\u0111\u1ed9i|nh\u00f3m|chuy\u1ec1n|l\u00e0m)`;
const VI_UNIT_AFTER = lazyPattern(String.raw`^[ \t]+${VI_UNIT}(?![\p{L}])`, 'u');
const VI_OPENING = lazyPattern(
  String.raw`(?:^|(?<=[.!?\n][ \t]{0,3}))(\p{Ll}{2,7})(?=[ \t]+${VI_UNIT}(?![\p{L}]))`,
  'gu',
);
const maskVietnameseMarked = maskMatches(
  VI_MARKED,
  'NAME',
  (m) => {
    const [mark, word] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
    // After "con" an everyday syllable is a name only before the person's unit or place ("con lan ở kho").
    if (mark === 'con')
      return (
        VI_NAME_SET.has(word) ||
        (VI_AFTER_MARK.has(word) && VI_UNIT_AFTER.get().test(m.input.slice(m.index + m[0].length)))
      );
    return VI_AFTER_MARK.has(word);
  },
  2,
);
const maskVietnameseOpening = maskMatches(VI_OPENING, 'NAME', (m) => VI_NAME_SET.has(m[1]!), 1);

// ---- Italian and Dutch: told or asked, by name ----

// op48b: the verb may open the sentence ("Chiedete a gianluka").
const IT_TOLD = lazyPattern(
  String.raw`(?<![\p{L}])(?:[cC]hied\p{Ll}{0,5}|[dD]omand\p{Ll}{0,5}|[dD]ite|[dD]ica|dire|detto|detta|[pP]arl\p{Ll}{0,5}|[sS]criv\p{Ll}{0,5}|scritto|[tT]elefon\p{Ll}{0,5}|[rR]ivolg\p{Ll}{0,6}|sentit[oa]|chiamat[oa]|spiegat[oa]|spiega\p{Ll}{0,3})[ \t]+(?:a|ad|con)[ \t]+(\p{Ll}{2,12})(?=[ \t]*(?:[,;.!?]|$|[ \t](?:dell['\u2019]|(?:di|del|della|dello|dei|degli|delle|che|se|perch\u00e9|in|al|allo|alla|dal|dalla|su)(?![\p{L}]))))`,
  'gu',
);
const IT_SHORT_FORMS = new Set(
  'giusi gigi beppe peppe pino ale fede vale simo robi gio cri manu lori betta lalla titti pippo nino tino totti checco cecco mimmo ninni lella pina tina ugo dado teo sasa tommy'.split(
    ' ',
  ),
);
const IT_NOT_PEOPLE = new Set(
  'tutti tutte tutto lui lei loro noi voi me te chi qualcuno nessuno ognuno quello quella questo questa voce mano parte casa lungo caso calma gente capo colleghi colleghe sindacato direzione tempo'.split(
    ' ',
  ),
);
const maskItalianTold = maskMatches(
  IT_TOLD,
  'NAME',
  // op48b: misspelt too ("gianluka", "giusepe"): the frame says a person.
  (m) => !IT_NOT_PEOPLE.has(m[1]!) && (IT_SHORT_FORMS.has(m[1]!) || isNameOrMisspelt(m[1]!, true)),
  1,
);

const NL_TOLD = lazyPattern(
  String.raw`(?<![\p{L}])(?:zeg|zei|zegt|vraag|vroeg|vraagt|vertel|vertelde|bel|belde|praat|sprak|meld|mail|app)[ \t]+(?:het[ \t]+|dat[ \t]+|even[ \t]+)?(?:tegen|aan|met|bij)[ \t]+(\p{Ll}{2,12})(?=[ \t]*(?:,|[ \t](?:dat|of|om|wat|waarom|hoe|wie|eens|even|van)(?![\p{L}])))`,
  'gu',
);
const NL_NOT_PEOPLE = new Set(
  'iedereen hem haar hen hun ons jou je u mij me allemaal niemand iemand de het een die baas chef manager leidinggevende collega collegas teamleider hr personeelszaken zaken'.split(
    ' ',
  ),
);
const maskDutchTold = maskMatches(
  NL_TOLD,
  'NAME',
  (m) => {
    const w = m[1]!;
    if (NL_NOT_PEOPLE.has(w) || ALL_STOPWORDS.has(w)) return false;
    if (isGivenName(w)) return true;
    return !isOrdinaryWord(w) && !isEnglishWord(w) && !commonWordLanguages(w) && !moreEverydayLanguages(w);
  },
  1,
);

// ---- Tagalog ----

const TL_INITIALS = lazyPattern(
  String.raw`(?<![\p{L}])(?:kay|kina|ni|si)[ \t]+([b-df-hj-np-tv-z]{2,3})(?![\p{L}])`,
  'giu',
);
// Shorthand written without vowels that is no one: "ng" (of), "mga", "lng", a unit's letters ("kay hr").
const TL_NOT_INITIALS = new Set(
  'ng mga nng lng nmn ksi kc pls plz thx tnx nyo sna dw rw dn rn nd pm hr qa mgr sup tl ty'.split(' '),
);
const maskTagalogInitials = maskMatches(TL_INITIALS, 'NAME', (m) => !TL_NOT_INITIALS.has(m[1]!.toLowerCase()), 1);
// Where a Filipino coworker works, in the words they use.
const TL_WORKPLACES = new Set(
  'warehouse bodega opisina office planta plant store tindahan kusina kitchen canteen production packing assembly line security admin accounting payroll finance dispatch delivery logistics maintenance receiving shipping cashier counter'.split(
    ' ',
  ),
);
const TL_SURNAME_OPENING = lazyPattern(
  String.raw`(?:^|(?<=[.!?\n][ \t]{0,3}))(\p{Lu}\p{Ll}{3,14})(?=[ \t]+(?:ng|sa|from)[ \t]+(\p{L}{2,15})[ \t]+(?:ay|is|was)(?![\p{L}]))`,
  'gu',
);
const maskTagalogSurnameOpening = maskMatches(
  TL_SURNAME_OPENING,
  'NAME',
  (m) => {
    const lower = m[1]!.toLowerCase();
    if (ALL_STOPWORDS.has(lower) || DEPARTMENTS.has(lower)) return false;
    // op48b: a word no list knows is a surname only before a unit of the workplace: "Maynila ng traffic ay grabe"
    // is a city.
    return (
      isCommonSurname(lower) ||
      isGivenName(lower) ||
      (!isOrdinaryWord(lower) && !isProperNoun(lower) && (isUnit(m[2]) || TL_WORKPLACES.has(m[2]!.toLowerCase())))
    );
  },
  1,
);

// ---- Ukrainian: a listed name declined, and pet forms ----

const UK_MORE_PET_FORMS =
  '\u043b\u044e\u0431\u043a\u043e \u0437\u0435\u043d\u0438\u043a \u0440\u043e\u043c\u043a\u043e \u0441\u0442\u0435\u0444\u043a\u043e \u0432\u043b\u043e\u0434\u043a\u043e \u0433\u0440\u0438\u0446\u044c \u043c\u0438\u0440\u043e\u0441\u044c \u043e\u043a\u0441\u044f \u043b\u044e\u0431\u0430 \u043b\u044e\u0434\u0430 \u0441\u0432\u0456\u0442\u043b\u0430\u043d\u043a\u0430 \u0456\u0432\u0430\u043d \u043e\u043b\u0435\u0433 \u043e\u043b\u044f \u0441\u0435\u0440\u0433\u0456\u0439';
// op48b: common women's names the lists lacked ("Марина", "Наталя", "Анна"), read in every case ("в Марини").
const UK_MORE_WOMEN =
  '\u043c\u0430\u0440\u0438\u043d\u0430 \u043d\u0430\u0442\u0430\u043b\u044f \u0430\u043d\u043d\u0430 \u0430\u043b\u043b\u0430 \u0456\u0432\u0430\u043d\u043d\u0430 \u0431\u043e\u0433\u0434\u0430\u043d\u0430 \u044f\u0440\u043e\u0441\u043b\u0430\u0432\u0430 \u0440\u043e\u043a\u0441\u043e\u043b\u0430\u043d\u0430 \u0432\u0430\u0441\u0438\u043b\u0438\u043d\u0430';
const UK_NAMES = new Set(
  `${UKRAINIAN_CYRILLIC_GIVEN_NAMES} ${UK_MORE_PET_FORMS} ${UK_MORE_WOMEN}`.split(/\s+/u).filter(Boolean),
);
// Case forms that are everyday words too: "вовку" (to a wolf), "колі", "олії" (oil); op48b: "люди" (people, read as
// "Люда" in the genitive, so "Люди втомилися" lost its subject), "люду" (folk).
const UK_NOT_NAMES = new Set([
  '\u043b\u044e\u0434\u0438',
  '\u043b\u044e\u0434\u0443',
  '\u0432\u043e\u0432\u043a\u0443',
  '\u0432\u043e\u0432\u043a\u0430',
  '\u043a\u043e\u043b\u0456',
  '\u0442\u043e\u043b\u0456',
]);
// Case endings, longest first, and the endings of the name they may stand for.
const UK_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['\u043e\u0432\u0456', ['', '\u043e']],
  ['\u0454\u0432\u0456', ['\u0439']],
  ['\u0435\u0432\u0456', ['\u044c', '']],
  ['\u043e\u044e', ['\u0430']],
  ['\u0435\u044e', ['\u044f', '\u0430']],
  ['\u0454\u044e', ['\u044f']],
  ['\u043e\u043c', ['', '\u043e']],
  ['\u0454\u043c', ['\u0439']],
  ['\u0435\u043c', ['\u044c', '']],
  ['\u0456\u0457', ['\u0456\u044f']],
  ['\u0456\u044e', ['\u0456\u044f']],
  ['\u0430', ['', '\u043e']],
  ['\u044f', ['\u0439', '\u044c']],
  ['\u0443', ['', '\u043e', '\u0430']],
  ['\u044e', ['\u0439', '\u044f', '\u044c']],
  ['\u0438', ['\u0430']],
  ['\u0456', ['\u044f', '\u0430', '']],
  ['\u0435', ['']],
  ['\u0454', ['\u0439']],
  ['\u043e', ['\u0430']],
];
// Dative and locative soften the stem's last consonant: "Ірка" → "Ірці", "Ольга" → "Ользі".
const SOFTENED: ReadonlyMap<string, string> = new Map([
  ['\u0446', '\u043a'],
  ['\u0437', '\u0433'],
  ['\u0441', '\u0445'],
]);

/** A listed Ukrainian given name, or one of its case forms ("Оксани", "ірці", "тараса"). */
export function isUkrainianNameForm(lower: string): boolean {
  if (UK_NOT_NAMES.has(lower)) return false;
  if (UK_NAMES.has(lower)) return true;
  for (const [ending, bases] of UK_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 2) continue;
    const stem = lower.slice(0, -ending.length);
    const stems = [stem];
    const last = stem.at(-1)!;
    if (ending === '\u0456' && SOFTENED.has(last)) stems.push(stem.slice(0, -1) + SOFTENED.get(last));
    for (const s of stems) for (const base of bases) if (UK_NAMES.has(s + base)) return true;
  }
  return false;
}

const CYRILLIC_WORD = lazyPattern(String.raw`(?<![\p{L}\p{N}])\p{Script=Cyrillic}{3,14}(?![\p{L}\p{N}])`, 'gu');
const maskUkrainianNameForms = maskMatches(CYRILLIC_WORD, 'NAME', (m) => isUkrainianNameForm(m[0].toLowerCase()));

/** Hides the names above (see the comment at the top). */
export const maskNamesSmallDeclinedOrMarked: Rule = (text) => {
  let out = text;
  if (/\p{Ll}/u.test(out)) out = maskSmallNamesAtWork(out);
  if (/[\u0100-\u1fff]/u.test(out)) out = maskVietnameseOpening(maskVietnameseMarked(out));
  out = maskDutchTold(maskItalianTold(out));
  out = maskTagalogSurnameOpening(maskTagalogInitials(out));
  if (/\p{Script=Cyrillic}/u.test(out)) out = maskUkrainianNameForms(out);
  return out;
};
