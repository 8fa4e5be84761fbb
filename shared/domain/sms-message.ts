import type { Config } from '../config/schema';
import { CATALOGUES, type Language } from '../i18n/languages';
import { cleanText } from './feedback';
import { caseCodeTypo, normaliseCaseCode } from './case-code';
import { mistypedStatusWord } from './status-word-mistyped';

/** What an inbound text asks for, read from its words alone. */
export type SmsIntent =
  /** STOP and its synonyms: the carrier or Twilio blocks further sends; we answer nothing and keep nothing. */
  | { kind: 'stop' }
  /** START/UNSTOP: the carrier or Twilio answers these itself. */
  | { kind: 'start' }
  /** Another language's stop word ("BAJA", "ARRÊT"), which carriers do not act on: told that STOP is the word. */
  | { kind: 'opt-out'; languages: Language[] }
  /** `languages`: those whose help keyword it was (HELP: en; AYUDA: es). */
  | { kind: 'help'; languages: Language[] }
  /**
   * `STATUS <code>`; `code` is undefined when none, or something that cannot be a code, was typed.
   * `text`: words after the code ("STATUS 7KQ4M-XW9TR the leak is back"), taken as an answer on the
   * case, as `<code> <words>` is; never set for courtesy alone ("… please", "… thanks?").
   */
  | {
      kind: 'status';
      code: string | undefined;
      typed: boolean;
      languages: Language[];
      text?: string;
      /** `left-out`: what was typed would be a code but for a 0, O, 1, I or L, which no code has. */
      typo?: 'left-out';
    }
  /**
   * An answer in a case's conversation: `REPLY <code> <answer>` (RESPONDER,
   * REPONDRE), or a message that starts with a case code. `code` is
   * undefined when the keyword came without one (`text` is then empty).
   */
  | { kind: 'reply'; code: string | undefined; text: string; languages: Language[] }
  /**
   * `CONFLICT <code>` (CONFLICTO, CONFLIT): the report is about the person handling it. `code` is undefined
   * when the keyword came alone; words after the code are an answer on the case too.
   */
  | { kind: 'object'; code: string | undefined; text: string; languages: Language[] }
  /**
   * `urgentLanguages`: those whose catalogue has the urgent word used (URGENT: en, fr), if any.
   * `aboutManagement`: it started with MGMT ("this is about my management").
   * `unknownTag`: it started with a `#tag` that is no site, even read leniently (`#metoo`, `#1`):
   * the message is kept all the same, the tag in its text, filed as if it had none.
   */
  | {
      kind: 'feedback';
      text: string;
      site: string | undefined;
      escalate: boolean;
      urgentLanguages: Language[];
      aboutManagement: boolean;
      unknownTag?: string;
    };

// Twilio's and the US carriers' opt-out keywords: English only, exactly as they define them (Twilio added REVOKE and
// OPTOUT to its long-code list). Twilio acts on one of them only alone on the message, so only then do we stay silent.
const STOP_WORDS = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT']);
/**
 * Words beside a stop word that still ask only to stop ("stop texting me", "STOP ALL", "unsubscribe me now"):
 * Twilio does not act on those, so the texter is told the one word that works. Anything else beside it is a
 * message ("stop the line, someone is hurt").
 */
const STOP_ASIDES = new Set(['ALL', 'ME', 'NOW', 'IT', 'TEXTING', 'TEXTS', 'MESSAGES', 'MESSAGING', 'SENDING', 'THIS']);
const START_WORDS = new Set(['START', 'UNSTOP']);

/** Each keyword of every catalogue, folded, with the languages that use it. */
function keywordLanguages(kind: 'help' | 'status' | 'urgent' | 'reply' | 'optOut' | 'object'): Map<string, Language[]> {
  const map = new Map<string, Language[]>();
  for (const [language, catalogue] of Object.entries(CATALOGUES) as [Language, (typeof CATALOGUES)[Language]][]) {
    const keywords: Partial<Record<typeof kind, readonly string[]>> = catalogue.keywords;
    for (const word of keywords[kind] ?? []) {
      const folded = fold(word);
      map.set(folded, [...(map.get(folded) ?? []), language]);
    }
  }
  return map;
}
const HELP_WORDS = keywordLanguages('help');
const STATUS_WORDS = keywordLanguages('status');
const REPLY_WORDS = keywordLanguages('reply');
const OBJECT_WORDS = keywordLanguages('object');
const OPT_OUT_WORDS = keywordLanguages('optOut');
const URGENT_LANGUAGES = keywordLanguages('urgent');

const SITE_TAG = /^#([\p{L}\p{N}_-]{1,40})[\s:,.;-]*/u;
// `#plant 2`: a tag whose number was typed apart from it; tried first, taken only when it names a site.
const SITE_TAG_SPACED_NUMBER = /^#([\p{L}_-]{1,40}\s+\p{N}{1,4})(?![\p{L}\p{N}])[\s:,.;-]*/u;
/**
 * The word that asks for escalation, in each language the urgency detector
 * reads, as people text it: URGENT (English and French, and what most
 * Filipino workers text), URGENTE (Spanish, Portuguese, Italian, and Tagalog
 * borrowing it), URHENTE and MADALIAN (Tagalog), DRINGEND (German), PILNE
 * (Polish), KHẨN CẤP (Vietnamese, with or without its tones), 紧急 / 緊急
 * (Chinese) and عاجل (Arabic). Written here folded (see {@link foldWithOffsets});
 * a space stands for any spacing, none included.
 */
