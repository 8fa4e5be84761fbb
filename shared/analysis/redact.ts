import { isEnglishWord } from './english-dictionary';
import { isGivenName } from './given-names';
import { normaliseForRedaction } from './normalise-text';
import { maskNames } from './redact-names';
import { maskNamesInOtherScripts } from './redact-names-scripts';
import { maskSpokenPhoneNumbers } from './redact-spoken-numbers';
import {
  mask,
  MASKED,
  maskedSpans,
  placeholders,
  REDACTION_KINDS,
  type RedactedSpan,
  type RedactionKind,
} from './redaction-kinds';

/*
 * Redaction runs before anything is stored (promise 2 in DESIGN.md): names,
 * phones, emails, addresses, ids, URLs and number plates become `[NAME]`,
 * `[PHONE]`, `[EMAIL]`, `[ADDRESS]`, `[ID]`, `[URL]`, `[PLATE]`. The text is
 * first normalised (NFKC, invisible characters removed: normalise-text.ts);
 * rules then run from the most structured to the least, each masking what it
 * finds (redaction-kinds.ts) so that no rule re-reads another's find.
 *
 * It is heuristic. Its recall and precision per kind are measured on a
 * labelled corpus the project owns (eval/redaction/corpus.jsonl,
 * `npm run eval -- --redaction`), and asserted in
 * test/unit/analysis/redaction-corpus.test.ts.
 */

type Rule = (text: string) => string;

/** Replaces each match of `pattern` by a mask of `kind` when `keep` allows; `group` masks only that group's text. */
function maskMatches(
  pattern: RegExp,
  kind: RedactionKind,
  accept: (match: RegExpExecArray) => boolean = () => true,
  group = 0,
): Rule {
  return (text) => {
    let out = '';
    let last = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (!accept(m) || m[group] === undefined) continue;
      const start = m.index + (group ? m[0].indexOf(m[group]) : 0);
      const end = start + m[group].length;
      out += text.slice(last, start) + mask(kind, end - start);
      last = end;
    }
    return out + text.slice(last);
  };
}

