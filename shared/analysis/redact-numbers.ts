import { addressRules } from './redact-addresses';
import { maskEmployeeIds, maskIds, nationalIdRules } from './redact-ids-local';
import { maskPostcodes } from './redact-postcodes';
import { maskLocalStreets } from './redact-streets-local';
import { maskMatches, type Rule, unopenedClosingBrackets } from './redact-rule';
import { mask } from './redaction-kinds';
import { phonesInRun } from './redact-phone-runs';
import { maskSpokenPhoneNumbers } from './redact-spoken-numbers';
import { holdsAny, type Shape, shapeOf } from './redact-shape';
import { lazyPattern } from './lazy-pattern';

/* The rules that read digits: ids, phone numbers, number plates, and (last) addresses. */

// ---- Ids ------------------------------------------------------------------------

// "123-45-6789", and with spaces or dots ("123 45 6789", "123.45.6789"), one mark all along and no more digits beside:
// the cued-id rules below would take "123 45" of "SSN 123 45 6789" and leave the last four.
const SSN = lazyPattern(String.raw`(?<![\p{N}][ .-]?|[\p{N}-])\d{3}([-. ])\d{2}\1\d{4}(?![ .-]?\p{N})`, 'gu');
// A date of birth, with its cue in any of the languages employees write: "DOB 04/12/1985", "born on 4 March 1990",
// "Geburtsdatum 12.05.1984", "fecha de nacimiento: 3 de mayo de 1990", "né le 12/03/1988", "data urodzenia 1.02.1990".
const BIRTH_CUE = String.raw`(?:dob|d\.o\.b\.?|date of birth|birth ?date|born on|born|geburtsdatum|geburtstag|geb\.|geboren(?: am)?|fecha de nacimiento|f\. de nacimiento|nacid[oa] el|nac[ií] el|date de naissance|n[ée]e? le|data de nascimento|nascid[oa] em|nasci em|data di nascita|nat[oa] il|data urodzenia|urodzon[ya](?: dnia)?|urodzi[łl][ae]?[mś]? si[ęe]|ngày sinh|sinh ngày|petsa ng kapanganakan|kaarawan|ipinanganak(?: noong)?|تاريخ الميلاد|تاريخ ميلادي|مواليد)`;
const BIRTH_DATE = lazyPattern(
  String.raw`(?<![\p{L}])${BIRTH_CUE}(?![\p{L}])\s*(?:is|was|es|est|ist|è|é|to|là|ay|:)?\s*(\d{1,4}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{1,4}|\d{1,2}(?:st|nd|rd|th|\.|º)? (?:de )?\p{L}+,? (?:de )?\d{4}|\p{L}+ \d{1,2}(?:st|nd|rd|th)?,? \d{4})`,
  'giu',
);
// "on the DOB list as 1990-07-22", "born, if you must know, 14/03/1987": a whole date, its year in four digits, a
// few words after the cue; closer dates are the pattern's above.
const BIRTH_DATE_FURTHER = lazyPattern(
  String.raw`(?<![\p{L}])${BIRTH_CUE}(?![\p{L}])(?:[\s,]+[\p{L}'’]+){1,4}[\s,:]+((?:19|20)\d\d([./-])\d{1,2}\2\d{1,2}|\d{1,2}([./-])\d{1,2}\3(?:19|20)\d\d)(?![\p{N}]|[./-]\d)`,
  'giu',
);
/** Whether the lower-case text holds a birth date's cue: what the pattern above needs. */
const BIRTH_SCREEN =
  /dob|d\.o\.b|birth|born|geb|fecha de nac|nac[ií]|naiss|n[ée]e? le|nasc|nascita|nat[oa] il|urodz|sinh|kapanganakan|kaarawan|ipinanganak|ميلاد|مواليد/u;