const URGENT_WORDS = [
  ...new Set([
    'URGENT',
    'URGENTE',
    'URHENTE',
    'MADALIAN',
    'DRINGEND',
    'PILNE',
    'KHAN CAP',
    '紧急',
    '緊急',
    'عاجل',
    // The word in the thirteen languages the detector reads by a table (round 29: "СРОЧНО подойдите к северным
    // воротам", "ACİL kuzey kapısına biri gelsin" came as ordinary reports): Russian, Ukrainian, Turkish, Korean,
    // Japanese, Dutch, Indonesian and Malay, Persian, Swedish.
    'СРОЧНО',
    'ТЕРМІНОВО',
    'ACIL',
    // Hangul as the text is folded: decomposed into its letters.
    '긴급'.normalize('NFD'),
    '至急',
    'SPOED',
    'MENDESAK',
    'فوری',
    'BRADSKANDE',
    ...URGENT_LANGUAGES.keys(),
    // As it is mistyped in a hurry: a letter dropped, doubled, swapped or sounded out.
    'URGNT',
    'UGENT',
    'URGET',
    'URGETN',
    'URGNET',
    'URGENTT',
    'URJENT',
    'URGEMT',
    'URGNETE',
    'UGENTE',
    'URJENTE',
    'URGENET',
    // Cut short ("URG", "urgen"; never "URGE", an everyday word).
    'URG',
    'URGEN',
  ]),
];
/**
 * The urgent word in Japanese, which is written without spaces: "至急北門に来てください" opens with it as plainly as
 * "URGENT come to the north gate" does, so no break is asked after it (attack round 29, F4: only "至急、…" counted).
 * Japanese writes no compound that starts with it, unlike Chinese 紧急出口 ("emergency exit"), which keeps its break.
 */
const UNSPACED_URGENT_WORDS = ['大至急', '至急'];
/** The other word for it, which also names things ("EMERGENCY EXIT", "urgencias"): OTHER_MEANING is read after these. */
const EMERGENCY_WORDS = ['EMERGENCY', 'EMERGENCIA', 'URGENCIA', 'URGENCE', 'URGENZA', 'EMERGENZA', 'NOTFALL'];
/**
 * A call for help that is also an everyday token ("SOS brand pads", "911 was a long time ago", "the 911 call
 * procedure"): a marker only with punctuation or a symbol after it ("SOS: …", "911!! …"), or alone.
 */
const BARE_CALLS = ['SOS', '911'];
/** The siren emoji, a marker wherever it opens or ends a message. */
const SIREN = '\u{1F6A8}';
/**
 * A greeting before the marker ("hi URGENT …", "Hola, URGENTE: …"): read past, and taken off with it. A
 * greeting before anything else is the message's own first word, left where it is.
 */
const GREETING = String.raw`(?:HI|HELLO|HEY|HIYA|GOOD\s+(?:MORNING|AFTERNOON|EVENING)|HOLA|BUENOS\s+DIAS|BUENAS(?:\s+(?:TARDES|NOCHES))?|BONJOUR|BONSOIR|SALUT|OLA|OI|BOM\s+DIA|BOA\s+(?:TARDE|NOITE)|HALLO|GUTEN\s+(?:TAG|MORGEN)|CIAO|BUONGIORNO|CZESC|DZIEN\s+DOBRY|XIN\s+CHAO|KUMUSTA|MAGANDANG\s+(?:UMAGA|HAPON|GABI)|\u4F60\u597D|\u60A8\u597D|\u0645\u0631\u062D\u0628\u0627)(?:\s+(?:ALL|TEAM|THERE|EVERYONE|GUYS|SIR|MADAM))?(?![\p{L}\p{N}])`;
/**
 * The marker's word naming something else ("EMERGENCY EXIT blocked", "emergency lights out"): the message starts
 * with its subject, not a request. Only the other word for it names things this way: "urgent" names only urgent
 * care (URGENT_OTHER_MEANING), so "URGENT room 2 guy not breathing" keeps its marker.
 */
