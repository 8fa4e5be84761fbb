/*
 * What payroll or HR finds one person by, said without "only" (op44a, after the op43 attack, 2026-12-07): the weekly
 * digest quoted "I've been here 23 years and my hourly rate is still $17.85", "I was employee of the month in
 * September and still got no raise", "after 11 years on line 4 I make 19.40 an hour". The preview now names them, so
 * the writer can say them less exactly, and the digest never quotes them (digest/quotes-singling-out.ts). Redaction
 * keeps them: pay and recognition are often what the report is about.
 *
 * - The writer's own wage with its amount ("my hourly rate is still $17.85", "I make 19.40 an hour", "gano 9,80 la
 *   hora", "je gagne 11,65 €", "mein Stundenlohn ist 13,20 €", "ganho 7,35", "guadagno 8,90", "zarabiam 26,40 zł"),
 *   with a time served in years anywhere in the text ("23 years", "llevo 15 años", "depuis 12 ans", "seit 14 Jahren",
 *   "há 8 anos", "dopo 10 anni", "od 12 lat"): payroll has one person at that rate with that service. A rate alone
 *   ("we get paid $17.25 an hour", "I make 19.40 an hour") is many people's, and so is a time served alone.
 * - An award with its month or year, said of someone ("I was employee of the month in September", "fui empleada del
 *   mes en marzo", "j'ai été employé du mois de juin", "ich war Mitarbeiterin des Monats im Mai", "byłam pracownicą
 *   miesiąca w kwietniu"): one person a month. Not the programme ("the employee of the month program is a joke").
 * - A record the writer holds or broke ("I hold the warehouse record for most pallets", "tengo el récord de la
 *   planta", "j'ai battu le record", "ich halte den Rekord"), or a perfect attendance of years: one person's file.
 *
 * Every span is bounded; letters outside ASCII are \u escapes (self-descriptions-more-cues.ts says why).
 */
import { firstPersonPhrase } from './self-descriptions-first-person';
import { lazyPattern } from './lazy-pattern';
import { MONTH } from './redact-personal-dates';

const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;
const SP = String.raw`[ \t]+`;
// A few words between two parts, each bounded: "my hourly rate is still", "mein Stundenlohn ist immer noch".
const FEW = (n: number) => String.raw`(?:[\p{L}'\u2019]{1,16}[ \t]+){0,${n}}?`;

// An amount of money: a currency before it, or cents, or a currency after it.
const MONEY = String.raw`(?:(?:US\$|R\$|[$\u20ac\u00a3])[ \t]?\d{1,6}(?:[.,]\d{2})?|\d{1,6}[.,]\d{2}(?:[ \t]?(?:[$\u20ac\u00a3]|euros?|eur|dollars?|bucks|z\u0142|zl|pln|reais|pesos))?|\d{1,6}[ \t]?(?:[$\u20ac\u00a3]|euros?|dollars?|bucks|z\u0142|reais|pesos))(?![\p{N}])`;