const ZIP =
  /\b(?:zip|zip code|postcode|post code|postal code)\s*(?:is|:)?\s*(\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b/giu;
// A UK bank's sort code beside an account number names the account's branch: "sort code 20-00-00", "sort code: 200000".
const SORT_CODE = lazyPattern(
  String.raw`\bsort[ -]?code\s*(?:is|was|:)?\s*(\d{2}[- ]?\d{2}[- ]?\d{2})(?![\p{N}]|[- ]\d)`,
  'giu',
);
const CARD = /(?<![\d-]\s?)\d(?:[ -]?\d){12,18}(?![\d-]|\s\d)/g;
// A short number after a word that numbers a person (or their badge, locker, clock card): "badge 12", "locker #37",
// "employee no. 4". Not a share, a time or a count: "employee 12%", "badge 2:30", "employee 3.5".
const SHORT_CUED_ID = lazyPattern(
  String.raw`\b(?:employee|emp|badge|locker|clock|payroll|personnel|staff id|employee id)\b(\s*(?:number|no\.?|num|nr|#|id|code)?\s*(?:is|was|:|=)?)\s*(#?\d{1,3})(?![\p{L}\p{N}%:/]|[.,]\d)`,
  'giu',
);
// IBAN: country, check digits, up to 30 letters and digits, in groups of four or not, the groups parted by spaces
// or dashes ("DE89-3704-0044-0532-0130-00"); the check below says whether it is one.
const SMALL_IBAN = lazyPattern(
  String.raw`(?<![\p{L}])iban(?:[ \t]*(?:number|no\.?|nr\.?|nummer|numer|número|numéro))?[ \t]*(?:is|es|est|ist|jest|é|:)?[ \t]*([a-z]{2}\d{2}(?:[ -]?[a-z0-9]{4}){2,7}(?:[ -]?[a-z0-9]{1,3})?)(?![\p{L}\p{N}])`,
  'giu',
);
const IBAN = /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?\b/g;
// UK National Insurance number: "QQ 12 34 56 C".
const NI_NUMBER = /\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/g;

// Words that announce an identifier, and what may stand between them and it ("number is", "no:", "#").
// Blind round 30: the cue's own dot before "no" ("emp.no: 4512", "emp. no. 4512"), not a sentence's ("policy. #x1").
// "is" between a cue and its number, as employees write it in the languages the redactor reads ("mitt personnummer
// är …", "mijn BSN is …", "id-ul meu este …", "ang ID ko ay …", "passport của tôi là …"); a possessive may come first.
const COPULA = String.raw`(?:is|was|are|es|est|ist|war|era|fue|to|jest|é|è|este|är|var|er|ay|là)(?![\p{L}\p{N}])`;
const ID_CUE = String.raw`\b(?:employee|emp|staff|worker|works|associate|badge|card|member(?:ship)?|payroll|personnel|clock|id|account|acct|social security|ssn|sin|passport|driver'?s licen[cs]e|national insurance|ni|tin|ein|policy|claim|student|patient|customer)\b((?:-ul|-ului)?(?:\s*(?:meu|mea|ko|mo|của tôi|cua toi))?(?:\.(?=\s*(?:number|no|num|nr)(?![\p{L}])))?\s*(?:number|no\.?|num|nr|#|id|code)?\s*(?:${COPULA}|:|=)?)\s*`;
// An identifier announced by what it is: "employee #48213", "badge number is
// 4471", "my ID: E-10233". Only the identifier is masked.
const CUED_ID = lazyPattern(String.raw`${ID_CUE}(#?[A-Za-z]{0,4}[- ]?\d[\dA-Za-z-]*)`, 'giu');
// The same, spelled out a digit or a few at a time: "employee number 5 5 1 2 0", "badge 48 21 3". Taken whole
// before the rules above, which would read its first digit alone as the id and leave the rest. Blind round 22: the
// id's letters may stand apart before it ("emp id E 00 4 7 1 2"); written in capitals, or they are a word ("at").
const SPACED_CUED_ID = lazyPattern(
  String.raw`${ID_CUE}(#?(?:[A-Za-z]{1,2}[- ]?)?\d{1,3}(?: \d{1,3})+)(?![\p{L}\p{N}%:/]|[.,]\d)`,
  'giu',
);

// Blind round 18: Turkey's "TC kimlik numaram", "TCKN", and India's Aadhaar ("aadhar no", "आधार नंबर") were read as
// phones: eleven and twelve digits, as a phone has.
const TURKISH_AND_INDIAN_IDS = String.raw`t\.?\s?c\.?\s+kimlik(?:\s+(?:numaram|numaras[ıi]|numaram[ıi]z|no))?|kimlik\s+(?:numaram|numaras[ıi]|no)|tckn|tc\s+no|aadhaar|aadhar|adhaar|adhar|aadhaar card|aadhar card|uid|आधार(?:\s+(?:नंबर|नम्बर|संख्या|कार्ड|कार्ड\s+नंबर))?`;
// Blind round 25: Finland's "henkilötunnus" (hetu), Denmark's CPR, Norway's "fødselsnummer", the Czech and Slovak
// "rodné číslo" (written with its slash: "855101/1234"), Korea's resident number ("주민번호"), Australia's Medicare
// card and the Philippines' SSS, PhilHealth and Pag-IBIG numbers.
// Blind round 26: Ireland's PPS number ("pps 1234567T") and Switzerland's AHV.
const NORDIC_CZECH_KOREAN_IDS = String.raw`henkilötunnus|henkilotunnus|hetu|cpr(?:-nummer|-nr\.?)?|fødselsnummer|fodselsnummer|rodné\s+číslo|rodne\s+cislo|주민(?:등록)?번호|medicare(?:\s+card)?|sss|philhealth|pag-?ibig|ppsn?|ahv(?:-nummer|-nr\.?)?`;
// A national id, announced by its name in the language of its country:
// "DNI 12345678Z", "PESEL 85010112345", "Personalausweis L01X00T47",
// "codice fiscale RSSMRA85T10A562S", "NIE X-2345678-T". Some of these words
// are ordinary elsewhere (Polish "nie", "dni"), so the id needs five digits,
// or four and a letter.
const NATIONAL_ID = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:dni|nie|nif|cif|pesel|nip|regon|nir|insee|s[ée]cu(?:rit[ée] sociale)?|personalausweis(?:nummer)?|personnummer|personnr|ausweis(?:nummer)?|reisepass(?:nummer)?|steuer-?id|steueridentifikationsnummer|sozialversicherungsnummer|sv-nummer|codice fiscale|bsn|burgerservicenummer|cpf|curp|rfc|nss|aadhaar|cnic|iqama|emirates id|${TURKISH_AND_INDIAN_IDS}|nhs(?: number)?|mrn|medical record(?: number| no\.?)?|hospital number|patient id|chart number|tfn|dow[oó]d(?: osobisty)?|paszport|pasaporte|passeport|passaporto|passport|carte d'identit[ée]|c[ée]dula|documento|id card|national id|identity card|ssn|${NORDIC_CZECH_KOREAN_IDS})(\s*(?:number|no\.?|num\.?|nr\.?|n[°º]\.?|número|numéro|numero|nummer|numer)?\s*(?:${COPULA}|:|=|#)?)\s*(#?[A-Za-z]{0,6}[- ]?\d[\dA-Za-z]*(?:[-. /](?:[A-Za-z]?\d[\dA-Za-z]*|[A-Za-z](?![\p{L}\p{N}])))*)`,
  'giu',
);

