/*
 * The days one person's file holds beside the employer's other records (op46a, 2026-12-07, from op45's classes 1–3):
 * the day the writer got hurt (HR's incident log, workers' comp), the first and last day of a sick, maternity or
 * hospital leave (the sick note, the leave's file), the day their child was born (the parental leave's file) and the
 * day they were hired (the personnel file). "I hurt my back on October 12", "me corté la mano el 18/11", "am 5.11. bin
 * ich von der Leiter gefallen", "tôi bị thương ở tay ngày 20 tháng 10", "congé maladie du 4 au 20 octobre", "na L4 od 5
 * do 12", "mi hija nació el 3 de agosto", "zatrudniono mnie 12 stycznia 2017", "я працюю тут з 1 березня 2019".
 *
 * Read by sentence (records-of-the-writer.ts's sentences), where a cue of its kind and a date stand together:
 * - injury: a verb of getting hurt said by the writer in en es fr de pt it pl uk vi tl ("I slipped", "me caí", "je me
 *   suis coupé", "ich bin … ausgerutscht", "me machuquei", "mi sono fatto male", "skręciłem", "я травмував", "tôi bị
 *   thương", "nadulas ako"), or "my injury", "my accident"; a verb that is also an everyday one ("cut", "broke",
 *   "fell") only with a part of the body or where one fell from. A drill's, a meeting's, a delivery's day, or an
 *   accident no one is said to have had in ("there was an accident on the highway on Nov 3") is no one's.
 * - leave: a sick note or a sickness, maternity or hospital leave, whoever's (a leave is always one person's: "congé
 *   maladie", "incapacidad", "in malattia", "L4", "на лікарняному", "nghỉ thai sản", "na-ospital"); not a plant's
 *   closure, a training or a holiday.
 * - birth: a child's birth ("mi hija nació", "meu filho nasceu", "my baby was born"): hidden whole, as a birthday is.
 * - hire: the writer's first day in pt pl tl vi uk (redact-personal-dates.ts and redact-hire-dates-more.ts read en es
 *   fr de it); its day and month hidden, its year kept, as every hire date's.
 *
 * A date: a day and a month in words or figures ("October 12", "12 de octubre", "14. Oktober", "7 listopada", "12
 * жовтня", "Oktubre 14", "ika-5 ng Nobyembre", "ngày 20 tháng 10", "11/14", "5.11.", "5/6/2018"), a day alone after a
 * word that gives one ("on the 12th", "el día 22", "ngày 20", "dnia 14.11"), and in a range both ends ("del 3 al 17 de
 * noviembre", "Nobyembre 2 hanggang 9", "vom 4. bis zum 18. Oktober"; in a leave, "od 5 do 12" with no month). A part
 * already hidden ("[ID]") counts as a day, so the preview reads the redacted text (self-descriptions-own-days.ts).
 *
 * Letters outside ASCII are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 * Every span is bounded, and each pattern runs on one sentence at a time.
 */
import { lazyPattern } from './lazy-pattern';
import { MONTH } from './redact-personal-dates';
import {
  birthMore,
  DAY_IN_WORDS,
  HIRE_ITALIAN,
  injuryOfAnyone,
  injuryOfTheWriterMore,
  LEAVE_MORE,
  SOMEONE_OF_MINE,
} from './own-days-said-more';
import { BIRTH_OP50A, DAY_DASH_FIGURES, HIRE_ITALIAN_MORE, INJURY_OP50A, LEAVE_OP50A } from './own-days-op50a';
import { birthNamedOp51b, datesOp51b, leaveOp51b, mayHoldDayOp51b, withoutFiguresOfSpeech } from './own-days-op51b';
import {
  BIRTH_OP53A,
  DASHED_DATE,
  DOTTED_RANGE,
  EVERYONE,
  HIRE_OP53A,
  HOLIDAY_LEAVE,
  MONTH_FIRST_RANGE,
  ORDINAL_ON_THE,
  OWN_VERB,
} from './own-days-op53a';
import { BIRTH_OP56A, datesOp56a, HIRE_OP56A, HOLIDAY_MORE, NOT_DUE_BEFORE_MONTH, OWN_MORE } from './own-days-op56a';
import { type Span, sentences } from './records-of-the-writer';

const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;
// A part already hidden: "[ID]" in the redacted text the preview reads, the mask's marks while redaction runs.
const HIDDEN = String.raw`(?:\[ID\]|\uE004+)`;
const NUM_DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
const NUM_MONTH = String.raw`(?:1[0-2]|0?[1-9])`;
// The day: its figures and an ordinal's letters ("3rd", "1er", "1º"), not a German ordinal's dot.
const DAY = String.raw`(?:${NUM_DAY}(?:st|nd|rd|th|er|\u00ba|\u00b0)?|${HIDDEN})`;
const UK_MONTH = String.raw`(?:\u0441\u0456\u0447(?:\u043d\u044f|\u0435\u043d\u044c)|\u043b\u044e\u0442(?:\u043e\u0433\u043e|\u0438\u0439)|\u0431\u0435\u0440\u0435\u0437(?:\u043d\u044f|\u0435\u043d\u044c)|\u043a\u0432\u0456\u0442(?:\u043d\u044f|\u0435\u043d\u044c)|\u0442\u0440\u0430\u0432(?:\u043d\u044f|\u0435\u043d\u044c)|\u0447\u0435\u0440\u0432(?:\u043d\u044f|\u0435\u043d\u044c)|\u043b\u0438\u043f(?:\u043d\u044f|\u0435\u043d\u044c)|\u0441\u0435\u0440\u043f(?:\u043d\u044f|\u0435\u043d\u044c)|\u0432\u0435\u0440\u0435\u0441(?:\u043d\u044f|\u0435\u043d\u044c)|\u0436\u043e\u0432\u0442(?:\u043d\u044f|\u0435\u043d\u044c)|\u043b\u0438\u0441\u0442\u043e\u043f\u0430\u0434(?:\u0430)?|\u0433\u0440\u0443\u0434(?:\u043d\u044f|\u0435\u043d\u044c))`;
const TL_MONTH = String.raw`(?:enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|setyembre|septiyembre|oktubre|nobyembre|disyembre)`;
const MONTH_ANY = String.raw`(?:marc[ae]|${UK_MONTH}|${TL_MONTH}|th\u00e1ng[ \t]+${NUM_MONTH}|${MONTH})(?![\p{L}\p{N}])`;
// The year after a date, kept for a hire: ", 2019", " de 2021", " năm 2020".
const YEAR_AFTER = String.raw`(?:,?[ \t]+(?:of[ \t]+|de[ \t]+|n\u0103m[ \t]+|r\.?[ \t]+)?((?:19|20)\d\d)(?![\p{N}]))?`;
// Figures: a day and a month either way round, the year if written. Not "24/7".
const FIGURES = String.raw`(?:${NUM_DAY}/${NUM_MONTH}|${NUM_MONTH}/${NUM_DAY})`;
// A word that gives a date ("on 11/14", "el día 22", "ngày 20", "dnia 14.11", "am 3."): a day alone after it is one.
const DATE_WORD = String.raw`(?:on|el|del|al|le|du|au|am|vom|zum|il|dal|no|do|ao|em|dnia|ng\u00e0y|noong|t\u1eeb|\u0111\u1ebfn)`;
const DAY_NOUN = String.raw`(?:d\u00eda|dia|giorno|jour|ng\u00e0y)`;

