import { LEET_LETTERS } from './leet-letters';
import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { mask } from './redaction-kinds';
import {
  ALL_STOPWORDS,
  DEPARTMENTS,
  DETERMINERS,
  NOT_NAMES,
  ORDINARY_CAPITALISED,
  ROLE_CUES,
} from './redact-names-words';
import { isCommonSurname } from './surnames';
import { commonWordLanguages } from './redact-names-common-words';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import { lazyPattern } from './lazy-pattern';

/*
 * Where people sign what they write: a closing and a name at the end
 * ("Sincerely, Bartholomew", "Cheers, Dmitri", "Saludos, Thandiwe"), a dash
 * and a name at the end ("— Thandiwe, night shift", "-Dmitri"), a name
 * introducing the writer at the start ("Bartholomew here, …"), and an
 * initial with a surname written small or in brackets ("(j smith)"). There
 * one or two words that could be a name are one, whatever the lists say;
 * an ordinary word stays ("Thanks, night shift", "— urgently").
 */

// Closings in the languages redaction reads (exported for the test that none is ever hidden): English, Spanish, French, German, Italian, Portuguese, Polish, Tagalog, Vietnamese, and (blind round 13) the Nordic languages, Dutch, Russian, Ukrainian, Indonesian, Turkish, Romanian, Czech.
export const CLOSINGS: readonly string[] = [
  'sincerely',
  'sincerely yours',
  'yours sincerely',
  'yours truly',
  'yours',
  'regards',
  'best regards',
  'kind regards',
  'warm regards',
  'warmest regards',
  'best',
  'all the best',
  'best wishes',
  'cheers',
  'thanks',
  'thanks again',
  'many thanks',
  'thank you',
  'thx',
  'respectfully',
  'love',
  'saludos',
  'un saludo',
  'saludos cordiales',
  'atentamente',
  'cordialmente',
  'gracias',
  'cordialement',
  'bien à vous',
  'bien a vous',
  'bien cordialement',
  'amicalement',
  'merci',
  'grüße',
  'gruesse',
  'grüsse',
  'viele grüße',
  'liebe grüße',
  'beste grüße',
  'freundliche grüße',
  'mit freundlichen grüßen',
  'mfg',
  'danke',
  'cordiali saluti',
  'distinti saluti',
  'saluti',
  'grazie',
  'atenciosamente',
  'abraços',
  'obrigado',
  'obrigada',
  'pozdrawiam',
  'pozdrowienia',
  'z poważaniem',
  'dziękuję',
  'salamat',
  'maraming salamat',
  'trân trọng',
  'cảm ơn',
  // How people close a message to someone they know: "tks, sunny", "bisous, rose", "LG ernst", "bjs, ana".
  'tks',
  'thks',
  'tnx',
  'ty',
  'xoxo',
  'bisous',
  'bises',
  'grosses bises',
  'lg',
  'vg',
  'liebe grüsse',
  'besos',
  'abrazos',
  'un abrazo',
  'beijos',
  'bjs',
  'ciao',
  // Blind round 13: Swedish, Norwegian, Danish, Dutch, Russian, Ukrainian, Indonesian, Turkish, Romanian, Czech closings.
  'hälsningar',
  'hälsning',
  'vänliga hälsningar',
  'med vänliga hälsningar',
  'mvh',
  'hilsen',
  'hilsner',
  'vennlig hilsen',
  'med vennlig hilsen',
  'venlig hilsen',
  'med venlig hilsen',
  'groeten',
  'groetjes',
  'vriendelijke groet',
  'met vriendelijke groet',
  'mvg',
  'с уважением',
  'з повагою',
  'спасибо',
  'дякую',
  'terima kasih',
  'hormat saya',
  'saygılarımla',
  'teşekkürler',
  'cu stimă',
  'mulțumesc',
  's pozdravem',
  // Blind round 14: Turkish, romanised Hindi and Urdu.
  'selamlar',
  'sevgiler',
  'dhanyavaad',
  'dhanyavad',
  'dhanyawad',
  'shukriya',
  // Blind round 15: the short and spoken closings of the same languages ("Gruß,", "valeu,", "makasih,", "Salamat po,").
  'gruß',
  'gruss',
  'schöne grüße',
  'lieben gruß',
  'viele grüsse',
  'tschüss',
  'valeu',
  'vlw',
  'obg',
  'grato',
  'grata',
  'beijo',
  'abraço',
  'um abraço',
  'muchas gracias',
  'mil gracias',
  'grazie mille',
  'un saluto',
  'un abbraccio',
  'merci beaucoup',
  'bonne journée',
  'bonne soirée',
  'dzięki',
  'pozdro',
  'salamat po',
  'maraming salamat po',
  'thank you po',
  'thanks po',
  'cám ơn',
  'makasih',
  'trims',
  'terima kasih banyak',
  'hormat kami',
  'sağol',
  'sağolun',
  'saygılar',
  'multumesc',
  'mersi',
  'cu drag',
  'toate cele bune',
  'numai bine',
  'bedankt',
  'dank je',
  'dank u',
  'groet',
  'tack',
  'tack så mycket',
  'kram',
  'благодарю',
  'всего доброго',
];