// The writer's own wage: a first-person verb of earning, or "my rate/pay/wage …", then the amount.
const OWN_WAGE = [
  String.raw`(?:i|i['\u2019]m|i[ \t]+am)[ \t]+(?:still[ \t]+|only[ \t]+|just[ \t]+)?(?:make|making|earn|earning|get[ \t]+paid|got[ \t]+paid|am[ \t]+paid|paid|get|gets|take[ \t]+home|on|at|stuck[ \t]+at)[ \t]+(?:only[ \t]+|just[ \t]+|still[ \t]+)?${MONEY}`,
  String.raw`my[ \t]+(?:[\p{L}-]{1,12}[ \t]+)?(?:rate|pay|wage|wages|salary|paycheck|pay[ \t]+rate)[ \t]+(?:is|was|stays|remains|has[ \t]+been|sits|stuck)[ \t]+${FEW(3)}${MONEY}`,
  String.raw`(?:gano|cobro|me[ \t]+pagan|percibo)[ \t]+${FEW(2)}${MONEY}|mi[ \t]+(?:sueldo|salario|tarifa|pago)[ \t]+${FEW(3)}${MONEY}`,
  String.raw`(?:je[ \t]+(?:gagne|touche|per\u00e7ois)|je[ \t]+suis[ \t]+pay\u00e9e?)[ \t]+${FEW(2)}${MONEY}|mon[ \t]+(?:salaire|taux[ \t]+horaire|taux)[ \t]+${FEW(3)}${MONEY}`,
  String.raw`(?:ich[ \t]+(?:verdiene|bekomme|kriege)|verdiene[ \t]+ich|bekomme[ \t]+ich)[ \t]+${FEW(2)}${MONEY}|mein[ \t]+(?:Stundenlohn|Lohn|Gehalt|Verdienst)[ \t]+${FEW(3)}${MONEY}`,
  String.raw`(?:ganho|recebo)[ \t]+${FEW(2)}${MONEY}|(?:meu|o[ \t]+meu)[ \t]+(?:sal\u00e1rio|salario|pagamento)[ \t]+${FEW(3)}${MONEY}`,
  String.raw`(?:guadagno|prendo|percepisco)[ \t]+${FEW(2)}${MONEY}|(?:la[ \t]+mia[ \t]+paga|il[ \t]+mio[ \t]+stipendio)[ \t]+${FEW(3)}${MONEY}`,
  String.raw`(?:zarabiam|dostaj\u0119|mam)[ \t]+${FEW(2)}${MONEY}|moja[ \t]+(?:stawka|pensja|wyp\u0142ata)[ \t]+${FEW(3)}${MONEY}`,
];
const WAGE = lazyPattern(String.raw`${B}(?:${OWN_WAGE.join('|')})`, 'giu');
// A time served in years, anywhere in the text: "23 years", "15 años", "12 ans", "14 Jahren", "8 anos", "10 anni",
// "12 lat". Not an age ("5 years old", "años de edad").
const YEARS_SERVED = lazyPattern(
  String.raw`${B}(?:[1-9]|[1-4]\d)${SP}(?:years?|yrs?|a\u00f1os|ans|Jahren?|anos|anni|lat|latach|roku)${E}(?![ \t]*(?:old|de[ \t]+edad|d['\u2019][\u00e2a]ge|alt|de[ \t]+idade|di[ \t]+et\u00e0))`,
  'iu',
);

