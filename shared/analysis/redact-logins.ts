import { isEnglishWord } from './english-dictionary';
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { type LazyPattern, lazyPattern, patternOf } from './lazy-pattern';

/*
 * Attack round 19 (finding I): the writer's own company login was kept. A login is the one thing IT can turn into a
 * person in a second, so each way people write one at work is hidden as [ID]:
 * - a domain and an account joined by a backslash: "ACME\jdoe", "corp\j.doe" (also when the names rule already took
 *   a part of it: "corp\[NAME].doe");
 * - an account after the word for it: "my AD account jdoe7", "login: m.kowalski", "username is jdoe_ops", "mon
 *   identifiant est jdupont3", "mein Benutzername ist mmueller2"; only what looks made (a digit, a dot, an underscore
 *   or a hyphen in it), as "my login is broken" has a word there;
 * - an account to reach someone at: "ping jdoe7 on the intranet chat", "dm jsmith2 on teams";
 * - what a badge says: "my badge says J.DOE-7";
 * - a home folder or a people page that holds one: "C:\Users\jdoe7", "\\fs01\home\jdoe7", "intranet/people/jdoe7",
 *   "go/who/jdoe7" (hidden whole, as [URL]);
 * - a mailbox on the company's own network spelled out: "jsmith2 at corp dot local".
 */

const MASKS = String.raw`\uE000-\uE006`;
const ACCOUNT = String.raw`[\p{L}\p{N}_${MASKS}](?:[\p{L}\p{N}_.$${MASKS}-]{0,38}[\p{L}\p{N}_$${MASKS}])?`;
const MADE = lazyPattern(String.raw`[\d_.\-${MASKS}]`, 'u');

// "ACME\jdoe": a domain, one backslash, an account; not a share (two backslashes) nor a Windows path ("C:\").
const DOMAIN_ACCOUNT = lazyPattern(
  String.raw`(?<![\p{L}\p{N}\\:/])[\p{L}][\p{L}\p{N}.-]{0,19}\\${ACCOUNT}(?![\p{L}\p{N}\\/])`,
  'gu',
);

const LOGIN_WORDS = String.raw`(?:(?:ad|network|windows|domain|sso|okta|citrix|vpn|employee|staff|login) id|ad|(?:(?:ad|network|windows|domain|sso|okta|citrix|sap|vpn|email|work|company|employee|staff|user) )?(?:account|acct|log-?in|logon|user ?name|user ?id|userid|uid|login id|alias|benutzername|benutzerkennung|kennung|identifiant|nom d'utilisateur|usuario|nombre de usuario|cuenta|utente|nome utente|nazwa uzytkownika|login uzytkownika))`;
const AFTER_WORD = lazyPattern(
  String.raw`(?<![\p{L}])${LOGIN_WORDS}(?:[ \t]+(?:is|was|es|est|ist|e|è|to|jest))?(?:[ \t]*[:=-][ \t]*|[ \t]+)['"]?(${ACCOUNT})`,
  'giu',
);

// "I log in as okwame", "signed in as tnguyen": after "as", an account, whatever it looks like, unless it is a word
// ("log in as usual", "sign in as a guest").
const AS_LOGIN = lazyPattern(
  String.raw`(?<![\p{L}])(?:log(?:ged|ging|s)?[ \t]?(?:in|on)|sign(?:ed|ing|s)?[ \t]?in)[ \t]+as[ \t]+(${ACCOUNT})`,
  'giu',
);

const REACH = lazyPattern(
  String.raw`(?<![\p{L}])(?:ping|dm|pm|msg|message|slack|teams|skype|im|chat with|write to|email)[ \t]+(?:me[ \t]+)?(?:at[ \t]+|@)?(${ACCOUNT})(?=[ \t]+(?:on|in|via|over|at)[ \t]+(?:the[ \t]+)?(?:intranet|teams|slack|chat|skype|lync|jabber|workplace|yammer|webex|zoom|sametime|company|internal)\b)`,
  'giu',
);

const BADGE = lazyPattern(
  String.raw`(?<![\p{L}])(?:badge|lanyard|id card|name tag|nametag|tag)[ \t]+(?:says|reads|shows|has|is|:)[ \t]*:?[ \t]*['"]?(${ACCOUNT})`,
  'giu',
);

