import { isEnglishWord } from './english-dictionary';
import { isGivenName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { isCommonSurname } from './surnames';
import { maskMatches, onlyWith, type Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * Identifiers that point at one person without being a name or a phone
 * number: the address of their computer, their phone's extension, their
 * handle on a chat platform, their user name, their workstation's tag.
 * Most are told by the word before them; alone, "jdoe2" or "WS-0042" could
 * be anything.
 */

// Characters outside ASCII in the String.raw patterns are written as \u escapes: a raw template cannot be
// escaped by the bundler, and a bundle stays ASCII (docs/performance.md). The comments show them as written.

// ---- Network addresses -----------------------------------------------------------

const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
const IPV4 = lazyPattern(String.raw`(?<![\p{L}\p{N}.])${OCTET}(?:\.${OCTET}){3}(?![\p{N}]|\.\d)`, 'gu');
// "version 1.2.3.4", "section 2.1.3.4" number things, not machines.
const NUMBERING_BEFORE =
  /(?:version|ver\.?|v\.?|release|build|firmware|update|patch|section|chapter|clause|step|item|rule|§|versión|versão|wersja)\s*$/iu;
const NETWORK_CUE = lazyPattern(
  String.raw`(?:ip|address|adress|adresse|dirección|endereço|indirizzo|adres|host|server|router|vpn|gateway|ping|proxy|from|von|desde|depuis|da|z)\W*(?:\p{L}+\W+){0,2}$`,
  'iu',
);

function ipv4Ok(text: string, m: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, m.index - 30), m.index);
  if (NUMBERING_BEFORE.test(before)) return false;
  // With no word saying it is an address, a number in the hundreds says it ("192.168.1.20"); "1.2.3.4" may be a list.
  return NETWORK_CUE.get().test(before) || m[0].split('.').some((octet) => octet.length === 3);
}

// "fe80::1ff:fe23:4567:890a", "2001:db8:85a3:0:0:8a2e:370:7334", "::1".
const IPV6 = lazyPattern(
  String.raw`(?<![\p{L}\p{N}:])(?:[0-9A-Fa-f]{1,4})?(?::{1,2}[0-9A-Fa-f]{1,4}){2,7}(?:::)?(?![\p{L}\p{N}:])`,
  'gu',
);

function ipv6Ok(m: RegExpExecArray): boolean {
  const found = m[0];
  if ((found.match(/::/g) ?? []).length > 1) return false;
  const groups = found.split(/:+/).filter(Boolean);
  // "12:30:45" is a time: an address has a letter of hex, or "::", and more than three groups.
  return groups.length >= 3 && (/::/.test(found) || groups.length >= 5) && /[A-Fa-f]/.test(found);
}

// ---- Phone extensions ------------------------------------------------------------

