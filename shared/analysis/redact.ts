import { isGivenName, isWordlikeName } from './given-names';
import { STOPWORDS } from './language';
import { WORDS } from './lexicon';
import { lookupForm } from './word-forms';

/*
 * Redaction runs before anything is stored (promise 2 in DESIGN.md): names,
 * phones, emails, addresses, ids and URLs become `[NAME]`, `[PHONE]`,
 * `[EMAIL]`, `[ADDRESS]`, `[ID]`, `[URL]`. Rules run from the most
 * structured to the least, each over the output of the one before, so a
 * placeholder is never re-read as something else.
 *
 * It is heuristic and its misses are counted in
 * test/unit/analysis/redact.test.ts rather than hidden.
 */

type Rule = (text: string) => string;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']*[^\s<>"'.,;:!?)\]]/giu;
const SSN = /\b\d{3}-\d{2}-\d{4}\b/g;
// A social handle names a person as surely as their name does.
const HANDLE = /(?<![\p{L}\p{N}._%+-])@[A-Za-z0-9_]{2,30}\b/gu;
// A date of birth, with its cue: "DOB 04/12/1985", "born on 4 March 1990".
const BIRTH_DATE =
  /\b((?:dob|d\.o\.b\.?|date of birth|birth ?date|born on|born)\s*(?:is|was|:)?\s*)(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}(?:st|nd|rd|th)? \p{L}+,? \d{4}|\p{L}+ \d{1,2}(?:st|nd|rd|th)?,? \d{4})/giu;