// "H:\jdoe7", "/home/jdoe7/reports": a home drive or a Unix home folder named after its owner.
const HOME_DRIVE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:[a-z]:\\(?=[\p{L}\p{N}._-]*\d)[\p{L}\p{N}._-]+|\/(?:home|users)\/[\p{L}\p{N}._-]+)(?:[\\/][^\s<>"']*)?`,
  'giu',
);
const HOME_FOLDER = lazyPattern(
  String.raw`(?:[a-z]:|\\\\[\p{L}\p{N}._$-]+|(?<![\p{L}\p{N}])(?:intranet|go|wiki|portal|sharepoint|people|who|directory|profiles?))(?:[\\/][\p{L}\p{N}._$-]+)*?[\\/](?:users|home|homes|profiles?|people|who|staff|employees|u|~)[\\/]${ACCOUNT}(?:[\\/][^\s<>"']*)?`,
  'giu',
);

// A dot written as a dot has no space around it ("times. Internal" is two sentences); "dot" spelt out has spaces.
const AT = String.raw`(?:[ \t]*@[ \t]*|[ \t]+(?:at|\(at\)|\[at\])[ \t]+)`;
const DOT = String.raw`(?:\.|[ \t]+(?:dot|\(dot\)|\[dot\])[ \t]+)`;
const LOCAL_MAIL = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${ACCOUNT}${AT}[\p{L}\p{N}-]+(?:${DOT}[\p{L}\p{N}-]+)*${DOT}(?:local|localdomain|corp|internal|intranet|lan)(?![\p{L}\p{N}])`,
  'giu',
);

const hideWhole =
  (pattern: RegExp | LazyPattern, kind: 'ID' | 'URL' | 'EMAIL'): Rule =>
  (text) =>
    text.replace(patternOf(pattern), (whole) => mask(kind, whole.length));

const hideAccount =
  (pattern: RegExp | LazyPattern, accept: (account: string) => boolean): Rule =>
  (text) =>
    text.replace(patternOf(pattern), (whole: string, account: string) => {
      if (!accept(account)) return whole;
      const at = whole.lastIndexOf(account);
      return whole.slice(0, at) + mask('ID', account.length) + whole.slice(at + account.length);
    });

const made = (account: string) => MADE.get().test(account) && /\p{L}/u.test(account);
// "ACME\jdoe", "corp\john.doe", "plant2\r.okoro"; "work\life" and "average\ok" are words with a slash typed wrong.
// Only a backslash: "PCA/Colorado", "ACA/Medicaid", "BPO/onshore" in reviews are pairs, not logins.
const hideDomainAccounts: Rule = (text) =>
  text.replace(DOMAIN_ACCOUNT.get(), (whole) => {
    const [, account = ''] = whole.split('\\');
    // A login is an account no dictionary has ("jdoe", "msmith"): "work\life" is two words.
    const noWord = /[\d._]/u.test(account) || !isEnglishWord(account.toLowerCase());
    // An account has a small letter or a digit and three characters at least ("average\ok" has not).
    const accountLike = account.length >= 3 && /[\p{Ll}\d]/u.test(account) && /\p{L}/u.test(account);
    return noWord && accountLike ? mask('ID', whole.length) : whole;
  });
const hideAfterWord = hideAccount(AFTER_WORD, made);
const hideReach = hideAccount(REACH, made);
const hideAsLogin = hideAccount(AS_LOGIN, (account) => made(account) || !isEnglishWord(account.toLowerCase()));
const hideBadge = hideAccount(BADGE, made);
const hideHomeFolders: Rule = (text) => hideWhole(HOME_DRIVE, 'URL')(hideWhole(HOME_FOLDER, 'URL')(text));
const hideLocalMail = hideWhole(LOCAL_MAIL, 'EMAIL');

const LOGIN_GATE =
  /account|acct|log-?in|log ?in|logon|log on|user|uid|alias|kennung|identifiant|usuario|cuenta|utente|uzytkownika|\bad\b|\bid\b|sign ?in/iu;
const REACH_GATE =
  /(?:intranet|teams|slack|chat|skype|lync|jabber|workplace|yammer|webex|zoom|sametime|company|internal)/iu;
const BADGE_GATE = /(?:badge|lanyard|id card|name ?tag|tag)/iu;
const LOCAL_GATE = /(?:local|corp|internal|intranet|lan)/iu;

/** A company login written into the text, in the ways listed above, hidden. */
export const maskWorkLogins: Rule = (text) => {
  let out = text;
  if (out.includes('\\') || /[\\/](?:users|home|homes|profiles?|people|who|staff|employees|u|~)[\\/]/iu.test(out)) {
    out = hideHomeFolders(out);
  }
  if (out.includes('\\')) out = hideDomainAccounts(out);
  if (LOGIN_GATE.test(out)) out = hideAsLogin(hideAfterWord(out));
  if (REACH_GATE.test(out)) out = hideReach(out);
  if (BADGE_GATE.test(out)) out = hideBadge(out);
  if (LOCAL_GATE.test(out)) out = hideLocalMail(out);
  return out;
};