// Blind round 17: closings that are words or abbreviations elsewhere too ("Att," is Portuguese's "Atenciosamente",
// Swedish's "that"; "signed" ends sentences): one only where a line or sentence starts and a comma, a full stop, a
// colon or the line's end follows ("Att,\nGuto - logística", "— signed, Desmond (the tall one in receiving)").
export const STRICT_CLOSINGS: readonly string[] = [
  'att',
  'atte',
  'at.te',
  'abs',
  'cdlt',
  'slds',
  'sds',
  'signed',
  'firmado',
  'firmato',
  'assinado',
  'signé',
  'gezeichnet',
  'gez',
  'getekend',
  'podpisano',
  'semnat',
];

const NAME_WORD = String.raw`\p{L}+(?:['’-]\p{L}+)*`;
// One or two words, then the end of the line: nothing after, or a full stop, or a comma and a few words ("— Thandiwe,
// night shift"), or the unit the writer works in ("Pelle på truckavdelningen", "Olli vom Lager", "Dana from receiving",
// "Coco du quai 3"), in brackets or after a dash ("Fede (turno notte)", "Juninho - manutenção").
// Brackets and a dash only where the name starts its own line: "Love Co-Workers - Horrible Managers" is a headline.
const ON_ITS_LINE = String.raw`(?<=\n[ \t]*${NAME_WORD}(?:[ \t]+${NAME_WORD})?)`;
// Hindi puts "from" after the unit: "Pappu, packing se", "Bittu loading dock se".
const HINDI_FROM = String.raw`[ \t]+\p{L}+(?:[ \t]+\p{L}+)?[ \t]+(?:se|से|wala|wali|वाला|वाली)`;
// What follows a closing before the comma: a respect or a softener ("Salamat po", "Makasih ya", "Cám ơn ạ"), or
// those thanked ("Thanks all", "Grazie ragazzi").
const AFTER_CLOSING = String.raw`(?:[ \t]+(?:po|opo|ya|yaa|yah|ạ|nha|nhé|nhe|all|guys|everyone|team|ragazzi|chicos|a[ \t]+todos|à[ \t]+tous|allemaal|alle|allihop|semua))?`;
const UNIT_AFTER = String.raw`[ \t]+(?:from|in|on|at|of|på|i|från|vom|von|aus|im|de|du|des|del|della|dalla|dal|da|do|dos|das|z|ze|van|uit|bij|fra|dari|bên|с|из|din|de la|ng|sa|mula sa|taga|desde|dello|dei|delle|ở|tại|со|от|з|із|зі|dr|dri)[ \t][^\n.!?]{1,30}|${HINDI_FROM}|${ON_ITS_LINE}[ \t]*\([^\n()]{1,40}\)|${ON_ITS_LINE}[ \t]+[-–—][ \t]*[^\n.!?]{1,30}`;
const NAME_AT_END = String.raw`(${NAME_WORD})(?:[ \t]+(${NAME_WORD}))?(?=[ \t]*(?:[.!]|,[^\n.!?]{0,30}|${UNIT_AFTER})?[ \t]*(?:\n|$))`;
// After a closing, the unit in brackets may follow the name on the closing's own line too ("— signed, Desmond (the
// tall one in receiving)"): the closing already says a name signs there.
const NAME_SIGNED = String.raw`(${NAME_WORD})(?:[ \t]+(${NAME_WORD}))?(?=[ \t]*(?:[.!]|,[^\n.!?]{0,30}|${UNIT_AFTER}|[ \t]*\([^\n()]{1,40}\))?[ \t]*(?:\n|$))`;
const strictByLength = [...STRICT_CLOSINGS]
  .sort((a, b) => b.length - a.length)
  .map((c) => c.replace(/\./g, String.raw`\.`));