// ---- Emails, URLs, handles ---------------------------------------------------

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// "jsmith@corp", "dave_k@intranet", and "p.okafor@" followed by nothing: still someone's address.
const PARTIAL_EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]*[\p{L}\p{N}]@(?:[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*)?(?![\p{L}\p{N}@[\uE000-\uE006])/gu;
// Spelled out: "john dot smith at example dot com", "jsmith [at] corp", "tom @ example . com".
// "at" and "dot" as other languages say them: "j.weiss ät firma punkt de",
// "maria.garcia arroba empresa punto es", "claire arobase orange point fr",
// "kasia małpa wp kropka pl", "giulia chiocciola libero punto it".
const AT_WORD = String.raw`(?:at|ät|arroba|arobase|arobas|małpa|malpa|chiocciola|klammeraffe|snabel-a|apenstaartje)`;
const DOT_WORD = String.raw`(?:dot|punkt|punto|point|kropka|ponto|punt|pünktchen)`;
const BRACKETED_AT = String.raw`\s*(?:\(\s*${AT_WORD}\s*\)|\[\s*${AT_WORD}\s*\]|\{\s*${AT_WORD}\s*\}|<\s*${AT_WORD}\s*>|@)\s*`;
const SPELLED_DOT = String.raw`(?:\s*(?:\(\s*${DOT_WORD}\s*\)|\[\s*${DOT_WORD}\s*\]|\{\s*${DOT_WORD}\s*\}|<\s*${DOT_WORD}\s*>)\s*|\s+${DOT_WORD}\s+|\s\.\s|\.)`;
const LABEL = String.raw`[\p{L}\p{N}_%+-]+`;
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])(${LABEL}(?:${SPELLED_DOT}${LABEL})*)(${BRACKETED_AT}|\s+${AT_WORD}\s+)(${LABEL}(?:${SPELLED_DOT}${LABEL})*)`,
  'giu',
);
const MAIL_PROVIDERS = new Set([
  'gmail',
  'googlemail',
  'yahoo',
  'hotmail',
  'outlook',
  'live',
  'msn',
  'icloud',
  'me',
  'aol',
  'proton',
  'protonmail',
  'gmx',
  'web',
  'yandex',
  'mail',
  'qq',
  '163',
  'zoho',
  'orange',
  'free',
  'libero',
  'btinternet',
  'comcast',
  'verizon',
  'wp',
  'onet',
  'o2',
  'interia',
  'laposte',
  'sfr',
  'wanadoo',
  't-online',
  'freenet',
  'tiscali',
  'virgilio',
  'uol',
  'bol',
  'terra',
  'seznam',
  'mailbox',
  'posteo',
]);
const TOP_LEVEL =
  /^(?:com|org|net|edu|gov|io|co|uk|us|ca|au|de|fr|es|it|nl|pl|pt|br|mx|in|ie|ru|cn|jp|kr|za|ng|ke|info|biz|me)$/i;

function spelledEmailOk(m: RegExpExecArray): boolean {
  const [, local, at, domain] = m as unknown as [string, string, string, string];
  const labels = domain.split(new RegExp(SPELLED_DOT, 'iu'));
  const spelledOut = labels.length > 1 && TOP_LEVEL.test(labels[labels.length - 1]!);
  const provider = MAIL_PROVIDERS.has(labels[0]!.toLowerCase());
  // "jsmith [at] corp" says what it is; "me @jdoe" is a handle unless a domain follows.
  if (/[([{<]/.test(at)) return true;
  // "arroba", "małpa": words that mean "@" and nothing a sentence would put there otherwise.
  if (!/^\s*(?:at|ät|@)\s*$/iu.test(at)) return spelledOut || provider;
  if (at.includes('@')) return spelledOut || provider;
  // "at" as a word: only when the rest is plainly an address, and the part before
  // it is no everyday word ("look at example.com" is a URL, not an email).
  const localLower = local.toLowerCase();
  const localLooksPersonal =
    /[._\d-]/.test(local) || /\s/.test(local) || !isEnglishWord(localLower) || isGivenName(localLower);
  return localLooksPersonal && (spelledOut || provider);
}

// A letter at a time: "m a r t a @ f i r m a . p l".
const LETTER_SPACED_EMAIL =
  /(?<![\p{L}\p{N}])[\p{L}\p{N}](?: [\p{L}\p{N}._-])+ ?@ ?[\p{L}\p{N}](?: [\p{L}\p{N}._-])+(?![\p{L}\p{N}])/gu;

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']*[^\s<>"'.,;:!?)\]]/giu;
// A bare domain with a path: "linkedin.com/in/jsmith", "t.me/kowal77", "tiktok.com/@dave.k".
const BARE_URL =
  /(?<![\p{L}\p{N}@.-])(?:[a-z0-9-]+\.)+(?:com|org|net|io|me|co|uk|de|fr|es|it|nl|pl|ru|in|au|ca|us|info|biz|app|dev|ly|gl|gg|tv|be|link)\/[^\s<>"']*[^\s<>"'.,;:!?)\]]/giu;
// Spelled out to get past a filter: "github dot com slash jsmith", "twitter(dot)com/jsmith88",
// "linkedin dot com slash in slash dave-k". A path is what makes it someone's page.
const SPOKEN_DOT = String.raw`(?:\s+dot\s+|\s*[([{<]\s*dot\s*[)\]}>]\s*|\.)`;
const SPOKEN_SLASH = String.raw`(?:\s+slash\s+|\s*[([{<]\s*slash\s*[)\]}>]\s*|\s*\/\s*)`;
const SPOKEN_URL = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.-])[\p{L}\p{N}-]+(?:${SPOKEN_DOT}[\p{L}\p{N}-]+)*?${SPOKEN_DOT}(?:com|org|net|io|me|co|uk|de|fr|es|it|nl|pl|ru|in|au|ca|us|info|biz|app|dev|ly|gl|gg|tv|be|link)(?:${SPOKEN_SLASH}[\p{L}\p{N}_@~-](?:[\p{L}\p{N}_.@~-]*[\p{L}\p{N}_@~-])?)+`,
  'giu',
);
const SPOKEN_LINK_WORD = /\b(?:dot|slash)\b/i;
// "the dot com slash era" is talk about the web, not an address.
const NOT_A_DOMAIN = /^(?:the|a|an|this|that|my|your|our|his|her|their|its|no|one)\b/i;
// A social handle names a person as surely as their name does.
const HANDLE = /(?<![\p{L}\p{N}._%+@-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\p{L}\p{N}_])/gu;

// ---- Ids ------------------------------------------------------------------------

