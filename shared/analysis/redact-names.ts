import { isEnglishWord, isNearEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { detectLanguage, STOPWORDS } from './language';
import { WORDS } from './lexicon';
import { maskLetterSpacedNames, withoutLeetspeak } from './redact-names-disguised';
import { mask } from './redaction-kinds';
import { isCommonSurname, isWordlikeSurname } from './surnames';
import { lookupForm } from './word-forms';

/*
 * Names in Latin script. A word is read as a name from what it is (a common
 * given name or surname, or a capitalised word that is no word of English or
 * of the other languages the service hears) and from where it stands (after
 * a title or a role, "my manager Okonkwo", "el jefe Martínez", "Herr
 * Becker"; before a verb people do, "Kowalczyk keeps grabbing people").
 */

// Titles go with the name: "Dr. Patel", "Herr Becker", "Mme Moreau" → "[NAME]".
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
  'mister',
  'madam',
  'herr',
  'frau',
  'señor',
  'senor',
  'señora',
  'senora',
  'señorita',
  'sr',
  'sra',
  'srta',
  'don',
  'doña',
  'dona',
  'monsieur',
  'madame',
  'mademoiselle',
  'mme',
  'mlle',
  'signor',
  'signora',
  'signorina',
  'sig',
  'sig.ra',
  'dott',
  'senhor',
  'senhora',
  'pan',
  'pani',
  'pana',
  'panią',
  'ma',
  'meneer',
  'mevrouw',
  'dhr',
  'mevr',
  'bay',
  'bayan',
]);
// Titles that are also everyday English words: only capitalised ("Don Ernesto", not "don't").
const WORDLIKE_TITLES = new Set(['don', 'pan', 'dona', 'bay', 'sig', 'miss', 'sir', 'dame', 'ma', 'pana']);

// Roles after which a word is a person: "my supervisor Ramirez", "el jefe Martínez".
const ROLE_CUES = new Set([
  'manager',
  'supervisor',
  'boss',
  'lead',
  'leader',
  'foreman',
  'forewoman',
  'coworker',
  'co-worker',
  'colleague',
  'director',
  'superintendent',
  'coordinator',
  'trainer',
  'teammate',
  'dispatcher',
  'scheduler',
  'recruiter',
  'rep',
  'representative',
  'gm',
  'ceo',
  'cfo',
  'coo',
  'vp',
  'owner',
  'officer',
  'guard',
  'nurse',
  'chef',
  'partner',
  'mentor',
  'trainee',
  'intern',
  'associate',
  'administrator',
  'admin',
  'planner',
  'technician',
  'tech',
  'operator',
  'supervisora',
  'jefe',
  'jefa',
  'encargado',
  'encargada',
  'gerente',
  'capataz',
  'patrón',
  'patrona',
  'compañero',
  'compañera',
  'responsable',
  'directeur',
  'directrice',
  'collègue',
  'patron',
  'contremaître',
  'cheffe',
  'chefin',
  'vorarbeiter',
  'vorarbeiterin',
  'gruppenleiter',
  'gruppenleiterin',
  'bereichsleiter',
  'bereichsleiterin',
  'werksleiter',
  'werksleiterin',
  'filialleiter',
  'filialleiterin',
  'marktleiter',
  'marktleiterin',
  'ausbilder',
  'ausbilderin',
  'polier',
  'geschäftsführer',
  'geschäftsführerin',
  'personalleiter',
  'personalleiterin',
  'schichtführer',
  'schichtführerin',
  'abteilungsleiterin',
  'lagerleiter',
  'lagerleiterin',
  'kollegen',
  'vorgesetzter',
  'vorgesetzte',
  'schichtleiter',
  'schichtleiterin',
  'meister',
  'meisterin',
  'kollege',
  'kollegin',
  'teamleiter',
  'teamleiterin',
  'abteilungsleiter',
  'kierownik',
  'kierowniczka',
  'szef',
  'szefowa',
  'brygadzista',
  'mistrz',
  'kolega',
  'koleżanka',
  'chefe',
  'encarregado',
  'encarregada',
  'colega',
  'capo',
  'capa',
  'responsabile',
  'collega',
  'caporeparto',
  'baas',
  'leidinggevende',
  'ploegleider',
  'teamleider',
  // Written short: "mgr TAYLOR", "supv Kowalski", "asst mgr Okafor".
  'mgr',
  'mngr',
  'supv',
  'supvr',
  'spvr',
  'asst',
  'dir',
  'coord',
  'tl',
  'sl',
  'mgmt',
]);
// Phrases that introduce someone: "named", "ask for", "thanks to".
const PHRASE_CUES = [
  'named',
  'called',
  'name is',
  "name's",
  "i'm",
  'i am',
  'im',
  'this is',
  'ask for',
  'asked for',
  'talk to',
  'talked to',
  'speak to',
  'spoke to',
  'spoke with',
  'talk with',
  'thanks to',
  'thank you',
  'thanks',
  'shout out to',
  'shoutout to',
  'kudos to',
  'props to',
  'report to',
  'reports to',
  'reported to',
  'complained to',
  'told',
  'tell',
  'asked',
  'emailed',
  'texted',
  'messaged',
  'reported',
  'ask',
  "it's",
  'thank',
  'complained about',
  'complaints about',
  'harassed by',
  'away from',
  'move me off',
  'me llamo',
  'je suis',
  "je m'appelle",
  'ich bin',
  'mi chiamo',
  'meu nome é',
  'nazywam się',
].map((c) => c.split(' '));
// After these general words only a capitalised word counts ("told Ahmed", not "told everyone").
const WEAK_CUES = new Set([
  'told',
  'tell',
  'asked',
  'ask',
  'emailed',
  'texted',
  'messaged',
  'reported',
  'thanks',
  'thank',
  'this is',
  "it's",
  'away from',
  'complained about',
  'complaints about',
]);
// The cues by their last word, in the order above: a word is looked up once instead of against every cue.
const CUES_BY_LAST_WORD = new Map<string, { parts: string[]; weak: boolean }[]>();
for (const parts of PHRASE_CUES) {
  const last = parts[parts.length - 1]!;
  if (!CUES_BY_LAST_WORD.has(last)) CUES_BY_LAST_WORD.set(last, []);
  CUES_BY_LAST_WORD.get(last)!.push({ parts, weak: WEAK_CUES.has(parts.join(' ')) });
}