// A dotted day and month alone ("Дружина народила 30.10", "Złamałem palec 14.11") is read in a sentence of its kind
// (op48a), not a version ("version 11.3"), a measure or a sum ("2.5 m", "12.5 kg", "3.10 zł").
const NOT_A_VERSION = String.raw`(?<!${B}(?:v|ver|version|versi\u00f3n|vers\u00e3o|versione|wersj\p{L}|\u0432\u0435\u0440\u0441\u0456\p{L})\.?[ \t]?)`;
const UNIT = String.raw`(?:%|\u00b0|[kcm]?m(?![\p{L}])|kg|g(?![\p{L}])|t(?![\p{L}])|h(?![\p{L}])|l(?![\p{L}])|lbs?|ft|hours?|hrs?|uhr|stunden|std|godz|horas?|heures?|ore(?![\p{L}])|meters?|metr\p{L}{0,3}|metros?|m\u00e8tres?|\u20ac|\$|z\u0142|\u0433\u0440\u043d|eur|euro|usd|pln|tons?|tonnes?)`;

// Groups: 1 day and 2 year (a day before its month), 3 day and 4 year (a month before its day), 5 figures and 6 year,
// 7 dotted figures and 8 year, 9 a day alone.
const DATE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}.,:/$\u20ac\u00a3-])(?:${NOT_DUE_BEFORE_MONTH}(?:ika-?[ \t]?)?(${DAY}|${DAY_IN_WORDS})\.?[ \t]+(?:of[ \t]+|de[ \t]+|ng[ \t]+)?${MONTH_ANY}${YEAR_AFTER}|(?!(?:out|set|ago|mar|may)[ \t])${MONTH_ANY}[ \t]+(?:the[ \t]+)?(?:ika-?[ \t]?)?(${DAY})(?![\p{L}\p{N}])${YEAR_AFTER}|(?!24/7)(${FIGURES})(?:/((?:19|20)?\d\d))?(?![\p{N}]|[/.-]\d)|${NOT_A_VERSION}(${NUM_DAY}\.${NUM_MONTH})(?:\.((?:19|20)?\d\d)(?![\p{N}])|\.(?![\p{N}])|(?<=${B}${DATE_WORD}[ \t]{1,3}\S{3,5})(?![\p{N}.,])|(?![\p{N}]|[.,/-]\d|[ \t]*${UNIT}))|(?<=${B}(?:(?:on|by|since|from|until|till|of)[ \t]{1,3}the|${DATE_WORD}(?:[ \t]{1,3}${DAY_NOUN})?|${DAY_NOUN})[ \t]{1,3})(${DAY})(?:\.(?![\p{N}]))?(?![\p{L}\p{N}]|[.,:]\d|[ \t]*(?:%|h\b|:|am|pm|uhr|hours?|hrs?|heures?|horas?|ore|godz)))`,
  'giud',
);

// Range words: "from 4 to 20", "del 3 al 17", "du 4 au 20", "vom 4. bis zum 18.", "od 5 do 12", "з 3 по 17", "từ 1/3
// đến 1/9", "Nobyembre 2 hanggang 9", "between 3 and 17".
const FROM = String.raw`(?:from|between|del|de|desde|entre|du|dal|da|vom|von|od|z|\u0437|\u0432\u0456\u0434|t\u1eeb|mula)`;
const TO = String.raw`(?:to|till|until|through|thru|and|al|a|hasta|y|au|\u00e0|et|bis(?:[ \t]+zum)?|und|ao|at\u00e9|e|do|i|\u043f\u043e|\u0434\u043e|\u0456|\u0442\u0430|\u0111\u1ebfn|t\u1edbi|hanggang|-|\u2013)`;
const FILLER = String.raw`(?:(?:the|ng\u00e0y|dia|d\u00eda|el|le|il)[ \t]+)?`;
// Before a date, tested on the short slice that ends where it starts: "del 3 al ", "z 3 po ", "vom 4. bis zum ".
const RANGE_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}]|\p{N}[./])${FILLER}(${NUM_DAY}(?:st|nd|rd|th|er)?|${HIDDEN}|${DAY_IN_WORDS})\.?[ \t]+${TO}[ \t]+${FILLER}$`,
  'iu',
);
// After a date: "Nobyembre 2 hanggang 9", "October 3 to 17".
const RANGE_AFTER = lazyPattern(
  String.raw`^(?:[ \t]*${TO}[ \t]+|[ \t]?[-\u2013\u2014][ \t]?)${FILLER}(${NUM_DAY}(?:st|nd|rd|th|er)?|${HIDDEN})(?![\p{L}\p{N}]|[./]\d|[ \t]*(?::|%|am|pm|h\b|uhr|hours?|hrs?|godz))`,
  'iu',
);
// Two days in figures joined by a dash (op48a): "10/02-10/20", "3/11-17/11", "03.11-17.11", "02.09–16.09", each with
// its year if written; the number rules would read them as one number ("[PHONE]").
const FIG_DAY = String.raw`(${NUM_DAY}[./]${NUM_MONTH}|${NUM_MONTH}/${NUM_DAY}|${HIDDEN})(?:[./](?:19|20)?\d\d)?`;
const FIG_RANGE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}.,:/$\u20ac\u00a3-])${FIG_DAY}[ \t]?[-\u2013\u2014][ \t]?${FIG_DAY}(?![\p{N}]|[./-]\d)`,
  'gud',
);
// Two days joined by a dash before their month: "3-17 listopada", "del 3-17 de noviembre", "3rd-17th of November".
const DASH_DAYS_MONTH = lazyPattern(
  String.raw`(?<![\p{L}\p{N}.,:/$\u20ac\u00a3-])(${DAY})\.?[ \t]?[-\u2013\u2014][ \t]?(${DAY})\.?[ \t]+(?:of[ \t]+|de[ \t]+)?${MONTH_ANY}`,
  'giud',
);

// Two days before one month in figures (op50a): "Na L4 byłam 3-14.11".
const DAY_DASH_FIGURES_P = lazyPattern(DAY_DASH_FIGURES, 'gud');
// op53a: "vom 03.03.–17.03.", "Mar 3–17", "Mar 3rd - 17th"; "3-Mar-2019"; "on the fourteenth".
const DOTTED_RANGE_P = lazyPattern(DOTTED_RANGE, 'gud');
const MONTH_FIRST_RANGE_P = lazyPattern(MONTH_FIRST_RANGE, 'gud');
const DASHED_DATE_P = lazyPattern(DASHED_DATE, 'giud');
const ORDINAL_ON_THE_P = lazyPattern(ORDINAL_ON_THE, 'giud');

// In a leave, two days with no month: "na L4 od 5 do 12", "off sick from the 3rd to the 9th".
const BARE_RANGE = lazyPattern(
  String.raw`${B}${FROM}[ \t]+${FILLER}(${NUM_DAY}(?:st|nd|rd|th|er)?|${HIDDEN})\.?[ \t]+${TO}[ \t]+${FILLER}(${NUM_DAY}(?:st|nd|rd|th|er)?|${HIDDEN})\.?(?![\p{L}\p{N}]|[ \t]*(?::|%|am|pm|h\b|uhr|hours?|hrs?|godz|horas?|heures?|ore|days?|weeks?|months?|d\u00edas|semanas|jours|semaines|giorni|settimane|dias|Tage|Wochen|dni|tygodni))`,
  'giud',
);

const BODY = String.raw`(?:back|arm|hand|finger|fingers|thumb|wrist|ankle|knee|leg|foot|toe|head|neck|shoulder|hip|elbow|ribs?|eye|face|nose|muscle|hamstring|spine|tendon|ligament|collarbone|skin)`;
// Getting hurt, said by the writer.
const INJURY = lazyPattern(
  [
    // English: "I hurt my back", "I got hurt", "I slipped", "my injury"; "cut", "broke", "fell" with a body part or
    // where one fell from.
    String.raw`${B}(?:i|i['\u2019]ve|i[ \t]+have|i[ \t]+was|i[ \t]+got)[ \t]+(?:hurt|injured|got[ \t]+(?:hurt|injured)|slipped|tripped|fell[ \t]+(?:off|from|down|on|in|through|over)|fainted|passed[ \t]+out|was[ \t]+(?:hurt|injured|hit|struck|electrocuted)|had[ \t]+an[ \t]+accident|was[ \t]+in[ \t]+an[ \t]+accident)${E}`,
    String.raw`${B}(?:hurt|injured|sprained|twisted|broke|fractured|cut|sliced|scraped|pinched|stabbed|punctured|tore|ripped|burned|burnt|crushed|smashed|bruised|dislocated|pulled|strained|banged|jammed)[ \t]+my[ \t]+(?:\p{L}+[ \t]+)?${BODY}${E}`,
    String.raw`${B}my[ \t]+(?:\p{L}+[ \t]+)?${BODY}[ \t]+(?:got|was|were|is)[ \t]+(?:hurt|injured|crushed|cut|sliced|burned|burnt|broken|smashed|caught|pinched|twisted|sprained|fractured|jammed|stabbed|punctured)${E}`,
    String.raw`${B}my[ \t]+(?:injury|accident|fall)${E}`,
    // Spanish: "me lastimé", "me corté", "me caí", "se me cayó", "tuve un accidente", "mi accidente".
    String.raw`${B}(?:me[ \t]+(?:lastim[\u00e9e]|lesion[\u00e9e]|cort[\u00e9e]|quem[\u00e9e]|torc[\u00ed]|fractur[\u00e9e]|romp[\u00ed]|golpe[\u00e9e]|ca[\u00ed]|cay[\u00f3o]|resbal[\u00e9e]|accident[\u00e9e]|disloqu[\u00e9e]|machuqu[\u00e9e]|her[\u00ed])|resbal[\u00e9]|(?:tuve|sufr[\u00edi])[ \t]+una?[ \t]+(?:accidente|ca[\u00edi]da|lesi[\u00f3o]n|quemadura|fractura|esguince|golpe|corte)|mi[ \t]+(?:accidente|lesi[\u00f3o]n|ca[\u00ed]da))${E}`,
    // French: "je me suis coupé", "je suis tombée", "j'ai glissé", "mon accident".
    String.raw`${B}(?:me[ \t]+suis[ \t]+(?:bless\p{L}{0,3}|coup\u00e9\p{L}{0,2}|br\u00fbl\u00e9\p{L}{0,2}|bru\u0302?l\u00e9\p{L}{0,2}|tordu\p{L}{0,2}|cass\u00e9\p{L}{0,2}|fait[ \t]+(?:mal|une?[ \t]+(?:entorse|fracture|coupure|br\u00fblure|luxation|tour[ \t]+de[ \t]+reins|d\u00e9chirure|blessure))|foul\u00e9\p{L}{0,2}|fractur\u00e9\p{L}{0,2}|ouvert\p{L}{0,2})|(?:je[ \t]+)?suis[ \t]+tomb\u00e9e?|j['\u2019][ \t]*ai[ \t]+(?:gliss\u00e9|chut\u00e9|tr\u00e9buch\u00e9|eu[ \t]+un[ \t]+accident)|mon[ \t]+accident|ma[ \t]+(?:blessure|chute))${E}`,
    // German: "verletzt", "gestürzt", "ausgerutscht", "von der Leiter gefallen", "mein Unfall" (a first person besides).
    String.raw`${B}(?:verletzt|gest\u00fcrzt|hingefallen|runtergefallen|heruntergefallen|ausgerutscht|gestolpert|verstaucht|verbrannt|geschnitten|geprellt|umgeknickt|gebrochen|eingeklemmt|gequetscht|gezerrt|verrenkt|(?:von|vom|aus|auf)[ \t]+(?:\p{L}+[ \t]+){0,2}(?:hin|herunter|runter)?gefallen|(?:hatte|habe|hab)[ \t]+(?:einen[ \t]+)?(?:Arbeits)?unfall|mein(?:em|en)?[ \t]+(?:Arbeits)?unfall)${E}`,
    // Portuguese: "me machuquei", "cortei", "caí", "torci o tornozelo", "sofri um acidente".
    String.raw`${B}(?:(?:me[ \t]+)?(?:machuquei|cortei|queimei|feri|lesionei|acidentei|escorreguei|tropecei|fraturei)|torci[ \t]+o|quebrei[ \t]+o|(?:eu[ \t]+)?ca\u00ed|(?:sofri|tive)[ \t]+um[ \t]+acidente|meu[ \t]+acidente)${E}`,
    // Italian: "mi sono fatto male", "sono caduta", "ho avuto un incidente", "mi sono tagliato".
    String.raw`${B}(?:mi[ \t]+sono[ \t]+(?:fatt[oa][ \t]+male|ferit[oa]|tagliat[oa]|bruciat[oa]|stort[oa]|rott[oa]|slogat[oa]|infortunat[oa]|fratturat[oa])|sono[ \t]+(?:cadut[oa]|scivolat[oa]|inciampat[oa])|ho[ \t]+avuto[ \t]+un[ \t]+(?:incidente|infortunio)|mi[ \t]+sono[ \t]+fatt[oa][ \t]+male|il[ \t]+mio[ \t]+(?:incidente|infortunio))${E}`,
    // Polish: a first-person past of getting hurt ("skręciłem", "złamałam", "spadłem", "poślizgnąłem się").
    String.raw`${B}(?:(?:skr\u0119ci|z\u0142ama|zrani|skaleczy|oparzy|spad|upad|przewr\u00f3ci|uderzy|pot\u0142uk|zwichn\u0105|nadwyr\u0119\u017cy|pokaleczy|przeci\u0105)\u0142(?:em|am)|po\u015blizgn(?:\u0105\u0142em|\u0119\u0142am)|(?:mia\u0142|uleg\u0142|dozna\u0142)(?:em|am)[ \t]+(?:wypad\p{L}{0,4}|uraz\p{L}{0,3}|kontuzj\p{L}{0,2})|m\u00f3j[ \t]+wypadek)${E}`,
    // Ukrainian: "я травмував руку", "я впала", "я порізав", "моя травма".
    String.raw`${B}(?:\u044f[ \t]+(?:\u0442\u0440\u0430\u0432\u043c\u0443\u0432\u0430\p{L}{1,4}|\u0432\u043f\u0430(?:\u0432|\u043b\u0430)|\u043f\u043e\u0441\u043a\u043e\u0432\u0437\u043d\u0443\p{L}{2,4}|\u043f\u043e\u0440\u0430\p{L}{3,6}|\u043f\u043e\u0440\u0456\u0437\u0430\p{L}{1,4}|\u0437\u043b\u0430\u043c\u0430\p{L}{1,4}|\u043e\u0431\u043f\u0456\p{L}{1,4}|\u043e\u0431\u043f\u0435\u043a\u043b\p{L}{1,3}|\u0432\u0438\u0432\u0438\u0445\u043d\u0443\p{L}{1,4}|\u0437\u0430\u0431\u0438\p{L}{1,4}|\u043e\u0442\u0440\u0438\u043c\u0430\p{L}{1,3}[ \t]+\u0442\u0440\u0430\u0432\u043c\u0443)|\u0442\u0440\u0430\u0432\u043c\u0443\u0432\u0430(?:\u0432\u0441\u044f|\u043b\u0430\u0441\u044f)|\u043c\u043e\u044f[ \t]+\u0442\u0440\u0430\u0432\u043c\u0430|\u043c\u043e\u044e[ \t]+\u0442\u0440\u0430\u0432\u043c\u0443)${E}`,
    // Vietnamese: "tôi bị thương", "em bị ngã", "tôi bị tai nạn".
    String.raw`${B}(?:t\u00f4i|em|m\u00ecnh|tui)[ \t]+(?:b\u1ecb[ \t]+(?:th\u01b0\u01a1ng|tai[ \t]+n\u1ea1n|ng\u00e3|t\u00e9|tr\u01b0\u1ee3t|\u0111\u1ee9t|b\u1ecfng|g\u00e3y|ch\u1ea5n[ \t]+th\u01b0\u01a1ng)|ng\u00e3|t\u00e9|tr\u01b0\u1ee3t[ \t]+ch\u00e2n)${E}`,
    // Tagalog: "nadulas ako", "nasugatan ako".
    String.raw`${B}(?:nadulas|nasugatan|naaksidente|nahulog|natapilok|napaso|nabalian|nahiwa|na-?injure|nadapa|natumba)[ \t]+(?:ako|ko)${E}`,
    // op48a: with no "I" ("got hurt on the 14th", "a pallet fell on me"), "me quebré", "hatte ich einen Arbeitsunfall".
    ...injuryOfTheWriterMore(BODY),
    // op50a: pl "uraziłem się", tl "nasaktan ako", vi without its marks, de "ich hatte am … einen Arbeitsunfall".
    INJURY_OP50A,
  ].join('|'),
  'iu',
);
// German says "I" apart from its verb: an injury there needs "ich", "mich", "mir" or "mein".
const GERMAN_INJURY =
  /^(?:verletzt|gest|hinge|runter|herunter|ausgerutscht|gestolpert|verstaucht|verbrannt|geschnitten|geprellt|umgeknickt|gebrochen|eingeklemmt|gequetscht|gezerrt|verrenkt|von|vom|aus|auf)/iu;
