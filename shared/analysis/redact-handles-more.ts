import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { type LazyPattern, lazyPattern, patternOf } from './lazy-pattern';

/*
 * Blind round 13: handles and addresses the other rules left in part.
 * - A platform, then the writer's words for "my … is" in Tagalog, Vietnamese, Indonesian ("fb ko po ay
 *   jhunjhun.delacruz", "zalo e là bebi_ngoc99", "ig saya adalah rina_88"); Zalo is a messaging app as WeChat is.
 *   Only a handle that looks made (a digit, an underscore or a dot in it), as a word may follow those words.
 * - A mail service's name, then the address spelled a character at a time without its "@" ("my gmail:
 *   r o s a l i n d . k 8 8"): hidden whole, as an email; the names rule would take the letters of the name alone.
 * - The rest of a handle joined by hyphens after its first part was hidden ("@trey-w-1994" read as "[NAME]-w-1994").
 */

const HANDLE_BODY = String.raw`[\p{L}\p{N}_][\p{L}\p{N}_.-]{1,29}[\p{L}\p{N}_]`;
// r38: "ig ko po …", "snap ko: …", "twitter ko …": the short names and the other sites, as Taglish writes them.
const PLATFORM = String.raw`(?:zalo|fb|facebook|messenger|insta(?:gram)?|ig|tiktok|telegram|viber|snap(?:chat)?|twitter|threads|kumu)`;
// "ko" (my), "po" (politeness), "ay" (is) in Tagalog; "e"/"em" (I, me), "của", "tôi", "mình", "là" (is) in
// Vietnamese; "saya", "aku", "ku" (my), "adalah" (is) in Indonesian; "id", a colon.
const FILLER = String.raw`(?:ko|po|ay|ni|e|em|anh|chị|chi|của|cua|tôi|toi|mình|minh|là|la|saya|aku|ku|adalah|id|:)`;
const PLATFORM_THEN_HANDLE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${PLATFORM}(?:[ \t]*${FILLER}(?![\p{L}]))+[ \t]*(${HANDLE_BODY})(?![\p{L}\p{N}_#@])`,
  'giu',
);
const MADE = /[\d_.]/u;
// Blind round 16: "his @ is forkliftfrankie_", "her insta @ is big.sal.deals", "my username is dj_kev": a handle
// said with its "@" or its word; after "@" any word is one, after "handle" or "username" one that looks made.
const HANDLE_SAID = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(@|handle|user[ \t]?name|ig|insta(?:gram)?|tiktok|snap(?:chat)?|twitter)[ \t]+(?:is|was|=|:|es|é|est|ist|là|la|ay)[ \t]*:?[ \t]*@?(${HANDLE_BODY})(?![\p{L}\p{N}_#@])`,
  'giu',
);

const MAIL = String.raw`(?:g-?mail|googlemail|yahoo|hotmail|outlook|icloud|proton(?:mail)?|e-?mail|correo|courriel)`;
const SPELLED_AFTER_MAIL = lazyPattern(
  String.raw`(?<![\p{L}])${MAIL}(?:[ \t]+(?:is|es|est|ist|là|ko|ay|adalah|é|e))?[ \t]*[:=]?[ \t]*((?:[\p{L}\p{N}_.-][ \t]){4,}[\p{L}\p{N}])(?![\p{L}\p{N}])`,
  'giu',
);

const NAME_MARK = mask('NAME', 1);
// Hyphened pieces, one with two digits or more and one with letters: "-w-1994"; "[NAME]-based" is a word.
const HYPHENED_REST = lazyPattern(
  String.raw`(?<=${NAME_MARK})-[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*(?=[ \t]*(?:[.,!?;:)]|$|\s))`,
  'gu',
);

function hideGroup(pattern: RegExp | LazyPattern, kind: 'ID' | 'EMAIL', accept: (found: string) => boolean): Rule {
  return (text) =>
    text.replace(patternOf(pattern), (whole: string, found: string) => {
      if (!accept(found)) return whole;
      const at = whole.lastIndexOf(found);
      return whole.slice(0, at) + mask(kind, found.length) + whole.slice(at + found.length);
    });
}

function hideSaidHandles(text: string): string {
  return text.replace(HANDLE_SAID.get(), (whole: string, cue: string, found: string) => {
    if (cue !== '@' && !(MADE.test(found) && /\p{L}/u.test(found))) return whole;
    const at = whole.lastIndexOf(found);
    return whole.slice(0, at) + mask('NAME', found.length) + whole.slice(at + found.length);
  });
}

const hideLocalHandles = hideGroup(PLATFORM_THEN_HANDLE, 'ID', (h) => MADE.test(h) && /\p{L}/u.test(h));
// Four letters or digits at least: "gmail is a b c d" may be a list.
const hideSpelledMail = hideGroup(SPELLED_AFTER_MAIL, 'EMAIL', (s) => (s.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 5);

// What each rule cannot match without, asked first: the platform as a word and a filler after it; a mail service and
// four characters spelled apart.
const PLATFORM_GATE = lazyPattern(
  // r38: the filler may end in a colon with no space before the handle ("fb ko:jhenny…", "fb ko: jhenny…").
  String.raw`(?:zalo|fb|facebook|messenger|insta|ig|tiktok|telegram|viber|snap|twitter|threads|kumu)[ \t]*${FILLER}[ \t:]`,
  'iu',
);
const MAIL_GATE = lazyPattern(MAIL, 'iu');
const SAID_GATE = /(?:@|handle|name|ig|insta|tiktok|snap|twitter)[ \t]+(?:is|was|=|:|es|é|est|ist|là|la|ay)[ \t:]/iu;
const SPELLED_GATE = lazyPattern(
  String.raw`(?:^|[ \t])[\p{L}\p{N}][ \t][\p{L}\p{N}_.][ \t][\p{L}\p{N}_.][ \t][\p{L}\p{N}]`,
  'u',
);

/** Handles after a platform in more languages, and addresses spelled after a mail service's name (see above). */
export const maskHandlesAndSpelledMail: Rule = (text) => {
  let out = text;
  if (PLATFORM_GATE.get().test(out)) out = hideLocalHandles(out);
  if (SAID_GATE.test(out)) out = hideSaidHandles(out);
  if (SPELLED_GATE.get().test(out) && MAIL_GATE.get().test(out)) out = hideSpelledMail(out);
  return out;
};

/** The rest of a handle after its hidden first part, hyphens and all (see above). */
export const maskHyphenedHandleRests: Rule = (text) => {
  if (!text.includes(`${NAME_MARK}-`)) return text;
  // Letters and digits both: "[NAME]-80 tanks" is a model's number.
  return text.replace(HYPHENED_REST.get(), (rest) =>
    /\d{2,}/u.test(rest) && /\p{L}/u.test(rest) ? mask('NAME', rest.length) : rest,
  );
};