function nationalIdOk(m: RegExpExecArray): boolean {
  const id = m[2]!;
  const digits = id.replace(/\D/g, '').length;
  return digits >= 5 || (digits >= 4 && /[A-Za-z]/.test(id));
}

// A Spanish DNI or NIE alone, when its check letter is right: "12345678Z", "X-2345678-T".
const DNI = lazyPattern(String.raw`(?<![\p{L}\p{N}-])([XYZ]-?)?(\d{7,8})-?([A-Z])(?![\p{L}\p{N}])`, 'gu');

function dniOk(m: RegExpExecArray): boolean {
  const [, prefix, digits, letter] = m as unknown as [string, string | undefined, string, string];
  if (prefix ? digits.length !== 7 : digits.length !== 8) return false;
  const number = Number(`${prefix ? 'XYZ'.indexOf(prefix[0]!) : ''}${digits}`);
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23] === letter;
}

// Codes such as "E12345", "EMP-00231", "AB1234567": capitals then five or
// more digits ("HX2000", "INV-2291" are products and papers more often than people).
const CODE_ID = /\b[A-Z]{1,3}-?\d{5,}[A-Z]?\b/g;
// A long bare number or a "#"-number is more likely an account or a badge than anything else.
const LONG_NUMBER = lazyPattern(String.raw`(?<![\p{L}\p{N}$€£.,])(?:#\d{4,}|\d{9,})(?![\p{N}.,]?\d)`, 'gu');

// ---- Phones ---------------------------------------------------------------------

const EXTENSION = String.raw`(?:,?\s*(?:ext\.?|x|extension|poste|dw\.?|durchwahl)\s*\d{1,5})?`;
// A letter of a script that writes words without spaces (Chinese, Japanese, Thai) or glues particles to them
// (Korean "전화010-1234-5678로"): beside digits it ends or starts a word, as a space would. Only other letters
// join a number into a word ("v2", "A380").
const JOINING_LETTER = String.raw`(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}])\p{L})`;
// Before a phone number: no digit, sign or joining letter; a dot only after a word ("Tel.0612345678"), not a
// number ("1.5551234567").
const PHONE_START = String.raw`(?<![\p{N},$€£#-]|${JOINING_LETTER}|(?<![\p{L}])\.)`;
// International: "+44 20 7946 0958", "+1 (555) 234-5678", "+44 (0) 7700 900123", "+7 912 345-67-89".
const INTERNATIONAL = lazyPattern(
  String.raw`(?<![\p{N}+]|${JOINING_LETTER})\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){1,6}${EXTENSION}(?![\p{N}])`,
  'gu',
);
// Grouped digits: "(555) 123-4567", "55 1234 5678", "06 12 34 56 78", "0412 345 678", "555-1234".
// "555 - 867 - 5309", "555 / 123 / 4567" and "5 5 5 1 2 3 4 5 6 7" too: spaces around a dash or a slash, a digit at a time;
// and spaces around a dot ("2 1 5 . 5 5 5 . 0 1 3 3", blind round 12).
const GROUPED = lazyPattern(
  String.raw`${PHONE_START}(?<![/:])(?:\(\d{1,5}\)\s?)?\d{1,5}(?:(?:[\s./-]|\s[-.]\s|[ \t]*\/[ \t]*)\(?\d{1,8}\)?){1,14}${EXTENSION}(?![\p{N}]|[.,/]\d|-\d|%)`,
  'gu',
);
// "(555)1234567": an area code in brackets, then the number unbroken.
const BRACKETED_AREA = lazyPattern(
  String.raw`(?<![\p{N}]|${JOINING_LETTER})\(\d{2,5}\)\s?\d{5,10}${EXTENSION}(?![\p{N}]|[.,]\d)`,
  'gu',
);
// Unbroken digits: "5551234567", "8675309" (seven or eight digits need a cue).
const UNBROKEN = lazyPattern(String.raw`${PHONE_START}\d{7,15}(?![\p{N}]|[.,]\d)`, 'gu');
// Chinese, Japanese and Korean cues run into the words after them ("手机号是", "電話は", "전화번호는").
// Whole words only: "ring" is no cue inside "during", nor "call" inside "recall".
const PHONE_CUE = lazyPattern(
  String.raw`(?<![\p{L}])(?:phone|mobile|mob|cell|tel|telephone|call|ring|text|sms|whatsapp|signal|number|no\.|nr\.?|number is|contact|reach|número|numero|numéro|nummer|telefon|teléfono|téléphone|portable|móvil|celular|handy|zadzwoń|llamar|llámame|appelle)\W*(?:\p{L}+\W+){0,3}$|(?:电话|電話|手机|手機|号码|號碼|携帯|連絡先|전화|휴대폰|핸드폰|연락처|번호)\p{L}{0,3}[\s:：]*$`,
  'iu',
);