const OTHER_MEANING = String.raw`\s*(?:CARE|CLINIC|CENTRE|CENTER|ROOM|WARD|DEPARTMENT|DEPT|SERVICES?|EXITS?|DOORS?|STOPS?|LIGHTS?|LIGHTING|DRILLS?|CONTACTS?|NUMBERS?|SHOWERS?|EYEWASH|PROCEDURES?|PLANS?|KITS?|BRAKES?|RESPONSE|VEHICLES?|LEAVE|MEETINGS?|TEAM|EVACUATION|ASSEMBLY|GENERATOR|ALARMS?|SUPPLIES|EQUIPMENT|LANE|ROUTE|STAIRS|STAIRWELL|CALLS?|LINE|PHONE|FUND|BUTTON|SHUTOFF)(?![\p{L}\p{N}])`;
const URGENT_OTHER_MEANING = String.raw`\s*(?:CARE|CLINIC|CENTRE|CENTER|TREATMENT)(?![\p{L}\p{N}])`;
// The word alone, not the start of a longer one ("urgently", "dringender", 紧急出口 "emergency exit"), with any
// punctuation or symbols around it ("*URGENT*", "!!URGENT!!", "[URGENT]", "URGENT->"), but never a site's `#`
// after it (read next, as a tag). Full-width forms ("ＵＲＧＥＮＴ") are folded to plain letters first.
const AROUND_MARKER = String.raw`(?:(?!#)[\s\p{P}\p{S}])*`;
/** Punctuation or a symbol after the word, or nothing more: what makes SOS or 911 a call rather than a name. */
const CALL_ENDS = String.raw`(?=\s*(?:[\p{P}\p{S}]|$))`;
/** The marker word, its other meanings left out when `otherMeanings` (a shouted marker is read without them). */
const markerWord = (otherMeanings: boolean): string =>
  [
    `(?:${looseAlternatives(URGENT_WORDS)})(?![\\p{L}\\p{N}])${otherMeanings ? `(?!${URGENT_OTHER_MEANING})` : ''}`,
    UNSPACED_URGENT_WORDS.join('|'),
    `(?:${looseAlternatives(EMERGENCY_WORDS)})(?![\\p{L}\\p{N}])${otherMeanings ? `(?!${OTHER_MEANING})` : ''}`,
    `(?:${looseAlternatives(BARE_CALLS.filter((w) => /^[A-Z]+$/.test(w)))}|${BARE_CALLS.filter((w) => !/^[A-Z]+$/.test(w)).join('|')})(?![\\p{L}\\p{N}])${CALL_ENDS}`,
    `${SIREN}+`,
  ].join('|');
const leadingMarker = (otherMeanings: boolean): RegExp =>
  new RegExp(`^${AROUND_MARKER}(?:${GREETING}${AROUND_MARKER})?(${markerWord(otherMeanings)})${AROUND_MARKER}`, 'u');
const URGENT = leadingMarker(true);
const URGENT_SHOUTED = leadingMarker(false);
/*
 * The marker at the end of a message ("… gas smell in bay 3, URGENT!", "… please urgent", "… 🚨"): after
 * punctuation or a symbol, after "please", or shouted in a message that is not. Not where it is denied or named
 * ("not urgent", "nothing urgent", "in case of emergency", "this is urgent" read as a sentence): the words before
 * it say so.
 */
const TRAILING_MARKER = new RegExp(
  `(?:^|([\\p{P}\\p{S}\\n])\\s*|\\s)(${markerWord(false)})(?:(?!#)[\\s\\p{P}\\p{S}])*$`,
  'du',
);
const PLEASE_BEFORE =
  /(?:^|[^\p{L}])(?:PLEASE|PLS|PLZ|PORFA|POR\s+FAVOR|SVP|BITTE|PER\s+FAVORE|ASAP|NOW|HELP)[\s:,.!-]*$/u;