const byLength = [...CLOSINGS].sort((a, b) => b.length - a.length).map((c) => c.replace(/ /g, String.raw`[ \t]+`));
// A dash may open the closing's line ("— signed, Desmond", "-- Cheers, Dmitri").
const SIGN_OFF = lazyPattern(
  String.raw`(?:^|[.!?…][ \t]*|\n)[ \t]*(?:[-–—~]{1,2}[ \t]*)?(?:(?:${byLength.join('|')})(?![\p{L}])${AFTER_CLOSING}[ \t]*(?:[,!.:]|[ \t][-–—]{1,2})?|(?:${strictByLength.join('|')})(?:[ \t]*[,.:]|(?=[ \t]*\n)))[ \t]*\n?[ \t]*${NAME_SIGNED}`,
  'giu',
);
// A closing where a sentence or line starts, then its comma (or "!", ":", a line's end) before a word or a name already hidden.
const CLOSING_BEFORE_WORD = lazyPattern(
  String.raw`(?<=^|[.!?…][ \t]*|\n[ \t]*)(?:${[...byLength, ...strictByLength].join('|')})${AFTER_CLOSING}(?:[ \t]*[,!:][ \t]*|[ \t]*\n[ \t]*)(?=[\p{L}\uE000])`,
  'giu',
);

/**
 * Gives back the closings ("Obrigado, ", "Danke, ") another rule hid with
 * the name after them ("Obrigado, Thiago" read as one unknown name): a
 * closing says nothing of who wrote, and the name after it stays hidden.
 */
export function keepClosings(original: string, masked: string): string {
  if (!/[,!:\n]/.test(original)) return masked;
  let out = masked;
  for (const m of original.matchAll(CLOSING_BEFORE_WORD.get())) {
    const end = m.index + m[0].length;
    out = out.slice(0, m.index) + original.slice(m.index, end) + out.slice(end);
  }
  return out;
}

