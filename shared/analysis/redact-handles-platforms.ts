import { isEnglishWord } from './english-dictionary';
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { ALL_STOPWORDS } from './redact-names-words';
import { type LazyPattern, lazyPattern } from './lazy-pattern';

/*
 * Promise 2: a handle on a platform names its owner as surely as their name: "my twitch is jennyplays", "add me on
 * steam: jennygamer99", "my onlyfans is mandy_rose", "mi insta es lucia.fer", "mon snap c'est juju_b", "folge mir
 * auf tiktok: kiki.dance". The handle is one word after the platform and "is" (in the languages employees write)
 * or a colon, or after "add me on …", "sígueme en …", "ajoute-moi sur …". A word that goes on the sentence ("my
 * insta is private", "my twitch is down", "mi insta es privada") is no handle: only one with a digit, "_" or "."
 * in it, or no word of the dictionaries, is hidden.
 */

const PLATFORM = String.raw`(?:twitch|steam|onlyfans|only\s?fans|insta(?:gram)?|ig|tik\s?tok|snap(?:chat)?|discord|telegram|tg|twitter|reddit|venmo|cash\s?app|youtube|yt|kik|threads|bluesky|bsky|mastodon|facebook|fb|github|xbox|gamertag|psn|playstation|roblox|epic|spotify|soundcloud|pinterest|tumblr|wechat|weixin|kakao|skype|bereal)`;
// Platforms that are everyday words too ("the line is", "steam is"): only after "my …" or "add me on …".
const WORD_PLATFORM = String.raw`(?:steam|line|signal|threads|epic|x)`;
const WORD_FOR = String.raw`(?:[ \t]+(?:name|handle|username|user[ \t]?name|user|id|tag|account|acc|@|nick|pseudo|usuario|cuenta|compte|konto|name))?`;
const IS = String.raw`(?:is|was|'s|’s|=|:|-|es|est|c'est|c’est|ist|é|è|jest|là|la|ay|adalah)`;
const WHOSE = String.raw`(?:my|his|her|their|our|your|mi|su|tu|mon|ma|son|sa|ton|mein|meine|sein|seine|ihr|ihre|dein|deine|il[ \t]+mio|o[ \t]+meu|a[ \t]+minha|mój|moje|moja)`;
const HANDLE = String.raw`@?([\p{L}\p{N}_][\p{L}\p{N}_.-]{1,29}[\p{L}\p{N}_])`;
// "my twitch is jennyplays", "her snap: juju_b", "mon snap c'est juju_b", "my x is jen_p" ("x is" alone is algebra).
const SAID = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:${WHOSE}[ \t]+(?:${PLATFORM}|${WORD_PLATFORM})|${PLATFORM})${WORD_FOR}[ \t]*${IS}(?![\p{L}])[ \t]*:?[ \t]*${HANDLE}(?![\p{L}\p{N}_@]|\.[\p{L}\p{N}])`,
  'giu',
);
// "add me on steam: jennygamer99", "follow her on insta jenny.p", "sígueme en insta lucia_fer", "ajoute-moi sur snap juju_b".
const ASKED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:(?:add|follow|find|message|dm|hit|friend|msg)[ \t]+(?:me|him|her|them|us)|sígueme|sigueme|agrégame|agregame|búscame|buscame|ajoute[ -]moi|suis[ -]moi|folge[ \t]+mir|adde[ \t]+mich|segui[ \t]+mi|seguimi|me[ \t]+segue)[ \t]+(?:on|in|at|en|sur|auf|su|no|na|w)[ \t]+(?:${PLATFORM}|${WORD_PLATFORM})(?:[ \t]*[:=-]|[ \t]+(?:at|as|under|como|comme|als|@|its|it's|it’s|is))?[ \t]*${HANDLE}(?![\p{L}\p{N}_@]|\.[\p{L}\p{N}])`,
  'giu',
);
// Blind round 27 (and 26's "snap me at kayleigh_xo_99"): the platform said as a verb, then where ("snap me at …", "dm
// her on …"); only a handle made as handles are (a digit, "_" or ".") is taken: "snap me at lunch" stays.
const VERB_PLATFORM = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:snap|snapchat|dm|insta|msg|message|whatsapp|hmu)[ \t]+(?:me|him|her|us|them)[ \t]+(?:at|on|@)[ \t]*${HANDLE}(?![\p{L}\p{N}_@]|\.[\p{L}\p{N}])`,
  'giu',
);
const MADE = /[\d_.]/u;
// Words that go on a sentence after "my insta is" in the languages employees write, beyond the dictionaries'.
const NOT_A_HANDLE =
  /^(?:private|public|down|gone|deleted|banned|blocked|hacked|privada|privado|pública|publica|bloqueada|bloqueado|borrada|privé|privée|public|publique|bloqué|bloquée|supprimé|privat|öffentlich|gesperrt|gelöscht|prywatne|prywatny|nul|nulle|genial|géniale)$/iu;

function isHandle(found: string): boolean {
  if (!/\p{L}/u.test(found)) return false;
  if (MADE.test(found)) return true;
  const lower = found.toLowerCase();
  return found.length >= 4 && !NOT_A_HANDLE.test(lower) && !ALL_STOPWORDS.has(lower) && !isEnglishWord(lower);
}

function hide(pattern: LazyPattern): Rule {
  return (text) =>
    text.replace(pattern.get(), (whole: string, found: string) => {
      if (!isHandle(found)) return whole;
      const at = whole.lastIndexOf(found);
      return whole.slice(0, at) + mask('NAME', found.length) + whole.slice(at + found.length);
    });
}

const hideSaid = hide(SAID);
const hideAsked = hide(ASKED);
const hideVerbed: Rule = (text) =>
  text.replace(VERB_PLATFORM.get(), (whole: string, found: string) => {
    if (!MADE.test(found) || !/\p{L}/u.test(found)) return whole;
    const at = whole.lastIndexOf(found);
    return whole.slice(0, at) + mask('NAME', found.length) + whole.slice(at + found.length);
  });
const PLATFORM_GATE = lazyPattern(String.raw`${PLATFORM}|${WORD_PLATFORM}[ \t]`, 'iu');

/** Hides a handle said after its platform (see above). */
export const maskHandlesAfterPlatforms: Rule = (text) =>
  PLATFORM_GATE.get().test(text) ? hideVerbed(hideAsked(hideSaid(text))) : text;