// A short local or internal number after a word that can only mean a phone: "phone: 4471", "Telefon 23 45 67",
// "my mobile number is 52-34-11", "số điện thoại 234567". Seven digits and more are taken above with any cue; four
// to six only after one of these, with nothing but "number", "is" or a colon between ("phone bill 1200" is a bill).
const PHONE_WORD = String.raw`(?:phone|telephone|tel|mobile|mob|cell|cellphone|handy|telefon|telefonnummer|handynummer|rufnummer|festnetz|tel[ée]fono|t[ée]l[ée]phone|telefone|telemóvel|telemovel|portable|m[óo]vil|celular|cellulare|kom[óo]rka|kom[óo]rki|điện thoại|dien thoai|đt|sđt|sdt|telepono|selpon|هاتف|جوال|موبايل)`;
const PHONE_SAYS = String.raw`(?:\s*(?:number|no\.?|nr\.?|n[°º]\.?|#|num[ée]ro|numero|n[úu]mero|nummer|numer|s[ốo]|is|was|ist|es|est|é|è|jest|to|là|la|ay|:|=|-))*\s*`;
const SHORT_CUED_PHONE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${PHONE_WORD}(?![\p{L}\p{N}])${PHONE_SAYS}(\d{1,8}(?:[\s.-]\d{1,4}){0,3})(?![\p{L}\p{N}%]|[.,:/]\d|[\s.-]\d)`,
  'giu',
);

function shortCuedPhoneOk(m: RegExpExecArray): boolean {
  const digits = digitCount(m[1]!);
  // "phone 2019" is a year; "tel 1:30" a time, not taken above.
  return digits >= 4 && digits <= 8 && !/^(?:19|20)\d\d$/.test(m[1]!);
}

function digitCount(s: string): number {
  return s.replace(/(?:,?\s*(?:ext\.?|x|extension|poste|dw\.?|durchwahl)\s*\d+)$/i, '').replace(/\D/g, '').length;
}

export function phoneCueBefore(text: string, index: number): boolean {
  return PHONE_CUE.get().test(text.slice(Math.max(0, index - 40), index));
}

// Dates and times shaped like grouped digits: 2024-03-18, 18.03.2024, 2024 03 18.
const DATE_SHAPE = /^(?:(?:19|20)\d\d[\s./-]\d{1,2}[\s./-]\d{1,2}|\d{1,2}[\s./-]\d{1,2}[\s./-](?:19|20)\d\d)$/;

/*
 * Two numbers with a dash between them that say from when to when or from how much to how much: years
 * ("2019-2023", "1999 – 2005"), times of a shift on the quarter hour ("0700-1530", a night's "2200-0600") and
 * round amounts ("40000-50000", "1500-2000"), or any amounts an amount's word or unit stands beside ("salary
 * 25500-32750", "Rs 18250-21400", "12500-13750 per month"), the first below the second. A phone number of two
 * groups is none of these.
 */
const TWO_GROUPS = /^(\d+)\s*-\s*(\d+)$/;
const YEAR = /^(?:19|20)\d\d$/;
const QUARTER_HOUR = /^(?:[01]\d|2[0-3])(?:00|15|30|45)$/;
const ROUND = /^[1-9]\d*00$/;
const AMOUNT_BEFORE =
  /(?:\b(?:rs|inr|usd|eur|gbp|aud|cad|salary|salaries|pay|paid|earn|earns|earned|ctc|wage|wages|stipend|bonus|budget|price|prices|cost|costs|range|sueldo|salario|gehalt|salaire)|[$€£¥₹])(?:\W{1,3}(?:is|was|of|from|between|around|about|approx))*\W{0,3}$/iu;
const UNIT_AFTER =
  /^\s*(?:per\b|a (?:year|month|week|day|hour)\b|\/\s*(?:yr|year|mo|month|wk|week|hr|hour|day)\b|rs\b|rupees|dollars|euros|pounds|usd|inr|eur|gbp|k\b|pa\b|p\.a\.|lpa\b|hours|hrs|people|employees|units|pieces|pcs|items|orders|calls|km|miles|kg|€|\$|£)/iu;

function isRange(text: string, m: RegExpExecArray): boolean {
  const parts = TWO_GROUPS.exec(m[0]);
  if (!parts) return false;
  const [from, to] = [parts[1]!, parts[2]!];
  if (QUARTER_HOUR.test(from) && QUARTER_HOUR.test(to)) return true;
  if (Number(from) >= Number(to)) return false;
  if ((YEAR.test(from) && YEAR.test(to)) || (ROUND.test(from) && ROUND.test(to))) return true;
  const before = text.slice(Math.max(0, m.index - 30), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  return AMOUNT_BEFORE.test(before) || UNIT_AFTER.test(after);
}

// Blind round 27: thousands parted by spaces, as much of Europe writes a count or a sum ("1 000 000 units", "2 500 000
// boxes", "budżet 3 450 000 zł", "12 000 000 Stück"): a head of one to three digits and groups of three, the last
// "000" or a count's word or a currency after it, or a sum's word or a currency before. "512 345 678" alone, or
// after "call", stays a phone.
const THOUSANDS = /^\d{1,3}(?: \d{3}){2,}$/;
const COUNT_AFTER = lazyPattern(
  String.raw`^\s*(?:units?|pieces?|pcs|items?|boxes|cases|cartons|pallets|parcels|packages|bottles|cans|bags|tons?|tonnes?|litres?|liters?|kg|km|m2|m²|people|employees|customers|visitors|users|orders|sales|euros?|dollars?|pounds|eur|usd|gbp|pln|zł|zl|z[łl]otych|kr|kronor|kroner|kč|lei|ft|forint|rubles?|руб\p{L}*|грн|₴|stück|stk|sztuk|szt|pe[çc]as|piezas|unidades|unidades|pezzi|unit[ée]s|pi[èe]ces|colis|€|\$|£)(?![\p{L}])`,
  'iu',
);

function isSpacedCount(text: string, m: RegExpExecArray): boolean {
  if (!THOUSANDS.test(m[0])) return false;
  if (m[0].endsWith(' 000')) return true;
  const before = text.slice(Math.max(0, m.index - 30), m.index);
  return (
    COUNT_AFTER.get().test(text.slice(m.index + m[0].length, m.index + m[0].length + 14)) || AMOUNT_BEFORE.test(before)
  );
}

// Blind round 27: a number after the word for the thing it numbers is that thing's, no one's: "order #4500123987",
// "PO 4500012345", "ticket #88213", "SKU 100-200-3000", "barcode 4006381333931", "version 2.14.1021", "Bestellung
// 4711123", "pedido 1234567", "zamówienie nr 123456789". A phone cue still wins ("call the order line 0800 …" is
// read by the cue before it). Blind round 28: a machine's serial, model, asset tag or part ("serial SN 8834-2211-0093").
const THING_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:orders?|order no|po|p\.o\.|purchase order|invoice|inv|tickets?|sku|barcode|bar code|ean|upc|gtin|version|ver\.?|build|release|batch|lot|article|art\.|pallet|shipment|consignment|waybill|serial|serial sn|sn|s\/n|serial no|model|asset|asset tag|part no|bestellung|bestellnummer|auftrag|auftragsnummer|rechnung|rechnungsnummer|artikel|artikelnummer|pedido|factura|fatura|encomenda|commande|facture|ordine|fattura|zam[óo]wienie|zam[óo]wienia|faktura|faktury|bestelling|factuur|sipari[şs])(?:\s*(?:number|no\.?|nr\.?|num|n[°º]\.?|#|id|code|nummer|numero|n[úu]mero|num[ée]ro|numer))?\s*(?:is|was|:|=)?\s*$`,
  'iu',
);