// After words on the same line (a dash opening a line is a list item's), a space or a quote's end before it.
const DASH_NAME = lazyPattern(
  String.raw`(?<=[^\s][ \t]*)(?:(?<=[ \t])|(?<=[.!?"'\u201d\u2019)]))(?:\u2014|\u2013|--?)[ \t]*${NAME_AT_END}`,
  'gu',
);
// "Bartholomew here, …", as French and Spanish write it too ("Mathéo ici, …", "Nerea aquí, …"); and Portuguese's
// "Aqui é a Luana, …", "Aqui fala o Thiago", where a capitalised name follows.
// Blind round 15: after a greeting too, with the writer's unit between ("ciao ragazzi, Ste del magazzino 3 qui 👋",
// "hi all, Dee from packing here."), and in the other languages' words for "here" (qui, hier, här, aici, dito).
const GREETING = String.raw`(?:hi|hey|hello|hiya|morning|ciao|salve|buongiorno|hola|buenas|buenos d[íi]as|salut|bonjour|coucou|hallo|moin|servus|hej|hoi|oi|ol[áa]|bom dia|boa tarde|halo|hai|pagi|kumusta|cze[śs][ćc]|merhaba|selam|bun[ăa]|salutare)(?:[ \t]+\p{L}+){0,2}[ \t]*[,!:.]`;
const HERE_UNIT = String.raw`[ \t]+(?:from|in|on|at|of|de|du|del|della|dal|da|do|dos|das|vom|von|aus|van|uit|från|på|z|din|dari|ng|sa)[ \t][^\n,.!?]{1,30}?`;
const NAME_HERE = lazyPattern(
  String.raw`(?:^|\n|${GREETING})[ \t]*(${NAME_WORD})(?:${HERE_UNIT})?[ \t]+(?:here|ici|aqu[íi]|qui|hier|här|aici|dito)(?:[ \t]*[,.!:;\u2014\u2013-]|[ \t]+[^\p{L}\s]|[ \t]*$)`,
  'giu',
);
const HERE_IS_NAME = lazyPattern(
  String.raw`(?:^|\n|[.!?][ \t]+)[ \t]*[Aa]qui[ \t]+(?:é|fala)[ \t]+(?:[oa][ \t]+)?(\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*)(?![\p{L}])`,
  'gu',
);
// A dash opening the last line, then one or two words and nothing more ("…worn out.\n— Dana"): a list item as often,
// so only for a name the asker already knows (`signatureNameSpans`).
const LAST_LINE_DASH_NAME = lazyPattern(
  String.raw`\n[ \t]*(?:\u2014|\u2013|--?)[ \t]*(${NAME_WORD})(?:[ \t]+(${NAME_WORD}))?[ \t]*[.!]?\s*$`,
  'u',
);
// The same last line signed with a capitalised word no dictionary knows, and perhaps a few words after a comma
// ("sorry for typos.\n— Delroy, forklift"), when the line before is no list item: a list's last item is a word.
const LAST_LINE_DASH_SIGNED = lazyPattern(
  String.raw`(?:^|\n)([^\n]*)\n[ \t]*(?:\u2014|\u2013|--?)[ \t]*(\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*)(?=[ \t]*(?:,[^\n.!?]{0,30})?[ \t]*[.!]?\s*$)`,
  'u',
);
const LIST_ITEM = /^[ \t]*(?:[-–—*•]|\d+[.)])/u;
// The same last line signed small or with a tilde ("…\n- jaylen", "…\n~ tj", "…\n~Bree"): a given name the lists
// know, initials no acronym or chat word is, or a word no dictionary of the service's languages knows.
const LAST_LINE_SIGNED_SMALL = lazyPattern(
  String.raw`(?:^|\n)([^\n]*)\n[ \t]*(?:~|\u2014|\u2013|--?)[ \t]*(\p{L}[\p{L}'’-]*)[ \t]*[.!]?\s*$`,
  'u',
);
// What DASH_NAME and NAME_HERE cannot match without.
const DASH = /[\u2014\u2013-]/;
const HERE_WORD = /here|ici|aqu|qui|hier|här|aici|dito/i;
// "j smith", "(J. Smith)": an initial (not "a", "i", "o", "e", "y", "u": words of their own) then a surname.
const INITIAL_SURNAME = lazyPattern(String.raw`(?<=^|[\s([])([b-df-hj-np-tv-xz])\.?[ \t]+(\p{L}+)(?![\p{L}'’])`, 'giu');