/** A denial just before the end marker, or a word between: "not urgent", "it is not really urgent", "no emergency". */
const DENIED_BEFORE =
  /(?:^|[^\p{L}])(?:NOT|NO|NOTHING|NEVER|ISN'?T|WASN'?T|AREN'?T|NON|PAS|RIEN|NICHT|KEIN\p{L}*|NADA|NAO|NIE|KHONG|HINDI)(?:\s+\p{L}+)?\s*$/u;
/** An article or a preposition just before it names the thing: "in an emergency", "in case of emergency". */
const NAMED_BEFORE = /(?:^|[^\p{L}])(?:A|AN|THE|IN|OF|FOR|DURING|ANY|UN|UNA|EN|DE|EM|DI|IM|BEI|NA|W)\s+$/u;

const STATUS = new RegExp(`^(${alternatives([...STATUS_WORDS.keys()])})(?![\\p{L}\\p{N}])[\\s:#-]*`, 'u');
const REPLY = new RegExp(`^(${alternatives([...REPLY_WORDS.keys()])})(?![\\p{L}\\p{N}])[\\s:#-]*`, 'u');
const OBJECT = new RegExp(`^(${alternatives([...OBJECT_WORDS.keys()])})(?![\\p{L}\\p{N}])[\\s:#-]*`, 'u');
/** "This is about my management", before the message: the same in every language. */
const MANAGEMENT = /^(MGMT)(?![\p{L}\p{N}])[\s:;,.!\-\u2013\u2014]*/u; // en and em dashes
/**
 * A case code opening a message, as people type it: two groups of five,
 * with a dash (any dash) or a space between. Without a dash it must hold a digit, so a
 * ten-letter word ("STRAWBERRY …") is never read as one.
 */
const LEADING_CODE =
  /^["'\u2018\u2019\u201c\u201d\u00ab\u00bb(<[]*([\p{L}\p{N}]{5})([\s\p{Pd}\p{Pc}\u2212\u30fc./\\\u00b7\u30fb\uff0e\uff0f]{0,3})([\p{L}\p{N}]{5})(?![\p{L}\p{N}])["'\u2018\u2019\u201c\u201d\u00ab\u00bb)>\]]*[\s:,.;\p{Pd}]*/u;
/** The dash between a code's two groups, as a phone's autocorrect may make it (an en dash, a minus sign). */
const isDash = (separator: string | undefined) =>
  separator !== undefined && /^\s*[\p{Pd}\u2212\u30fc]\s*$/u.test(separator);
/** A full stop, slash or underscore between the groups ("7kq4m.xw9tr"): a code's shape, after a status word. */
const isMark = (separator: string | undefined) => separator !== undefined && /\S/u.test(separator);
/**
 * What a mail app or a phone puts before a message it answers or passes on ("Re:", "RE :", "Fwd:", "AW:", "WG:",
 * "TR:", "RV:", "SV:", "Re[2]:"), any number of times: read past, so "Re: 7KQ4M-XW9TR …" is an answer on the case.
 */
const REPLY_PREFIX =
  /^(?:(?:RE|FWD?|AW|WG|TR|RV|SV|VS|RIF|ENC|RES|ANTW|ODP|PD)\s*(?:\[\d{1,3}\]|\(\d{1,3}\))?\s*[:\uff1a]\s*)+/iu;
// What a mistyped case code can look like: short, letters, digits, spaces and dashes.
const CODE_LIKE = /^[\p{L}\p{N} -]{1,16}$/u;
/**
 * A placeholder in brackets where the code goes ("<code>", "[case code]", "{código}", "(code)"), as help texts and
 * posters write it: a few letters, digits and spaces, nothing else. Bounded, so it stays linear.
 */
const PLACEHOLDER = /^[<[{(][\p{L}\p{N} _-]{1,24}[>\]})]$/u;
/**
 * After another language's status word, which is also an everyday word
 * ("Estado lamentable", "Statut précaire"), a mistyped code must have a
 * digit in it too, or the message is feedback.
 */
const MISTYPED_CODE = /\p{N}/u;

/** Folded keywords as a regex alternation, longest first; a space stands for any spacing, none included. */
function alternatives(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*'))
    .join('|');
}

/**
 * Folded keywords as a regex alternation, longest first, each in Latin letters also as typed in a hurry or
 * shouted: any letter held ("URGENTTT") or every letter apart ("u r g e n t", "U-R-G-E-N-T", "U.R.G.E.N.T").
 */
function looseAlternatives(words: readonly string[]): string {
  const literally = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      if (!/^[A-Z ]+$/.test(w)) return literally(w).replace(/ /g, '\\s*');
      const held = w
        .split(' ')
        .map((part) => [...part].map((letter) => `${letter}+`).join(''))
        .join('\\s*');
      return `${held}|${[...w.replace(/ /g, '')].join(String.raw`[\s.\-_*]+`)}`;
    })
    .join('|');
}

/** The canonical keyword a loosely typed marker stands for ("U R G E N T", "URGENTTT": "URGENT"), for its languages. */
function urgentLanguagesOf(typed: string): Language[] {
  const plain = (w: string) => w.replace(/[\s.\-_*]+/g, '').replace(/(\p{L})\1+/gu, '$1');
  const wanted = plain(typed);
  for (const [word, languages] of URGENT_LANGUAGES) if (plain(word) === wanted) return languages;
  return [];
}

/** A phone number reduced to `+` and digits, so `+1 (555) 010-0001` and `+15550100001` are the same number. */
export function normalisePhoneNumber(number: string): string {
  return number.replace(/[^\d+]/g, '');
}

/** The site whose configured SMS numbers include the number that was texted. */
export function siteForNumber(config: Pick<Config, 'sites'>, to: string | undefined): string | undefined {
  if (!to) return undefined;
  const number = normalisePhoneNumber(to);
  return config.sites.find((site) => site.smsNumbers.includes(number))?.id;
}

/**
 * A site tag as people type it, reduced to what tells sites apart: case, accents, spaces, dashes,
 * dots and leading zeros do not count (`#Plant-02`, `#PLANT 2`, `#plánt2` are all `plant2`).
 */
function tagForm(text: string): string {
  return fold(text)
    .replace(/[\s_.\-\u2013\u2014]+/gu, '')
    .replace(/(?<!\p{N})0+(?=\p{N})/gu, '');
}

/**
 * The site a `#tag` names, read leniently: its id, or its name in any language
 * (`#planta2` for "Planta 2"), in the forms {@link tagForm} folds together.
 */
export function siteForTag(config: Pick<Config, 'sites'>, tag: string): string | undefined {
  const wanted = tagForm(tag);
  if (!wanted) return undefined;
  return config.sites.find((site) =>
    [site.id, site.name, ...Object.values(site.names ?? {})].some((name) => tagForm(name) === wanted),
  )?.id;
}

