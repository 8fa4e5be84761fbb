import { isEnglishWord } from './english-dictionary';
import { isGivenName } from './given-names';
import { ALL_STOPWORDS } from './redact-names-words';
import { isCommonSurname } from './surnames';
import { identifierRules } from './redact-identifiers';
import { maskMatches, onlyWith, type Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/* Emails, URLs and social handles, written plainly, spelled out or a letter at a time. */

// Attack round 26: an apostrophe inside the local part ("jean-baptiste.n'diaye@orange.fr") is part of the address.
const EMAIL = lazyPattern(
  String.raw`[\p{L}\p{N}._%+-]+(?:['’][\p{L}\p{N}._%+-]+)*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`,
  'gu',
);
// "jsmith@corp", "dave_k@intranet", and "p.okafor@" followed by nothing: still someone's address.
const PARTIAL_EMAIL = lazyPattern(
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]*[\p{L}\p{N}]@(?:[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*)?(?![\p{L}\p{N}@[\uE000-\uE006])`,
  'gu',
);
// Spelled out: "john dot smith at example dot com", "jsmith [at] corp", "tom @ example . com".
// "at" and "dot" as other languages say them: "j.weiss ät firma punkt de",
// "maria.garcia arroba empresa punto es", "claire arobase orange point fr",
// "kasia małpa wp kropka pl", "giulia chiocciola libero punto it"; and as French and Vietnamese
// speakers also say it: "claire chez orange point fr", "lan a còng congty chấm vn".
// Turkish says "et" and "nokta" ("ali nokta kaya et gmail nokta com"): "et" is French's "and", so only before a
// domain whose dots are said as "nokta".
// Blind round 27's attacker: Russian and Ukrainian say "собака" (dog) and "точка" ("ivan.zhdanov собака mail точка ru").
const AT_WORD = String.raw`(?:at|ät|arroba|arobase|arobas|chez|a còng|małpa|malpa|chiocciola|klammeraffe|snabel-a|apenstaartje|et|собака|собачка|равлик)`;
const DOT_WORD = String.raw`(?:dot|punkt|punto|point|kropka|ponto|punt|pünktchen|chấm|nokta|точка|крапка)`;
const BRACKETED_AT = String.raw`\s*(?:\(\s*${AT_WORD}\s*\)|\[\s*${AT_WORD}\s*\]|\{\s*${AT_WORD}\s*\}|<\s*${AT_WORD}\s*>|@)\s*`;
const SPELLED_DOT = String.raw`(?:\s*(?:\(\s*${DOT_WORD}\s*\)|\[\s*${DOT_WORD}\s*\]|\{\s*${DOT_WORD}\s*\}|<\s*${DOT_WORD}\s*>)\s*|\s+${DOT_WORD}\s+|\s\.\s|\.)`;
const LABEL = String.raw`[\p{L}\p{N}_%+-]+`;
// "_" and "-" said in a name's part: "jane underscore doe at outlook dot com", "paul guion bajo ruiz arroba …".
const JOIN_WORD = String.raw`(?:underscore|under score|dash|hyphen|gui[oó]n bajo|gui[oó]n|tiret bas|tiret|unterstrich|bindestrich|trattino basso|trattino|podkre[śs]lnik|my[śs]lnik|sublinhado|h[íi]fen|tra[çc]o)`;
const LOCAL_PART = String.raw`${LABEL}(?:(?:${SPELLED_DOT}|\s+${JOIN_WORD}\s+)${LABEL})*`;
const SPELLED_EMAIL = lazyPattern(
  String.raw`(?<![\p{L}\p{N}._%+-])(${LOCAL_PART})(${BRACKETED_AT}|\s+${AT_WORD}\s+)(${LABEL}(?:${SPELLED_DOT}${LABEL})*)`,
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
  /^(?:com|org|net|edu|gov|io|co|uk|us|ca|au|de|fr|es|it|nl|pl|pt|br|mx|in|ie|ru|cn|jp|kr|za|ng|ke|info|biz|me|vn|ph|th|tw|hk|sg|tr|gr|ro|hu|cz|ch|be|se|dk|fi|ar|cl|pe|ua|ae|sa|pk|bd|lk|nz)$/i;

// Spoken with the person's name before it, as two words: "j smith at acme dot com", "jane doe (at) acme (dot) co
// (dot) uk", "john smith at gmail dot com". Read before SPELLED_EMAIL, which would take "smith at acme dot com" and
// leave "j" beside it, or refuse "smith" as an English word and leave the domain.
const NAME_SPOKEN_EMAIL = lazyPattern(
  String.raw`(?<![\p{L}\p{N}._%+-])(\p{L}[\p{L}'’-]*)[ \t]+(\p{L}[\p{L}'’-]*)(${BRACKETED_AT}|\s+${AT_WORD}\s+)(${LABEL}(?:${SPELLED_DOT}${LABEL})*)`,
  'giu',
);

/**
 * The first word an initial ("j", not "a", "i", "o", "e", "y", "u": words of their own) or a given name, the second
 * no function word nor a verb's form ("Mark works at acme.com" is where Mark works), and the domain plainly one.
 */
function nameSpokenEmailOk(m: RegExpExecArray): boolean {
  const [, first, second, at, domain] = m as unknown as [string, string, string, string, string];
  const firstLower = first.toLowerCase();
  const secondLower = second.toLowerCase();
  const initial = /^[b-df-hj-np-tv-xz]$/u.test(firstLower);
  if (!initial && !(isGivenName(firstLower) && !ALL_STOPWORDS.has(firstLower))) return false;
  // "St. Paul MN at some point in": a state's or a team's capitals are no surname.
  if (/^\p{Lu}{2,}$/u.test(second)) return false;
  const named = isCommonSurname(secondLower) || isGivenName(secondLower);
  if (!named && (ALL_STOPWORDS.has(secondLower) || /(?:s|ed|ing)$/u.test(secondLower))) return false;
  return spelledEmailOk([m[0], second, at, domain] as unknown as RegExpExecArray, true);
}

const maskNameSpokenEmails = maskMatches(NAME_SPOKEN_EMAIL, 'EMAIL', nameSpokenEmailOk);
// A refused match may hold the address further on ("reach me at jane dot doe at yahoo"): read again from inside it.
const maskSpelledEmails = maskMatches(SPELLED_EMAIL, 'EMAIL', (m) => spelledEmailOk(m), 0, true);
// What every such address holds besides its "at": a dot said or written before a domain's part, or a mail service.
// Most texts with an "at" have neither, and skip the two-word pattern.
const DOMAIN_HINT = lazyPattern(
  String.raw`(?<![\p{L}])${DOT_WORD}(?![\p{L}])|\.[a-z]{2}|gmail|yahoo|hotmail|outlook|icloud|proton|gmx|orange`,
  'iu',
);

// Built once: the check runs on every "at" between two words ("look at this").
const SPELLED_DOT_SPLIT = lazyPattern(SPELLED_DOT, 'iu');

function spelledEmailOk(m: RegExpExecArray, named = false): boolean {
  const [, local, at, domain] = m as unknown as [string, string, string, string];
  const labels = domain.split(SPELLED_DOT_SPLIT.get());
  // English "at" with another language's "point", "punto" is a sentence ("MN at some point in 2019"), not an address.
  const dotsSaidInEnglish =
    !/^\s*at\s*$/iu.test(at) || !/\s(?:punkt|punto|point|kropka|ponto|punt|точка|крапка)\s/iu.test(domain);
  const spelledOut = labels.length > 1 && TOP_LEVEL.test(labels[labels.length - 1]!) && dotsSaidInEnglish;
  const provider = MAIL_PROVIDERS.has(labels[0]!.toLowerCase());
  // "jsmith [at] corp" says what it is; "me @jdoe" is a handle unless a domain follows.
  if (/[([{<]/.test(at)) return true;
  if (/^\s*et\s*$/iu.test(at)) return spelledOut && /\snokta\s/iu.test(domain);
  // "arroba", "małpa": words that mean "@" and nothing a sentence would put there otherwise.
  if (!/^\s*(?:at|ät|@)\s*$/iu.test(at)) return spelledOut || provider;
  if (at.includes('@')) return spelledOut || provider;
  // "at" as a word: only when the rest is plainly an address, and the part before
  // it is no everyday word ("look at example.com" is a URL, not an email).
  const localLower = local.toLowerCase();
  // A surname that is also a word is someone's too before a spelled-out domain ("smith at acme dot com"), not before a
  // provider's name alone ("a typical day at comcast").
  const localLooksPersonal =
    named ||
    /[._\d-]/.test(local) ||
    /\s/.test(local) ||
    !isEnglishWord(localLower) ||
    isGivenName(localLower) ||
    (isCommonSurname(localLower) && spelledOut);
  return localLooksPersonal && (spelledOut || provider);
}

// Spelled in Chinese, Japanese or Korean, where no space parts the words: "zhangwei艾特qq点com", "tanaka アットマーク
// gmail ドット com", "minsu 골뱅이 naver 닷 com". The address is in Latin letters and digits (a QQ number alone is one),
// so the Han before it ("我的邮箱是") is not taken; it must end in a domain ending or name a mail provider.
const CJK_AT = String.raw`(?:\u827e\u7279|\u5708a|\u30a2\u30c3\u30c8\u30de\u30fc\u30af|\u30a2\u30c3\u30c8|\uace8\ubc45\uc774|\uc573|@|at)`;
const CJK_DOT = String.raw`(?:\u70b9|\u9ede|\u30c9\u30c3\u30c8|\ub2f7|\ub3c4\ud2b8|\.|dot)`;
const CJK_SPELLED_EMAIL = lazyPattern(
  String.raw`(?<![A-Za-z0-9._%+-])([A-Za-z0-9][A-Za-z0-9._%+-]*)\s*${CJK_AT}\s*([A-Za-z0-9-]+(?:\s*${CJK_DOT}\s*[A-Za-z0-9-]+)*)(?![A-Za-z0-9])`,
  'giu',
);
const CJK_SPELLING =
  /\u827e\u7279|\u5708a|\u30a2\u30c3\u30c8|\uace8\ubc45\uc774|\uc573|\u70b9|\u9ede|\u30c9\u30c3\u30c8|\ub2f7|\ub3c4\ud2b8/u;

function cjkSpelledEmailOk(m: RegExpExecArray): boolean {
  if (!CJK_SPELLING.test(m[0])) return false;
  const labels = m[2]!.split(new RegExp(CJK_DOT, 'iu')).map((label) => label.trim());
  return (
    (labels.length > 1 && TOP_LEVEL.test(labels[labels.length - 1]!)) || MAIL_PROVIDERS.has(labels[0]!.toLowerCase())
  );
}

// A letter at a time: "m a r t a @ f i r m a . p l".
// Blind round 12: the domain may be written whole with spaced dots ("k a t i e . m i l l s @ gmail . com").
const LETTER_SPACED_EMAIL = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])[\p{L}\p{N}](?: [\p{L}\p{N}._-])+ ?@ ?(?:[\p{L}\p{N}](?: [\p{L}\p{N}._-])+|[\p{L}\p{N}-]+(?: ?\. ?[\p{L}\p{N}-]+)+)(?![\p{L}\p{N}])`,
  'gu',
);

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']*[^\s<>"'.,;:!?)\]]/giu;
// A bare domain with a path: "linkedin.com/in/jsmith", "t.me/kowal77", "tiktok.com/@dave.k".
const BARE_URL = lazyPattern(
  String.raw`(?<![\p{L}\p{N}@.-])(?:[a-z0-9-]+\.)+(?:com|org|net|io|me|co|uk|de|fr|es|it|nl|pl|ru|in|au|ca|us|info|biz|app|dev|ly|gl|gg|tv|be|link)\/[^\s<>"']*[^\s<>"'.,;:!?)\]]`,
  'giu',
);
// Spelled out to get past a filter: "github dot com slash jsmith", "twitter(dot)com/jsmith88",
// "linkedin dot com slash in slash dave-k". A path is what makes it someone's page.
const SPOKEN_DOT = String.raw`(?:\s+dot\s+|\s*[([{<]\s*dot\s*[)\]}>]\s*|\.)`;
const SPOKEN_SLASH = String.raw`(?:\s+slash\s+|\s*[([{<]\s*slash\s*[)\]}>]\s*|\s*\/\s*)`;
const SPOKEN_URL = lazyPattern(
  String.raw`(?<![\p{L}\p{N}_.-])[\p{L}\p{N}-]+(?:${SPOKEN_DOT}[\p{L}\p{N}-]+)*?${SPOKEN_DOT}(?:com|org|net|io|me|co|uk|de|fr|es|it|nl|pl|ru|in|au|ca|us|info|biz|app|dev|ly|gl|gg|tv|be|link)(?:${SPOKEN_SLASH}[\p{L}\p{N}_@~-](?:[\p{L}\p{N}_.@~-]*[\p{L}\p{N}_@~-])?)+`,
  'giu',
);
const SPOKEN_LINK_WORD = /\b(?:dot|slash)\b/i;
// "the dot com slash era" is talk about the web, not an address.
const NOT_A_DOMAIN = /^(?:the|a|an|this|that|my|your|our|his|her|their|its|no|one)\b/i;
// A social handle names a person as surely as their name does. A dot or dash right before "@" belongs to an email's
// first part only after a letter or digit: ".@maria_l" (a reply made public), " -@jdoe" are handles.
const HANDLE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}_%+@]|[\p{L}\p{N}_%+@][.-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\p{L}\p{N}_])`,
  'gu',
);
// In any other script too: "@张伟 你好", "@Иван". Chinese writes the mention up to a space or a mark, so the whole
// run of letters after "@" is taken.
// A Reddit user as Reddit writes one: "u/forkliftkev", "/u/dana_k". Not "w/o", "u/s" (unserviceable), "n/a".
const REDDIT_USER = lazyPattern(String.raw`(?<![\p{L}\p{N}_/])\/?u\/[A-Za-z0-9_-]{3,20}(?![\p{L}\p{N}_-])`, 'gu');
const OTHER_SCRIPT_HANDLE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}_%+@]|[\p{L}\p{N}_%+@][.-])@(?=[^\x00-\x7F])[\p{L}\p{M}\p{N}_]{1,30}(?![\p{L}\p{M}\p{N}_])`,
  'gu',
);