// "ext. 2231", "extension 12", "poste 4421", "Durchwahl 12", "extensión 33", "wew. 214"; and "x4471", written glued.
// Right after a number it is that number's extension, which the phone rules take with it ("555-1234 ext. 22");
// followed by more digits it is the word before a whole number ("extension: 555-123-4567"). Glued to its digits a
// short word is a code ("DW1234"): a dot, a space or a colon parts them.
const EXTENSION = lazyPattern(
  String.raw`(?<![\p{L}\p{N}]|\d[\s,]*)(?:ext|extn|extension|extensi\u00f3n|extens\u00e3o|estensione|poste|durchwahl|dw|nebenstelle|wew|anexo)(?:\.|\s|:|#)\s*(?:#|no\.?|nr\.?|:)?\s*(\d{1,6})(?![\p{L}\p{N}]|[.,]\d|[\s./-]+\d)`,
  'giu',
);
// Said to be the extension ("my extension is 4417", "mon poste est 4471", "mi extensión es 4417", "meine Durchwahl
// ist 4417"): three digits at least, as "the extension is 2 weeks" is a deadline's.
const EXTENSION_SAID = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:ext|extn|extension|extensi\u00f3n|extens\u00e3o|estensione|poste|durchwahl|nebenstelle|anexo|ramal)\.?\s+(?:is|was|es|era|est|ist|war|\u00e8|\u00e9|=)\s*:?\s*(\d{3,6})(?![\p{L}\p{N}]|[.,]\d|[\s./-]+\d)`,
  'giu',
);
// Glued, the word and its digits are one token and are hidden whole ("x4417", "ext4417", "poste4417"): a letter left
// beside a placeholder ("x[PHONE]") still says an extension was given. Only the words that name nothing else: "dw1234"
// and "wew214" may be codes, and "ext4" is a file system (three digits at least). Inside a handle ("aaa_x000",
// "j.x1234") the letters are the handle's.
const GLUED_EXTENSION = lazyPattern(
  String.raw`(?<![\p{L}\p{N}_.]|\d[\s,]*)(?:x|ext|extn|extension|extensi\u00f3n|extens\u00e3o|estensione|poste|durchwahl|nebenstelle|anexo|ramal)\d{3,6}(?![\p{L}\p{N}]|[.,]\d)`,
  'giu',
);

// ---- Handles and user names ------------------------------------------------------

// A platform, then its handle: "on tiktok as forkliftqueen_77" (blind round 12), "WeChat zhangwei_88", "Teams jdoe2", "Discord jdoe#1234", "微信: zw_88", "Skype
// live:jdoe_7".
const PLATFORMS = String.raw`(?:wechat|weixin|\u5fae\u4fe1|teams|slack|discord|skype|telegram|instagram|insta|twitter|tiktok|snapchat|kakao(?:talk)?|viber|whatsapp|signal|github|gitlab|linkedin|facebook|reddit|xbox|psn|threads|bluesky|mastodon|qq)`;
// Platforms by their short names ("my ig is …", "add me on snap …"), and the mail services whose user name is the
// address before "@" ("my gmail is john.doe.1987"): only as whole words ("big", "snapshot" are no platform).
const SHORT_PLATFORMS = String.raw`(?:ig|snap|fb)`;
const MAIL_HOSTS = String.raw`(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|gmx|proton(?:mail)?)`;
// Ends on a letter, digit or underscore: the full stop after "… on Teams jdoe2." ends the sentence.
const HANDLE_BODY = String.raw`[\p{L}\p{N}_][\p{L}\p{N}_.-]{1,29}[\p{L}\p{N}_](?:#\d{4})?`;
const PLATFORM_HANDLE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:${PLATFORMS}|${SHORT_PLATFORMS})(?![\p{L}\p{N}])(?:\s*(?:id|handle|username|user ?name|name|account|is|es|est|ist|as|como|comme|als|jako|:|\u662f|\u53f7|\u865f))*\s*((?:live:)?${HANDLE_BODY})(?![\p{L}\p{N}_#])`,
  'giu',
);
// The same after a platform named in Chinese, Japanese or Korean, which needs no space before or after it: "加我微信
// zhangwei88", "微信号是zhangwei88", "카톡 아이디 minsu_88". The handle is written in Latin letters and digits (a QQ
// number in digits alone); what follows in the script itself is the sentence going on ("微信群里说了").
const CJK_PLATFORMS = String.raw`(?:\u4f01\u4e1a\u5fae\u4fe1|\u5fae\u4fe1|\u98de\u4e66|\u9489\u9489|\u91d8\u91d8|\uce74\uce74\uc624\ud1a1|\uce74\ud1a1|\ub77c\uc778|\u30e9\u30a4\u30f3|(?<![A-Za-z])(?:QQ|LINE)(?![A-Za-z]))`;
const CJK_PLATFORM_HANDLE = lazyPattern(
  String.raw`${CJK_PLATFORMS}(?:\s|\u53f7|\u865f|\u662f|\u4e3a|\u70ba|:|\uff1a|id|ID|\uc544\uc774\ub514|\ub294|\uc740|\u306f|\u306e)*([A-Za-z0-9_][A-Za-z0-9_.-]{1,29}[A-Za-z0-9_])(?![A-Za-z0-9_#])`,
  'gu',
);
const CJK_PLATFORM_WORD = lazyPattern(CJK_PLATFORMS, 'u');
// Platforms people write by two or three letters before a colon, as profiles and signatures list them: "sc:
// kaylaaa22" (Snapchat), "tg: olga_spb" (Telegram), "line: mintra.p", "kik: bri_xo". Without the colon the letters
// are other words ("sc" a state, "line" a queue): only there, and only a handle that looks made, not a word.
const SHORT_PLATFORM_COLON = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:sc|tg|kik|zalo|line|snap|ig|insta|threads)[ \t]*[:\uff1a][ \t]*@?(${HANDLE_BODY})(?![\p{L}\p{N}_#])`,
  'giu',
);
const DISCORD_TAG = lazyPattern(
  String.raw`(?<![\p{L}\p{N}_.#@])([\p{L}\p{N}_][\p{L}\p{N}_.]{1,31}#\d{4})(?![\p{N}])`,
  'gu',
);
const GLUED_PLATFORM_NUMBER = /(?<![A-Za-z0-9_])((?:QQ|LINE)\d{4,})(?![A-Za-z0-9_#])/gu;
// What follows a platform's name in a sentence about the app itself: "微信app很好用", "微信pay".
const APP_WORDS = /^(?:app|apps|pay|group|groups|chat|chats|ok|vip|bug|bugs|link|links|web|pc)$/i;

// A user name said to be one: "my username is jsmith42", "login: mfernandez", "Benutzername jdoe".
const USERNAME = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:user ?name|user id|login|log-in|nick ?name|gamertag|benutzername|nom d'utilisateur|identifiant|usu(?:a|\u00e1)rio|nombre de usuario|nome utente|nome de usu(?:a|\u00e1)rio|nazwa u\u017cytkownika|login)(?:\s*(?:is|was|:|=|ist|es|est|\u00e8|\u00e9|to|jest))*\s*(${HANDLE_BODY})(?![\p{L}\p{N}_#])`,
  'giu',
);
// A handle before the provider it is on: "mariafernandez1985 on gmail", "jdoe_88 auf Discord".
const HANDLE_HOSTS = String.raw`(?:${PLATFORMS}|${MAIL_HOSTS})`;
const HANDLE_ON = lazyPattern(
  String.raw`(?<![\p{L}\p{N}_.@-])(${HANDLE_BODY})\s+(?:on|at|in|auf|bei|en|sur|na|su|em)\s+${HANDLE_HOSTS}(?![\p{L}\p{N}])`,
  'giu',
);

// What says the word after it is the name someone goes by on the platform after it: "find me as jdoe on Teams",
// "known as bigdave on Discord", "search for mkowalski on Slack", "message jdoe on Teams".
const HANDLE_SAID_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:me\s+as|known\s+as|goes\s+by|go\s+by|search\s+for|look\s+for|look\s+up|find|add|message|ping|dm|contact|reach|i'?m|i\s+am)\s*$`,
  'iu',
);

// An id said to be the writer's own, the platform named or not: "my id is zhangwei", "my telegram is ivanko", "mi id
// de telegram es ivanko", "mon identifiant Telegram est ivanko", "meine Telegram-ID ist ivanko", "il mio id telegram
// \u00e8 ivanko", "m\u00f3j nick na telegramie to ivanko", and LINE's "line id: kenji". Words in every language follow
// such a possessive too ("mi cuenta es nueva", "my id is expired"): a word counts as the id only where a platform is
// named in the sentence, or after English "my id"/"my handle" when no English word; otherwise it must look made.
const MY = String.raw`(?:my|mi|mis|mon|ma|mein|meine|meinen|meu|minha|mio|mia|m\u00f3j|moja|moje)`;
const ID_WORD = String.raw`(?:id|handle|user ?name|nick(?:name)?|pseudo|identifiant|usu(?:a|\u00e1)rio|kennung|gamertag|account|cuenta|compte|konto|conta)`;
// After a platform, its "name" is the handle too ("my teams name is jdoe"); "my name is" alone is a person's name.
const PLATFORM_ID_WORD = String.raw`(?:${ID_WORD}|display ?name|name)`;
const LOOSE_PLATFORM = String.raw`(?:${PLATFORMS}\p{L}*|line|${SHORT_PLATFORMS}|${MAIL_HOSTS})`;
const OWN_ID = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:${MY}\s+(?:${LOOSE_PLATFORM}[\s-]*${PLATFORM_ID_WORD}?|${ID_WORD}(?:[\s-]+(?:(?:de|del|do|da|di|on|na|en|auf|bei|f\u00fcr|for|in|sur)\s+)?${LOOSE_PLATFORM})?)|line\s+id)\s*(?:(?:is|es|est|c['\u2019]est|ist|\u00e8|\u00e9|to|jest)(?![\p{L}])|[:=])\s*(${HANDLE_BODY})(?![\p{L}\p{N}_#])`,
  'giu',
);
const PLATFORM_NAMED = lazyPattern(String.raw`(?<![\p{L}\p{N}])${LOOSE_PLATFORM}(?![\p{L}\p{N}])`, 'iu');
const ENGLISH_ID_WORD = /^my\s+(?:id|handle|user ?name|nick(?:name)?|gamertag)\s/iu;

function ownIdOk(m: RegExpExecArray): boolean {
  const handle = m[1]!;
  if (/^\d+$/.test(handle)) return false;
  const sentence = m.input
    .slice(0, m.index + m[0].length - handle.length)
    .split(/[.!?\n]\s/u)
    .pop()!;
  const named = PLATFORM_NAMED.get().test(sentence.replace(/^my\s+|\bmy\s+(?=(?:teams|signal|threads|line)\b)/giu, ''));
  return looksLikeHandle(handle, named || ENGLISH_ID_WORD.test(m[0]));
}

// Spanish and Portuguese "usuario"/"usuário" is also the user themself: after an article or a determiner it is the
// person ("el usuario es nuevo", "o usuário é novo", "cada usuario tiene"), and what follows is said of them; a name
// that looks made is still theirs ("el usuario jdoe7").
const THE_USER = lazyPattern(
  String.raw`(?<![\p{L}])(?:el|un|al|del|o|um|do|no|ao|pelo|este|ese|esse|aquel|aquele|cada|otro|outro|todo|nuevo|novo|ning\u00fan|nenhum)\s+$`,
  'iu',
);

function isTheUser(m: RegExpExecArray): boolean {
  return /^usu/iu.test(m[0]) && THE_USER.get().test(m.input.slice(Math.max(0, m.index - 12), m.index));
}

// "username is jsmith" says it is one; "login screen" does not: a word alone needs "is", ":" or "=" before it.
const SAID_TO_BE = /(?:is|was|ist|es|est|to|jest|:|=|\u00e8|\u00e9)\s*\S+$/iu;
const IDENTIFIED = lazyPattern(
  String.raw`(?<![\p{L}])(?:id|handle|user ?name|account|is|was|ist|es|est|\u00e8|\u00e9)(?![\p{L}])\s*\S+$|:\s*\S+$`,
  'iu',
);

/**
 * A word no dictionary knows counts as a handle after a platform only where the writer says it is one ("WeChat:
 * zhangwei", "my Telegram id is ivanko"), after the platform's own name, not an English word it shares ("diverse
 * teams: Accenture"), and not the start of a contraction or possessive ("Instagram isn't", "slack wasn't").
 */
function saidToBeHandle(m: RegExpExecArray): boolean {
  const platform = /^\S+/u.exec(m[0])![0];
  if (platform === platform.toLowerCase() && isEnglishWord(platform)) return false;
  if (/^['\u2019]/u.test(m.input.slice(m.index + m[0].length))) return false;
  return IDENTIFIED.get().test(m[0]);
}

/**
 * A handle looks made, not said: a digit, an underscore, a dot or a "#1234" in it, or no everyday word of English or
 * of the other languages the service hears ("mi usuario es nuevo", "mein Login ist neu" say what the account is).
 */
function looksLikeHandle(handle: string, wordsAllowed: boolean): boolean {
  if (/[\d_.#]/.test(handle) && /\p{L}/u.test(handle)) return true;
  const lower = handle.toLowerCase();
  // A word of another language that is also a given name ("linda") may be the handle: it was one before this check.
  const everyday = isEnglishWord(lower) || (commonWordLanguages(lower) !== undefined && !isGivenName(lower));
  if (everyday || /^(?:is|my|the|a|an)$/i.test(handle)) return false;
  return wordsAllowed || isInitialAndName(lower);
}

/** An initial glued to a surname or a given name, as accounts are made ("pmartinez", "jsmith", "kmaria"). */
function isInitialAndName(lower: string): boolean {
  const rest = lower.slice(1);
  return /^\p{Ll}{5,}$/u.test(lower) && (isCommonSurname(rest) || isGivenName(rest));
}

// ---- Workstations ----------------------------------------------------------------

// A machine's tag after the word for it: "workstation WS-0042", "laptop LT_118", "PC0042", a host named in parts
// ("server PLT2-WS-114 by my desk": a machine beside the writer's desk is their desk) ("laptop T480" is a model).
const MACHINE_WORDS = String.raw`(?:workstation|work station|pc|computer|laptop|desktop|terminal|machine|device|hostname|host|server|vm|thin client|asset(?: tag)?|rechner|arbeitsplatz|ordinateur|poste de travail|equipo|ordenador|computadora|komputer|stanowisko)`;
const WORKSTATION = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${MACHINE_WORDS}(?:\s*(?:#|no\.?|nr\.?|number|id|tag|name|is|:))*\s*([A-Z]{1,6}(?:[-_]\d{2,6}|0\d{1,5})[A-Z]?|(?:[A-Z][A-Z0-9]{0,7}[-_]){1,3}\d{2,6}[A-Z]?)(?![\p{L}\p{N}])`,
  'giu',
);

/** IP addresses, extensions, handles and workstation tags (see above). */
export function identifierRules(): Rule[] {
  let text = '';
  const seeing =
    (rule: Rule): Rule =>
    (t) =>
      rule((text = t));
  // Two screens, not one pattern: one alternation of both reads every text more than twice as slowly.
  const namedPlatform = new RegExp(PLATFORMS, 'iu');
  const shortPlatform = new RegExp(String.raw`(?<![a-z])${SHORT_PLATFORMS}(?![a-z])`, 'i');
  const platform = { test: (t: string) => namedPlatform.test(t) || shortPlatform.test(t) } as RegExp;
  const userWord = /user|login|log-in|nick|gamertag|benutzer|utilisateur|identifiant|usu[aá]rio|utente|użytkownika/iu;
  return [
    onlyWith(/\d\.\d+\.\d+\.\d/, seeing(maskMatches(IPV4, 'ID', (m) => ipv4Ok(text, m)))),
    onlyWith(/[0-9A-Fa-f]:[0-9A-Fa-f:]*:/, maskMatches(IPV6, 'ID', ipv6Ok)),
    onlyWith(
      /\d/,
      maskMatches(EXTENSION, 'PHONE', () => true, 1),
    ),
    onlyWith(
      /\d/,
      maskMatches(EXTENSION_SAID, 'PHONE', () => true, 1),
    ),
    // A capital "X" before digits names models and versions ("X1000"); the words are read in any case ("EXT4417").
    onlyWith(
      /[xtnoel]\d\d\d/i,
      maskMatches(GLUED_EXTENSION, 'PHONE', (m) => !m[0].startsWith('X')),
    ),
    // As an id, not a name: a name's mask would draw the capitalised platform into it ("WeChat").
    // Said to be the handle ("WeChat: zhangwei", "my Telegram id is ivanko"), a word no dictionary knows is one too.
    onlyWith(
      platform,
      maskMatches(PLATFORM_HANDLE, 'ID', (m) => looksLikeHandle(m[1]!, saidToBeHandle(m)), 1),
    ),
    onlyWith(
      /(?:sc|tg|kik|zalo|line|snap|ig|insta|threads)[ \t]*[:\uff1a]/iu,
      maskMatches(SHORT_PLATFORM_COLON, 'ID', (m) => looksLikeHandle(m[1]!, false), 1),
    ),
    // A Discord tag ("hollow_bones#4471") in a text that names Discord: the name and its four digits are one person's,
    // wherever in the sentence the tag stands ("ping me on discord, …", "… is my discord").
    onlyWith(
      /discord/i,
      maskMatches(DISCORD_TAG, 'ID', () => true, 1),
    ),
    // "QQ" or "LINE" written onto its digits ("QQ12345678", "matricola QQ0000") is one id: hidden whole, so what is
    // left never reads as a platform beside a placeholder.
    onlyWith(
      /QQ\d|LINE\d/,
      maskMatches(GLUED_PLATFORM_NUMBER, 'ID', () => true, 1),
    ),
    onlyWith(
      CJK_PLATFORM_WORD,
      maskMatches(
        CJK_PLATFORM_HANDLE,
        'ID',
        (m) => (looksLikeHandle(m[1]!, true) && !APP_WORDS.test(m[1]!)) || /^\d{5,}$/.test(m[1]!),
        1,
      ),
    ),
    onlyWith(
      userWord,
      maskMatches(USERNAME, 'NAME', (m) => looksLikeHandle(m[1]!, SAID_TO_BE.test(m[0]) && !isTheUser(m)), 1),
    ),
    // After the user-name rule, whose find stays a name ("my username is jsmith42").
    onlyWith(
      /\bmy\b|\bmi\b|\bmon\b|\bma\b|mein|\bmeu\b|minha|\bmio\b|\bmia\b|m\u00f3j|\bmoj|line\s+id/iu,
      maskMatches(OWN_ID, 'ID', ownIdOk, 1),
    ),
    // Each pattern below is read only where the word it needs is: most texts name no platform and no machine.
    onlyWith(
      new RegExp(HANDLE_HOSTS, 'iu'),
      maskMatches(
        HANDLE_ON,
        'NAME',
        (m) => looksLikeHandle(m[1]!, HANDLE_SAID_BEFORE.get().test(m.input.slice(0, m.index))),
        1,
      ),
    ),
    onlyWith(
      /\d/,
      onlyWith(
        new RegExp(MACHINE_WORDS, 'iu'),
        maskMatches(WORKSTATION, 'ID', () => true, 1),
      ),
    ),
  ];
}
