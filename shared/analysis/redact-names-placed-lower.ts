import { literalsAbsent } from './redact-rule';
// Blind round 12: a name written small, or one no list knows, where the words around it say a person is meant.
import { isEnglishWord, isNearEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import {
  ALL_STOPWORDS,
  DEPARTMENTS,
  DETERMINERS,
  NOT_NAMES,
  ORDINARY_SUFFIX,
  PERSON_DEEDS,
  ROLE_CUES,
} from './redact-names-words';
import { NOT_INITIALS } from './redact-personal-places';
import { isDutchWorkplaceWord } from './redact-names-dutch-of-the';
import { isGermanNameShapedNoun } from './redact-names-german-nouns';
import { mask } from './redaction-kinds';
import { isVerbNotName } from './redact-names-verb-shapes';
import { lazyPattern } from './lazy-pattern';

const WORD_AFTER = lazyPattern(String.raw`^[ \t]+(\p{L}+)`, 'u');
const wordAfter = (text: string, m: RegExpMatchArray) =>
  WORD_AFTER.get().exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 64))?.[1];

/*
 * The name rules take a word written small only when a list knows it as a
 * name and a cue stands right before it. People write colleagues' names small
 * and name them by where they work:
 * - "kayden on the night crew", "tell destiny at the front desk", "i work
 *   under shaquille": a name, then "on"/"at"/"in"/"from" and a unit of the
 *   workplace, or after "work under/for/with";
 * - "ask tay-tay in the bakery": a nickname said twice with a hyphen;
 * - "ppl call her Nana", "the crew calls him Tiny": what people call someone;
 * - German's article before a first name, the way it is spoken ("die Svenja
 *   aus der Logistik", "der dicke Kalle aus dem Lager", "frag mal die Mandy");
 * - a title or kin word that only comes before a person: Tagalog "si ate joy",
 *   Spanish "la licenciada ortega", Portuguese "dona neide", Spanish "el
 *   güicho de embarques" (a nickname, then the section).
 * A word of English or of another language's lists, a stopword, a role or a
 * department stays: "tell everyone at the front desk", "die Neue aus dem Lager".
 */

const UNIT = String.raw`(?:night|day|morning|evening|late|early|weekend|graveyard|swing|first|second|third|1st|2nd|3rd|[a-d])?[ \t]*(?:nights|days|weekends|mornings|evenings|overnights|crew|shift|team|desk|line|dock|floor|bakery|deli|kitchen|warehouse|registers?|checkout|counter|office|lab|plant|store|shop|station|bay|site|yard|pharmacy|produce|dairy|meat|seafood|front|back|lobby|reception|frontdesk|${[
  ...DEPARTMENTS,
]
  .filter((d) => /^[a-z]+$/.test(d))
  .join('|')})`;

// "kayden on the night crew", "destiny at the front desk", "shaquille on B shift".
const NAME_AT_UNIT = lazyPattern(
  String.raw`(?<![\p{L}'’-])(\p{Ll}{3,})[ \t]+(?:on|at|in|from|over[ \t]+in|over[ \t]+at|down[ \t]+in)[ \t]+(?:the[ \t]+)?(?:\p{Ll}+[ \t]+)?${UNIT}(?![\p{L}])`,
  'gu',
);
// "JT in receiving keeps grabbing women": two or three capitals, where someone works, then what they do.
const INITIALS_AT_UNIT = lazyPattern(
  String.raw`(?<![\p{L}\p{N}.])([A-Z]{2,3})[ \t]+(?:on|at|in|from)[ \t]+(?:the[ \t]+)?(?:\p{Ll}+[ \t]+)?${UNIT}(?![\p{L}])`,
  'gu',
);
// With no cue before, what the person does after the unit says one is meant ("kayden on the night crew keeps …").
const DEED_NEXT = lazyPattern(
  String.raw`^[ \t]+(?:${PERSON_DEEDS.join('|')}|is|was|never|always|just|also)(?![\p{L}])`,
  'u',
);
// Blind round 26 (see maskPlacedLowerCaseNames): the unit or the role after a word-name opening the text.
const WORKPLACE_ROLES =
  'driver|drivers|cleaner|picker|packer|cook|chef|cashier|receptionist|supervisor|manager|foreman|guard|porter|nurse|carer|technician|mechanic|electrician|welder|baker|butcher|loader';