/** Whether the number found at `index` follows the word for the thing it numbers (an order, a ticket, a version). */
function numbersAThing(text: string, index: number): boolean {
  return THING_BEFORE.get().test(text.slice(Math.max(0, index - 40), index)) && !phoneCueBefore(text, index);
}

function groupedPhoneOk(text: string, m: RegExpExecArray): boolean {
  const found = m[0];
  const n = digitCount(found);
  if (n < 7 || n > 15 || DATE_SHAPE.test(found.replace(/\s*([./-])\s*/g, '$1'))) return false;
  if (isRange(text, m)) return false;
  if (isSpacedCount(text, m) && !phoneCueBefore(text, m.index)) return false;
  // A slash parts an area code from the number as German and Austrian numbers are written ("0151/23456789",
  // "030/1234567"): a trunk zero first. Other numbers with a slash are years, scores and references ("2023/2024").
  // Three groups or more of two digits and up, parted by slashes, are a number whatever its country ("555/123/4567",
  // "020/7946/0018"): no date, score or reference is written so (dates were set aside above).
  if (
    found.includes('/') &&
    !/^\d{2,5}(?:[ \t]*\/[ \t]*\d{2,5}){2,}$/.test(found) &&
    !/^0\d{1,4}\s?\/\s?\d{3,}(?:[\s-]\d+)*$/.test(
      found.replace(/(?:,?\s*(?:ext\.?|x|extension|poste|dw\.?|durchwahl)\s*\d+)$/i, ''),
    )
  )
    return false;
  // "2019 / 2020 / 2021", "100 / 200 / 300": years or round amounts listed, with spaces around the slashes too.
  if (found.includes('/') && found.split('/').every((g) => YEAR.test(g.trim()) || ROUND.test(g.trim()))) return false;
  if (phoneCueBefore(text, m.index)) return true;
  const groups = found
    .replace(/(?:,?\s*(?:ext\.?|x|extension|poste|dw\.?|durchwahl)\s*\d+)$/i, '')
    .match(/\d+/g)!
    .map((g) => g.length);
  // A digit at a time ("5 5 4 5 3 4 4" could be ratings): as long as a whole number, or with a cue.
  if (groups.length >= 5 && groups.every((g) => g === 1)) return n >= 10;
  if (groups.length >= 3) return groups.every((g) => g >= 2) || found.startsWith('(') || groups[0] === 1;
  // Two groups: the shapes phone numbers are written in, not "2024-118" or "80231-44".
  const [a, b] = groups as [number, number];
  return (
    (a === 3 && b === 4) ||
    (a === b && a >= 4) ||
    (a >= 4 && a <= 5 && b >= 6) ||
    (a === 2 && b === 8) ||
    (a === 3 && b >= 6)
  );
}