// An award of the month, year or quarter: "employee of the month", "empleada del mes", "employé du mois",
// "Mitarbeiterin des Monats", "funcionário do mês", "dipendente del mese", "pracownica miesiąca".
const AWARD = String.raw`(?:(?:employee|worker|associate|team[ \t]+member|colleague|driver|picker|nurse|agent|cashier)[ \t]+of[ \t]+the[ \t]+(?:month|year|quarter|week)|(?:emplead[oa]|trabajador(?:a)?|colaborador(?:a)?)[ \t]+del[ \t]+(?:mes|a\u00f1o|trimestre)|(?:employ\u00e9e?|salari\u00e9e?|collaborat(?:eur|rice))[ \t]+du[ \t]+(?:mois|trimestre)|(?:employ\u00e9e?|salari\u00e9e?)[ \t]+de[ \t]+l['\u2019]ann\u00e9e|Mitarbeiter(?:in)?[ \t]+des[ \t]+(?:Monats|Jahres|Quartals)|(?:funcion\u00e1ri[oa]|colaborador(?:a)?)[ \t]+do[ \t]+(?:m\u00eas|ano|trimestre)|(?:dipendente|impiegat[oa]|lavorat(?:ore|rice))[ \t]+del(?:l['\u2019][ \t]*anno|[ \t]+mese|[ \t]+trimestre)|pracowni(?:k|czk\p{L}|c\p{L}{1,2})[ \t]+(?:miesi\u0105ca|roku|kwarta\u0142u))`;
// Said of someone: a verb of being, naming or winning just before it (up to two words between).
const AWARDED = String.raw`(?:was|were|am|i['\u2019]m|is|became|been|named|made|won|got|voted|picked|fui|soy|era|sido|nombrad[oa]|elegid[oa]|gan\u00e9|suis|\u00e9t\u00e9|\u00e9tais|nomm\u00e9e?|\u00e9lue?|war|bin|wurde|sou|fui|sono|stat[oa]|ero|nominat[oa]|eletto|eletta|by\u0142em|by\u0142am|jestem|zosta\u0142em|zosta\u0142am|zosta\u0142[ao]?|by\u0142[ao]?)`;
// Its time: a month by name, a year, or last/this month.
const WHEN = String.raw`(?:${MONTH}|(?:19|20)\d\d|last[ \t]+(?:month|year)|this[ \t]+(?:month|year)|el[ \t]+mes[ \t]+pasado|le[ \t]+mois[ \t]+dernier|letzten[ \t]+Monat|m\u00eas[ \t]+passado|il[ \t]+mese[ \t]+scorso|w[ \t]+zesz\u0142ym[ \t]+miesi\u0105cu)(?![\p{L}])`;
const TIME_WORD = String.raw`(?:in|for|of|de|en|du|d['\u2019]|im|em|a|di|za|we|w|from|para|pour|f\u00fcr|per)`;
const AWARDS = [
  String.raw`${AWARDED}[ \t]+${FEW(2)}${AWARD}(?:[ \t]+${TIME_WORD})?[ \t]*${WHEN}`,
  // "September's employee of the month was me"
  String.raw`${MONTH}['\u2019]s[ \t]+${AWARD}`,
  // An award by name with its time: "I won the safety award in March", "gan\u00e9 el premio de seguridad en 2024".
  String.raw`(?:i[ \t]+(?:won|got|received|was[ \t]+given)|gan\u00e9|recib\u00ed|j['\u2019][ \t]*ai[ \t]+(?:gagn\u00e9|re\u00e7u|eu)|ich[ \t]+habe|ganhei|recebi|ho[ \t]+vinto|ho[ \t]+ricevuto|dosta\u0142(?:em|am)|wygra\u0142(?:em|am))[ \t]+${FEW(3)}(?:award|prize|premio|prix|Preis|Auszeichnung|pr\u00eamio|pr\u00e9mio|nagrod\p{L}{1,2})[ \t]+${FEW(4)}${WHEN}`,
];
// A record the writer holds or broke, or a perfect attendance of years.
const RECORDS = [
  String.raw`i[ \t]+(?:hold|have|own|set|broke|beat|still[ \t]+hold)[ \t]+(?:the|a|our)[ \t]+(?:[\p{L}-]{1,16}[ \t]+){0,2}?record[ \t]+(?:for|of|in|on)`,
  String.raw`i['\u2019]m[ \t]+the[ \t]+(?:[\p{L}-]{1,16}[ \t]+)?record[ \t]+holder|(?:my|i[ \t]+have|i[ \t]+had)[ \t]+(?:\d{1,2}[ \t]+years?[ \t]+(?:of[ \t]+)?)?perfect[ \t]+attendance(?:[ \t]+(?:for|in)[ \t]+\d{1,2}[ \t]+years?)?`,
  String.raw`(?:tengo|ostento|bat\u00ed|romp\u00ed|tengo[ \t]+a\u00fan)[ \t]+el[ \t]+r\u00e9cord|(?:je[ \t]+d\u00e9tiens|j['\u2019][ \t]*ai[ \t]+(?:battu|le))[ \t]+(?:le[ \t]+)?record|ich[ \t]+(?:halte|habe)[ \t]+den[ \t]+(?:\p{L}{1,16}[ \t]+)?Rekord|(?:tenho|bati|quebrei)[ \t]+o[ \t]+recorde|(?:detengo|ho[ \t]+battuto|ho)[ \t]+il[ \t]+record|(?:mam|pobi\u0142(?:em|am)|trzymam)[ \t]+rekord`,
];
const MARK = lazyPattern(String.raw`${B}(?:${[...AWARDS, ...RECORDS].join('|')})${E}`, 'giu');

/** Each phrase in text that payroll or HR could find one person by: an exact wage with service, an award, a record. */
export function payAndAwards(text: string): string[] {
  const found: string[] = [];
  if (/\d/u.test(text) && YEARS_SERVED.get().test(text))
    for (const m of text.matchAll(WAGE.get())) found.push(phraseAt(text, m.index, m[0].length));
  for (const m of text.matchAll(MARK.get())) found.push(phraseAt(text, m.index, m[0].length));
  return found;
}

/** The match and what follows it to its clause's end: the words to reword. */
function phraseAt(text: string, start: number, length: number): string {
  return (firstPersonPhrase(text, start, start + length) ?? text.slice(start, start + length)).replace(/[ \t]+$/u, '');
}