const ZIP = /\b((?:zip|zip code|postcode|post code|postal code)\s*(?:is|:)?\s*)(\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b/giu;
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;

// An identifier announced by what it is: "employee #48213", "badge number is
// 4471", "my ID: E-10233". Only the identifier is replaced.
const CUED_ID =
  /\b((?:employee|emp|staff|worker|associate|badge|card|member(?:ship)?|payroll|personnel|clock|id|account|acct|social security|ssn|sin|passport|driver'?s licen[cs]e|licen[cs]e|national insurance|ni|tin|ein|policy|claim|ticket|student|patient|customer)(\s*(?:number|no\.?|num|nr|#|id|code)?\s*(?:is|was|:|=)?)\s*)(#?[A-Za-z]{0,4}[- ]?\d[\dA-Za-z-]*)/giu;

// Phone numbers: international (+44 20 7946 0958, +1-555-123-4567), North
// American ((555) 123-4567, 555.123.4567, 5551234567), UK national
// (020 7946 0958, 07700 900123) and local (555-1234), with an extension.
const EXTENSION = String.raw`(?:\s*(?:ext\.?|x|extension)\s*\d{1,5})?`;
const PHONE = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}+])\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){1,6}${EXTENSION}(?![\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}${EXTENSION}(?![\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}${EXTENSION}(?![\p{N}])`,
    String.raw`(?<![\p{L}\p{N}-])\d{3}-\d{4}(?![\p{N}-])`,
  ].join('|'),
  'gu',
);

// Codes such as "E12345", "EMP-00231", "AB1234567": capitals then four or
// more digits. A year after a period prefix ("FY2024", "Q2025") is not an id.
const CODE_ID = /\b[A-Z]{1,4}-?\d{4,}[A-Z]?\b/g;
const YEAR_CODE = /^(?:FY|CY|AY|Q|H|Y)-?(?:19|20)\d\d$/;
// A long bare number or a "#"-number is more likely an account or a badge than anything else.
const LONG_NUMBER = /(?<![\p{L}\p{N}$€£.,])(?:#\d{4,}|\d{9,})(?![\p{N}.,]?\d)/gu;

// Street addresses: a number, up to three name words, a street suffix, an
// optional unit. Suffixes that are also ordinary words ("drive", "way",
// "place") count only after capitalised name words.
const PLAIN_SUFFIX = String.raw`(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Ln|Highway|Hwy|Parkway|Pkwy)`;
const WORD_SUFFIX = String.raw`(?:Drive|Dr|Way|Place|Pl|Court|Ct|Circle|Cir|Square|Sq|Lane|Trail|Trl|Terrace|Crescent|Cres|Mews|Close|Grove|Gardens)`;
const UNIT = String.raw`(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|#)\.?\s*#?[\p{N}\p{L}]{0,2}\d[\p{N}\p{L}]{0,3})?`;
const DIRECTION = String.raw`(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?`;
const STREET_PLAIN = new RegExp(
  String.raw`\b\d{1,6}[A-Za-z]?\s+((?:[\p{L}][\p{L}'.-]*\s+){1,3})${PLAIN_SUFFIX}\b\.?${DIRECTION}${UNIT}`,
  'giu',
);
const STREET_WORD = new RegExp(
  String.raw`\b\d{1,6}[A-Za-z]?\s+((?:\p{Lu}[\p{L}'.-]*\s+){1,3})${WORD_SUFFIX}\b\.?${DIRECTION}${UNIT}`,
  'gu',
);
const PO_BOX = /\bP\.?\s?O\.?\s+Box\s+\d+\b/giu;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/g;
const US_STATE_ZIP =
  /\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\s+\d{5}(?:-\d{4})?\b/g;
const APARTMENT = /\b(?:Apt|Apartment|Flat)\.?\s*#?\d+[A-Za-z]?\b/giu;
// Words that show a "number + words + suffix" run is a count, not an address.
const NOT_STREET_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'and', 'or', 'in', 'on', 'at', 'for', 'per', 'my', 'our', 'your', 'their', 'his', 'her',
  'days', 'day', 'hours', 'hour', 'weeks', 'week', 'minutes', 'months', 'years', 'times', 'people', 'guys', 'workers',
  'employees', 'more', 'less', 'than', 'each', 'every', 'miles', 'blocks', 'cars', 'trucks', 'down', 'up', 'across',
]);

const RULES: Rule[] = [
  (t) => t.replace(EMAIL, '[EMAIL]'),
  (t) => t.replace(URL, '[URL]'),
  (t) => t.replace(HANDLE, '[NAME]'),
  (t) => t.replace(SSN, '[ID]'),
  (t) => t.replace(BIRTH_DATE, (_, cue: string) => `${cue}[ID]`),
  (t) => t.replace(ZIP, (_, cue: string) => `${cue}[ADDRESS]`),
  (t) => t.replace(CARD, (m) => (luhn(m) ? '[ID]' : m)),
  // "badge 4471" is an id; "staff 100%" is not: three digits need a marker ("no.", "#", "is").
  (t) => t.replace(CUED_ID, (m, cue: string, marker: string, id: string) => (digits(id) >= 4 || (marker.trim() && digits(id) >= 3) || id.startsWith('#') ? `${cue}[ID]` : m)),
  (t) => t.replace(PHONE, (m) => (phoneDigitsOk(m) ? '[PHONE]' : m)),
  (t) => t.replace(CODE_ID, (m) => (YEAR_CODE.test(m) ? m : '[ID]')),
  (t) => t.replace(LONG_NUMBER, '[ID]'),
  (t) => t.replace(PO_BOX, '[ADDRESS]'),
  (t) => t.replace(STREET_PLAIN, (m, names: string) => (streetNames(names) ? '[ADDRESS]' : m)),
  (t) => t.replace(STREET_WORD, (m, names: string) => (streetNames(names) ? '[ADDRESS]' : m)),
  (t) => t.replace(UK_POSTCODE, '[ADDRESS]'),
  (t) => t.replace(US_STATE_ZIP, '[ADDRESS]'),
  (t) => t.replace(APARTMENT, '[ADDRESS]'),
  redactNames,
];

/**
 * Replaces personal data in text with placeholders: `[NAME]`, `[PHONE]`,
 * `[EMAIL]`, `[ADDRESS]`, `[ID]` (employee and badge numbers, SSNs, card
 * numbers that pass the Luhn check) and `[URL]`.
 *
 * @example
 * redact('Call Mike at (555) 123-4567 or mike@example.com')
 * // 'Call [NAME] at [PHONE] or [EMAIL]'
 */
export function redact(text: string): string {
  return RULES.reduce((out, rule) => rule(out), text);
}

function digits(s: string): number {
  return s.replace(/\D/g, '').length;
}

function phoneDigitsOk(s: string): boolean {
  const n = digits(s.replace(/(?:ext\.?|x|extension)\s*\d+$/i, ''));
  return n >= 7 && n <= 15;
}

/** The Luhn checksum that card numbers carry. */
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

function streetNames(names: string): boolean {
  return names
    .trim()
    .split(/\s+/)
    .every((w) => !NOT_STREET_WORDS.has(w.toLowerCase()) && !/^\d/.test(w));
}

// ---- Names ----------------------------------------------------------------

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'mister', 'madam']);