/**
 * Grouped phone numbers. A run of groups that is not one number whole ("555-123-4567 555-987-6543",
 * "415 555 0199 2024 2025") is read for the numbers in it (redact-phone-runs.ts).
 */
function maskGroupedPhones(text: string): string {
  let out = '';
  let last = 0;
  GROUPED.get().lastIndex = 0;
  for (let m = GROUPED.get().exec(text); m; m = GROUPED.get().exec(text)) {
    const run = m;
    if (numbersAThing(text, run.index)) continue;
    // Right after a number hidden in an earlier round, the run is what was left beside it ("2024 2025"), read as
    // part of the first run was.
    const afterPhone = /\uE001\s*$/u.test(text.slice(Math.max(0, run.index - 3), run.index));
    const isPhone = (piece: string, index: number) =>
      groupedPhoneOk(text, Object.assign([piece], { index, input: text }) as unknown as RegExpExecArray);
    // A run that reads as one number may still be figures and a number ("since 2019 415 555 0199", "room 12 555
    // 123 4567") or only figures ("2019 2020 2021"): cut as any run is, and whole only where no cut holds. After a
    // cue ("call 2019 2020") the run is the number the cue announces.
    const whole = !afterPhone && groupedPhoneOk(text, run);
    const phones =
      whole && (phoneCueBefore(text, run.index) || !/\s/.test(run[0]))
        ? [{ start: run.index, end: run.index + run[0].length - unopenedClosingBrackets(run[0]) }]
        : phonesInRun(text, run[0], run.index, isPhone, { readsWhole: whole });
    for (const { start, end } of phones) {
      out += text.slice(last, start) + mask('PHONE', end - start);
      last = end;
    }
  }
  return out + text.slice(last);
}

// Digits joined by a dash or a dot to a number already hidden are the rest of it: a rule that read the digits
// before them as an id ("1997 2023 07217" of "1997 2023 07217.000000") left them.
// A year after a hidden day and month is the year a hire date keeps ("started 02.05.2019" → "[ID].2019"), not the
// rest of a number: the day and month are five characters at most.
const GLUED_TO_HIDDEN = lazyPattern(String.raw`(([\uE001\uE004])\2*)((?:[.-]\d+)+)(?![\p{L}\p{N}])`, 'gu');
const KEPT_YEAR = /^[.-](?:19|20)?\d\d$/;

function maskGluedDigits(text: string): string {
  return text.replace(GLUED_TO_HIDDEN.get(), (found: string, run: string, mark: string, rest: string) =>
    run.length <= 5 && mark === '\uE004' && KEPT_YEAR.test(rest) ? found : mark.repeat(run.length + rest.length),
  );
}

function unbrokenPhoneOk(text: string, m: RegExpExecArray): boolean {
  if (numbersAThing(text, m.index)) return false;
  const n = m[0].length;
  if (n >= 10 && n <= 12) return true;
  return n >= 7 && n <= 15 && phoneCueBefore(text, m.index);
}

// ---- Number plates ---------------------------------------------------------------

// Formats specific enough to stand alone: UK "AB12 CDE", French/Italian
// "AB-123-CD", German "B-MW 2041", Indian "MH 12 AB 1234".
const PLATE_DISTINCT =
  /\b(?:[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z]{2}-\d{3}-[A-Z]{2}|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}\s\d{1,4}[EH]?|[A-Z]{2}\s?\d{1,2}\s?[A-Z]{1,3}\s?\d{4})\b/gu;
// The same written small after a vehicle word, the UK, French and German shapes only: India's "ab 12 cd 1234" in
// small letters is also a date ("on 12 mar 2024").
const PLATE_DISTINCT_SMALL =
  /\b(?:[a-z]{2}\d{2}\s?[a-z]{3}|[a-z]{2}-\d{3}-[a-z]{2}|[a-zäöü]{1,3}-[a-z]{1,2}\s\d{1,4}[eh]?)\b/giu;