const WORDLIKE_NAME_OPENING = lazyPattern(
  String.raw`^(?:the[ \t]+new[ \t]+(?:girl|guy|lad|lass|starter|woman|man)[ \t]+)?(\p{Ll}{3,})[ \t]+(?:(from|on|at|in)[ \t]+(?:the[ \t]+)?(?:\p{Ll}+[ \t]+)?(?:${UNIT}|cleaning|canteen|bakery|kitchen|security|stores|packing|goods[ \t]+in)|the[ \t]+(?:${WORKPLACE_ROLES}))(?![\p{L}])`,
  'u',
);
// After the role any verb ("sunny the driver overloads"); after a unit only what a person does or has done to them:
// "mark on the floor looks like blood", "bill from finance arrived late", "summer in the warehouse means" are words.
const PERSON_DOES_OR_SUFFERS = String.raw`${PERSON_DEEDS.join('|')}|keeps|gets|got|gives|gave|never|always|(?:is|was)[ \t]+(?:sacked|fired|let[ \t]+go|bullied|harassed|hurt|injured|treated|always|never|rude)`;
const WORDLIKE_DEED = lazyPattern(
  String.raw`^[ \t]+(?:${PERSON_DOES_OR_SUFFERS}|is|was|\p{Ll}{3,}(?:s|ed))(?![\p{L}])`,
  'u',
);
const WORDLIKE_DEED_AT_UNIT = lazyPattern(String.raw`^[ \t]+(?:${PERSON_DOES_OR_SUFFERS})(?![\p{L}])`, 'u');

// Asked, told or worked with: "tell destiny …", "i work under shaquille".
const CUE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:ask|asked|tell|told|ping|text|(?:talk|talked|speak|spoke)[ \t]+(?:to|with)|(?:check|checked|checking)[ \t]+with|(?:complain|complained|went|go|reported[ \t]+it)[ \t]+to|work(?:s|ed|ing)?[ \t]+under|report(?:s|ed)?[ \t]+to)[ \t]+$`,
  'iu',
);
// "i work under shaquille": "work for" and "work with" are as often a firm ("working for asda").
const WORKS_UNDER = lazyPattern(
  String.raw`(?<![\p{L}])work(?:s|ed|ing)?[ \t]+under[ \t]+(\p{Ll}{3,})(?=[ \t]*(?:[,.;!?]|$|[ \t]+(?:on|at|in|and|but|who|he|she)(?![\p{L}])))`,
  'gu',
);

// "tay-tay", "bo-bo", "jo-jo", "cece": said twice, after a cue or before a unit. Words said twice are not names.
const DOUBLED = lazyPattern(String.raw`(?<![\p{L}-])((\p{L}{2,4})-\2)(?![\p{L}-])`, 'giu');
const DOUBLED_WORDS = new Set(
  `so-so bye-bye hush-hush no-no tut-tut chop-chop yo-yo ha-ha choo-choo boo-boo tom-tom dum-dum knock-knock din-din
  night-night pom-pom cha-cha aye-aye tsk-tsk bla-bla blah-blah hi-hi he-he hee-hee ho-ho la-la mm-mm uh-uh
  pee-pee poo-poo wee-wee bon-bon can-can pom-pom tom-tom muu-muu tut-tut bang-bang go-go pew-pew ta-ta`.split(/\s+/),
);
const DOUBLED_CUE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:ask|asked|tell|told|with|and|call|called|named|by|from|to|for|like)[ \t]+$`,
  'iu',
);
const UNIT_NEXT = lazyPattern(
  String.raw`^[ \t]+(?:on|at|in|from)[ \t]+(?:the[ \t]+)?(?:\p{L}+[ \t]+)?${UNIT}(?![\p{L}])`,
  'iu',
);