// Roles after which a capitalised word is a person: "my supervisor Ramirez".
const ROLE_CUES = new Set([
  'manager', 'supervisor', 'boss', 'lead', 'leader', 'foreman', 'forewoman', 'coworker', 'co-worker', 'colleague',
  'director', 'superintendent', 'coordinator', 'trainer', 'teammate', 'dispatcher', 'scheduler', 'recruiter', 'rep',
  'representative', 'gm', 'ceo', 'cfo', 'coo', 'vp', 'owner', 'officer', 'guard', 'nurse', 'chef', 'partner',
  'mentor', 'trainee', 'intern', 'associate', 'administrator', 'admin', 'planner', 'technician', 'tech', 'operator',
]);
// Phrases that introduce someone: "named", "ask for", "thanks to".
const PHRASE_CUES = [
  'named', 'called', 'name is', "name's", "i'm", 'i am', 'im', 'this is', 'ask for', 'asked for', 'talk to', 'talked to',
  'speak to', 'spoke to', 'spoke with', 'talk with', 'thanks to', 'thank you', 'thanks', 'shout out to', 'shoutout to',
  'kudos to', 'props to', 'report to', 'reports to', 'reported to', 'complained to', 'told', 'tell', 'asked', 'emailed',
  'texted', 'messaged', 'reported', 'ask', "it's",
].map((c) => c.split(' '));
// A role or an introduction may also precede a lower-case given name ("ask
// for mike"); after these general verbs only a capitalised word counts
// ("told Ahmed", not "told everyone").
const WEAK_CUES = new Set(['told', 'tell', 'asked', 'ask', 'emailed', 'texted', 'messaged', 'reported', 'thanks', 'this is', "it's"]);

// Capitalised words that are not people: days, months (so "June" and "May"
// are never read as names), holidays, places in a workplace, departments,
// and words capitalised for emphasis.
const NOT_NAMES = new Set(
  `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun january february
  march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  spring summer autumn fall winter christmas easter thanksgiving halloween ramadan eid diwali hanukkah new year years
  plant warehouse headquarters hq site building dock line floor store office depot branch team department dept unit
  hr it payroll safety security shipping receiving maintenance accounting finance sales marketing legal operations ops
  management corporate admin facilities logistics production quality engineering customer service support compliance
  purchasing procurement training benefits kitchen cafeteria lobby parking garage yard lab clinic ward shift night
  day morning evening afternoon weekend overtime osha covid ppe ok okay yes no not hi hello hey dear thanks thank
  please sorry god lord jesus english spanish french german american mexican canadian british indian chinese
  north south east west street road avenue lane drive
  `.split(/\s+/),
);