const SSN = /\b\d{3}-\d{2}-\d{4}\b/g;
// A date of birth, with its cue: "DOB 04/12/1985", "born on 4 March 1990".
const BIRTH_DATE =
  /\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born on|born)\s*(?:is|was|:)?\s*(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}(?:st|nd|rd|th)? \p{L}+,? \d{4}|\p{L}+ \d{1,2}(?:st|nd|rd|th)?,? \d{4})/giu;
const ZIP =
  /\b(?:zip|zip code|postcode|post code|postal code)\s*(?:is|:)?\s*(\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b/giu;
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
// IBAN: country, check digits, up to 30 letters and digits, in groups of four or not.
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g;
// UK National Insurance number: "QQ 12 34 56 C".
const NI_NUMBER = /\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/g;

// An identifier announced by what it is: "employee #48213", "badge number is
// 4471", "my ID: E-10233". Only the identifier is masked.
const CUED_ID =
  /\b(?:employee|emp|staff|worker|works|associate|badge|card|member(?:ship)?|payroll|personnel|clock|id|account|acct|social security|ssn|sin|passport|driver'?s licen[cs]e|national insurance|ni|tin|ein|policy|claim|student|patient|customer)\b(\s*(?:number|no\.?|num|nr|#|id|code)?\s*(?:is|was|:|=)?)\s*(#?[A-Za-z]{0,4}[- ]?\d[\dA-Za-z-]*)/giu;

// A national id, announced by its name in the language of its country:
// "DNI 12345678Z", "PESEL 85010112345", "Personalausweis L01X00T47",
// "codice fiscale RSSMRA85T10A562S", "NIE X-2345678-T". Some of these words
// are ordinary elsewhere (Polish "nie", "dni"), so the id needs five digits,
// or four and a letter.
const NATIONAL_ID = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:dni|nie|nif|cif|pesel|nip|regon|nir|insee|s[ée]cu(?:rit[ée] sociale)?|personalausweis(?:nummer)?|ausweis(?:nummer)?|reisepass(?:nummer)?|steuer-?id|steueridentifikationsnummer|sozialversicherungsnummer|sv-nummer|codice fiscale|bsn|burgerservicenummer|cpf|curp|rfc|nss|aadhaar|cnic|iqama|emirates id|nhs(?: number)?|tfn|dow[oó]d(?: osobisty)?|paszport|pasaporte|passeport|passaporto|passport|carte d'identit[ée]|c[ée]dula|documento|id card|national id|identity card|ssn)(\s*(?:number|no\.?|num\.?|nr\.?|n[°º]\.?|número|numéro|numero|nummer|numer)?\s*(?:is|was|es|est|ist|to|jest|é|è|:|=|#)?)\s*(#?[A-Za-z]{0,6}[- ]?\d[\dA-Za-z]*(?:[- ](?:[A-Za-z]?\d[\dA-Za-z]*|[A-Za-z](?![\p{L}\p{N}])))*)`,
  'giu',
);

function nationalIdOk(m: RegExpExecArray): boolean {
  const id = m[2]!;
  const digits = id.replace(/\D/g, '').length;
  return digits >= 5 || (digits >= 4 && /[A-Za-z]/.test(id));
}

// A Spanish DNI or NIE alone, when its check letter is right: "12345678Z", "X-2345678-T".
const DNI = /(?<![\p{L}\p{N}-])([XYZ]-?)?(\d{7,8})-?([A-Z])(?![\p{L}\p{N}])/gu;

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
const LONG_NUMBER = /(?<![\p{L}\p{N}$€£.,])(?:#\d{4,}|\d{9,})(?![\p{N}.,]?\d)/gu;

// ---- Phones ---------------------------------------------------------------------

const EXTENSION = String.raw`(?:,?\s*(?:ext\.?|x|extension|poste|dw\.?|durchwahl)\s*\d{1,5})?`;
// International: "+44 20 7946 0958", "+1 (555) 234-5678", "+44 (0) 7700 900123", "+7 912 345-67-89".
const INTERNATIONAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}+])\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){1,6}${EXTENSION}(?![\p{N}])`,
  'gu',
);
// Grouped digits: "(555) 123-4567", "55 1234 5678", "06 12 34 56 78", "0412 345 678", "555-1234".
// "555 - 867 - 5309" and "5 5 5 1 2 3 4 5 6 7" too: spaces around a dash, a digit at a time.
const GROUPED = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/:-])(?:\(\d{1,5}\)\s?)?\d{1,5}(?:(?:[\s.-]|\s-\s)\(?\d{1,8}\)?){1,14}${EXTENSION}(?![\p{N}]|[.,]\d|-\d|%)`,
  'gu',
);
// "(555)1234567": an area code in brackets, then the number unbroken.
const BRACKETED_AREA = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\(\d{2,5}\)\s?\d{5,10}${EXTENSION}(?![\p{N}]|[.,]\d)`,
  'gu',
);
// Unbroken digits: "5551234567", "8675309" (seven or eight digits need a cue).
const UNBROKEN = /(?<![\p{L}\p{N}.,$€£#-])\d{7,15}(?![\p{N}]|[.,]\d)/gu;
const PHONE_CUE =
  /(?:phone|mobile|mob|cell|tel|telephone|call|ring|text|sms|whatsapp|signal|number|no\.|nr\.?|number is|contact|reach|número|numero|numéro|nummer|telefon|teléfono|téléphone|portable|móvil|celular|handy|zadzwoń|llamar|llámame|appelle)\W*(?:\p{L}+\W+){0,3}$/iu;

function digitCount(s: string): number {
  return s.replace(/(?:,?\s*(?:ext\.?|x|extension|poste|dw\.?|durchwahl)\s*\d+)$/i, '').replace(/\D/g, '').length;
}

function phoneCueBefore(text: string, index: number): boolean {
  return PHONE_CUE.test(text.slice(Math.max(0, index - 40), index));
}

// Dates and times shaped like grouped digits: 2024-03-18, 18.03.2024, 2024 03 18.
const DATE_SHAPE = /^(?:(?:19|20)\d\d[\s./-]\d{1,2}[\s./-]\d{1,2}|\d{1,2}[\s./-]\d{1,2}[\s./-](?:19|20)\d\d)$/;

function groupedPhoneOk(text: string, m: RegExpExecArray): boolean {
  const found = m[0];
  const n = digitCount(found);
  if (n < 7 || n > 15 || DATE_SHAPE.test(found.replace(/\s*([./-])\s*/g, '$1'))) return false;
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

function unbrokenPhoneOk(text: string, m: RegExpExecArray): boolean {
  const n = m[0].length;
  if (n >= 10 && n <= 12) return true;
  return n >= 7 && n <= 15 && phoneCueBefore(text, m.index);
}

// ---- Addresses --------------------------------------------------------------------

// Street addresses: a number, up to three name words, a street suffix, an
// optional unit, and the town after a comma. Suffixes that are also ordinary
// words ("drive", "way", "place") count only after capitalised name words.
const PLAIN_SUFFIX = String.raw`(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Ln|Highway|Hwy|Parkway|Pkwy)`;
const WORD_SUFFIX = String.raw`(?:Drive|Dr|Way|Place|Pl|Court|Ct|Circle|Cir|Square|Sq|Lane|Trail|Trl|Terrace|Crescent|Cres|Mews|Close|Grove|Gardens)`;
const UNIT = String.raw`(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|#)\.?\s*#?[\p{N}\p{L}]{0,2}\d[\p{N}\p{L}]{0,3})?`;
const DIRECTION = String.raw`(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?`;
// ", Leeds", ", Dayton, OH 45402", ", Manchester M1 2AB": the town (and its postcode) after a street.
const TOWN = String.raw`(?:,\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})(?:,?\s*(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4,5}))?)?`;
const STREET_PLAIN = new RegExp(
  String.raw`\b\d{1,6}[A-Za-z]?\s+((?:[\p{L}][\p{L}'.-]*\s+){1,3})${PLAIN_SUFFIX}\b\.?${DIRECTION}${UNIT}${TOWN}`,
  'giu',
);
const STREET_WORD = new RegExp(
  String.raw`\b\d{1,6}[A-Za-z]?\s+((?:\p{Lu}[\p{L}'.-]*\s+){1,3})${WORD_SUFFIX}\b\.?${DIRECTION}${UNIT}${TOWN}`,
  'gu',
);
// "Calle Mayor 12, Madrid", "Rua Augusta 45", "Via Roma 3", "ul. Długa 5".
const STREET_FIRST = new RegExp(
  String.raw`\b(?:Calle|C\/|Avenida|Avda\.?|Paseo|Plaza|Carrer|Rua|Travessa|Via|Viale|Piazza|Corso|ulica|ul\.|aleja|al\.)\s+((?:\p{L}[\p{L}'.-]*\s+){1,4})\d{1,5}[A-Za-z]?${TOWN}`,
  'gu',
);
// "Hauptstraße 5, Berlin", "Kerkstraat 12", "Lindenweg 3a".
const STREET_COMPOUND = new RegExp(
  String.raw`\b\p{Lu}\p{Ll}*(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer|straat|laan|gracht|plein|steeg|dijk|gatan|vej|veien)\s+\d{1,5}[a-z]?${TOWN}`,
  'gu',
);
// "12 rue de la Paix, Paris", "3 bis avenue Foch".
const STREET_FRENCH = new RegExp(
  String.raw`\b\d{1,5}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|allée|place|impasse|quai|route|cours)((?:\s+(?:de|du|des|la|le|les|l'|d')|\s+\p{Lu}[\p{L}'’-]*)+)${TOWN}`,
  'giu',
);
const PO_BOX = /\bP\.?\s?O\.?\s+Box\s+\d+\b/giu;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/g;
const US_STATE_ZIP =
  /\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\s+\d{5}(?:-\d{4})?\b/g;
const APARTMENT = /\b(?:Apt|Apartment|Flat)\.?\s*#?\d+[A-Za-z]?\b/giu;
// Words that show a "number + words + suffix" run is a count, not an address.
const NOT_STREET_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'per',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'days',
  'day',
  'hours',
  'hour',
  'weeks',
  'week',
  'minutes',
  'months',
  'years',
  'times',
  'people',
  'guys',
  'workers',
  'employees',
  'more',
  'less',
  'than',
  'each',
  'every',
  'miles',
  'blocks',
  'cars',
  'trucks',
  'down',
  'up',
  'across',
]);