// Capitalised words that are not people: days, months, holidays, places in a
// workplace, departments, words capitalised for emphasis.
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
  north south east west street road avenue lane drive kaizen lean gemba kanban wms erp sap ehs hse qa qc`.split(/\s+/),
);

// Ordinary words often capitalised in the names of places, teams, programmes
// and products ("Distribution Hub", "Microsoft Teams", "Open Door Policy").
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
  teams zoom slack outlook excel word windows google microsoft apple amazon android iphone email phone portal`.split(
    /\s+/,
  ),
);
const ORDINARY_SUFFIX = /\p{L}{3}(?:tion|sion|ment|ness|ship|ism|ful|less|ous|ive|able|ible|ity)$/u;
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'our',
  'their',
  'your',
  'its',
  'his',
  'her',
  'my',
  'every',
  'each',
  'any',
  'some',
  'no',
  'another',
  'el',
  'la',
  'los',
  'las',
  'le',
  'les',
  'der',
  'die',
  'das',
  'il',
  'lo',
  'o',
  'os',
  'het',
  'de',
]);
// What follows a person: "Grace from HR", "Kowalczyk keeps grabbing people", "Nowak on nights".
const PERSON_VERBS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'asked',
  'asks',
  'keeps',
  'kept',
  'yelled',
  'yells',
  'screamed',
  'screams',
  'shouts',
  'shouted',
  'texted',
  'emailed',
  'called',
  'wants',
  'wanted',
  'thinks',
  'promised',
  'refused',
  'refuses',
  'grabbed',
  'grabs',
  'touched',
  'touches',
  'threw',
  'hit',
  'hits',
  'threatened',
  'threatens',
  'swore',
  'swears',
  'lied',
  'lies',
  'stole',
  'steals',
  'bullies',
  'bullied',
  'harassed',
  'harasses',
  'does',
  'did',
  'has',
  'had',
  'was',
  'is',
  'never',
  'always',
  'just',
  'also',
  'still',
  'and',
  'from',
  'in',
  'on',
  'at',
  'who',
  'runs',
  'ran',
  'covers',
  'covered',
  'trained',
  'trains',
  'helped',
  'helps',
  'fixed',
  'approved',
  'ignores',
  'ignored',
  'makes',
  'made',
  'locked',
  'leaves',
]);
const PLACE_WORDS = new Set([
  'at',
  'in',
  'of',
  'near',
  'into',
  'within',
  'outside',
  'inside',
  'across',
  'around',
  'join',
  'joined',
  'joining',
  'joins',
  'visit',
  'visited',
  'via',
  'towards',
  'w',
  'we',
  'im',
  'am',
  'nach',
  'aus',
  'dans',
  'en',
  'nel',
  'nella',
  'em',
  'no',
]);

// Words that follow people and things alike: "Will is", "Grace in".
const WEAK_PERSON_WORDS = new Set([
  'is',
  'was',
  'has',
  'had',
  'and',
  'in',
  'on',
  'at',
  'does',
  'did',
  'just',
  'also',
  'still',
  'always',
  'never',
  'from',
  'who',
]);
// "Sue in accounting", "Grace from HR": a person of a department.
const DEPARTMENTS = new Set([
  'hr',
  'payroll',
  'accounting',
  'accounts',
  'finance',
  'shipping',
  'receiving',
  'maintenance',
  'security',
  'safety',
  'stores',
  'dispatch',
  'packing',
  'sales',
  'it',
  'admin',
  'reception',
  'logistics',
  'quality',
  'production',
  'purchasing',
  'legal',
  'marketing',
  'engineering',
  'facilities',
  'operations',
  'management',
  'the',
]);

// Given names that are ordinary words in other languages ("ella", "luna") or in English once lower-cased.
const LOWER_CASE_RISKY = new Set([
  'ella',
  'luna',
  'rosa',
  'jean',
  'lan',
  'wei',
  'jun',
  'mei',
  'hana',
  'noor',
  'ana',
  'ling',
  'lucia',
  'carmen',
  'ebony',
  'amber',
  'thi',
  'imani',
  'stella',
  'bella',
  'genesis',
  'harper',
  'kennedy',
  'savannah',
  'aurora',
  'brooklyn',
  'madison',
  'victoria',
  'virginia',
  'georgia',
  'sophia',
  'joy',
  'luz',
  'pilar',
  'blanca',
  'dolores',
  'esperanza',
  'consuelo',
  'norma',
  'julio',
  'sana',
]);
// Particles inside surnames: "de Vries", "van der Berg", "da Silva", "bin Said".
const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'le',
  'la',
  'du',
  'dos',
  'das',
  'bin',
  'ibn',
  'al',
  'el',
  'ben',
  'mac',
  'st',
  'los',
  'las',
  'vom',
  'zu',
  'zum',
  'zur',
  'dei',
  'degli',
  'delle',
]);