const WORD = /\p{L}+(?:['’]\p{L}+)*(?:-\p{L}+)*/gu;

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  capitalised: boolean;
  sentenceStart: boolean;
  /** What lies between this word and the one before. */
  gap: string;
  /** A number follows it: "Bay 4", "Line 2". */
  numberAfter: boolean;
}

function redactNames(text: string): string {
  const words = readWords(text);
  const titleCase = writesInTitleCase(words);
  const spans: [number, number][] = [];
  for (let k = 0; k < words.length; k++) {
    const end = nameEnd(words, k, titleCase);
    if (end === undefined) continue;
    spans.push([words[k]!.start, words[end]!.end]);
    k = end;
  }
  let out = text;
  for (const [start, end] of spans.reverse()) out = `${out.slice(0, start)}[NAME]${out.slice(end)}`;
  return out;
}

function readWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    // "[NAME]" and the other placeholders are not words to read.
    if (text[start - 1] === '[') continue;
    let raw = m[0];
    // A possessive stays outside the name: "Mike's" → "[NAME]'s".
    if (/['’]s$/i.test(raw) && raw.length > 3) raw = raw.slice(0, -2);
    const gap = text.slice(previousEnd, start);
    words.push({
      text: raw,
      lower: raw.toLowerCase().replace(/’/g, "'"),
      start,
      end: start + raw.length,
      capitalised: /^\p{Lu}/u.test(raw),
      sentenceStart: words.length === 0 || /[.!?\n;:"“(]/u.test(gap),
      gap,
      numberAfter: /^[ \t]*#?\d/.test(text.slice(start + m[0].length)),
    });
    previousEnd = start + m[0].length;
  }
  return words;
}

// Next to each other in one phrase: spaces, or a comma ("my manager, Dave").
function joined(word: Word): boolean {
  return /^[ \t]*,?[ \t]*$/.test(word.gap) && word.gap.length > 0;
}

function spaced(word: Word): boolean {
  return /^[ \t]+$/.test(word.gap);
}

/** If a name starts at word `k`, the index of its last word. */
function nameEnd(words: Word[], k: number, titleCase: boolean): number | undefined {
  const word = words[k]!;
  const next = words[k + 1];

  // "Dr. Patel", "Mr Smith": the title goes too.
  if (TITLES.has(word.lower) && word.capitalised && next?.capitalised && /^\.?[ \t]+$/.test(next.gap) && !NOT_NAMES.has(next.lower)) {
    return surnameEnd(words, k + 1);
  }
  if (NOT_NAMES.has(word.lower) || word.text.length < 2) return undefined;

  const cue = cueBefore(words, k);
  const given = isGivenName(word.lower);
  const plain = looksLikeName(word);
  if (cue === 'strong' && ((word.capitalised && plain) || (given && !isWordlikeName(word.lower)))) return surnameEnd(words, k);
  if (cue === 'weak' && word.capitalised && !word.sentenceStart && (plain || given)) return surnameEnd(words, k);
  if (!given) return !titleCase && isFullName(words, k) ? surnameEnd(words, k) : undefined;

  if (word.capitalised || isAllCaps(word.text)) {
    if (!isWordlikeName(word.lower)) return surnameEnd(words, k);
    // "Will you...", "Grace period": an ordinary word unless mid-sentence or followed by a surname.
    const surname = next && spaced(next) && next.capitalised && looksLikeName(next) && !isGivenName(next.lower);
    const actsLikePerson = next && spaced(next) && PERSON_VERBS.has(next.lower);
    if (!word.sentenceStart || surname || actsLikePerson) return surnameEnd(words, k);
    return undefined;
  }
  // Lower case, as texts often are: only names that are no other word.
  if (word.lower.length >= 3 && !isWordlikeName(word.lower) && !LOWER_CASE_RISKY.has(word.lower)) return surnameEnd(words, k);
  return undefined;
}

// What follows a person at the start of a sentence: "Grace from HR", "Will said".
const PERSON_VERBS = new Set(['said', 'says', 'told', 'tells', 'asked', 'asks', 'from', 'keeps', 'kept', 'yelled', 'yells', 'screamed', 'screams', 'texted', 'emailed', 'called', 'wants', 'wanted', 'thinks', 'promised', 'refused', 'refuses']);

// Given names that are ordinary words in other languages the service
// receives (Spanish "ella", "luna", "rosa") or in English once lower-cased.
const LOWER_CASE_RISKY = new Set(['ella', 'luna', 'rosa', 'jean', 'lan', 'wei', 'jun', 'mei', 'hana', 'noor', 'ana', 'ling', 'lucia', 'carmen', 'ebony', 'amber', 'thi', 'imani', 'stella', 'bella', 'genesis', 'harper', 'kennedy', 'savannah', 'aurora', 'brooklyn', 'madison', 'victoria', 'virginia', 'georgia', 'sophia', 'joy', 'luz', 'pilar', 'blanca', 'dolores', 'esperanza', 'consuelo', 'norma', 'julio', 'sana']);

// Ordinary words often capitalised in the names of places, teams,
// programmes and products ("Distribution Hub", "Microsoft Teams", "Open Door
// Policy"). With the lexicon, the stopwords and NOT_NAMES, they are the words
// the full-name rule takes for words, not names. It is no dictionary, which is
// why that rule also looks at how the two words sit in their sentence.
const ORDINARY_CAPITALISED = new Set(
  `center centre room hall hub campus park city town county state country region district area zone division group
  company corporation corp inc ltd llc co partners holdings services service solutions systems system network bank
  hospital school college university academy institute station terminal airport port harbor harbour mall market
  plaza tower house hotel restaurant cafe bar pub gym shop outlet factory mill works facility center bay gate entrance
  exit lot annex wing block level basement program programme policy handbook manual code conduct plan scheme project
  award portal app software platform tool form survey meeting council committee board union association club fund
  new old main central national international regional global general senior junior human public private first
  second third annual united royal grand upper lower inner outer middle western eastern northern southern open free
  high low president vice chief executive head deputy assistant member staff employee employees worker workers
  health wellness wellbeing welfare resources resource assistance benefit pay time leave sick holiday vacation
  diversity inclusion equity learning development talent people culture labour labor union contract agency temp
  teams zoom slack outlook excel word windows google microsoft apple amazon android iphone email phone portal`.split(/\s+/),
);
// Suffixes of ordinary English nouns and adjectives that no common name has.
const ORDINARY_SUFFIX = /\p{L}{3}(?:tion|sion|ment|ness|ship|ism|ful|less|ous|ive|able|ible|ity)$/u;
// Before a run of capitals, these say it names a thing or a place: "the Riverside Depot".
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'their', 'your', 'its', 'his', 'her', 'my', 'every', 'each', 'any', 'some', 'no', 'another']);