// Shapes shared with product codes ("ABC-1234", "7ABC123", "GHT 4821"): only after a vehicle word. Spain's
// "4821 KLM", Poland's "WX 12345", Brazil's "ABC1D23" among them; the longest first, so Italy's "AB 123 CD" is
// taken whole. Three groups, letters between digits or digits between letters, dashed or not: California's
// "7-ABC-123", the Dutch sidecodes ("12-ABC-3", "1-ABC-23", "A-123-BC", "99-XX-99"), Mexico's "JKL-45-12".
// Blind round 12: Vietnam's "29A-123.45", "51F-678.90" first, so its last group after the dot goes with it.
const PLATE_GENERIC =
  /\b(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])(?:\d{2}[A-Z]{1,2}\d?[- ]?\d{3}\.\d{2}|[A-Z]{2,3}[- ]\d{2,3}[- ]\d{1,3}|[A-Z]{1,3}[- ]?\d{1,3}[- ]?[A-Z]{1,3}|[A-Z]{3}\d[A-Z]\d{2}|\d{1,2}[- ]?[A-Z]{1,3}[- ]?\d{1,3}|[A-Z]{1,3}[- ]?\d{2,5}[A-Z]{0,2}|\d[A-Z]{2,3}[- ]?\d{2,3}|\d{2,4}[- ]?[A-Z]{2,3})\b/g;
// A vehicle, or its plate, in each language employees write, inflected as it comes ("targata", "immatriculée",
// "samochodu", "numerze rejestracyjnym"): up to three words may stand between it and the plate.
const VEHICLE_CUE = lazyPattern(
  String.raw`(?<![\p{L}])(?:plates?|reg(?:istration)?|licen[cs]e|tags?|number plate|car|cars|van|truck|lorry|pickup|pick-up|suv|vehicle|motorbike|motorcycle|bike|ford|toyota|honda|golf|bmw|audi|tesla|nissan|kennzeichen|kenteken|nummerplaat|nummerbord|patente|auto|autos|wagen|fahrzeug|matr[íi]cula|matriculad[oa]|placas?|camionetas?|cami[oó]n|camiones|coche|carro|veh[íi]culo|moto|voiture|v[ée]hicule|immatricul\p{L}*|[îi]nmatricul\p{L}*|plaque|targa|targat[oa]|macchina|veicolo|samoch[óo]d\p{L}*|rejestracj\p{L}*|rejestracyjn\p{L}*|tablic\p{L}*|pojazd\p{L}*|biển số|xe|plaka(?:m|m[ıi]z|s[ıi]|n|n[ıi]z)?|sasakyan|kotse)(?![\p{L}])\W*(?:\p{L}+\W+){0,3}$`,
  'iu',
);