// A closing and one word ending the message, wherever the closing stands ("fix the heater tks, sunny", "c'est nul
// bisous, rose", "alles schlecht LG ernst", "the rota is bad cheers - M4rsh"): the word signs it. A name written
// in leetspeak ("M4rsh", "j0hn") is one too.
const SIGNED_WORD = String.raw`[\p{L}\d@$]+(?:['’-]\p{L}+)*`;
// "love" and "best" end sentences as often ("I love walmart", "not the best.rn"): only where a closing stands (SIGN_OFF).
const MID_SENTENCE_CLOSINGS = byLength.filter((c) => !/^(?:love|best|yours|all the best)$/.test(c));
const CLOSING_AT_END = lazyPattern(
  String.raw`(?<![\p{L}])(?:${MID_SENTENCE_CLOSINGS.join('|')})(?![\p{L}])[ \t]*(?:[,!.:]|[ \t]?[-–—]{1,2})?[ \t]*(${SIGNED_WORD})[ \t]*[.!]?\s*$`,
  'iu',
);
// A dash and two or three letters ending the message ("- KM", "-- jd"), or a name in leetspeak ("- M4rsh").
const DASH_AT_END = lazyPattern(
  String.raw`(?<=\S)[ \t]+(?:\u2014|\u2013|--?)[ \t]*(${SIGNED_WORD})[ \t]*[.!]?\s*$`,
  'u',
);
// Letters that stand for a thing, not a person, where initials would sign: "- HR", "-- IT", "- BBC", "mon - fri".
const ACRONYMS = new Set(
  'hr it ok us uk eu un pr am pm tv qa ceo coo cfo cto cio gm vp svp evp md dm bbc cnn nyt wsj ap afp nhs usa nyc la sf dc ny fbi cia irs osha nlrb eeoc wfh ooo eod asap fyi pto mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec hrs yrs wks mins'.split(
    ' ',
  ),
);

/** A word in leetspeak with a name's letters: "M4rsh", "j0hn", "5arah" (not "2nd", "b2b", "4567"). */
function isLeetName(word: string): boolean {
  if (!/\d|[@$]/.test(word) || !/^\p{L}/u.test(word.replace(/^[\d@$]/, 'a'))) return false;
  const read = word.toLowerCase().replace(/[013457@$]/g, (c) => LEET_LETTERS[c] ?? c);
  return !/[\d@$]/.test(read) && (read.match(/\p{L}/gu)?.length ?? 0) >= 3 && !isEnglishWord(read);
}

/** Whether the one word after a closing ending the message signs it: a name, however common a word ("sunny", "rose"). */
function signsAfterClosing(word: string): boolean {
  const lower = word.toLowerCase();
  if (isLeetName(word)) return true;
  if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || DETERMINERS.has(lower) || ROLE_CUES.has(lower)) return false;
  if (DEPARTMENTS.has(lower) || ACRONYMS.has(lower) || CHAT_WORDS.has(lower)) return false;
  return isGivenName(lower) || couldSign(word, false);
}

/** Whether the one word on a last line after a dash or tilde signs the message (LAST_LINE_SIGNED_SMALL). */
function signsLastLine(word: string): boolean {
  const lower = word.toLowerCase();
  if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || DETERMINERS.has(lower) || ROLE_CUES.has(lower)) return false;
  if (DEPARTMENTS.has(lower) || ACRONYMS.has(lower) || CHAT_WORDS.has(lower) || CLOSINGS.includes(lower)) return false;
  if (isInitials(word)) return true;
  if (isGivenName(lower)) return !isWordlikeName(lower) || /^\p{Lu}/u.test(word);
  return !isEnglishWord(lower) && !commonWordLanguages(lower) && !moreEverydayLanguages(lower) && lower.length > 2;
}

/** Whether the word after a dash ending the message signs it: initials no acronym is, or a name in leetspeak. */
function signsAfterDash(word: string): boolean {
  return isLeetName(word) || (isInitials(word) && !ACRONYMS.has(word.toLowerCase()));
}

// What chat puts after a closing that is no one's initials: "thx, ty", "cheers - lol", "regards, PM"; and Tagalog's
// respect after its thanks ("salamat po", "salamat opo").
const CHAT_WORDS = new Set(
  'ty thx tx lol xo xx xoxo dm pm am ux ui fyi btw imo imho tbh eod eow ooo wfh ok kk np idk omg smh pls plz rip gg tia ttyl brb hth asap nb ps cc bcc fwd re aka etc hq po opo nvm tbd ftw wtf jk ikr tho ngl rn irl hmu wyd lmk bc cuz fr pos sos'.split(
    ' ',
  ),
);