const GERMAN_FIRST_PERSON = lazyPattern(String.raw`${B}(?:ich|mich|mir|mein\p{L}{0,2})${E}`, 'iu');
// Someone's injury (op48a): a coworker's day names them ("Carlos se cortó la mano el 14/11", "mein Kollege hat sich am
// 9.10. verletzt"); the writer's where a first-person word stands besides.
const INJURY_OF_ANYONE = lazyPattern(injuryOfAnyone(BODY), 'iu');
// "my coworker", "mein Kollege", "mi compañero": a "my" that is not the writer's own injury.
const SOMEONE_OF_MINE_P = lazyPattern(SOMEONE_OF_MINE, 'giu');
const besidesSomeoneOfMine = (s: string) => s.replace(SOMEONE_OF_MINE_P.get(), ' ');

// A sick note, a sickness, maternity or hospital leave: whoever's, one person's.
const LEAVE = lazyPattern(
  String.raw`${B}(?:(?:off|out)[ \t]+sick|(?:put|signed|kept)[ \t]+me[ \t]+off(?:[ \t]+work)?|called[ \t]+in[ \t]+sick|hospitali[sz]ed|in[ \t]+(?:the[ \t]+)?hospital|naka-?sick[ \t]+leave|(?:de|la|mi|una)[ \t]+baja|baja[ \t]+(?:m\u00e9dica|medica|laboral|por[ \t]+\p{L}{1,12})|incapacidad|hospitalizad[oa]|internad[oa]|en[ \t]+arr\u00eat|hospitalis\u00e9e?|krankgeschrieben|krank[ \t]+geschrieben|im[ \t]+Krankenhaus|afastad[oa]|de[ \t]+baixa|in[ \t]+malattia|ricoverat[oa]|L4|w[ \t]+szpitalu|\u043d\u0430[ \t]+\u043b\u0456\u043a\u0430\u0440\u043d\u044f\u043d\p{L}{1,4}|\u0432[ \t]+\u043b\u0456\u043a\u0430\u0440\u043d\u0456|ngh\u1ec9[ \t]+\u1ed1m|n\u1eb1m[ \t]+vi\u1ec7n|nh\u1eadp[ \t]+vi\u1ec7n|na-?ospital|naospital|nagkasakit)${E}`,
  'iu',
);
// A leave's name, also a policy's ("parental leave is in the works for 2021"): one person's with a first person or a
// range ("congé maladie du 4 au 20 octobre", "nghỉ thai sản từ 1/3 đến 1/9").
const LEAVE_WORD_MORE = lazyPattern(LEAVE_MORE, 'iu');
// op50a: "signed off", "sick from", "chory", "de atestado".
const LEAVE_OP50A_P = lazyPattern(LEAVE_OP50A, 'iu');
const LEAVE_WORD = lazyPattern(
  String.raw`${B}(?:sick[ \t]+(?:leave|note|day)|(?:medical|maternity|paternity|parental|disability|fmla)[ \t]+leave|licencia[ \t]+(?:m\u00e9dica|medica|por[ \t]+\p{L}{1,12}|de[ \t]+maternidad)|cong\u00e9[ \t]+(?:maladie|maternit\u00e9|paternit\u00e9|parental)|arr\u00eat[ \t]+(?:maladie|de[ \t]+travail)|Krankschreibung|Krankmeldung|Mutterschutz|Elternzeit|afastamento|licen\u00e7a[ \t]+(?:m\u00e9dica|maternidade|paternidade)|atestado|malattia|congedo(?:[ \t]+di[ \t]+maternit\u00e0)?|zwolnieni\p{L}{0,3}(?:[ \t]+lekarski\p{L}{0,2})?|chorobow\p{L}{1,3}|urlop\p{L}{0,2}[ \t]+(?:macierzy\u0144sk\p{L}{1,3}|rodzicielsk\p{L}{1,3}|zdrowotn\p{L}{1,3})|\u043b\u0456\u043a\u0430\u0440\u043d\u044f\u043d\p{L}{1,4}|\u0434\u0435\u043a\u0440\u0435\u0442\p{L}{0,3}|ngh\u1ec9[ \t]+(?:b\u1ec7nh|thai[ \t]+s\u1ea3n|sinh))${E}`,
  'iu',
);
const FIRST_PERSON = lazyPattern(
  String.raw`${B}(?:i|i['\u2019](?:m|ve|d)|me|my|mi|yo|je|moi|mon|ma|ich|mich|mir|mein\p{L}{0,2}|eu|meu|minha|io|mio|mia|ja|mnie|m\u00f3j|moja|\p{L}{2,12}(?:\u0142em|\u0142am)|\u044f|\u043c\u0435\u043d\u0435|\u043c\u0435\u043d\u0456|\u043c\u0456\u0439|\u043c\u043e\u044f|t\u00f4i|m\u00ecnh|ako|ko)${E}|${B}j['\u2019](?=\p{L})`,
  'iu',
);

