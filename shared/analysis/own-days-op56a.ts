import { lazyPattern } from './lazy-pattern';

/*
 * More ways of telling a day one person's file holds (op56a, 2026-12-08 night, from the blind attack op54's classes 2
 * to 5), read by own-days-of-the-writer.ts beside op53a's cues:
 * - a due date said with a verb and no noun: "my baby is due June 14th", "our second is due 6/14", "Due the 14th of
 *   March", "salgo de cuentas el 14 de junio", "il parto è previsto per il 14 giugno", "o bebê deve nascer dia 14",
 *   "das Baby kommt voraussichtlich am 14. Juni", "żona ma rodzić 14 czerwca", "termin mam na 12 lipca", "kabuwanan ko
 *   sa Hunyo 14", "пологи очікуються 14 червня", "dự sinh ngày 14 tháng 6";
 * - a birth told with the verb first and the child after ("nació el 3 de marzo mi hija", "est né le 3 mars mon fils",
 *   "arrived March 3rd, our son", "welcomed our daughter on March 3"), and becoming a parent in es pt tl uk vi ("se
 *   convirtió en papá", "me hice mamá", "naging tatay ako", "я став татом", "tôi lên chức bố");
 * - a holiday or leave the writer owns by a verb or a refusal, not a pronoun: "mis vacaciones son del 22 al 31",
 *   "tengo vacaciones 22-31 diciembre", "estou de férias de 22 a 31", "sono in ferie dal 22 al 31", "mam urlop od 22 do
 *   31", "я у відпустці з 22 по 31", "Urlaub vom 22.12. bis 3.1. wurde abgelehnt", "PTO 12/22-12/31 got denied",
 *   "out on FMLA from Feb 2 thru Feb 20", "tôi nghỉ từ ngày 3/3", and a range with its weekdays ("from Monday 22 to
 *   Friday 26 December");
 * - a hire in German and Spanish with a noun or "seit"/"desde": "mein Eintrittsdatum ist der 1. Juli 2020", "seit dem
 *   ersten März 2019 bin ich hier", "seit dem 3. März 2019 dabei", "ich habe am 1. März 2019 angefangen", "mi fecha de
 *   ingreso fue el primero de julio", "me dieron de alta el 1 de julio de 2020", "contratada desde", "mi antigüedad es
 *   del 3 de febrero de 2015", "desde el 5 de junio de 2021 en la empresa".
 * A deadline ("our deadline is the 14th", "the report is due the 14th"), a plant's closure for everyone, "the new line
 * arrived" and "since 2019 the canteen has been bad" name no one.
 *
 * Letters outside ASCII are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 * Every span is bounded.
 */