function streetNames(names: string): boolean {
  return names
    .trim()
    .split(/\s+/)
    .every((w) => !NOT_STREET_WORDS.has(w.toLowerCase()) && !/^\d/.test(w));
}

// ---- Number plates ---------------------------------------------------------------

// Formats specific enough to stand alone: UK "AB12 CDE", French/Italian
// "AB-123-CD", German "B-MW 2041", Indian "MH 12 AB 1234".
const PLATE_DISTINCT =
  /\b(?:[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z]{2}-\d{3}-[A-Z]{2}|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}\s\d{1,4}[EH]?|[A-Z]{2}\s?\d{1,2}\s?[A-Z]{1,3}\s?\d{4})\b/gu;
// Shapes shared with product codes ("ABC-1234", "7ABC123", "GHT 4821"): only after a vehicle word.
const PLATE_GENERIC =
  /\b(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])(?:[A-Z]{1,3}[- ]?\d{2,4}[A-Z]{0,2}|\d[A-Z]{2,3}[- ]?\d{2,3}|\d{2,3}[- ]?[A-Z]{2,3}|[A-Z]{2,3}[- ]?\d{1,3}[- ]?[A-Z]{1,3})\b/g;
const VEHICLE_CUE =
  /\b(?:plates?|reg(?:istration)?|licen[cs]e|tags?|number plate|car|cars|van|truck|lorry|pickup|pick-up|suv|vehicle|motorbike|motorcycle|bike|ford|toyota|honda|golf|bmw|audi|tesla|nissan|kennzeichen|matrícula|placa|immatriculation|targa)\b\W*(?:\p{L}+\W+){0,3}$/iu;