/** "jw", "mo", "JW": two or three letters of one case signing a message, where no word or chat shorthand is. */
function isInitials(word: string): boolean {
  const lower = word.toLowerCase();
  return /^(?:\p{Ll}{2,3}|\p{Lu}{2,3})$/u.test(word) && !isEnglishWord(lower) && !CHAT_WORDS.has(lower);
}

/**
 * Whether a word where a signature stands could be a name. After a closing
 * ("Sincerely,") a capitalised word that is no other word is enough; after a
 * dash, which also ends headlines ("- Newsweek", "- ASOS") and starts list
 * items, only a name the lists know.
 */
function couldSign(word: string | undefined, known: boolean): boolean {
  if (!word) return false;
  const lower = word.toLowerCase();
  if (
    NOT_NAMES.has(lower) ||
    ALL_STOPWORDS.has(lower) ||
    DETERMINERS.has(lower) ||
    ORDINARY_CAPITALISED.has(lower) ||
    ROLE_CUES.has(lower) ||
    DEPARTMENTS.has(lower)
  )
    return false;
  const given = isGivenName(lower);
  if (given && !isWordlikeName(lower)) return true;
  if (!known && isInitials(word)) return true;
  // Capitals throughout are an acronym or shouting ("- FAMU", "-MICROMANAGEMENT"), unless a plain given name (above).
  if (/^\p{Lu}[\p{Lu}'’-]+$/u.test(word)) return false;
  const capitalised = /^\p{Lu}/u.test(word);
  if (known) return capitalised && (given || isCommonSurname(lower));
  if (capitalised) return given || isCommonSurname(lower) || !isEnglishWord(lower);
  return !isEnglishWord(lower) && isProperNoun(lower);
}

/** A word the asker already knows to be a name, by where it stands (`signatureNameSpans`). */
export type KnownName = (start: number, end: number) => boolean;

/**
 * The span of the name words a match found, if the first could be a name.
 * After a dash both must be ("- Huffington Post" is a paper); after a
 * closing a second ordinary word is just left. A word `known` says is a name
 * can sign too.
 */
const LETTERED_GROUPS = new Set(
  'shift shifts team crew block wing ward unit line group squad watch floor side site building hall dock bay zone rota'.split(
    ' ',
  ),
);

function nameSpan(
  m: RegExpExecArray,
  known: boolean,
  knownName?: KnownName,
): { start: number; end: number } | undefined {
  const [a, b] = [m[1], m[2]];
  const whole = m[0];
  const bStart = b ? m.index + whole.lastIndexOf(b) : undefined;
  const aStart = m.index + whole.lastIndexOf(a!, b ? whole.lastIndexOf(b) : undefined);
  const signs = (word: string | undefined, start: number | undefined) =>
    couldSign(word, known) || (word !== undefined && start !== undefined && !!knownName?.(start, start + word.length));
  if (!signs(a, aStart)) return undefined;
  // Blind round 30: "Regards, B shift", "Thanks, C team": a letter that names a shift or a team signs for all of it.
  if (b && /^\p{L}$/u.test(a!) && LETTERED_GROUPS.has(b.toLowerCase())) return undefined;
  // "Tack så mycket, …": a short everyday word of another language with a word after it goes on the sentence, as
  // initials never do ("Cheers, mo" alone still signs).
  const lowerA = a!.toLowerCase();
  // A name the caller knows (a sponsor's: "Regards, sam okafor") signs whatever else the word means.
  const knownA = !!knownName?.(aStart, aStart + a!.length);
  if (b && !knownA && isInitials(a!) && (moreEverydayLanguages(lowerA) || commonWordLanguages(lowerA)))
    return undefined;
  const secondIsName = signs(b, bStart);
  if (b && !secondIsName && known) return undefined;
  const end = b && secondIsName ? bStart! + b.length : aStart + a!.length;
  return { start: aStart, end };
}

/** Masks the names of people signing or introducing what they wrote (see above). */
export function maskSignatureNames(text: string): string {
  let out = text;
  for (const { start, end } of signatureNameSpans(text))
    out = out.slice(0, start) + mask('NAME', end - start) + out.slice(end);
  return out;
}

/**
 * Where people sign what they wrote (see above), as the name masking reads it; with `known`, a word it says is
 * a name signs there too, whatever the word lists say ("- marsh", where a marsh is a wetland).
 */
export function signatureNameSpans(text: string, knownName?: KnownName): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // Each look-behind pattern runs only on a text with the literal every find of it holds: a dash, "here", "ici" or
  // "aqu" (either case), "qui" (as written); most texts have none, and the look-behinds were tried at every position.
  for (const [pattern, known] of [
    [SIGN_OFF.get(), false],
    [DASH_NAME.get(), true],
  ] as const) {
    if (pattern === DASH_NAME.get() && !DASH.test(text)) continue;
    for (const m of text.matchAll(pattern)) {
      const span = nameSpan(m as RegExpExecArray, known, knownName);
      if (span) spans.push(span);
    }
  }
  for (const [pattern, signs] of [
    [CLOSING_AT_END.get(), signsAfterClosing],
    [DASH_AT_END.get(), signsAfterDash],
  ] as const) {
    const m = pattern === DASH_AT_END.get() && !DASH.test(text) ? null : pattern.exec(text);
    if (!m || !signs(m[1]!)) continue;
    // "WM Labs - SE", "Great Place To Work - GM": a headline in title case names its source or role there.
    if (pattern === DASH_AT_END.get() && /^\P{Ll}*$/u.test(text.slice(0, m.index).replace(/\p{Lu}\p{Ll}+/gu, '')))
      continue;
    const start = m.index + m[0].lastIndexOf(m[1]!);
    spans.push({ start, end: start + m[1]!.length });
  }
  const lastLine = knownName && DASH.test(text) ? LAST_LINE_DASH_NAME.get().exec(text) : null;
  if (lastLine) {
    const span = nameSpan(lastLine, true, knownName);
    if (span) spans.push(span);
  }
  const signed = !lastLine && DASH.test(text) ? LAST_LINE_DASH_SIGNED.get().exec(text) : null;
  if (signed && !LIST_ITEM.test(signed[1]!) && couldSign(signed[2], false)) {
    const start = signed.index + signed[0].length - signed[2]!.length;
    spans.push({ start, end: start + signed[2]!.length });
  }
  const small = !signed && /[~\u2014\u2013-]/u.test(text) ? LAST_LINE_SIGNED_SMALL.get().exec(text) : null;
  if (small && !LIST_ITEM.test(small[1]!) && signsLastLine(small[2]!)) {
    const start = small.index + small[0].lastIndexOf(small[2]!);
    spans.push({ start, end: start + small[2]!.length });
  }
  const here = HERE_WORD.test(text) ? [...text.matchAll(NAME_HERE.get())] : [];
  const hereIs = text.includes('qui') ? [...text.matchAll(HERE_IS_NAME.get())] : [];
  for (const m of [...here, ...hereIs]) {
    const word = m[1]!;
    // "Mommy's here": a contraction, no one signing.
    if (/['’]s$/u.test(word)) continue;
    const start = m.index + m[0].indexOf(word);
    if (couldSign(word, false) || knownName?.(start, start + word.length))
      spans.push({ start, end: start + word.length });
  }
  for (const m of text.matchAll(INITIAL_SURNAME.get())) {
    const surname = m[2]!;
    const lower = surname.toLowerCase();
    const bracketed = text[m.index - 1] === '(' || text[m.index - 1] === '[';
    const small = m[0] === m[0].toLowerCase();
    if (!(bracketed || small) || !isCommonSurname(lower) || ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