const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;
const MONTH_EN = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)`;
/** Italian "due" (two) before an English month, or "out", is the English "due": "my baby is due June 14th", "due out". */
export const NOT_DUE_BEFORE_MONTH = String.raw`(?!due[ \t]+(?:${MONTH_EN}|out|set|ago|mar)(?![\p{L}]))`;
const CHILD = String.raw`(?:son|daughter|baby(?:[ \t]+(?:girl|boy))?|little[ \t]+(?:one|boy|girl)|twins|first(?:born)?|second|hij[oa]s?|beb[\u00e9e]s?|ni\u00f1[oa]|gemel[oa]s|fils|fille|jumeaux|jumelles|enfant|b\u00e9b\u00e9|filh[oa]s?|g\u00eame[oa]s|figli[oa]|bambin[oa]|gemelli|Sohn|Tochter|Kind|Baby|Zwillinge)`;
const OWN = String.raw`(?:my|our|mi|mis|nuestr[oa]s?|mon|ma|mes|notre|nos|(?:a|o|os|as)[ \t]+(?:minha|meu|nossa|nosso|meus|minhas|nossos|nossas)|minha|meu|nossa|nosso|meus|minhas|nossos|nossas|(?:il|la)[ \t]+(?:mio|mia|nostr[oa])|mio|mia|nostr[oa]|mein\p{L}{0,2}|unser\p{L}{0,2})`;

/** A child's due date said with a verb, a birth told verb-first, becoming a parent in es pt tl uk vi. */
export const BIRTH_OP56A = [
  // A due date: "my baby is due", "she's due", "our second is due", "Due the 14th of March" opening a sentence.
  String.raw`(?:she|i|wife|partner|girlfriend|baby|bub|we|twins|(?:our|my)[ \t]+(?:first|second|third|next|little[ \t]+one))(?:['\u2019]s|[ \t]+is|[ \t]+am|['\u2019]m|[ \t]+are|['\u2019]re)[ \t]+due(?![ \t]+(?:out|back|for|to|at|a|an|off|up)(?![\p{L}]))`,
  String.raw`^[ \t]*due(?=[ \t]+(?:on[ \t]+|in[ \t]+|around[ \t]+)?(?:the[ \t]+)?(?:\d|${MONTH_EN}))`,
  String.raw`sal(?:go|gimos|e|en|dr\u00e9|dr\u00e1)[ \t]+de[ \t]+cuentas|(?:va|debe|deber\u00eda|tiene[ \t]+que)[ \t]+(?:a[ \t]+)?nacer|nacer\u00e1`,
  String.raw`parto[ \t]+(?:\u00e8[ \t]+)?previsto|(?:devo|deve|dovrei|dovrebbe)[ \t]+(?:partorire|nascere)|nascer\u00e0`,
  String.raw`(?:deve|vai|deveria|devia)[ \t]+nascer|nascer\u00e1|previs\u00e3o[ \t]+(?:do[ \t]+)?parto|data[ \t]+prov\u00e1vel[ \t]+do[ \t]+parto`,
  String.raw`(?:doit|devrait|va)[ \t]+na\u00eetre|accouchement[ \t]+(?:est[ \t]+)?pr\u00e9vu|je[ \t]+suis[ \t]+\u00e0[ \t]+terme`,
  String.raw`(?:Baby|Kind)[ \t]+(?:kommt|soll)|Entbindungstermin|Entbindung[ \t]+(?:ist[ \t]+)?(?:geplant|errechnet)`,
  String.raw`(?:ma|mam|b\u0119dzie|powinna|b\u0119d\u0119)[ \t]+rodzi\u0107|termin[ \t]+(?:mam|ma|wypada|przypada)|por\u00f3d[ \t]+(?:ma[ \t]+by\u0107|planowany|przewidziany)`,
  String.raw`kabuwanan|manganganak[ \t]+(?:ako|siya)`,
  String.raw`\u043f\u043e\u043b\u043e\u0433\u0438|\u043d\u0430\u0440\u043e\u0434\u0436\u0443\u0432\u0430\u0442\u0438|(?:\u043c\u0430\u0454|\u043c\u0430\u044e\u0442\u044c)[ \t]+\u043d\u0430\u0440\u043e\u0434\u0438\u0442\u0438\u0441\u044f`,
  String.raw`d\u1ef1[ \t]+sinh|s\u1eafp[ \t]+sinh`,
  // Verb first, the child after it: "nació el 3 de marzo mi hija", "arrived March 3rd, our son".
  String.raw`(?:naci\u00f3|nacieron|est[ \t]+n\u00e9e?|sont[ \t]+n\u00e9e?s|nasceu|nasceram|\u00e8[ \t]+nat[oa]|sono[ \t]+nati|arrived|came[ \t]+into[ \t]+the[ \t]+world|was[ \t]+born|were[ \t]+born|lleg\u00f3|chegou|est[ \t]+arriv\u00e9e?|\u00e8[ \t]+arrivat[oa]|kam[ \t]+(?:zur|auf[ \t]+die)[ \t]+Welt)[^.!?\n]{1,40}?${B}${OWN}[ \t]+(?:\p{L}{1,12}[ \t]+)?${CHILD}`,
  String.raw`welcomed[ \t]+(?:our|my)[ \t]+(?:\p{L}{1,12}[ \t]+)?${CHILD}`,
  // Becoming a parent.
  String.raw`(?:se|me)[ \t]+(?:convirti\u00f3|convert\u00ed|volvi\u00f3|volv\u00ed|hizo|hice)[ \t]+(?:en[ \t]+)?(?:pap\u00e1|mam\u00e1|padre|madre)|(?:fui|fue)[ \t]+(?:pap\u00e1|mam\u00e1)`,
  String.raw`(?:virou|virei|se[ \t]+tornou|tornou-se)[ \t]+(?:pai|m\u00e3e|papai|mam\u00e3e)|fui[ \t]+(?:pai|m\u00e3e)`,
  String.raw`naging[ \t]+(?:tatay|nanay|ama|ina|daddy|mommy|papa|mama)`,
  String.raw`(?:\u0441\u0442\u0430\u0432|\u0441\u0442\u0430\u043b\u0430)[ \t]+(?:\u0442\u0430\u0442\u043e\u043c|\u0431\u0430\u0442\u044c\u043a\u043e\u043c|\u043c\u0430\u043c\u043e\u044e|\u043c\u0430\u0442\u0456\u0440['\u2019\u02bc]\u044e)`,
  String.raw`l\u00ean[ \t]+ch\u1ee9c[ \t]+(?:b\u1ed1|m\u1eb9|ba)|(?:\u0111\u01b0\u1ee3c[ \t]+)?l\u00e0m[ \t]+(?:b\u1ed1|m\u1eb9)[ \t]+(?:ng\u00e0y|t\u1eeb|v\u00e0o)`,
]
  .map((p) => `${B}(?:${p})${E}`)
  .join('|');

/** A holiday or leave word the older list lacks: "FMLA", Ukrainian "відпустці", Vietnamese "nghỉ từ". */
export const HOLIDAY_MORE = String.raw`${B}(?:FMLA|LOA|absent[e]?|absente|ausente|assente|fuori[ \t]+sede|\u0432\u0456\u0434\u043f\u0443\u0441\u0442\u0446\p{L}{0,2}|\u0432\u0456\u0434\u043f\u0443\u0441\u0442\u043a\u0443|ngh\u1ec9(?=[ \t]+(?:t\u1eeb|ng\u00e0y)))${E}`;

/** The writer, by a verb or a refusal rather than a pronoun: "tengo", "estou", "sono", "mam", "got denied". */
export const OWN_MORE = String.raw`${B}(?:mis|tengo|voy|estoy|estar[\u00e9\u00e1]|estou|vou|estarei|tenho|sono[ \t]+(?:in|di|a)[ \t]+(?:ferie|vacanza|permesso)|sar\u00f2|mam|bior\u0119|wezm\u0119|b\u0119d\u0119|mes|serai|suis|habe|hab|bin|werde|nehme|out[ \t]+on|denied|rejected|refused|declined|abgelehnt|negaron|rechazaron|negada|recusaram|negad[ao]|rifiutat[eoa]|odrzuci\p{L}{1,3})${E}`;

/** A hire in German and Spanish with a noun or "seit"/"desde". */
export const HIRE_OP56A = [
  String.raw`Eintrittsdatum|Eintritt[ \t]*:|Einstellungsdatum|Eintritt[ \t]+(?:war|ins[ \t]+Unternehmen|in[ \t]+die[ \t]+Firma)`,
  String.raw`(?:seit|ab)[ \t]+(?:dem[ \t]+)?[^!?\n]{1,30}?[ \t]+(?:(?:bin|war)[ \t]+ich[ \t]+(?:hier|dabei|in[ \t]+der[ \t]+Firma|im[ \t]+Betrieb)|dabei|angestellt|besch\u00e4ftigt|im[ \t]+(?:Betrieb|Unternehmen)|(?:in|bei)[ \t]+der[ \t]+Firma)`,
  String.raw`(?:bei|in)[ \t]+der[ \t]+Firma[ \t]+seit|(?:ich[ \t]+(?:habe|hab)|hab(?:e)?[ \t]+ich)[ \t]+[^!?\n]{0,40}?angefangen`,
  String.raw`fecha[ \t]+de[ \t]+(?:ingreso|alta|contrataci\u00f3n|entrada|inicio)|(?:me[ \t]+)?dieron[ \t]+de[ \t]+alta|contratad[oa][ \t]+desde|antig\u00fcedad`,
  String.raw`desde[ \t]+el[ \t]+[^!?\n]{1,40}?(?:en[ \t]+la[ \t]+(?:empresa|planta|f\u00e1brica|compa\u00f1\u00eda)|trabajando|aqu\u00ed|aqui)|(?:trabajo|estoy|llevo)[ \t]+(?:aqu\u00ed|aqui|en[ \t]+la[ \t]+(?:empresa|planta|f\u00e1brica))[ \t]+desde`,
]
  .map((p) => `${B}(?:${p})${E}`)
  .join('|');

const NUM_DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|lunes|martes|mi\u00e9rcoles|jueves|viernes|s\u00e1bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)`;
// "from Monday 22 to Friday 26 December": two days, each after its weekday.
const WEEKDAY_RANGE = lazyPattern(
  String.raw`${B}(?:from|between|del|du|vom|von)[ \t]+(?:(?:the|el|le)[ \t]+)?${WEEKDAY},?[ \t]+(?:the[ \t]+)?(${NUM_DAY}(?:st|nd|rd|th|\.)?)[ \t]+(?:to|till|until|through|thru|and|al|au|bis)[ \t]+(?:(?:the|el|le)[ \t]+)?${WEEKDAY},?[ \t]+(?:the[ \t]+)?(${NUM_DAY}(?:st|nd|rd|th)?)(?![\p{L}\p{N}])`,
  'giud',
);
// "due the 14th", "is due the 14th of March": the day alone after "due".
const DUE_DAY = lazyPattern(
  String.raw`${B}due[ \t]+(?:on[ \t]+)?the[ \t]+(${NUM_DAY}(?:st|nd|rd|th))(?![\p{L}\p{N}])`,
  'giud',
);

interface Spans {
  date: { start: number; end: number };
  day: { start: number; end: number };
  whole: { start: number; end: number };
}

/** The days above in sentence `s`: a leave's two days after their weekdays, a due date's day after "due the". */
export function datesOp56a(s: string, kind: string): Spans[] {
  const found: Spans[] = [];
  const alone = (start: number, text: string) => {
    const span = { start, end: start + text.length };
    found.push({ date: span, day: span, whole: span });
  };
  if (kind === 'leave')
    for (const m of s.matchAll(WEEKDAY_RANGE.get())) {
      alone(m.indices![1]![0], m[1]!);
      alone(m.indices![2]![0], m[2]!);
    }
  if (kind === 'birth') for (const m of s.matchAll(DUE_DAY.get())) alone(m.indices![1]![0], m[1]!);
  return found;
}