/** The `#tag` opening `text`, the site it names if any, and how much of `text` it and what follows it take. */
function readSiteTag(
  config: Pick<Config, 'sites'>,
  text: string,
): { tag: string; site: string | undefined; length: number } | undefined {
  const spaced = SITE_TAG_SPACED_NUMBER.exec(text);
  const spacedSite = spaced ? siteForTag(config, spaced[1]!) : undefined;
  if (spaced && spacedSite) return { tag: `#${spaced[1]}`, site: spacedSite, length: spaced[0].length };
  const tag = SITE_TAG.exec(text);
  return tag ? { tag: `#${tag[1]}`, site: siteForTag(config, tag[1]!), length: tag[0].length } : undefined;
}

/**
 * Reads an inbound text. Keywords count only alone on the message (any case,
 * trailing punctuation allowed), so feedback that merely starts with "Stop"
 * or "Help" is still feedback. A message may start with `#site` and/or
 * `URGENT`, in either order; both are taken off the text.
 *
 * @example
 * readSmsIntent('#plant2 URGENT the fire exit is blocked', config, '+15550100001')
 * // → { kind: 'feedback', text: 'the fire exit is blocked', site: 'plant2', escalate: true }
 */
export function readSmsIntent(body: string, config: Pick<Config, 'sites'>, to: string | undefined): SmsIntent {
  const text = cleanText(body);
  // Written as escapes (¡ ¿, and the dashes above) so the bundle file stays ASCII: docs/performance-log.md, "Eleventh round".
  const word = text.toUpperCase().replace(/[\s.!?\u00a1\u00bf]+$/u, '');
  if (STOP_WORDS.has(word)) return { kind: 'stop' };
  if (START_WORDS.has(word)) return { kind: 'start' };
  // "Re: STATUS …", "Fwd: 7KQ4M-XW9TR …": read as if the prefix were not there; a report keeps it as written.
  const unprefixed = text.replace(REPLY_PREFIX, '');
  const alone = keywordAlone(unprefixed);
  if (alone) return alone;

  const status = matchKeyword(unprefixed, STATUS);
  if (status) {
    const languages = STATUS_WORDS.get(status.word)!;
    const rest = unprefixed.slice(status.length).trim();
    if (isCourtesyOnly(rest)) return { kind: 'status', code: undefined, typed: false, languages };
    const code = normaliseCaseCode(rest);
    if (code) return { kind: 'status', code, typed: true, languages };
    if (caseCodeTypo(rest)) return { kind: 'status', code: undefined, typed: true, languages, typo: 'left-out' };
    const english = languages.includes('en');
    const followed = codeWithWordsAfter(rest, english);
    if (followed) return { kind: 'status', code: followed.code, typed: true, languages, ...followed.words };
    if (CODE_LIKE.test(rest) && (english || MISTYPED_CODE.test(rest)))
      return { kind: 'status', code: undefined, typed: true, languages };
    // "STATUS <code>", "ESTADO [código]": the help's or a poster's placeholder, copied as written, is a lookup that
    // is told how a code looks; until newcomer nc44 it opened a new report holding "<code>".
    if (PLACEHOLDER.test(rest) && (english || !rest.startsWith('('))) {
      return { kind: 'status', code: undefined, typed: true, languages };
    }
    // "Status of the repairs is …" is feedback, not a lookup.
  }
  // A status word one slip off, then a code alone ("STAUTS 7KQ4M-XW9TR"): a lookup (status-word-mistyped.ts, att37 F2).
  const mistyped = statusMistyped(unprefixed);
  if (mistyped) return mistyped;

  const objection = readObjection(unprefixed);
  if (objection) return objection;
  const reply = readReply(unprefixed, unprefixed !== text);
  if (reply) return reply;

  let rest = text;
  let site = siteForNumber(config, to);
  let escalate = false;
  let urgentLanguages: Language[] = [];
  let tagged = false;
  let aboutManagement = false;
  // An unknown tag never loses the message: the text is kept whole from the tag on (`#metoo …`, `#1 problem …`),
  // URGENT and MGMT after it still read, and the site is the one of the number texted, as if there were no tag.
  let unknownTag: { tag: string; text: string } | undefined;
  for (;;) {
    const tag = tagged ? undefined : readSiteTag(config, rest);
    if (tag) {
      if (tag.site) site = tag.site;
      else unknownTag = { tag: tag.tag, text: rest.trim() };
      tagged = true;
      rest = rest.slice(tag.length);
      continue;
    }
    const management = aboutManagement ? undefined : matchKeyword(rest, MANAGEMENT);
    if (management) {
      aboutManagement = true;
      rest = rest.slice(management.length);
      continue;
    }
    const urgent = escalate ? undefined : (matchKeyword(rest, URGENT) ?? shoutedMarker(rest));
    if (urgent) {
      escalate = true;
      urgentLanguages = urgentLanguagesOf(urgent.word);
      rest = rest.slice(urgent.length);
      continue;
    }
    const cry = escalate ? undefined : leadingCry(rest);
    if (cry) {
      escalate = true;
      urgentLanguages = HELP_WORDS.get(cry.word) ?? CRY_ALONE.get(cry.word) ?? [];
      rest = rest.slice(cry.length);
      continue;
    }
    break;
  }
  const trailing = escalate ? undefined : trailingMarker(unknownTag?.text ?? rest);
  if (trailing) {
    escalate = true;
    urgentLanguages = urgentLanguagesOf(trailing.word);
  }
  if (unknownTag) {
    return {
      kind: 'feedback',
      text: unknownTag.text,
      site,
      escalate,
      urgentLanguages,
      aboutManagement,
      unknownTag: unknownTag.tag,
    };
  }
  return { kind: 'feedback', text: rest.trim(), site, escalate, urgentLanguages, aboutManagement };
}