const CHILD = String.raw`(?:son|daughter|baby|child|kid|twins|hij[oa]|beb\u00e9|bebe|ni\u00f1[oa]|fils|fille|b\u00e9b\u00e9|enfant|Sohn|Tochter|Kind|Baby|filh[oa]|figli[oa]|bambin[oa]|syn|c\u00f3rk\p{L}{1,4}|dziecko|synek|\u0441\u0438\u043d|\u0434\u043e\u043d\u044c\u043a\u0430|\u0434\u043e\u0447\u043a\u0430|\u0434\u0438\u0442\u0438\u043d\u0430|con|b\u00e9|anak)`;
// The writer's child: "mi hija", "our baby girl", "meu filho", "con gái tôi", "anak ko".
const OWN_CHILD = String.raw`(?:(?:(?:my|our|mi|nuestr[oa]|mon|ma|notre|mein\p{L}{0,2}|unser\p{L}{0,2}|meu|minha|noss[oa]|(?:il[ \t]+)?mi[oa]|nostr[oa]|m\u00f3j|moja|moje|nasz\p{L}{0,2}|\u043c\u0456\u0439|\u043c\u043e\u044f|\u043d\u0430\u0448\p{L}{0,2})[ \t]+(?:\p{L}{1,12}[ \t]+)?${CHILD}|${CHILD}(?:[ \t]+(?:g\u00e1i|trai))?[ \t]+(?:ko|t\u00f4i|em|m\u00ecnh|c\u1ee7a[ \t]+(?:t\u00f4i|em|m\u00ecnh))))`;
// The writer's partner giving birth (op47): "my wife gave birth on the 30th", "mi esposa dio a luz el 30 de octubre",
// "ma femme a accouché le 30", "meine Frau hat am 30.10. entbunden", "дружина народила 30.10", "żona rodziła 30.10".
const OWN_PARTNER = String.raw`(?:(?:my|mi|mon|ma|mein\p{L}{0,2}|meu|minha|mia|il[ \t]+mio|la[ \t]+mia|moja|m\u00f3j|\u043c\u043e\u044f|\u043c\u0456\u0439)[ \t]+)?(?:wife|partner|girlfriend|esposa|mujer|pareja|novia|femme|compagne|copine|Frau|Partnerin|Freundin|mulher|companheira|namorada|moglie|compagna|ragazza|\u017cona|\u017conka|partnerka|dziewczyna|\u0434\u0440\u0443\u0436\u0438\u043d\u0430|\u0436\u0456\u043d\u043a\u0430|v\u1ee3[ \t]+(?:t\u00f4i|em|m\u00ecnh))`;
const GAVE_BIRTH = String.raw`(?:gave[ \t]+birth|had[ \t]+(?:the|our|a)[ \t]+baby|dio[ \t]+a[ \t]+luz|pari\u00f3|pario|a[ \t]+accouch\u00e9|accouch\p{L}{0,3}|hat(?:[ \t]+\p{L}{1,12}){0,3}?[ \t]+entbunden|entbunden|deu[ \t]+\u00e0[ \t]+luz|deu[ \t]+a[ \t]+luz|ha[ \t]+partorito|partor\p{L}{1,4}|urodzi\u0142a|rodzi\u0142a|\u043d\u0430\u0440\u043e\u0434\u0438\u043b\u0430|sinh[ \t]+(?:con|b\u00e9))`;
// A child's birth: "mi hija nació", "my baby was born", "meu filho nasceu", "ma fille est née", "unser Sohn wurde … geboren".
const BIRTH = lazyPattern(
  String.raw`${B}${OWN_CHILD}(?:[ \t]+\p{L}{1,12}){0,2}?[ \t]+(?:was[ \t]+born|is[ \t]+born|naci\u00f3|nacio|naci\u00e9ron|nasceu|nacque|\u00e8[ \t]+nat[oa]|est[ \t]+n\u00e9e?|(?:wurde|ist)(?:[ \t]+\p{L}{1,12}){0,3}?[ \t]+geboren|urodzi\u0142\p{L}{0,2}[ \t]+si\u0119|\u043d\u0430\u0440\u043e\u0434\u0438\p{L}{2,4}|(?:t\u00f4i|em)[ \t]+sinh|sinh|ipinanganak)${E}|${B}ipinanganak[ \t]+(?:ang|si)[ \t]+(?:\p{L}+[ \t]+)?anak${E}|${B}${OWN_PARTNER}(?:[ \t]+\p{L}{1,12}){0,2}?[ \t]+${GAVE_BIRTH}${E}|${B}(?:nanganak|manganganak)[ \t]+(?:ako|ang[ \t]+(?:asawa|misis|partner)[ \t]+ko)${E}|${B}(?:my|our)[ \t]+(?:baby|babies|twins)[ \t]+(?:came|arrived)(?![ \t]+(?:back|home|to|over|in|out|for|by)${E})${E}|${B}${OWN_CHILD}(?:[ \t]+\p{L}{1,12}){0,3}?[ \t]+(?:zur[ \t]+Welt|auf[ \t]+die[ \t]+Welt)${E}|${birthMore(OWN_CHILD, OWN_PARTNER).join('|')}|${BIRTH_OP50A}`,
  'iu',
);

