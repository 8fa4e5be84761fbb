import { isEnglishWord } from './english-dictionary';
import { isGivenName } from './given-names';
import { isCommonSurname } from './surnames';
import { ALL_STOPWORDS, DEPARTMENTS, DETERMINERS, NOT_NAMES, ROLE_CUES, TITLES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Attack round 30 (atp30 F3): what a person did to someone, written after their name, reached the sponsor with the
 * name whole when the name is also a word: "Frank pushed me", "Grace groped me", "yesterday Miller pushed me into
 * the racking", "Brewer grabbed my arm", "Cooper keeps pushing people", "Rusty chained the fire door". The names
 * rule takes a name that is a word only before a short list of deeds ("Frank hit me"), and never an occupational
 * surname (Miller, Fisher, Brewer, Cooper), which the dictionary knows as a word. Here the deed decides:
 * - what one person does to another, with whom it was done to ("pushed me", "groped her", "spat on us", "followed
 *   her home", "keeps pushing people"), or what is done to a safeguard ("chained the door", "removed the guard");
 * - opening a sentence, where every word has its capital, the word must be a given name or a surname of the lists,
 *   and no feeling or season ("Hope pushed me to finish", "Summer hit us hard" stay);
 * - inside a sentence, where English gives a capital only to a name, any word with its capital but a word of
 *   function, a role, a department or a title ("and then Management pushed us" stays).
 */

const TO_SOMEONE =
  'pushed|pushes|shoved|shoves|punched|punches|kicked|kicks|slapped|slaps|hit|hits|groped|gropes|grabbed|grabs|touched|touches|fondled|fondles|cornered|corners|stalked|stalks|spat|spits|insulted|insults|cursed|curses|kissed|kisses|hugged|hugs|pinched|pinches|tripped|trips|choked|chokes|strangled|strangles|elbowed|elbows|headbutted|shook|bit|bites|scratched|slammed|threw|throws|attacked|attacks|assaulted|assaults|beat|beats|hurt|hurts|injured|injures|burned|burnt|harassed|harasses|bullied|bullies|mocked|mocks|humiliated|humiliates|belittled|belittles|threatened|threatens|intimidated|intimidates|screamed|screams|yelled|yells|shouted|shouts|swore|swears|fired|fires|sacked|demoted|suspended|docked|robbed|cheated|blackmailed|blackmails|flashed|exposed|filmed|photographed|recorded|outed|doxxed|locked|trapped|drugged';
const SOMEONE =
  'me|him|her|us|them|you|my|his|our|their|your|people|women|men|girls|boys|guys|someone|somebody|everyone|everybody|anyone|another|new|coworkers|co-workers|workers|staff|temps|at|on|into|in';
// What is done to a safeguard: with its thing after "the", "a", "our" ("chained the door", "removed the guard").
const TO_SAFEGUARD =
  'chained|chains|removed|removes|disabled|disables|blocked|blocks|bypassed|bypasses|unplugged|unplugs|propped|props|jammed|jams|tampered|taped|wedged|switched|turned|took';
const ON_A_THING = 'the|a|an|our|my|both|every|all|off';
const ING =
  'pushing|shoving|punching|kicking|slapping|hitting|groping|grabbing|touching|cornering|following|stalking|spitting|insulting|cursing|kissing|hugging|pinching|tripping|choking|harassing|bullying|mocking|humiliating|belittling|threatening|intimidating|screaming|yelling|shouting|swearing|filming|photographing|chaining|removing|disabling|blocking|bypassing|propping';
// Words that may stand between the person and the deed: "Miller just shoved me", "Frank has been groping her".
const BETWEEN = String.raw`(?:(?:just|then|also|again|deliberately|intentionally|purposely|repeatedly|even|literally|actually|physically|sexually|verbally|constantly|still|once|twice|always|never|almost|nearly|has|had|has[ \t]+been|had[ \t]+been)[ \t]+)?`;
// Followed: only a person ("followed her home"), never a practice ("follows their philosophy").
const FOLLOWED = String.raw`(?:followed|follows|stalked)[ \t]+(?:me|him|her|us|them|you)`;
const DEED = String.raw`(?:${FOLLOWED}|(?:keeps|kept|is|was|been|started|starts|stopped|won't[ \t]+stop|wont[ \t]+stop)[ \t]+(?:${ING})|(?:${TO_SOMEONE})[ \t]+(?:${SOMEONE})|(?:${TO_SAFEGUARD})[ \t]+(?:${ON_A_THING}))(?![\p{L}])`;

const NAME = String.raw`(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)`;
const NAME_BEFORE_DEED = lazyPattern(String.raw`(?<![\p{L}\p{N}'\u2019.@#-])${NAME}(?=[ \t]+${BETWEEN}${DEED})`, 'gu');
const GATE = lazyPattern(
  String.raw`\p{Lu}\p{Ll}+[ \t]+\S+[ \t]+(?:\S+[ \t]+)?(?:${SOMEONE}|${ON_A_THING}|${ING})\b`,
  'u',
);

// Feelings, virtues, seasons and weather that open a sentence as what moved someone: "Hope kept me going".
const NOT_PEOPLE_OPENING = new Set(
  `hope faith joy love fate karma luck destiny justice truth mercy charity patience glory honor honour liberty
  harmony serenity heaven summer winter autumn spring fall storm rain thunder frost snow wind sunny stormy
  trinity unity`.split(/\s+/),
);

/** Whether the capital at `at` opens its sentence: the text's start, or after a stop, a line's end or a bullet. */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(0, at).replace(/[ \t"\u201C'\u2018([*\u2022-]+$/u, '');
  return before === '' || /[.!?:;\n]$/u.test(before);
}

/** "the Forklift hit me", "our Gate Guard": a thing or a role with its capital, after an article or an owner. */
function afterDeterminer(text: string, at: number): boolean {
  const previous = /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.toLowerCase();
  return previous !== undefined && (DETERMINERS.has(previous) || /^(?:my|our|his|her|their|your|its)$/u.test(previous));
}

// Names people go by at work that are also words, and no list of given names holds: "Rusty pushed me".
const NICKNAMES = new Set(
  `rusty chip cliff tanner deacon royal buddy butch duke ace sparky smokey spike lefty shorty dusty skip tex
  slim stretch bubba`.split(/\s+/),
);

/** "Worthington Industries follows…": a capital after another capital is the rest of a firm's or a place's name. */
function afterCapital(text: string, at: number): boolean {
  return /(?:^|[^\p{L}])\p{Lu}[\p{L}]*[ \t]+$/u.test(text.slice(Math.max(0, at - 30), at));
}

/*
 * Round 31: given names that are modal verbs ("Will pushed me", "May slapped her"): a modal is followed by a verb's
 * bare form ("will push"), so a past or an "-s" form after it, or "is", "has", "keeps", says a person. "Will hit me"
 * (the bare form is the past too) stays a verb.
 */
const MODAL_NAMES = new Set(['will', 'may']);
const NOT_AFTER_A_MODAL = lazyPattern(
  String.raw`^[ \t]+${BETWEEN}(?:\p{L}+(?:ed|[^s]s)|threw|spat|bit|shook|swore|burnt|took|kept|is|was|has|had|been)(?![\p{L}])`,
  'u',
);

function isPerson(text: string, at: number, word: string): boolean {
  const lower = word.toLowerCase();
  if (MODAL_NAMES.has(lower)) return NOT_AFTER_A_MODAL.get().test(text.slice(at + word.length));
  if (ALL_STOPWORDS.has(lower) || DETERMINERS.has(lower) || NOT_NAMES.has(lower)) return false;
  if (ROLE_CUES.has(lower) || DEPARTMENTS.has(lower) || TITLES.has(lower)) return false;
  if (!opensSentence(text, at)) return !afterDeterminer(text, at) && !afterCapital(text, at);
  if (NOT_PEOPLE_OPENING.has(lower)) return false;
  return isGivenName(lower) || isCommonSurname(lower) || NICKNAMES.has(lower) || !isEnglishWord(lower);
}

/** Hides a name that is also a word before what a person did to someone (see above). */
export const maskWordlikeNamesBeforeDeeds: Rule = (text) => {
  if (!GATE.get().test(text)) return text;
  return text.replace(NAME_BEFORE_DEED.get(), (word: string, _name: string, at: number) =>
    isPerson(text, at, word) ? mask('NAME', word.length) : word,
  );
};