/** A capitalised word that is no ordinary word: a name, or the name of something. Not a #hashtag. */
function isProperWord(word: Word): boolean {
  if (!word.capitalised || isAllCaps(word.text) || word.text.length < 2 || word.gap.endsWith('#')) return false;
  // "Lopez-Garcia" may be a name; "Self-Driving" is not.
  return word.lower.split('-').every((part) => part.length > 0 && !isOrdinaryWord(part));
}

function isOrdinaryWord(lower: string): boolean {
  const singular = lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
  return [lower, singular].some(
    (w) =>
      NOT_NAMES.has(w) || STOPWORDS.en!.has(w) || WORDS.has(w) || ORDINARY_CAPITALISED.has(w) || ROLE_CUES.has(w) || TITLES.has(w) || ORDINARY_SUFFIX.test(w),
  ) || lookupForm(lower) !== undefined;
}

/**
 * "harassed by Priyanka Venkataraman": two capitalised words that are no
 * ordinary word, mid-sentence, are read as a first name and a surname, unless
 * the words around them say they name a place or a thing: "the" before them,
 * a number after ("Gate 4"), or a longer run of capitals ("Northgate
 * Distribution Hub"). At the start of a sentence a capital says nothing, so
 * there only a known given name counts (see nameEnd).
 */
function isFullName(words: Word[], k: number): boolean {
  const first = words[k]!;
  const second = words[k + 1];
  const before = words[k - 1];
  if (first.sentenceStart || !second || !spaced(second) || !isProperWord(first) || !isProperWord(second)) return false;
  // A capital before them mid-sentence makes a longer run; at the start of a
  // sentence ("Yesterday Priyanka Venkataraman ...") it says nothing.
  if (before && spaced(first) && (DETERMINERS.has(before.lower) || (isProperWord(before) && !before.sentenceStart))) return false;
  let last = k + 1;
  while (words[last + 1] && spaced(words[last + 1]!) && isProperWord(words[last + 1]!)) last++;
  return last - k <= 2 && !words[last]!.numberAfter;
}

// Someone Who Writes Like This capitalises every word, names or not: then
// capitals mid-sentence say nothing, and the full-name rule stands aside.
function writesInTitleCase(words: Word[]): boolean {
  const capitalisedGrammar = words.filter((w) => !w.sentenceStart && w.capitalised && !isAllCaps(w.text) && !/^i(?:'|$)/.test(w.lower) && STOPWORDS.en!.has(w.lower));
  return capitalisedGrammar.length >= 2;
}

function looksLikeName(word: Word): boolean {
  return !NOT_NAMES.has(word.lower) && !STOPWORDS.en!.has(word.lower) && !(WORDS.get(word.lower)?.valence ?? 0) && word.text.length > 1;
}

function isAllCaps(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
}

// A capitalised word right after a name is its surname: "Sarah Jones".
function surnameEnd(words: Word[], k: number): number {
  let end = k;
  for (let n = k + 1; n <= k + 2; n++) {
    const w = words[n];
    if (!w || !w.capitalised || !spaced(w) || !looksLikeName(w)) break;
    end = n;
  }
  return end;
}

function cueBefore(words: Word[], k: number): 'strong' | 'weak' | undefined {
  const previous = words[k - 1];
  if (!previous || !joined(words[k]!)) return undefined;
  if (ROLE_CUES.has(previous.lower)) return 'strong';
  for (const cue of PHRASE_CUES) {
    const from = k - cue.length;
    if (from < 0) continue;
    if (cue.every((part, i) => words[from + i]!.lower === part && (i === 0 || spaced(words[from + i]!)))) {
      return WEAK_CUES.has(cue.join(' ')) ? 'weak' : 'strong';
    }
  }
  return undefined;
}