// Vietnamese names run family, middle, given: "Nguyen Van An", "Pham Thi Lan".
// After a family name and a middle name, the given name is taken whatever it
// is ("An" and "Lan" are words elsewhere).
const VIETNAMESE_FAMILY = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh truong lam mai cao luu dao doan thai quach lai ta ha'.split(
    ' ',
  ),
);
const VIETNAMESE_MIDDLE = new Set(
  'van thi duc minh ngoc huu quoc thanh xuan kim hong cong trung quang anh tuan bao gia khanh hai'.split(' '),
);

// Given names, for Vietnamese names written in lower case ("nguyen van an"), where no capital tells them apart.
const VIETNAMESE_GIVEN = new Set(
  'an anh binh chau chi cuong dung duc dat giang ha hai hanh hieu hoa hung huong huy khanh khoa lan linh loan long mai minh my nam nga ngoc nhung phong phuong quan quang quynh son tam thanh thao thu thuy tien trang trung tuan tu uyen van viet vy xuan yen bao thuan hoai nhi hien lien tuyet diep'.split(
    ' ',
  ),
);

const ALL_STOPWORDS: ReadonlySet<string> = new Set(Object.values(STOPWORDS).flatMap((set) => [...set]));

const WORD = /\p{L}+(?:['’]\p{L}+)*(?:-\p{L}+)*\.?/gu;

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  capitalised: boolean;
  sentenceStart: boolean;
  gap: string;
  numberAfter: boolean;
  /** An initial written with its dot: the "J" of "J.Smith". */
  initial: boolean;
}

interface Context {
  words: Word[];
  titleCase: boolean;
  /** German capitalises every noun: there a capital says nothing. */
  readonly nounCapitals: boolean;
  readonly english: boolean;
}

/** The sentence's language, guessed only when a rule asks (most texts never need it). */
function contextFor(text: string, words: Word[]): Context {
  let language: string | undefined;
  const guess = () => (language ??= detectLanguage(text.replace(/[\uE000-\uE006]+/gu, ' ')));
  return {
    words,
    titleCase: writesInTitleCase(words),
    get nounCapitals() {
      return guess() === 'de';
    },
    get english() {
      return guess() === 'en' || guess() === 'und';
    },
  };
}

/** Masks the names in text (see redaction-kinds.ts). */
export function maskNames(text: string): string {
  let out = maskLetterSpacedNames(text);
  // The rules read "D4ve" as "Dave"; the mask covers what was written.
  const reading = withoutLeetspeak(out);
  const words = readWords(reading);
  const context = contextFor(reading, words);
  for (let k = 0; k < words.length; k++) {
    const end = nameEnd(context, k);
    if (end === undefined) continue;
    const first = words[surnameFirst(words, k) ? k - 1 : k]!;
    const last = words[end]!;
    out = out.slice(0, first.start) + mask('NAME', last.end - first.start) + out.slice(last.end);
    k = end;
  }
  return /\uE000/u.test(out) ? widenNames(context, out) : out;
}

const NAME_MARK = mask('NAME', 1);
// Particles that open a surname even before it: "von Hohenstein", "van Dijk".
const LEADING_PARTICLES = new Set([
  'von',
  'van',
  'zu',
  'vom',
  'ter',
  'ten',
  'der',
  'den',
  'di',
  'de',
  'da',
  'del',
  'della',
  'dos',
  'das',
  'du',
  'le',
  'la',
  'bin',
  'ibn',
  'al',
  'el',
]);

/**
 * What is left beside a masked name and belongs to it: "DUBOIS [NAME]",
 * "Marta [NAME]", "[NAME] de la Fuente", "von [NAME]", "J. [NAME]",
 * "[NAME], A. M.". A word joins when it is a known given name or surname, a
 * capitalised word that is no ordinary word, a particle before a surname, or
 * an initial; otherwise "Marta" or "smith" would reach the digest's themes.
 */
function widenNames(context: Context, masked: string): string {
  const { words } = context;
  let out = masked;
  const isMasked = (w: Word) => out[w.start] === NAME_MARK;
  // The character beyond the spaces (and the dot or comma) on either side of a word.
  const beyond = (from: number, step: 1 | -1, skip: RegExp) => {
    let i = from;
    while (i >= 0 && i < out.length && skip.test(out[i]!)) i += step;
    return i === from ? undefined : out[i];
  };
  const nameBefore = (w: Word) => beyond(w.start - 1, -1, /[ \t]/) === NAME_MARK;
  const nameAfter = (w: Word) =>
    beyond(w.end, 1, /[ \t.]/) === NAME_MARK && /^\.?[ \t]/.test(out.slice(w.end, w.end + 2));
  const commaNameBefore = (w: Word) => /\uE000[ \t]*,[ \t]*$/u.test(out.slice(Math.max(0, w.start - 4), w.start));
  for (let pass = 0; pass < 3; pass++) {
    const before = out;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (isMasked(w)) continue;
      const left = nameBefore(w);
      const right = nameAfter(w);
      if (!left && !right && !(w.initial && commaNameBefore(w)) && !LEADING_PARTICLES.has(w.lower)) continue;
      let end = i;
      if (w.initial && (left || right || commaNameBefore(w))) {
        // "J. [NAME]", "[NAME], A. M.": the initials go with the name.
        while (words[end + 1]?.initial && spaced(words[end + 1]!)) end++;
      } else if ((left || right) && belongsToName(context, w, left)) {
        // Nothing more.
      } else if (left && PARTICLES.has(w.lower)) {
        // "[NAME] de la Fuente", "[NAME] van der Berg".
        let n = i + 1;
        while (words[n] && spaced(words[n]!) && PARTICLES.has(words[n]!.lower)) n++;
        const surname = words[n];
        if (!surname || !spaced(surname) || !surname.capitalised || !isSurnameLike(surname)) continue;
        end = n;
      } else if (
        LEADING_PARTICLES.has(w.lower) &&
        (w.capitalised || ['von', 'van', 'zu', 'vom', 'ter', 'ten'].includes(w.lower))
      ) {
        // "von [NAME]", "Van [NAME]", "van der [NAME]".
        while (
          words[end + 1] &&
          spaced(words[end + 1]!) &&
          PARTICLES.has(words[end + 1]!.lower) &&
          !isMasked(words[end + 1]!)
        )
          end++;
        if (!nameAfter(words[end]!)) continue;
      } else continue;
      out = out.slice(0, w.start) + mask('NAME', words[end]!.end - w.start) + out.slice(words[end]!.end);
      i = end;
    }
    if (out === before) break;
  }
  // One name, one placeholder: "van der [NAME] [NAME]" reads as "[NAME]".
  if (out === masked) return out;
  return out.replace(/\uE000+[ \t]+(?=\uE000)/gu, (run) => mask('NAME', run.length));
}