/** Emails, web addresses and handles, each run only on text with the character that can start one. */
export function contactRules(): Rule[] {
  return [
    onlyWith(/@/, maskMatches(EMAIL, 'EMAIL')),
    // Blind round 12: before the spelled-out emails, which take "s @ gmail . com" and leave "k a t i e . m i l l".
    onlyWith(
      / @ |\S \S ?@|@ ?\S \S/,
      maskMatches(LETTER_SPACED_EMAIL, 'EMAIL', (m) =>
        new RegExp(`^${EMAIL.get().source}$`, 'u').test(m[0].replace(/ /g, '')),
      ),
    ),
    onlyWith(/https?:|www\./i, maskMatches(URL, 'URL')),
    onlyWith(/\//, maskMatches(BARE_URL, 'URL')),
    onlyWith(
      /dot|slash/i,
      maskMatches(SPOKEN_URL, 'URL', (m) => SPOKEN_LINK_WORD.test(m[0]) && !NOT_A_DOMAIN.test(m[0])),
    ),
    // "at" inside "that" or "great" is no reason to read the long pattern: only "at" (or its like) as a word.
    onlyWith(new RegExp(String.raw`@|(?:^|[\s([{<])${AT_WORD}(?:$|[\s)\]}>])`, 'iu'), (text) =>
      maskSpelledEmails(DOMAIN_HINT.get().test(text) ? maskNameSpokenEmails(text) : text),
    ),
    onlyWith(CJK_SPELLING, maskMatches(CJK_SPELLED_EMAIL, 'EMAIL', cjkSpelledEmailOk)),
    onlyWith(
      /@/,
      maskMatches(PARTIAL_EMAIL, 'EMAIL', (m) => m[0].indexOf('@') >= 2),
    ),
    onlyWith(/@/, maskMatches(HANDLE, 'NAME')),
    onlyWith(/@[^\x00-\x7F]/, maskMatches(OTHER_SCRIPT_HANDLE, 'NAME')),
    onlyWith(/u\//, maskMatches(REDDIT_USER, 'NAME')),
    // IP addresses, extensions, chat handles, user names and workstation tags: before the numbers rules read their digits.
    ...identifierRules(),
  ];
}