// ---- The pipeline -----------------------------------------------------------------

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
  const s = candidate.replace(/\s/g, '');
  if (s.length < 15 || s.length > 34) return false;
  const digits = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1;
}

/** Runs `rule` only on text that `guard` finds something in: most texts have no "@", no "/", no digit. */
function onlyWith(guard: RegExp, rule: Rule): Rule {
  return (text) => (guard.test(text) ? rule(text) : text);
}

/** The rules that read numbers, each a long pattern: a text without a digit skips them all at once. */
function numberRules(): Rule[] {
  let text = '';
  const seeing =
    (rule: Rule): Rule =>
    (t) =>
      rule((text = t));
  return [
    maskMatches(IBAN, 'ID', (m) => ibanOk(m[0])),
    maskMatches(SSN, 'ID'),
    maskMatches(NI_NUMBER, 'ID'),
    maskMatches(BIRTH_DATE, 'ID', () => true, 1),
    maskMatches(ZIP, 'ADDRESS', () => true, 1),
    maskMatches(CARD, 'ID', (m) => luhn(m[0])),
    // "badge 4471" is an id; "staff 100%" is not: three digits need a marker ("no.", "#", "is").
    maskMatches(
      CUED_ID,
      'ID',
      (m) => {
        const [, marker, id] = m as unknown as [string, string, string];
        return digitCount(id) >= 4 || (marker.trim() !== '' && digitCount(id) >= 3) || id.startsWith('#');
      },
      2,
    ),
    maskMatches(NATIONAL_ID, 'ID', nationalIdOk, 2),
    maskMatches(DNI, 'ID', dniOk),
    maskMatches(PLATE_DISTINCT, 'PLATE'),
    seeing(
      maskMatches(PLATE_GENERIC, 'PLATE', (m) => VEHICLE_CUE.test(text.slice(Math.max(0, m.index - 40), m.index))),
    ),
    maskSpokenPhoneNumbers,
    maskMatches(BRACKETED_AREA, 'PHONE', (m) => digitCount(m[0]) >= 9 && digitCount(m[0]) <= 15),
    seeing(maskMatches(INTERNATIONAL, 'PHONE', (m) => digitCount(m[0]) >= 7 && digitCount(m[0]) <= 15)),
    seeing(maskMatches(GROUPED, 'PHONE', (m) => groupedPhoneOk(text, m))),
    seeing(maskMatches(UNBROKEN, 'PHONE', (m) => unbrokenPhoneOk(text, m))),
    maskMatches(CODE_ID, 'ID', (m) => !/^(?:FY|CY|AY|Q|H|Y)-?(?:19|20)\d\d$/.test(m[0])),
    maskMatches(LONG_NUMBER, 'ID'),
    maskMatches(PO_BOX, 'ADDRESS'),
    maskMatches(STREET_PLAIN, 'ADDRESS', (m) => streetNames(m[1]!)),
    maskMatches(STREET_WORD, 'ADDRESS', (m) => streetNames(m[1]!)),
    maskMatches(STREET_FIRST, 'ADDRESS'),
    maskMatches(STREET_COMPOUND, 'ADDRESS'),
    maskMatches(STREET_FRENCH, 'ADDRESS'),
    maskMatches(UK_POSTCODE, 'ADDRESS'),
    maskMatches(US_STATE_ZIP, 'ADDRESS'),
    maskMatches(APARTMENT, 'ADDRESS'),
  ];
}