/**
 * The marker shouted before words that are not ("URGENT room 2 guy not breathing", "EMERGENCY lights out"):
 * a request, even where the word could name a thing ("urgent care", "emergency room") in a sentence.
 */
function shoutedMarker(text: string): { word: string; length: number } | undefined {
  const marker = matchKeyword(text, URGENT_SHOUTED);
  if (!marker || !/\p{L}/u.test(marker.word) || !text.slice(0, marker.length).includes(marker.word)) return undefined;
  const next = /^\p{L}+/u.exec(text.slice(marker.length));
  return next && /\p{Ll}/u.test(next[0]) ? marker : undefined;
}

/**
 * The marker ending a message: left in its text, which reads as a sentence with it ("… this is URGENT").
 * After punctuation, a symbol or "please" ("… bay 3, urgent", "… please URGENT"), shouted in a message that
 * is not ("… this is URGENT"), or the siren emoji; never denied or named ("not urgent", "in an emergency").
 */
function trailingMarker(text: string): { word: string } | undefined {
  let from = Math.max(0, text.length - 64);
  // Not in the middle of a surrogate pair (an emoji).
  if (from > 0 && /[\udc00-\udfff]/.test(text[from]!)) from -= 1;
  const tail = text.slice(from);
  const { folded, endOf } = foldWithOffsets(tail);
  const match = TRAILING_MARKER.exec(folded);
  if (!match?.indices?.[2]) return undefined;
  const [start, end] = match.indices[2];
  const before = folded.slice(0, start);
  const word = match[2]!;
  if (DENIED_BEFORE.test(before) || (!word.startsWith(SIREN) && NAMED_BEFORE.test(before))) return undefined;
  const startInTail = start === 0 ? 0 : endOf[start - 1]!;
  const typed = tail.slice(startInTail, endOf[end - 1]);
  const shouted = /\p{L}/u.test(typed) && !/\p{Ll}/u.test(typed) && /\p{Ll}/u.test(tail.slice(0, startInTail));
  const set = match[1] !== undefined || word.startsWith(SIREN) || PLEASE_BEFORE.test(before) || shouted;
  if (!set || (startInTail === 0 && from === 0)) return undefined;
  return { word };
}

/**
 * A case code opening what follows a status word, with words after it ("7KQ4M-XW9TR please",
 * "7kq4mxw9tr is there news"): a lookup, never a report holding the code. It must look like a code: a
 * dash or a digit in it, or after English's STATUS typed in one run, so "Estado actual bueno…" stays
 * feedback. Courtesy alone after it is no answer.
 */
function codeWithWordsAfter(
  rest: string,
  english: boolean,
): { code: string | undefined; words: { text?: string; typo?: 'left-out' } } | undefined {
  const opening = LEADING_CODE.exec(rest);
  if (!opening) return undefined;
  const typed = `${opening[1]}${opening[3]}`;
  const code = normaliseCaseCode(typed);
  const shaped =
    isDash(opening[2]) ||
    /\p{N}/u.test(typed) ||
    (code !== undefined && ((english && opening[2] === '') || isMark(opening[2])));
  if (!shaped) return undefined;
  // A mistyped code ("7KQ4M-XW9TO please") is still a lookup: told no case has it, or that no code has an O.
  const after = rest.slice(opening[0].length).trim();
  // Its words are kept for the reply to read: urgent ones must not be dropped with the mistyped code.
  const words = isCourtesyOnly(after) ? {} : { text: after };
  if (!code) return { code: undefined, words: caseCodeTypo(typed) ? { typo: 'left-out', ...words } : words };
  return { code, words };
}

/** Words that ask for nothing on their own, in the catalogues' languages and a few more people text in. */
const COURTESY = new Set(
  (
    'PLEASE PLS PLZ THANKS THANK THX TY YOU OK OKAY CHEERS HI HELLO ' +
    'POR FAVOR GRACIAS MUCHAS HOLA ' +
    'SVP S IL VOUS PLAIT MERCI BEAUCOUP BONJOUR ' +
    'BITTE DANKE OBRIGADO OBRIGADA PER FAVORE GRAZIE'
  ).split(' '),
);

/** Nothing but punctuation, emoji and courtesy ("please", "thanks!", "por favor?"). */
export function isCourtesyOnly(words: string): boolean {
  return fold(words)
    .split(/[^\p{L}\p{N}]+/u)
    .every((word) => word === '' || COURTESY.has(word));
}

/**
 * A keyword with nothing but courtesy, punctuation or emoji around it ("HELP?", "help please", "¿AYUDA?",
 * "STATUS pls", "ＳＴＯＰ", "stop please", "BAJA por favor"): what the keyword alone asks. A stop word typed so
 * is one the carrier did not act on (it acts on the bare word only), so the texter is told to send STOP alone.
 * Anything more is a message ("help, someone is hurt", "stop the line"): undefined.
 */
