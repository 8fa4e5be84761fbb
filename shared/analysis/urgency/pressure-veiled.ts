import { lazyPattern } from '../lazy-pattern';
import { fold } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';

/*
 * Sexual pressure said in veiled words (att44, u46b): "he always asks me to stay late alone in his office and shuts the
 * door and stands real close", "the manager promised me the lead job if i \"make him happy\" this weekend", "my boss
 * sends me heart emojis at 2am and asks if im alone". No touch, no sex named: each read calm in English (the same
 * reports in Spanish, French, Vietnamese, Chinese and Arabic were read). Harassment: it reaches whoever owns it.
 *
 * Read in one sentence: being kept alone with him (stay late, called to his office) beside a door shut or him standing
 * too close; a job, a promotion or hours beside "make him happy" said in quotes or for a night, a weekend or alone;
 * messages at night (2am, midnight) or hearts and kisses beside asking if she is alone, in bed or what she wears. Calm
 * beside them: staying late for the inventory, "make the customer happy", a heart on a baby's photo, "are you alone on
 * the shift". English. Every gap is bounded.
 * Tests: test/unit/analysis/urgency-att44-u46b.test.ts.
 */

const GAP = String.raw`[^.!?\n]{0,90}?`;

// Kept alone with him: stay late or behind, called into his office, alone with him.
const ALONE = String.raw`\b(?:stay (?:late|behind|after (?:hours|work|close|closing))(?: \w+){0,2}? alone|stay alone|(?:come|comes|coming|call|calls|calling|called|bring|brings|pull|pulls|pulling)(?: me)? (?:in)?to his (?:office|room|truck|car)(?: \w+){0,2}? alone|alone (?:with him|in his (?:office|room|truck|car))|in his (?:office|room|truck|car) alone|stay late(?: \w+){0,3}? (?:in|at) his (?:office|room|place))\b`;
// Him standing too close (a door locked alone is how a safe is counted).
const CLOSE = String.raw`\b(?:(?:stands|stood|standing|sits|sat|sitting|gets|got|getting|leans|leaning|leaned|presses|pressing|pressed) (?:real |really |so |too |very |way too |right |super )?(?:close|near|up against me)|(?:way |much )?too close)\b`;
// A good of the job.
const GOOD = String.raw`\b(?:job|promotion|promoted|raise|lead|shift|shifts|hours|contract|position|role|bonus|overtime|permanent|full[- ]time|schedule|days off)\b`;
// "make him happy", "keep him happy", "take care of him", "show him some appreciation".
const FAVOUR = String.raw`\b(?:make|makes|making|keep|keeps|keeping|take care of|took care of|show|shows) (?:him|the boss|the manager|the supervisor|the foreman)(?: (?:happy|satisfied|smile|some appreciation|a good time|how grateful i am)|(?=["'\u201d\u2019]))`;
const QUOTED = String.raw`["'\u201c\u201d\u2018\u2019] ?`;
const PRIVATE = String.raw`\b(?:this weekend|on the weekend|tonight|after (?:work|hours|the shift|shift|closing)|at night|alone|in private|privately|at his (?:place|house|flat|apartment|hotel)|in his (?:car|office|truck|room)|if you know what i mean|wink\w*)\b`;
// Messages at night, hearts or kisses.
const AT_NIGHT = String.raw`\b(?:at (?:[1-4]|12) ?(?:am|a\.m\.)|at [1-4](?::\d\d)? in the morning|at midnight|late at night|in the middle of the night|every night|all night)\b|\b(?:heart|hearts|kiss|kisses|kissy|love heart|wink(?:y|ing)?)(?: face)? ?(?:emojis?|faces?|smileys?)\b|[\u{1F618}\u{1F48B}\u{1F60D}\u{2764}\u{1F495}\u{1F497}\u{1F496}\u{1F498}\u{1F609}]`;
const PRIVATE_ASK = String.raw`\b(?:asks?|asking|asked|wants? to know|wanted to know|wondering)(?: me)? (?:if|whether) (?:i'?m|im|i am|i was|i'?m still|im still) (?:alone|home alone|by myself|in bed|single|awake and alone)\b(?! (?:on|at|in) (?:the )?(?:shift|store|site|desk|counter|floor|warehouse|register|till|front))|\b(?:asks?|asking|asked|wants? to know|wanted to know)(?: me)? what (?:i'?m|im|i am|i was) wearing\b|\b(?:asks?|asking|asked|wants?|wanting)(?: me)?(?: for| to send(?: him)?)? (?:a |some |more )?(?:pics?|photos?|pictures?|selfies?) of (?:me|myself|my body)\b`;
const BOSS = String.raw`\b(?:boss|manager|supervisor|foreman|lead|owner|director|he|shift lead|team lead)\b`;

const PATTERN = lazyPattern(
  [
    `(?:${ALONE})${GAP}(?:${CLOSE})|(?:${CLOSE})${GAP}(?:${ALONE})`,
    `(?:${GOOD})${GAP}(?:${QUOTED}${FAVOUR}|${FAVOUR}(?=[^.!?\\n]{0,40}?${PRIVATE}))|(?:${QUOTED}${FAVOUR}|${FAVOUR}(?=[^.!?\\n]{0,40}?${PRIVATE}))${GAP}(?:${GOOD})`,
    `(?:${BOSS})${GAP}(?:${AT_NIGHT})${GAP}(?:${PRIVATE_ASK})|(?:${BOSS})${GAP}(?:${PRIVATE_ASK})${GAP}(?:${AT_NIGHT})`,
  ].join('|'),
  'u',
);
// A film, a game or a joke: no one is pressed.
const NOT_REAL = lazyPattern(
  String.raw`\b(?:movie|film|show|series|episode|novel|book|game|lol|lmao|haha\w*|joking)\b`,
  'u',
);

const HINTS = [
  'alone',
  'close',
  'happy',
  'satisfied',
  'care of',
  'appreciation',
  'good time',
  'wearing',
  'pic',
  'photo',
  'selfie',
];

/** Whether the folded text tells sexual pressure in veiled words: kept alone with him, a job for "making him happy". */
export function tellsVeiledPressure(folded: string): boolean {
  if (!HINTS.some((hint) => folded.includes(hint))) return false;
  return PATTERN.get().test(folded) && !NOT_REAL.get().test(folded);
}

/** The reading with harassment added (and urgent) where sexual pressure is told in veiled words. */
export function withVeiledPressure(text: string, reading: Reading): Reading {
  if (reading.categories.includes('harassment') || typeof text !== 'string') return reading;
  if (!tellsVeiledPressure(fold(text))) return reading;
  return withKindsAdded(reading, 'harassment');
}