// The writer's first day in pt pl tl vi uk, said before or after the date ("od 1 marca 2016 pracuję tu").
const HIRE = lazyPattern(
  String.raw`${B}(?:comecei[ \t]+(?:a[ \t]+trabalhar|aqui|na[ \t]+empresa|nesta[ \t]+empresa|no[ \t]+emprego)|entrei[ \t]+(?:aqui|na[ \t]+(?:empresa|firma|f\u00e1brica)|nesta[ \t]+empresa)|fui[ \t]+(?:contratad[oa]|admitid[oa])|(?:trabalho|estou)[ \t]+aqui[ \t]+desde|zatrudnion[oyaei]|zatrudni\u0142(?:em|am|a|o)?|zatrudnili|przyj\u0119\p{L}{1,4}[ \t]+(?:mnie|mni\u0119)|przyj\u0119t\p{L}{1,3}|zosta\u0142(?:em|am)[ \t]+zatrudnion\p{L}{1,2}|pracuj\u0119(?:[ \t]+(?:tu|tutaj))?[ \t]+od|od[ \t]+\d{1,2}[ \t]+\p{L}{3,12}(?:[ \t]+(?:19|20)\d\d)?[ \t]+pracuj\u0119|zacz\u0105\u0142(?:em|am)[ \t]+(?:prac\p{L}{1,4}|tu|tutaj)|(?:nagsimula|nag-?umpisa)[ \t]+ako(?:[ \t]+(?:dito|magtrabaho|sa[ \t]+\p{L}{3,12}))?[ \t]+noong|na-?hire[ \t]+ako|natanggap[ \t]+ako[ \t]+(?:dito|sa[ \t]+(?:trabaho|kompanya|company))|pumasok[ \t]+ako[ \t]+(?:dito|sa[ \t]+(?:kompanya|company))|nagtatrabaho[ \t]+ako[ \t]+dito|(?:t\u00f4i|em|m\u00ecnh)[ \t]+(?:v\u00e0o[ \t]+(?:l\u00e0m|c\u00f4ng[ \t]+ty)|b\u1eaft[ \t]+\u0111\u1ea7u[ \t]+l\u00e0m|\u0111\u01b0\u1ee3c[ \t]+tuy\u1ec3n|l\u00e0m[ \t]+\u1edf[ \t]+\u0111\u00e2y)|\u044f[ \t]+\u043f\u0440\u0430\u0446\u044e\u044e(?:[ \t]+\u0442\u0443\u0442)?[ \t]+\u0437|\u043f\u0440\u0430\u0446\u044e\u044e[ \t]+\u0442\u0443\u0442[ \t]+\u0437|\u043c\u0435\u043d\u0435[ \t]+(?:\u043f\u0440\u0438\u0439\u043d\u044f\u043b\u0438|\u0432\u0437\u044f\u043b\u0438)|\u044f[ \t]+(?:\u043f\u043e\u0447\u0430\u0432|\u043f\u043e\u0447\u0430\u043b\u0430)[ \t]+\u043f\u0440\u0430\u0446\u044e\u0432\u0430\u0442\u0438|\u044f[ \t]+(?:\u043f\u0440\u0438\u0439\u0448\u043e\u0432|\u043f\u0440\u0438\u0439\u0448\u043b\u0430)[ \t]+(?:\u0441\u044e\u0434\u0438|\u043d\u0430[ \t]+\u0440\u043e\u0431\u043e\u0442\u0443|\u043d\u0430[ \t]+\u0437\u0430\u0432\u043e\u0434|\u0432[ \t]+\u043a\u043e\u043c\u043f\u0430\u043d\u0456\u044e|\u043f\u0440\u0430\u0446\u044e\u0432\u0430\u0442\u0438))${E}|${HIRE_ITALIAN}|${HIRE_ITALIAN_MORE}`,
  'iu',
);