function keywordAlone(text: string): SmsIntent | undefined {
  const words = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !COURTESY.has(word));
  // Said twice is said once ("help help").
  const said = words.every((word) => word === words[0]) ? words.slice(0, 1) : words;
  const key = said.join(' ');
  if (key === '') return undefined;
  const help = HELP_WORDS.get(key);
  if (help) return { kind: 'help', languages: help };
  // A cry for help in a language without a catalogue ("HILFE!!!", "ПОМОГИТЕ", "AJUDA!!!"), or "help me": answered
  // as a cry alone is, marking the next report, not filed as a report holding only the cry (attack round 29, F5).
  const cry = CRY_ALONE.get(key);
  if (cry) return { kind: 'help', languages: cry };
  const status = STATUS_WORDS.get(key);
  if (status) return { kind: 'status', code: undefined, typed: false, languages: status };
  const optOut = OPT_OUT_WORDS.get(key);
  if (optOut) return { kind: 'opt-out', languages: optOut };
  const stop = said.filter((word) => !STOP_ASIDES.has(word));
  if (stop.length === 1 && STOP_WORDS.has(stop[0]!) && said.length <= 4) return { kind: 'opt-out', languages: ['en'] };
  return undefined;
}

/**
 * Words that only ever cry for help, never ask what the service is: SOCORRO and AUXILIO (es, and pt), AU SECOURS
 * and SECOURS (fr). HELP, AYUDA and AIDE also ask for the program's description (the carriers' HELP), so they
 * cry only when shouted ("HELP!!!", "¡¡AYUDA!!") or said twice ("help help").
 */
const CRY_WORDS = new Set(['SOCORRO', 'AUXILIO', 'AU SECOURS', 'SECOURS']);

/**
 * Cries for help that ask nothing about the service, with the catalogue languages whose help text answers them
 * (none: the installation's own language): "help me" and its likes, and the cry in languages people text in that have
 * no catalogue (German, Russian, Ukrainian, Portuguese, Italian, Polish, Tagalog, Turkish, Vietnamese). Folded.
 */
const CRY_ALONE = new Map<string, Language[]>([
  ...(['HELP ME', 'HELP US', 'SOMEONE HELP', 'SOMEBODY HELP'] as const).map((w) => [w, ['en']] as [string, Language[]]),
  ...(['AYUDAME', 'AYUDENME', 'AYUDANOS'] as const).map((w) => [w, ['es']] as [string, Language[]]),
  ...(['AIDEZ MOI', 'AIDEZ NOUS', 'A L AIDE'] as const).map((w) => [w, ['fr']] as [string, Language[]]),
  ...['HILFE', 'ПОМОГИТЕ', 'ПОМОГИ', 'ДОПОМОЖІТЬ', 'ДОПОМОЖИ', 'AJUDA', 'AJUDEM', 'AIUTO', 'POMOCY', 'TULONG', 'IMDAT']
    .concat(['CUU', 'CUU TOI', 'CUU VOI'])
    .map((w) => [fold(w), [] as Language[]] as [string, Language[]]),
]);

/** The words that open a cry for help with the report after it: the help words (never INFO), and the cries above. */
const CRY_OPENERS = [
  ...new Set([...HELP_WORDS.keys()].filter((w) => w !== 'INFO').concat([...CRY_WORDS], [...CRY_ALONE.keys()])),
].sort((a, b) => b.length - a.length);
const CRY_OPENING = new RegExp(
  `^[\\s\u00a1]*(${CRY_OPENERS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])((?:[\\s,]+\\1(?![\\p{L}\\p{N}]))*)([\\s!\uff01.,:;-]*)`,
  'u',
);

/**
 * A cry for help opening a report ("HELP!!! need a supervisor at the north gate", "AU SECOURS il faut un chef…",
 * "help help need a supervisor…"): the report is marked urgent, as after the cry sent alone. Until round 29's attack
 * (F3) only the cry alone marked: in one text with the report it was an ordinary report. A help word is a cry when
 * shouted with "!", said twice, or typed in capitals before words that are not ("HELP need…"); "Help me understand
 * the pay policy" and "help desk is slow" stay reports as they are.
 */
function leadingCry(text: string): { word: string; length: number } | undefined {
  const { folded, endOf } = foldWithOffsets(text.slice(0, 64));
  const match = CRY_OPENING.exec(folded);
  if (!match || match[0].length === 0) return undefined;
  const length = endOf[match[0].length - 1]!;
  const after = text.slice(length);
  if (!/\p{L}/u.test(after)) return undefined;
  const word = match[1]!.replace(/\s+/g, ' ');
  const typed = text.slice(0, length);
  const shouted = !/\p{Ll}/u.test(typed) && /\p{Ll}/u.test(/^\p{L}+/u.exec(after)?.[0] ?? '');
  const cry = /[!\uff01]/u.test(match[3]!) || match[2]!.length > 0 || word === 'AU SECOURS' || shouted;
  return cry ? { word, length } : undefined;
}