/** A capitalised word that may be a surname after a particle: no ordinary word, no known place. */
function isSurnameLike(w: Word): boolean {
  if (NOT_NAMES.has(w.lower) || ORDINARY_CAPITALISED.has(w.lower)) return false;
  return (
    isCommonSurname(w.lower) ||
    isGivenName(w.lower) ||
    (!isProperNoun(w.lower) && !ALL_STOPWORDS.has(w.lower) && !PERSON_VERBS.has(w.lower))
  );
}

/** Whether a word next to a masked name is more of the name. */
function belongsToName(context: Context, w: Word, afterName: boolean): boolean {
  if (
    w.text.length < 2 ||
    NOT_NAMES.has(w.lower) ||
    ALL_STOPWORDS.has(w.lower) ||
    ROLE_CUES.has(w.lower) ||
    PERSON_VERBS.has(w.lower) ||
    ORDINARY_CAPITALISED.has(w.lower) ||
    DEPARTMENTS.has(w.lower)
  )
    return false;
  if (w.lower === 'st' || w.lower === 'st.') return false;
  // "Mark", "Love", "Rose": a name that is also a word needs a capital, mid-sentence, and no feeling in it.
  const wordlikeOk = w.capitalised && !w.sentenceStart && !(WORDS.get(w.lower)?.valence ?? 0);
  if (isGivenName(w.lower))
    return isWordlikeName(w.lower) ? wordlikeOk : w.capitalised || !LOWER_CASE_RISKY.has(w.lower);
  if (isCommonSurname(w.lower)) return isWordlikeSurname(w.lower) ? wordlikeOk : true;
  if (!w.capitalised || w.text.length < 3) return false;
  // "DUBOIS [NAME]", but not "ASDA", "BNP", "SAP ECC": short capitals are acronyms.
  if (isAllCaps(w.text)) return w.text.length >= 5 && !isOrdinaryWord(w.lower) && !isProperNoun(w.lower);
  if (isOrdinaryWord(w.lower) || isProperNoun(w.lower) || (WORDS.get(w.lower)?.valence ?? 0)) return false;
  // "the Colville [NAME]": after a determiner, a capital names a thing.
  const previous = context.words[context.words.indexOf(w) - 1];
  if (previous && spaced(w) && DETERMINERS.has(previous.lower)) return false;
  // German capitalises every noun: there only capitals throughout say a name (asked last: it guesses the language).
  return !context.nounCapitals;
}

function readWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    // "[NAME]" and the other placeholders are not words to read.
    if (text[start - 1] === '[') continue;
    let raw = m[0];
    const keepDot =
      raw.endsWith('.') && /^(?:mr|mrs|ms|dr|prof|sr|sra|srta|mme|mlle|st|sig|dott|dhr|mevr)\.$/i.test(raw);
    if (raw.endsWith('.') && !keepDot) raw = raw.slice(0, -1);
    // A possessive stays outside the name: "Mike's" → "[NAME]'s".
    if (/['’]s$/i.test(raw) && raw.length > 3) raw = raw.slice(0, -2);
    const gap = text.slice(previousEnd, start);
    words.push({
      text: raw,
      lower: raw.toLowerCase().replace(/’/g, "'").replace(/\.$/, ''),
      start,
      end: start + raw.length,
      capitalised: /^\p{Lu}/u.test(raw),
      sentenceStart: words.length === 0 || /[.!?\n;:"“(]/u.test(gap),
      gap,
      numberAfter: numberAt(text, start + m[0].length),
      initial: raw.length === 1 && m[0].endsWith('.') && /\p{Lu}/u.test(raw),
    });
    previousEnd = start + m[0].length;
  }
  return words;
}

const NUMBER_AHEAD = /[ \t]*#?\d/y;

/** Whether a number ("4", "#12") comes next at `index`, read in place rather than on a copy of the rest of the text. */
function numberAt(text: string, index: number): boolean {
  NUMBER_AHEAD.lastIndex = index;
  return NUMBER_AHEAD.test(text);
}

function joined(word: Word): boolean {
  return /^[ \t]*,?[ \t]*$/.test(word.gap) && word.gap.length > 0;
}

function spaced(word: Word): boolean {
  return /^[ \t]+$/.test(word.gap);
}

function isAllCaps(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** A word of English or of the other languages the service hears, or a known place or thing: not a name by itself. */
const ordinaryWords = new Map<string, boolean>();

function isOrdinaryWord(lower: string): boolean {
  let known = ordinaryWords.get(lower);
  if (known === undefined) {
    // Bounded: a flood of invented words must not grow it without end.
    if (ordinaryWords.size > 20_000) ordinaryWords.clear();
    known = lookUpOrdinaryWord(lower);
    ordinaryWords.set(lower, known);
  }
  return known;
}

function lookUpOrdinaryWord(lower: string): boolean {
  const singular = lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
  return (
    [lower, singular].some(
      (w) =>
        NOT_NAMES.has(w) ||
        ALL_STOPWORDS.has(w) ||
        WORDS.has(w) ||
        ORDINARY_CAPITALISED.has(w) ||
        ROLE_CUES.has(w) ||
        TITLES.has(w) ||
        ORDINARY_SUFFIX.test(w),
    ) ||
    lookupForm(lower) !== undefined ||
    lower.split('-').every((part) => part.length > 0 && isEnglishWord(part)) ||
    isCompound(lower)
  );
}

/** "Coverups", "Jobseeker", "Underappreciated": two English words written as one. */
function isCompound(lower: string): boolean {
  if (lower.length < 7 || !/^[a-z]+$/.test(lower)) return false;
  for (let i = 3; i <= lower.length - 3; i++)
    if (isEnglishWord(lower.slice(0, i)) && isEnglishWord(lower.slice(i))) return true;
  return false;
}

/** A word known only as two English words written as one ("Fairweather", "Coverups"). */
function isCompoundOnly(lower: string): boolean {
  return (
    !isEnglishWord(lower) &&
    !WORDS.has(lower) &&
    !isProperNoun(lower) &&
    lookupForm(lower) === undefined &&
    isCompound(lower)
  );
}

const ASCII_LOWER = /^[\x00-\x7f]*$/;

/** Neither an everyday word nor a known place or thing nor a known name: "Kowalczyk", "Okonkwo". */
function isUnknownWord(word: Word): boolean {
  if (word.text.length < 3 || isAllCaps(word.text)) return false;
  // Plain ASCII has no accents to take off: most words skip the decomposition.
  const plain = ASCII_LOWER.test(word.lower) ? word.lower : word.lower.normalize('NFD').replace(/\p{M}/gu, '');
  return (
    !isOrdinaryWord(word.lower) &&
    !isOrdinaryWord(plain) &&
    !isProperNoun(plain) &&
    !isGivenName(word.lower) &&
    !isCommonSurname(word.lower)
  );
}

/** A word the sentence may use as a name: a known name, or no ordinary word. */
function couldBeName(word: Word): boolean {
  if (NOT_NAMES.has(word.lower) || word.text.length < 2) return false;
  if (isGivenName(word.lower) || isCommonSurname(word.lower)) return true;
  if (word.capitalised)
    return !isAllCaps(word.text)
      ? !isOrdinaryWord(word.lower) || isProperNoun(word.lower)
      : word.text.length > 2 && !isOrdinaryWord(word.lower);
  return isUnknownWord(word);
}

/** If a name starts at word `k`, the index of its last word. */
function nameEnd(context: Context, k: number): number | undefined {
  const { words } = context;
  const word = words[k]!;
  const next = words[k + 1];

  // "Dr. Patel", "Herr Becker", "mr patel": the title goes too.
  if (TITLES.has(word.lower) && next && /^\.?[ \t]+$/.test(next.gap)) {
    const capitalisedName =
      next.capitalised &&
      !NOT_NAMES.has(next.lower) &&
      (!isOrdinaryWord(next.lower) ||
        isGivenName(next.lower) ||
        isCommonSurname(next.lower) ||
        isProperNoun(next.lower));
    // "don Ernesto" but not "don't"; "pan Kowalski" but not "the pan": a title that is also a word needs a capital after it.
    const nextIsName =
      WORDLIKE_TITLES.has(word.lower) && !word.capitalised ? capitalisedName : capitalisedName || couldBeName(next);
    let n = k + 1;
    while (PARTICLES.has(words[n]?.lower ?? '') && words[n + 1] && spaced(words[n + 1]!)) n++;
    const particleName = n > k + 1 && words[n]!.capitalised;
    if (nextIsName || particleName) return surnameEnd(context, k + 1);
  }
  // "J.Smith", "R. Okafor": one initial, then a name. Two or more initials
  // ("J.P. Morgan", "J.C. Penney") make a company's name more often than a person's.
  // Not "N. Vermont" or "St. Louis": a compass point, or a place after the initial.
  if (
    word.initial &&
    !/^[NSEW]$/.test(word.text) &&
    !words[k - 1]?.initial &&
    next &&
    /^[ \t]?$/.test(next.gap) &&
    next.capitalised &&
    next.text.length >= 2 &&
    !NOT_NAMES.has(next.lower)
  ) {
    if (
      isCommonSurname(next.lower) ||
      isGivenName(next.lower) ||
      (!isOrdinaryWord(next.lower) && !isProperNoun(next.lower))
    )
      return surnameEnd(context, k + 1);
  }
  // "J. R. Okafor", "A. M. Kowalczyk": initials a space apart, then a name (not "J.P. Morgan").
  if (word.initial && !words[k - 1]?.initial && next?.initial && /^[ \t]+$/.test(next.gap)) {
    let n = k + 1;
    while (words[n + 1]?.initial && /^[ \t]+$/.test(words[n + 1]!.gap)) n++;
    const surname = words[n + 1];
    if (
      surname &&
      /^[ \t]+$/.test(surname.gap) &&
      surname.capitalised &&
      surname.text.length >= 2 &&
      !NOT_NAMES.has(surname.lower) &&
      (isCommonSurname(surname.lower) || (!isOrdinaryWord(surname.lower) && !isProperNoun(surname.lower)))
    )
      return surnameEnd(context, n + 1);
  }
  // "Smith, J.", "OKAFOR, J. R.": a surname, a comma, and initials.
  if (
    word.capitalised &&
    word.text.length >= 2 &&
    next?.initial &&
    /^[ \t]*,[ \t]*$/.test(next.gap) &&
    !NOT_NAMES.has(word.lower) &&
    (isCommonSurname(word.lower) || (!isOrdinaryWord(word.lower) && !isProperNoun(word.lower)))
  ) {
    let n = k + 1;
    while (words[n + 1]?.initial && /^[ \t]*$/.test(words[n + 1]!.gap)) n++;
    return n;
  }
  if (initialsBefore(words, k) >= 2 && cueBefore(words, k) !== 'strong') return undefined;
  if (NOT_NAMES.has(word.lower) || word.text.length < 2 || TITLES.has(word.lower)) return undefined;

  const vietnamese = vietnameseNameEnd(words, k);
  if (vietnamese !== undefined) return vietnamese;

  const cue = cueBefore(words, k);
  const given = isGivenName(word.lower);
  const surname = isCommonSurname(word.lower);
  if (cue === 'strong') {
    if (word.capitalised && !isAllCaps(word.text) && (couldBeName(word) || !isEnglishWord(word.lower)))
      return surnameEnd(context, k);
    // "mgr TAYLOR", "supervisor KOWALSKI", but not "mgr TEAM", "manager ASDA" (capitals
    // are acronyms more often than names) or "MANAGER WILL FIRE US".
    if (isAllCaps(word.text) && word.text.length >= 3) {
      const shouting = !!next && isAllCaps(next.text);
      const plainName = (given && !isWordlikeName(word.lower)) || (surname && !isWordlikeSurname(word.lower));
      if (plainName || ((given || surname) && !shouting)) return surnameEnd(context, k);
    }
    if (
      !word.capitalised &&
      ((given && !isWordlikeName(word.lower) && !LOWER_CASE_RISKY.has(word.lower)) ||
        (surname && !isWordlikeSurname(word.lower)) ||
        (word.text.length >= 4 && isUnknownWord(word) && context.english))
    ) {
      return surnameEnd(context, k);
    }
  }
  if (cue === 'weak' && word.capitalised && !word.sentenceStart && couldBeName(word)) return surnameEnd(context, k);

  if (given) return givenNameEnd(context, k);
  if (surname && word.capitalised && !isAllCaps(word.text) && !context.titleCase) {
    const personNext = (next && spaced(next) && PERSON_VERBS.has(next.lower)) || roleAfter(words, k);
    if (!isWordlikeSurname(word.lower) && (!word.sentenceStart || personNext || !next)) return surnameEnd(context, k);
    if (isWordlikeSurname(word.lower) && personNext && !word.sentenceStart && !isEnglishWord(word.lower))
      return surnameEnd(context, k);
  }
  if (isFullName(context, k)) return surnameEnd(context, k);
  // "Dimitrios Papadopoulos is...": a word that is nothing known, then a surname, even at the start.
  if (
    word.capitalised &&
    !isAllCaps(word.text) &&
    next &&
    spaced(next) &&
    next.capitalised &&
    isCommonSurname(next.lower) &&
    !isWordlikeSurname(next.lower) &&
    isUnknownWord(word) &&
    !isNearEnglishWord(word.lower)
  )
    return surnameEnd(context, k);
  // "Every night Fairweather leaves the gate open": two words run together, used as a person.
  if (
    word.capitalised &&
    !word.sentenceStart &&
    !context.titleCase &&
    next &&
    spaced(next) &&
    PERSON_VERBS.has(next.lower) &&
    !WEAK_PERSON_WORDS.has(next.lower) &&
    isCompoundOnly(word.lower)
  )
    return surnameEnd(context, k);
  if (word.capitalised && isUnknownWord(word) && !context.titleCase && !context.nounCapitals)
    return loneCapitalEnd(context, k);
  const strange = isUnknownWord(word) || (surname && !isWordlikeSurname(word.lower));
  if (
    !word.capitalised &&
    word.lower.length >= 5 &&
    strange &&
    actsSoon(words, k) &&
    context.english &&
    !isNearEnglishWord(word.lower)
  )
    return surnameEnd(context, k);
  return undefined;
}

/** How many initials ("J.", "P.") come right before word `k`. */
function initialsBefore(words: Word[], k: number): number {
  let n = 0;
  while (k - n - 1 >= 0 && words[k - n - 1]!.initial && /^[ \t]?$/.test(words[k - n]!.gap)) n++;
  return n;
}

/** "SMITH, JOHN", "Kowalczyk, Anna": the given name at `k` follows its surname and a comma. */
function surnameFirst(words: Word[], k: number): boolean {
  const [previous, word] = [words[k - 1], words[k]!];
  if (
    !previous ||
    !/^[ \t]*,[ \t]*$/.test(word.gap) ||
    !isGivenName(word.lower) ||
    NOT_NAMES.has(previous.lower) ||
    previous.text.length < 2
  )
    return false;
  const sameCase = isAllCaps(previous.text)
    ? isAllCaps(word.text)
    : previous.capitalised && word.capitalised && !isAllCaps(word.text);
  return (
    sameCase && (isCommonSurname(previous.lower) || (!isOrdinaryWord(previous.lower) && !isProperNoun(previous.lower)))
  );
}

/** "Nguyen Van An", "PHAM THI LAN": a Vietnamese family name, a middle name, and the rest of the name. */
function vietnameseNameEnd(words: Word[], k: number): number | undefined {
  const [word, middle] = [words[k]!, words[k + 1]];
  if (!word.capitalised) return lowerCaseVietnameseNameEnd(words, k);
  if (
    !VIETNAMESE_FAMILY.has(word.lower) ||
    !middle ||
    !spaced(middle) ||
    !middle.capitalised ||
    !VIETNAMESE_MIDDLE.has(middle.lower)
  )
    return undefined;
  let end = k + 1;
  while (
    end < k + 3 &&
    words[end + 1] &&
    spaced(words[end + 1]!) &&
    words[end + 1]!.capitalised &&
    (!isAllCaps(words[end + 1]!.text) || isAllCaps(word.text))
  )
    end++;
  return end;
}

/** "nguyen van an", "tran thi mai": family, middle and given names all known, with no capital to go by. */
function lowerCaseVietnameseNameEnd(words: Word[], k: number): number | undefined {
  // Most words are plainly no Vietnamese family name: "nguyễn" and "đỗ" are the few to read twice.
  if (!VIETNAMESE_FAMILY.has(words[k]!.lower) && /^[a-z]*$/.test(words[k]!.lower)) return undefined;
  const plain = (w: Word | undefined) => w?.lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
  const [family, middle, given] = [plain(words[k]), plain(words[k + 1]), plain(words[k + 2])];
  if (
    !family ||
    !VIETNAMESE_FAMILY.has(family) ||
    !middle ||
    !VIETNAMESE_MIDDLE.has(middle) ||
    !given ||
    !spaced(words[k + 1]!) ||
    !spaced(words[k + 2]!)
  )
    return undefined;
  if (words[k + 1]!.capitalised || words[k + 2]!.capitalised || !VIETNAMESE_GIVEN.has(given)) return undefined;
  let end = k + 2;
  if (
    words[end + 1] &&
    spaced(words[end + 1]!) &&
    !words[end + 1]!.capitalised &&
    VIETNAMESE_GIVEN.has(plain(words[end + 1])!) &&
    !ALL_STOPWORDS.has(words[end + 1]!.lower)
  )
    end++;
  return end;
}

/** "kowalczyk on nights keeps grabbing people": a verb people do follows within a few words, in the same clause. */
function actsSoon(words: Word[], k: number): boolean {
  for (let n = k + 1; n <= k + 4 && words[n] && !/[.,;:!?]/.test(words[n]!.gap); n++) {
    if (PERSON_VERBS.has(words[n]!.lower) && !WEAK_PERSON_WORDS.has(words[n]!.lower)) return true;
  }
  return false;
}

/** "Kevin", "kevin", "Will" (the word or the name): a known given name. */
function givenNameEnd(context: Context, k: number): number | undefined {
  const { words } = context;
  const word = words[k]!;
  const next = words[k + 1];
  if (word.capitalised || isAllCaps(word.text)) {
    if (!isWordlikeName(word.lower)) return surnameEnd(context, k);
    // "It WILL", "AJ Bell": capitals for emphasis, or part of a company's name.
    if (isAllCaps(word.text) || (words[k - 1] && isAllCaps(words[k - 1]!.text) && spaced(word))) return undefined;
    // "Will you...", "Grace period": an ordinary word unless mid-sentence or followed by a surname.
    const surname = next && spaced(next) && next.capitalised && couldBeName(next) && !isGivenName(next.lower);
    const actsLikePerson =
      next &&
      spaced(next) &&
      ((PERSON_VERBS.has(next.lower) && !WEAK_PERSON_WORDS.has(next.lower)) ||
        (['in', 'from'].includes(next.lower) && DEPARTMENTS.has(words[k + 2]?.lower ?? '')));
    if ((!word.sentenceStart && !context.titleCase) || surname || actsLikePerson) return surnameEnd(context, k);
    return undefined;
  }
  // Lower case, as texts often are: only names that are no other word.
  if (word.lower.length >= 3 && !isWordlikeName(word.lower) && !LOWER_CASE_RISKY.has(word.lower))
    return surnameEnd(context, k);
  return undefined;
}

/**
 * A capitalised word that is no word at all: a surname alone ("supervisor
 * Okonkwo" has a cue; "Okonkwo hit me" has none). Mid-sentence that is
 * enough, unless the words around it name a thing ("the Kaizen board", "Gate
 * 4", "Kronos Workforce"). At the start of a sentence a capital says nothing,
 * so there the word must be followed by English and not be a slip of an
 * English word ("Exellent place").
 */
function loneCapitalEnd(context: Context, k: number): number | undefined {
  const { words } = context;
  const word = words[k]!;
  const next = words[k + 1];
  const before = words[k - 1];
  if (word.numberAfter) return undefined;
  if (before && !word.sentenceStart && spaced(word) && DETERMINERS.has(before.lower)) return undefined;
  if (
    next &&
    spaced(next) &&
    next.capitalised &&
    !isAllCaps(next.text) &&
    isOrdinaryWord(next.lower) &&
    !PERSON_VERBS.has(next.lower)
  )
    return undefined;
  if (roleAfter(words, k)) return surnameEnd(context, k);
  // "working at Aldi", "in Rochdale": after these a capital is a place or a company more often than a person.
  if (!word.sentenceStart) return before && PLACE_WORDS.has(before.lower) ? undefined : surnameEnd(context, k);
  if (!context.english || isNearEnglishWord(word.lower)) return undefined;
  return next && spaced(next) && PERSON_VERBS.has(next.lower) ? surnameEnd(context, k) : undefined;
}

/**
 * "harassed by Priyanka Venkataraman": two capitalised words that are no
 * ordinary word, mid-sentence, are a first name and a surname, unless the
 * words around them say they name a place or a thing.
 */
function isFullName(context: Context, k: number): boolean {
  const { words } = context;
  const first = words[k]!;
  const second = words[k + 1];
  const before = words[k - 1];
  // Every rule below needs a capital on the first word: asked first, as it is the cheapest.
  if (!first.capitalised) return false;
  if (context.titleCase || !second || !spaced(second) || !isProperWord(second)) return false;
  // "Bartholomew Quigley": a first word known as a proper noun, then a word that is nothing known.
  if (!isProperWord(first) && !(first.capitalised && isProperNoun(first.lower) && isUnknownWord(second))) return false;
  if (
    first.sentenceStart &&
    !((isUnknownWord(first) || isProperNoun(first.lower)) && isUnknownWord(second) && context.english)
  )
    return false;
  if (before && spaced(first) && (DETERMINERS.has(before.lower) || (isProperWord(before) && !before.sentenceStart)))
    return false;
  let last = k + 1;
  while (words[last + 1] && spaced(words[last + 1]!) && isProperWord(words[last + 1]!)) last++;
  // Asked last: it guesses the text's language.
  return last - k <= 2 && !words[last]!.numberAfter && !context.nounCapitals;
}

function isProperWord(word: Word): boolean {
  if (!word.capitalised || isAllCaps(word.text) || word.text.length < 2 || word.gap.endsWith('#')) return false;
  return word.lower.split('-').every((part) => part.length > 0 && !isOrdinaryWord(part) && !isProperNoun(part));
}

function writesInTitleCase(words: Word[]): boolean {
  const capitalisedGrammar = words.filter(
    (w) =>
      !w.sentenceStart &&
      w.capitalised &&
      !isAllCaps(w.text) &&
      !/^i(?:'|$)/.test(w.lower) &&
      STOPWORDS.en!.has(w.lower),
  );
  return capitalisedGrammar.length >= 2;
}

/**
 * A name goes on while the next words belong to it: "Sarah Jones", "Van der
 * Berg", and in lower case "dave kowalczyk", "jane smith" (a known surname,
 * or no word of English) after a given name.
 */
function surnameEnd(context: Context, k: number): number {
  const { words } = context;
  let end = k;
  for (let n = k + 1; n <= k + 3; n++) {
    const w = words[n];
    if (!w || !spaced(w)) break;
    if (
      PARTICLES.has(w.lower) &&
      words[n + 1] &&
      spaced(words[n + 1]!) &&
      (words[n + 1]!.capitalised || PARTICLES.has(words[n + 1]!.lower))
    )
      continue;
    const afterGiven = isGivenName(words[end]!.lower) && words[end]!.capitalised && !ORDINARY_CAPITALISED.has(w.lower);
    const capitalisedName =
      w.capitalised &&
      (!isAllCaps(w.text) || isAllCaps(words[end]!.text)) &&
      !NOT_NAMES.has(w.lower) &&
      !ALL_STOPWORDS.has(w.lower) &&
      !(WORDS.get(w.lower)?.valence ?? 0) &&
      !PERSON_VERBS.has(w.lower) &&
      !ROLE_CUES.has(w.lower) &&
      (!isOrdinaryWord(w.lower) || isCommonSurname(w.lower) || isGivenName(w.lower) || afterGiven);
    const lowerSurname =
      !w.capitalised &&
      !context.titleCase &&
      (isCommonSurname(w.lower) || isUnknownWord(w)) &&
      !ALL_STOPWORDS.has(w.lower) &&
      !PERSON_VERBS.has(w.lower) &&
      isGivenName(words[end]!.lower) &&
      !isEnglishWordOnly(w);
    if (!capitalisedName && !lowerSurname) break;
    end = n;
  }
  return end;
}

// "jane smith" is a name; "mike said" is not: a lower-case word after a given name is a surname only if it is a known surname or no English word.
function isEnglishWordOnly(word: Word): boolean {
  return isEnglishWord(word.lower) && !isCommonSurname(word.lower);
}

/** "Ramirez, my supervisor, ...": a role named right after the word, after a comma. */
function roleAfter(words: Word[], k: number): boolean {
  const [a, b] = [words[k + 1], words[k + 2]];
  if (!a || !/^\s*,\s*$/.test(a.gap)) return false;
  return ROLE_CUES.has(a.lower) || (!!b && DETERMINERS.has(a.lower) && ROLE_CUES.has(b.lower));
}

function cueBefore(words: Word[], k: number): 'strong' | 'weak' | undefined {
  const previous = words[k - 1];
  if (!previous || !joined(words[k]!)) return undefined;
  if (ROLE_CUES.has(previous.lower)) return 'strong';
  for (const { parts, weak } of CUES_BY_LAST_WORD.get(previous.lower) ?? []) {
    const from = k - parts.length;
    if (from < 0) continue;
    if (parts.every((part, i) => words[from + i]!.lower === part && (i === 0 || spaced(words[from + i]!))))
      return weak ? 'weak' : 'strong';
  }
  return undefined;
}