function luhn(candidate: string): boolean {
  const ds = candidate.replace(/\D/g, '');
  if (ds.length < 13 || ds.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < ds.length; i++) {
    let d = Number(ds[ds.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The IBAN check: the number mod 97 is 1 once the first four characters move to the end. */
function ibanOk(candidate: string): boolean {
  const s = candidate.replace(/[\s-]/g, '');
  if (s.length < 15 || s.length > 34) return false;
  const digits = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1;
}

/**
 * The rules that read numbers, each a long pattern, as one rule: each asks
 * the text's shape (redact-shape.ts), read once, whether it could find
 * anything before it reads the text. A text without a digit skips them all
 * at once (redact.ts).
 */
export function numberRules({ screened = true }: { screened?: boolean } = {}): Rule {
  let text = '';
  const seeing =
    (rule: Rule): Rule =>
    (t) =>
      rule((text = t));
  const always = () => true;
  const [curp, rfc, sin] = nationalIdRules() as [Rule, Rule, Rule];
  const [poBox, streetPlain, streetWord, ukPostcode, usStateZip, apartment, streetWordSmall, streetThenHome] =
    addressRules() as [Rule, Rule, Rule, Rule, Rule, Rule, Rule, Rule];
  // Each screen is what every find of its rule needs (the pattern's own digits, capitals and words, or what it accepts).
  const rules: [(shape: Shape) => boolean, Rule][] = [
    [(s) => s.capitals && s.longestRun >= 2, maskMatches(IBAN, 'ID', (m) => ibanOk(m[0]))],
    // "my iban is nl91abna0417164300": written small after its name, the same check.
    [(s) => s.lower.includes('iban'), maskMatches(SMALL_IBAN, 'ID', (m) => ibanOk(m[1]!.toUpperCase()), 1)],
    [(s) => s.digits >= 9, maskMatches(SSN, 'ID')],
    [(s) => s.capitals && s.digits >= 6, maskMatches(NI_NUMBER, 'ID')],
    [(s) => BIRTH_SCREEN.test(s.lower), maskMatches(BIRTH_DATE, 'ID', () => true, 1)],
    [(s) => BIRTH_SCREEN.test(s.lower), maskMatches(BIRTH_DATE_FURTHER, 'ID', () => true, 1)],
    [(s) => holdsAny(s, ['zip', 'post']), maskMatches(ZIP, 'ADDRESS', () => true, 1)],
    [(s) => holdsAny(s, ['sort']), maskMatches(SORT_CODE, 'ID', () => true, 1)],
    [(s) => s.digits >= 13, maskMatches(CARD, 'ID', (m) => luhn(m[0]) && !numbersAThing(m.input, m.index))],
    [(s) => s.capitals && s.longestRun >= 6, curp],
    // RFC's letters may be Ñ and &: no capital A–Z needed.
    [(s) => s.longestRun >= 6, rfc],
    [(s) => s.digits >= 9, sin],
    [(s) => s.digits >= 3, maskEmployeeIds],
    // Four digits or more; fewer after a word whose first digit the short-id rule below would hide anyway ("employee 1 2 3").
    [
      (s) => s.digits >= 2,
      maskIds(
        SPACED_CUED_ID,
        (m) =>
          !/^#?\p{Ll}/u.test(m[2]!) &&
          (digitCount(m[2]!) >= 4 || /^(?:employee|emp|badge|payroll|personnel)\b/i.test(m[0])),
        2,
      ),
    ],
    // "badge 4471" is an id; "staff 100%" is not: three digits need a marker ("no.", "#", "is"). A share is never one,
    // marker or not: "my account is 100% secure".
    [
      always,
      maskIds(
        CUED_ID,
        (m) => {
          const [, marker, id] = m as unknown as [string, string, string];
          if (/^\s*(?:%|percent\b|per cent\b)/iu.test(m.input.slice(m.index + m[0].length))) return false;
          return digitCount(id) >= 4 || (marker.trim() !== '' && digitCount(id) >= 3) || id.startsWith('#');
        },
        2,
      ),
    ],
    // "badge 12", "badge #12", "locker 37", "employee 4": a short number right after a word that only ever numbers a person's things.
    [(s) => s.digits >= 1, maskIds(SHORT_CUED_ID, () => true, 2)],
    // The id alone: not the lower-case word the pattern may take beside it ("12345678Z y", "t 1 85 05").
    [(s) => s.digits >= 4, maskIds(NATIONAL_ID, nationalIdOk, 2)],
    [(s) => s.longestRun >= 7, maskMatches(DNI, 'ID', dniOk)],
    [(s) => s.capitals, maskMatches(PLATE_DISTINCT, 'PLATE')],
    [
      (s) => s.capitals,
      seeing(
        maskMatches(PLATE_GENERIC, 'PLATE', (m) =>
          VEHICLE_CUE.get().test(text.slice(Math.max(0, m.index - 40), m.index)),
        ),
      ),
    ],
    // Blind round 30: a plate written small after its vehicle word ("reg wx19 oep", "plate ab-123-cd"): the distinct
    // shapes only, which no word has.
    [
      (s) => s.digits >= 2,
      seeing(
        maskMatches(PLATE_DISTINCT_SMALL, 'PLATE', (m) =>
          VEHICLE_CUE.get().test(text.slice(Math.max(0, m.index - 40), m.index)),
        ),
      ),
    ],
    // Before the phone rules: "Rua Augusta 1, 4000-123 Porto" is not "1 4000-123".
    [always, maskLocalStreets],
    [always, maskPostcodes],
    [always, maskSpokenPhoneNumbers],
    [
      (s) => s.digits >= 9 && s.lower.includes('('),
      maskMatches(BRACKETED_AREA, 'PHONE', (m) => digitCount(m[0]) >= 9 && digitCount(m[0]) <= 15),
    ],
    [
      (s) => s.digits >= 7 && s.lower.includes('+'),
      seeing(maskMatches(INTERNATIONAL, 'PHONE', (m) => digitCount(m[0]) >= 7 && digitCount(m[0]) <= 15)),
    ],
    [(s) => s.digits >= 7, maskGroupedPhones],
    [(s) => s.longestRun >= 7, seeing(maskMatches(UNBROKEN, 'PHONE', (m) => unbrokenPhoneOk(text, m)))],
    [(s) => s.digits >= 4, maskMatches(SHORT_CUED_PHONE, 'PHONE', shortCuedPhoneOk, 1)],
    [(s) => s.digits >= 1, maskGluedDigits],
    [
      (s) => s.capitals && s.longestRun >= 5,
      maskMatches(CODE_ID, 'ID', (m) => !/^(?:FY|CY|AY|Q|H|Y)-?(?:19|20)\d\d$/.test(m[0])),
    ],
    [(s) => s.longestRun >= 4, maskMatches(LONG_NUMBER, 'ID', (m) => !numbersAThing(m.input, m.index))],
    [(s) => holdsAny(s, ['box']), poBox],
    [always, streetPlain],
    [always, streetWord],
    [(s) => s.capitals, ukPostcode],
    [(s) => s.capitals && s.longestRun >= 5, usStateZip],
    // Before the flat alone: "mail it to 58 cedar hollow dr, apt 12, springfield" is one address.
    [
      (s) =>
        holdsAny(s, [
          'live',
          'living',
          'stay',
          'moved',
          'address',
          'send',
          'sent',
          'mail',
          'ship',
          'deliver',
          'post',
        ]) || holdsAny(s, ['bring', 'drop', 'round', 'over', 'house', 'home', 'place', 'visit']),
      streetWordSmall,
    ],
    // Round 31: "5 cherry tree close, that's his house".
    [(s) => holdsAny(s, ['house', 'home', 'place', 'flat', 'address', 'where']), streetThenHome],
    [(s) => holdsAny(s, ['apt', 'apartment', 'flat']), apartment],
  ];
  // Unscreened, every pattern reads every text: what the screens must not change (a property test compares the two).
  if (!screened) return (t) => rules.reduce((out, [, rule]) => rule(out), t);
  return (t) => {
    const shape = shapeOf(t);
    let out = t;
    for (const [could, rule] of rules) if (could(shape)) out = rule(out);
    return out;
  };
}