function rules(): Rule[] {
  const numbers = numberRules();
  return [
    onlyWith(/@/, maskMatches(EMAIL, 'EMAIL')),
    onlyWith(/https?:|www\./i, maskMatches(URL, 'URL')),
    onlyWith(/\//, maskMatches(BARE_URL, 'URL')),
    onlyWith(
      /dot|slash/i,
      maskMatches(SPOKEN_URL, 'URL', (m) => SPOKEN_LINK_WORD.test(m[0]) && !NOT_A_DOMAIN.test(m[0])),
    ),
    // "at" inside "that" or "great" is no reason to read the long pattern: only "at" (or its like) as a word.
    onlyWith(
      new RegExp(String.raw`@|(?:^|[\s([{<])${AT_WORD}(?:$|[\s)\]}>])`, 'iu'),
      maskMatches(SPELLED_EMAIL, 'EMAIL', spelledEmailOk),
    ),
    onlyWith(
      / @ |\S \S ?@|@ ?\S \S/,
      maskMatches(LETTER_SPACED_EMAIL, 'EMAIL', (m) =>
        new RegExp(`^${EMAIL.source}$`, 'u').test(m[0].replace(/ /g, '')),
      ),
    ),
    onlyWith(
      /@/,
      maskMatches(PARTIAL_EMAIL, 'EMAIL', (m) => m[0].indexOf('@') >= 2),
    ),
    onlyWith(/@/, maskMatches(HANDLE, 'NAME')),
    (t) => (/\d/.test(t) ? numbers.reduce((out, rule) => rule(out), t) : maskSpokenPhoneNumbers(t)),
    maskNamesInOtherScripts,
    maskNames,
  ];
}

const RULES = rules();

/** The normalised text and where personal data lies in it. */
export interface Findings {
  /** The text as redaction reads it (see normaliseForRedaction). */
  text: string;
  spans: RedactedSpan[];
}

/** Finds personal data in text: what redact() would replace, in the positions of the normalised text. */
export function findPersonalData(text: string): Findings {
  const normalised = normaliseForRedaction(text);
  return { text: normalised, spans: maskedSpans(maskAll(normalised)) };
}

const PLACEHOLDER = new RegExp(String.raw`\[(${REDACTION_KINDS.join('|')})\]`, 'g');

/**
 * Runs the rules until nothing more is found (a find can expose another:
 * "@0@0"), at most a few rounds. A rule that found nothing is not run
 * again on the same text: the names rule, the costliest, runs once on most
 * texts, and twice where its finds may reveal more ("Ashton Carter"). Placeholders
 * already in the text count as what they stand for, so redacting redacted
 * text changes nothing.
 */
function maskAll(normalised: string): string {
  const premasked = normalised.includes('[')
    ? normalised.replace(PLACEHOLDER, (m, kind: RedactionKind) => mask(kind, m.length))
    : normalised;
  // The rules read digits of other scripts as ASCII ("٠٥٠١٢٣٤٥٦٧", "۰۹۱۲…");
  // what is not masked keeps the digits it was written in.
  const reading = asciiDigits(premasked);
  const masked = maskRounds(reading);
  if (reading === premasked) return masked;
  let out = '';
  for (let i = 0; i < masked.length; i++) out += MASKED.test(masked[i]!) ? masked[i] : premasked[i];
  return out;
}

// The zero of each decimal-digit block read as ASCII: Arabic-Indic, Persian, N'Ko,
// Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
// Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian.
const DIGIT_ZEROS = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040,
  0x17e0, 0x1810,
];
const OTHER_DIGIT =
  /[\u0660-\u0669\u06F0-\u06F9\u07C0-\u07C9\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66-\u0D6F\u0E50-\u0E59\u0ED0-\u0ED9\u0F20-\u0F29\u1040-\u1049\u17E0-\u17E9\u1810-\u1819]/gu;