export interface OwnDaySentence extends Span {
  /** 'injury-other': someone else's injury, its day hidden, not named to the writer. */
  kind: 'injury' | 'injury-other' | 'leave' | 'birth' | 'hire';
  /** What to hide: for the writer's injury or a leave each day (a date in figures whole, less its year); for a birth
   * the whole date; for a hire or someone else's injury its day and month. */
  hide: Span[];
}

interface FoundDate {
  /** The date, less its year. */
  date: Span;
  /** The day alone: the date in figures is its own day (which part is the day depends on where the writer is from). */
  day: Span;
  /** The date with its year. */
  whole: Span;
}

function datesIn(s: string, kind: OwnDaySentence['kind']): FoundDate[] {
  const found: FoundDate[] = [];
  const alone = (start: number, text: string) => {
    const span = { start, end: start + text.length };
    found.push({ date: span, day: span, whole: span });
  };
  const all = [...s.matchAll(DATE.get())];
  // A hire's day alone is no date ("pracuję do 15"): a hire is read with its month, which may stand apart ("assunto
  // nel giugno 2014, il 3").
  const hireDayAlone = kind === 'hire' && all.every((m) => m[9] !== undefined) && MONTH_ALONE.get().test(s);
  for (const m of all) {
    const at = m.indices!;
    if (kind === 'hire' && m[9] !== undefined && !hireDayAlone) continue;
    const whole = { start: m.index, end: m.index + m[0].length };
    const year = at[2] ?? at[4] ?? at[6] ?? at[8];
    const head = s
      .slice(m.index, year ? year[0] : whole.end)
      .replace(/[ \t,./-]*(?:(?:of|de|n\u0103m|r\.?)[ \t]+)?$/iu, '');
    const date = { start: m.index, end: m.index + head.length };
    const [dayStart, dayEnd] = at[1] ?? at[3] ?? at[5] ?? at[7] ?? at[9]!;
    found.push({ date, day: { start: dayStart, end: dayEnd }, whole });
    // The other end of a range: "del 3 al [17 de noviembre]", "[Nobyembre 2] hanggang 9".
    const from = Math.max(0, m.index - 32);
    const before = RANGE_BEFORE.get().exec(s.slice(from, m.index));
    if (before) alone(from + before.index + before[0].indexOf(before[1]!), before[1]!);
    const after = RANGE_AFTER.get().exec(s.slice(whole.end, whole.end + 32));
    if (after) alone(whole.end + after.index + after[0].lastIndexOf(after[1]!), after[1]!);
  }
  for (const m of s.matchAll(DASHED_DATE_P.get())) {
    const at = m.indices!;
    const whole = { start: m.index, end: m.index + m[0].length };
    const date = { start: at[1]![0], end: at[1]![1] };
    found.push({ date, day: date, whole });
  }
  if (kind !== 'hire') for (const m of s.matchAll(ORDINAL_ON_THE_P.get())) alone(m.index, m[1]!);
  if (kind !== 'hire')
    for (const pattern of [FIG_RANGE, DASH_DAYS_MONTH, DAY_DASH_FIGURES_P, DOTTED_RANGE_P, MONTH_FIRST_RANGE_P])
      for (const m of s.matchAll(pattern.get())) {
        const at = m.indices!;
        alone(at[1]![0], m[1]!);
        alone(at[2]![0], m[2]!);
      }
  if (kind === 'leave')
    for (const m of s.matchAll(BARE_RANGE.get())) {
      const at = m.indices!;
      alone(at[1]![0], m[1]!);
      alone(at[2]![0], m[2]!);
    }
  // op51b: Vietnamese dates in words, a leave's two days in words with no month.
  found.push(...datesOp51b(s, kind));
  // op56a: a leave's days after their weekdays, a due date's day after "due the".
  found.push(...datesOp56a(s, kind));
  return found;
}