// "ppl call her Nana", "the crew calls him Tiny", "folks call her mama bear". A word of English after it is what
// the person is ("they call him lazy"), unless capitalised.
const CALLED = lazyPattern(
  String.raw`(?<![\p{L}])(?:ppl|folks|peeps|y'?all|everyone[ \t]+here|the[ \t]+(?:crew|team|guys|girls|ladies|boys|whole[ \t]+\p{L}+)|all[ \t]+of[ \t]+us|most[ \t]+people|some[ \t]+people|customers|the[ \t]+kids)[ \t]+(?:calls?|called)[ \t]+(?:him|her)[ \t]+((?:\p{Lu}[\p{L}'’-]*)(?:[ \t]+\p{Lu}[\p{L}'’-]*)?|\p{Ll}[\p{L}'’-]*)`,
  'gu',
);
// Chinese: "大家都叫他胖虎", "同事们都叫她小胖": a name of two or three characters, then the clause ends.
const CHINESE_CALLED_HIM = lazyPattern(
  String.raw`(?:大家|我们|同事们?|工友们?|别人|人家|所有人)都?(?:叫|喊|管|称呼)(?:他|她)(?:叫)?(\p{Script=Han}{2,3}?)(?=[，。,.!！?？；;、\s]|$)`,
  'gu',
);
const CHINESE_NOT_CALLED = new Set('出去 回家 走开 过来 小心 加班 休息 离开 别来 滚开 闭嘴 老板 老师 师傅'.split(' '));
// Chinese: a familiar name ("小芳", "阿强") right after a role: "组长小芳骂我们", "班长小军天天骂人".
const CHINESE_ROLE_FAMILIAR =
  /(?<=经理|主管|老板|组长|班长|领导|主任|上司|总监|部长|科长|厂长|队长|店长|师傅|线长|课长|同事)([小阿][伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玲红鹏飞斌宇浩凯健俊帆宁欢阳建亮佳峰辉婷雪琳晶燕鑫博丹萍颖倩慧莉梅玉兰凤洁琴晨雨欣怡胖虎龙])(?![时组孩事费区便姐点])/gu;

// German: "die Svenja aus der Logistik", "der dicke Kalle aus dem Lager", "mit der Jessica aus dem Versand",
// "frag mal die Mandy", "frag doch den Torsten". A capitalised word that is a German noun of a person or role
// ("der Neue", "die Kollegin", "der Fahrer") stays: its ending, or the lists, say so.
const GERMAN_ARTICLE_NAME_FROM = lazyPattern(
  String.raw`(?<![\p{L}])(?:der|die|den|dem)[ \t]+(?:\p{Ll}+e[nrs]?[ \t]+)?(\p{Lu}\p{Ll}{2,})[ \t]+(?:aus|vom|von|in|im|bei|beim)[ \t]+(?:der|dem|den|die)?[ \t]*\p{Lu}`,
  'gu',
);
const GERMAN_ASK_ARTICLE_NAME = lazyPattern(
  String.raw`(?<![\p{L}])(?:frag|fragt|fragen[ \t]+sie|sag|sagt|sagen[ \t]+sie|ruf|ruft|schreib|mit|bei|für|gegen|ich[ \t]+bin|ist)(?:[ \t]+(?:mal|doch|halt|einfach))*[ \t]+(?:die|den|der|dem)[ \t]+(\p{Lu}\p{Ll}{2,})(?=[ \t]*(?:[,.!?;:]|$)|[ \t]+(?:aus|vom|von|in|im|bei|beim|und|die|der|das|hat|ist|war|weiß|macht|sagt)(?![\p{L}]))`,
  'gu',
);
// What German first names and their short forms end in that few nouns do ("Svenja", "Mandy", "Kalle", "Heiko",
// "Gabi"); "die Stadt", "das Handy" are words the lists know or end otherwise.
const GERMAN_NAME_ENDING = /(?:ja|y|i|o|le|ke|ka|ny|ie|ko|lo|sa|na)$/u;
// Nouns of people and things by their ending: "Kollegin", "Fahrer", "Leitung", "Mannschaft", "Praktikant".
const GERMAN_NOUN_ENDING =
  /(?:in|innen|er|ung|heit|keit|schaft|ant|ent|ist|eur|ling|chen|lein|tion|tät|ik|ei|nis|tum|ler|ner|erei|halle|lager|schicht)$/u;