/**
 * Whether a text the help keyword answers is a cry for help rather than a question about the service: the report
 * that follows it is then taken as urgent, as one after the urgent word alone is. Before (round 29), "AU SECOURS"
 * then "il faut quelqu'un à la porte nord maintenant" came as an ordinary report, with no emergency line, while
 * "SOS" then the same words was marked urgent.
 */
export function criesForHelp(text: string): boolean {
  const words = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !COURTESY.has(word));
  if (words.length === 0) return false;
  const said = words.join(' ');
  if (CRY_WORDS.has(said) || CRY_ALONE.has(said) || words.every((word) => CRY_WORDS.has(word) || CRY_ALONE.has(word)))
    return true;
  return (
    text.includes('!') || text.includes('\uFF01') || (words.length > 1 && words.every((word) => word === words[0]))
  );
}

/**
 * `REPLY <code> <answer>`, or `<code> <answer>`; undefined for anything else.
 * The keyword counts only before a code or alone ("Reply times are slow" is
 * feedback), in any case, accents optional.
 */
function readReply(text: string, afterReplyPrefix = false): Extract<SmsIntent, { kind: 'reply' }> | undefined {
  const keyword = matchKeyword(text, REPLY);
  const rest = keyword ? text.slice(keyword.length).trim() : text;
  const languages = keyword ? (REPLY_WORDS.get(keyword.word) ?? []) : [];
  if (keyword && rest === '') return { kind: 'reply', code: undefined, text: '', languages };
  const opening = LEADING_CODE.exec(rest);
  const code = opening ? normaliseCaseCode(`${opening[1]}${opening[3]}`) : undefined;
  if (!opening || !code) return undefined;
  // Bare, a code must look like one: the dash, or a digit in it; behind a mail app's "Re:", any mark between its
  // groups will do ("RE : JHEED.MQFGZ the lock on 14 ...": a code of letters alone, about one in twenty), never a space.
  const marked = afterReplyPrefix && opening[2] !== '' && !/^\s+$/u.test(opening[2] ?? '');
  if (!keyword && !marked && !isDash(opening[2]) && !/\p{N}/u.test(`${opening[1]}${opening[3]}`)) return undefined;
  return { kind: 'reply', code, text: rest.slice(opening[0].length).trim(), languages };
}

/**
 * `CONFLICT <code> [words]`, or the keyword alone; undefined for anything else ("Conflict between the shifts
 * again" is feedback).
 */
function readObjection(text: string): Extract<SmsIntent, { kind: 'object' }> | undefined {
  const keyword = matchKeyword(text, OBJECT);
  if (!keyword) return undefined;
  const rest = text.slice(keyword.length).trim();
  const languages = OBJECT_WORDS.get(keyword.word) ?? [];
  if (rest === '') return { kind: 'object', code: undefined, text: '', languages };
  const opening = LEADING_CODE.exec(rest);
  const code = opening ? normaliseCaseCode(`${opening[1]}${opening[3]}`) : undefined;
  if (!opening || !code) return undefined;
  return { kind: 'object', code, text: rest.slice(opening[0].length).trim(), languages };
}

/** `text` in upper case without accents, tones, umlauts or Arabic vowel marks, compatibility forms made plain. */
function fold(text: string): string {
  return foldWithOffsets(text).folded;
}

/**
 * `text` in upper case without accents, tones, umlauts or Arabic vowel marks
 * and with compatibility forms (fullwidth letters) made plain, with, for
 * each folded character, where its source character ends in `text`.
 */
function foldWithOffsets(text: string): { folded: string; endOf: number[] } {
  let folded = '';
  const endOf: number[] = [];
  let index = 0;
  for (const char of text) {
    index += char.length;
    const plain = char
      .normalize('NFKD')
      .replace(/[\p{M}\u0640]/gu, '')
      .toUpperCase();
    folded += plain;
    for (let i = 0; i < plain.length; i += 1) endOf.push(index);
  }
  return { folded, endOf };
}

/** `STAUTS 7KQ4M-XW9TR`: a status word with one slip, then a whole case code and nothing else (status-word-mistyped.ts). */
function statusMistyped(text: string): SmsIntent | undefined {
  const match = /^(\p{L}{5,8})[\s:#-]+(\S+(?:\s\S+)?)$/u.exec(text.trim());
  if (!match) return undefined;
  const word = mistypedStatusWord(fold(match[1]!), STATUS_WORDS.keys());
  const code = word === undefined ? undefined : normaliseCaseCode(match[2]!);
  return word !== undefined && code
    ? { kind: 'status', code, typed: true, languages: STATUS_WORDS.get(word)! }
    : undefined;
}

/**
 * The keyword `pattern` finds at the start of `text` once folded (its first
 * group), and how many UTF-16 units of `text` it and what follows it take.
 */
function matchKeyword(text: string, pattern: RegExp): { word: string; length: number } | undefined {
  const { folded, endOf } = foldWithOffsets(text.slice(0, 64));
  const match = pattern.exec(folded);
  return match && match[0].length > 0 ? { word: match[1]!, length: endOf[match[0].length - 1]! } : undefined;
}