function kindOf(written: string): OwnDaySentence['kind'] | undefined {
  // op51b: an idea given birth to, hurt feelings are no birth and no injury.
  const s = withoutFiguresOfSpeech(written);
  const injury = INJURY.get().exec(s);
  if (injury && (!GERMAN_INJURY.test(injury[0]) || GERMAN_FIRST_PERSON.get().test(besidesSomeoneOfMine(s))))
    return 'injury';
  if (LEAVE.get().test(s) || LEAVE_OP50A_P.get().test(s) || leaveOp51b(s)) return 'leave';
  if (
    (LEAVE_WORD.get().test(s) || LEAVE_WORD_MORE.get().test(s)) &&
    (FIRST_PERSON.get().test(s) || datesIn(s, 'leave').length > 1)
  )
    return 'leave';
  // op53a: a holiday or any leave of the writer's, with its range; not a plant's closure or a rule for everyone.
  if (
    (HOLIDAY_LEAVE_P.get().test(s) || HOLIDAY_MORE_P.get().test(s)) &&
    (FIRST_PERSON.get().test(s) || OWN_VERB_P.get().test(s) || OWN_MORE_P.get().test(s)) &&
    !EVERYONE_P.get().test(s) &&
    (datesIn(s, 'leave').length > 1 || HIDDEN_TWO.test(s))
  )
    return 'leave';
  if (BIRTH.get().test(s) || birthNamedOp51b(s) || BIRTH_OP53A_P.get().test(s) || BIRTH_OP56A_P.get().test(s))
    return 'birth';
  if (INJURY_OF_ANYONE.get().test(s))
    // A lowercase "i" there is Polish or Italian "and" ("Marek spadł z rampy i nikt"), not the writer.
    return FIRST_PERSON.get().test(besidesSomeoneOfMine(s).replace(/(?<=[ \t])i(?=[ \t])/gu, ' '))
      ? 'injury'
      : 'injury-other';
  if (HIRE.get().test(s) || HIRE_OP53A_P.get().test(s) || HIRE_OP56A_P.get().test(s)) return 'hire';
  return undefined;
}