/** The text with every decimal digit of another script as its ASCII digit; same length. */
function asciiDigits(text: string): string {
  if (!/[\u0660-\u1819]/u.test(text)) return text;
  return text.replace(OTHER_DIGIT, (d) => {
    const code = d.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

function maskRounds(start: string): string {
  let masked = start;
  const foundNothingIn: (string | undefined)[] = [];
  for (let pass = 0; pass < 4; pass++) {
    const before = masked;
    RULES.forEach((rule, i) => {
      if (foundNothingIn[i] === masked) return;
      const next = rule(masked);
      if (next === masked) foundNothingIn[i] = masked;
      masked = next;
    });
    if (masked === before) break;
  }
  return masked;
}

/**
 * Replaces personal data in text with placeholders: `[NAME]`, `[PHONE]`,
 * `[EMAIL]`, `[ADDRESS]`, `[ID]` (employee and badge numbers, SSNs, IBANs,
 * card numbers that pass the Luhn check), `[URL]` and `[PLATE]`. The result
 * is NFKC-normalised without invisible characters; redacting it again
 * changes nothing.
 *
 * @example
 * redact('Call Mike at (555) 123-4567 or mike@example.com')
 * // 'Call [NAME] at [PHONE] or [EMAIL]'
 */
export function redact(text: string): string {
  const normalised = normaliseForRedaction(text);
  return placeholders(keepFullStops(normalised, maskAll(normalised)));
}

/**
 * A find that ends in an abbreviation's dot ("Baker St.", "Elm Ave.") also
 * took the full stop of a sentence ending there; the dot is given back, so
 * "[ADDRESS]." still ends its sentence. A dot says nothing of what was hidden.
 */
function keepFullStops(normalised: string, masked: string): string {
  if (!masked.includes('.') && !normalised.includes('.')) return masked;
  let out = masked;
  for (const { start, end } of maskedSpans(masked)) {
    const atSentenceEnd = end === normalised.length || /\s/.test(normalised[end]!);
    if (end - start > 1 && normalised[end - 1] === '.' && atSentenceEnd)
      out = `${out.slice(0, end - 1)}.${out.slice(end)}`;
  }
  return out;
}