// Tagalog: "si ate joy", "ni kuya ben", "kay tita mely": a kin word used as a title, then the name.
const TAGALOG_KIN_NAME = lazyPattern(
  String.raw`(?<![\p{L}])(?:si|ni|kay|sina|nina|kina)[ \t]+(?:ate|kuya|tita|tito|manang|manong|lola|lolo|ading|insan|sir|ma'?am|mam|madam|boss|bossing)[ \t]+(\p{Ll}{2,})(?![\p{L}])`,
  'gu',
);
// Spanish and Portuguese titles that stand only before a person: "la licenciada ortega", "la inge salinas",
// "dona neide". ("don chuy", "doña lupe" are read elsewhere.)
const TITLE_THEN_NAME = lazyPattern(
  String.raw`(?<![\p{L}-])(?:(?:licenciad[oa]|ingenier[oa]|inge|contador[a]?|arquitect[oa]|doctora|maestr[oa]|profe|dona)\.?|(?:lic|ing|dra|sra|srta)\.)[ \t]+(\p{Ll}{3,})(?![\p{L}'’-])`,
  'gu',
);
// Portuguese "seu" is "your" as often as "Mr": only set off by commas is it a title ("o encarregado, seu tonho, grita").
const SEU_BETWEEN_COMMAS = lazyPattern(String.raw`,[ \t]*seu[ \t]+(\p{Ll}{3,})[ \t]*,`, 'gu');
// Spanish: "el güicho de embarques", "la chata de calidad": a nickname written small, then its section.
const SPANISH_NICK_OF_SECTION = lazyPattern(
  String.raw`(?<![\p{L}])(?:el|la)[ \t]+(\p{Ll}{3,})[ \t]+(?:de|del)[ \t]+(?:la[ \t]+)?(?:embarques|almac[eé]n|bodega|rh|recursos|calidad|producci[oó]n|mantenimiento|limpieza|cocina|caja|cajas|log[ií]stica|ventas|compras|seguridad|sistemas|n[oó]minas|recepci[oó]n|empaque|ensamble|l[ií]nea|turno|planta|nave|patio|andén|anden|almac[eé]n)(?![\p{L}])`,
  'gu',
);
// Polish: a familiar name written small after a role ("kierownik tadek", "brygadzistka gośka", "majster heniek"):
// the diminutive's ending says it, where a verb of what they do would end otherwise.
const POLISH_ROLE_DIMINUTIVE = lazyPattern(
  String.raw`(?<![\p{L}])(?:kierownik|kierowniczka|brygadzista|brygadzistka|majster|szef|szefowa|mistrz|zmianowy|zmianowa|koordynator|koordynatorka|lider|liderka|kolega|koleżanka|kolezanka)[ \t]+(\p{Ll}{3,}(?:ek|ka|sia|cia|nia|zia|sza|uś|us|ś))(?![\p{L}])`,
  'gu',
);
// Dutch: "ruud van de planning schreeuwt", "vraag het aan mo van logistiek", "henk van het magazijn scheldt": a name
// written small, then "van (de/het)" and a place of work (redact-names-dutch-of-the.ts), then what the person does
// (a Dutch verb of the third person ends in -t) or after a cue ("vraag het aan", "zeg tegen", "bel").
const DUTCH_NAME_OF_WORKPLACE = lazyPattern(
  String.raw`(?<![\p{L}'’-])(\p{Ll}{2,})[ \t]+van[ \t]+(?:(?:de|het|'t)[ \t]+)?(\p{Ll}+)(?![\p{L}])`,
  'gu',
);
const DUTCH_DEED_NEXT = lazyPattern(
  String.raw`^[ \t]+(?:\p{Ll}+t|is|was|zei|deed|had|heeft|kan|wil|moet|zit|blijft)(?![\p{L}])`,
  'u',
);
const DUTCH_CUE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:vraag|vroeg|vraag[ \t]+het[ \t]+aan|vraag[ \t]+maar[ \t]+aan|zeg[ \t]+(?:het[ \t]+)?tegen|bel|mail|met|aan|door)[ \t]+$`,
  'iu',
);
// Dutch words for people and what people are, which "van de planning" follows as a name would: "iemand van de
// planning", "de jongen van het magazijn"; and their endings ("medewerker", "uitzendkracht", "leidinggevende").
const DUTCH_PEOPLE = new Set(
  `iemand niemand iedereen allemaal alle jongen jongens meisje meisjes klant klanten man vrouw mannen vrouwen dame
  heer baas chef collega collegas nieuwe stagiair stagiaire personeel mensen die deze dat wie sommigen velen een
  vent gast gasten kerel type`.split(/\s+/),
);
const DUTCH_PERSON_ENDING =
  /(?:er|ers|ing|heid|kracht|krachten|werker|leider|ist|ant|ent|ende|enden|ster|aar|aars|je|jes)$/u;

// Spanish nouns of roles and things by their ending: "encargado", "almacenista", "operador", "chofer".
const SPANISH_ROLE_ENDING = /(?:ado|ada|ero|era|ista|or|ora|ente|ante|ción|cion|dad|ismo|ía|ia|ez)$/u;

/**
 * Whether `lower` is a word of some language's lists, English, or a word of function, role or place; a proper noun
 * the dictionary knows ("costco") too, unless `namesFirst` (a capitalised word after German's article, where a proper
 * noun is most often a person: "die Janine").
 */
function isSomeWord(lower: string, namesFirst = false): boolean {
  return (
    isEnglishWord(lower) ||
    (!namesFirst && isProperNoun(lower) && !isGivenName(lower)) ||
    commonWordLanguages(lower) !== undefined ||
    moreEverydayLanguages(lower) !== undefined ||
    ALL_STOPWORDS.has(lower) ||
    NOT_NAMES.has(lower) ||
    DETERMINERS.has(lower) ||
    ROLE_CUES.has(lower) ||
    DEPARTMENTS.has(lower)
  );
}

/** Whether `lower` is a word of Dutch or English, or of function, role or department. */
function isDutchOrEnglishWord(lower: string): boolean {
  return (
    isEnglishWord(lower) ||
    !!commonWordLanguages(lower)?.has('nl') ||
    !!moreEverydayLanguages(lower)?.includes('nl') ||
    ALL_STOPWORDS.has(lower) ||
    ROLE_CUES.has(lower) ||
    DEPARTMENTS.has(lower)
  );
}

/** A name written small: one the lists know as a given name and no stopword or role, or a word no list knows. */
function isSmallName(lower: string, cued: boolean): boolean {
  if (ALL_STOPWORDS.has(lower) || ROLE_CUES.has(lower) || DEPARTMENTS.has(lower) || DETERMINERS.has(lower))
    return false;
  // After a cue a given name, whatever its ending ("talk to trinity at the front desk").
  if (cued && isGivenName(lower)) return true;
  // "professionalism in management": a noun's ending, whatever the dictionary lacks.
  if (ORDINARY_SUFFIX.test(lower)) return false;
  return !isSomeWord(lower) && !/(?:ing|ed|ly|[^aeiou]s)$/u.test(lower);
}

/** Masks the names above; the cue words stay. */
// Each pattern's words, read from it once (redact-rule.ts): a text holding none of them cannot match, and is not run
// through it (most texts hold none of a pattern's cues).
const GATES = new Map<RegExp, ((text: string) => boolean) | undefined>();
function found(pattern: RegExp, text: string): Iterable<RegExpMatchArray> {
  if (!GATES.has(pattern)) GATES.set(pattern, literalsAbsent(pattern));
  return GATES.get(pattern)?.(text) ? [] : text.matchAll(pattern);
}

export function maskPlacedLowerCaseNames(text: string): string {
  let out = text;
  const hide = (start: number, length: number) => {
    if (/[\uE000-\uE006]/u.test(out.slice(start, start + length))) return;
    out = out.slice(0, start) + mask('NAME', length) + out.slice(start + length);
  };
  const group = (m: RegExpMatchArray, n: number) => m.index! + m[0].lastIndexOf(m[n]!);
  if (/\p{Ll}/u.test(text)) {
    for (const m of found(NAME_AT_UNIT.get(), text)) {
      const word = m[1]!;
      if (word !== word.toLowerCase()) continue;
      const cued = CUE_BEFORE.get().test(text.slice(Math.max(0, m.index! - 30), m.index));
      // Uncued, a typo ("enviorment in the workplace") is no name: only before what a person does, and far from a word.
      const uncued = !cued && DEED_NEXT.get().test(text.slice(m.index! + m[0].length)) && !isNearEnglishWord(word);
      if ((cued || uncued) && isSmallName(word, cued)) hide(m.index!, word.length);
    }
    // Blind round 26: a given name that is a word, written small, opening the text (or after "the new girl"), then
    // where the person works or what they are, then what they did: "faith from cleaning was sacked", "dolly from the
    // canteen gives", "sunny the driver overloads", "the new girl hope in bakery gets"; "hope in management is gone"
    // is the word.
    const opening = WORDLIKE_NAME_OPENING.get().exec(text);
    if (opening && isGivenName(opening[1]!) && !ALL_STOPWORDS.has(opening[1]!)) {
      const rest = text.slice(opening.index + opening[0].length);
      const deed = opening[2] === undefined ? WORDLIKE_DEED.get() : WORDLIKE_DEED_AT_UNIT.get();
      if (deed.test(rest)) hide(group(opening, 1), opening[1]!.length);
    }
    for (const m of found(INITIALS_AT_UNIT.get(), text)) {
      const letters = m[1]!;
      // Before what they do, or asked or told: "ask LB in shipping, she saw it".
      const deed =
        DEED_NEXT.get().test(text.slice(m.index! + m[0].length)) ||
        CUE_BEFORE.get().test(text.slice(Math.max(0, m.index! - 30), m.index));
      if (deed && !NOT_INITIALS.has(letters) && !DEPARTMENTS.has(letters.toLowerCase())) hide(m.index!, letters.length);
    }
    for (const m of found(WORKS_UNDER.get(), text)) if (isSmallName(m[1]!, true)) hide(group(m, 1), m[1]!.length);
    // Asked only of a text with a dash: the pattern needs one, and it cost 2% of the whole path asked of every text.
    for (const m of text.includes('-') ? found(DOUBLED.get(), text) : []) {
      const word = m[1]!;
      if (DOUBLED_WORDS.has(word.toLowerCase()) || isEnglishWord(word.toLowerCase())) continue;
      const before = text.slice(Math.max(0, m.index! - 20), m.index);
      if (DOUBLED_CUE.get().test(before) || UNIT_NEXT.get().test(text.slice(m.index! + word.length)))
        hide(m.index!, word.length);
    }
    for (const m of found(CALLED.get(), text)) {
      const name = m[1]!;
      if (name === name.toLowerCase() && isSomeWord(name)) continue;
      hide(group(m, 1), name.length);
    }
    // Attack round 29: "si boss sinuntok ako": what the boss did is no name.
    for (const m of found(TAGALOG_KIN_NAME.get(), text))
      if (!ALL_STOPWORDS.has(m[1]!) && !moreEverydayLanguages(m[1]!) && !isVerbNotName(m[1]!, wordAfter(text, m)))
        hide(group(m, 1), m[1]!.length);
    for (const m of found(TITLE_THEN_NAME.get(), text)) {
      const word = m[1]!;
      if (!isSomeWord(word, true) || (isGivenName(word) && !ALL_STOPWORDS.has(word))) hide(group(m, 1), word.length);
    }
    for (const m of found(POLISH_ROLE_DIMINUTIVE.get(), text)) if (!isSomeWord(m[1]!)) hide(group(m, 1), m[1]!.length);
    for (const m of found(SEU_BETWEEN_COMMAS.get(), text))
      if (!isSomeWord(m[1]!) || isGivenName(m[1]!)) hide(group(m, 1), m[1]!.length);
    for (const m of found(DUTCH_NAME_OF_WORKPLACE.get(), text)) {
      const [, name, place] = m as unknown as [string, string, string];
      if (!isDutchWorkplaceWord(place) || DUTCH_PEOPLE.has(name)) continue;
      const cued = DUTCH_CUE_BEFORE.get().test(text.slice(Math.max(0, m.index! - 30), m.index));
      if (!cued && !DUTCH_DEED_NEXT.get().test(text.slice(m.index! + m[0].length))) continue;
      const named = isGivenName(name) && !ALL_STOPWORDS.has(name);
      // After a cue only a word of Dutch or English is no name ("aan mo": Tagalog's "mo" is not read here).
      const word = cued ? isDutchOrEnglishWord(name) : isSomeWord(name);
      if (named || (!word && !DUTCH_PERSON_ENDING.test(name) && (cued || name.length > 2))) hide(m.index!, name.length);
    }
    for (const m of found(SPANISH_NICK_OF_SECTION.get(), text)) {
      const word = m[1]!;
      if (!isSomeWord(word) && !SPANISH_ROLE_ENDING.test(word)) hide(group(m, 1), word.length);
    }
  }
  for (const pattern of [GERMAN_ARTICLE_NAME_FROM.get(), GERMAN_ASK_ARTICLE_NAME.get()])
    for (const m of found(pattern, text)) {
      const word = m[1]!;
      const lower = word.toLowerCase();
      if (isGermanNameShapedNoun(lower)) continue;
      const nameShaped = isProperNoun(lower) || (GERMAN_NAME_ENDING.test(lower) && lower.length <= 8);
      if (isGivenName(lower) || (!isSomeWord(lower, true) && nameShaped && !GERMAN_NOUN_ENDING.test(lower)))
        hide(group(m, 1), word.length);
    }
  if (/\p{Script=Han}/u.test(text)) {
    for (const m of found(CHINESE_CALLED_HIM.get(), text))
      if (!CHINESE_NOT_CALLED.has(m[1]!)) hide(group(m, 1), m[1]!.length);
    for (const m of found(CHINESE_ROLE_FAMILIAR, text)) hide(m.index!, m[1]!.length);
  }
  return out;
}