const HOLIDAY_LEAVE_P = lazyPattern(HOLIDAY_LEAVE, 'iu');
const OWN_VERB_P = lazyPattern(OWN_VERB, 'iu');
const EVERYONE_P = lazyPattern(EVERYONE, 'iu');
const BIRTH_OP53A_P = lazyPattern(BIRTH_OP53A, 'iu');
const HIRE_OP53A_P = lazyPattern(HIRE_OP53A, 'iu');
// op56a: due dates said with a verb, births told verb-first, leaves owned by a verb, German and Spanish hire nouns.
const BIRTH_OP56A_P = lazyPattern(BIRTH_OP56A, 'iu');
const HIRE_OP56A_P = lazyPattern(HIRE_OP56A, 'iu');
const HOLIDAY_MORE_P = lazyPattern(HOLIDAY_MORE, 'iu');
const OWN_MORE_P = lazyPattern(OWN_MORE, 'iu');
const HIDDEN_ONE = /\[ID\]/u;
const HIDDEN_TWO = /\[ID\][^\n[]{0,12}\[ID\]/u;
// A month named alone, for a hire's day said apart from it.
const MONTH_ALONE = lazyPattern(String.raw`${B}${MONTH_ANY}`, 'iu');
// A day in words before its month: a text with no figure may still hold a date.
const DAY_IN_WORDS_DATE = lazyPattern(
  String.raw`${B}(?:${DAY_IN_WORDS})[ \t]+(?:of[ \t]+|de[ \t]+)?${MONTH_ANY}`,
  'iu',
);
// op53a: or an English day in words after "on the" ("gave birth on the fourteenth").
const ORDINAL_ON_THE_TEST = lazyPattern(ORDINAL_ON_THE, 'iu');
const mayHoldDate = (text: string) =>
  /\d|\[ID\]/u.test(text) ||
  DAY_IN_WORDS_DATE.get().test(text) ||
  mayHoldDayOp51b(text) ||
  ORDINAL_ON_THE_TEST.get().test(text);

/** Every sentence of text that tells the day of the writer's injury, a leave, a child's birth or a hire (see above). */
export function ownDaySentences(text: string): OwnDaySentence[] {
  if (!mayHoldDate(text)) return [];
  const found: OwnDaySentence[] = [];
  for (const { start, end } of sentences(text)) {
    const s = text.slice(start, end);
    if (!mayHoldDate(s)) continue;
    const kind = kindOf(s);
    if (kind === undefined) continue;
    const dates = datesIn(s, kind);
    // Read on the redacted text, a part hidden beside an injury or a birth was its day ("podłodze [ID].", "Дружина
    // народила [ID]"), two beside a leave its range ("off sick [ID] - [ID]"); one beside a leave may be a policy's year
    // ("parental leave is in the works for [ID]").
    const hiddenDay =
      kind.startsWith('injury') || kind === 'birth' ? HIDDEN_ONE : kind === 'leave' ? HIDDEN_TWO : undefined;
    if (dates.length === 0 && !hiddenDay?.test(s)) continue;
    // Someone else's injury loses its month with its day (op48a): "my son Jan [ID] was hurt" would read "Jan" as a name.
    const pick = (d: FoundDate) =>
      kind === 'birth' ? d.whole : kind === 'hire' || kind === 'injury-other' ? d.date : d.day;
    found.push({
      start,
      end,
      kind,
      hide: dates.map(pick).map(({ start: a, end: b }) => ({ start: start + a, end: start + b })),
    });
  }
  return found;
}
