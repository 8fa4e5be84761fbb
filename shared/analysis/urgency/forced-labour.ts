import { rule, type UrgencyRule } from './types';

/*
 * Forced and child labour: passports or papers held back ("they took our passports and won't give them back"), a visa
 * threatened for complaining ("boss says we lose our visa if we complain"), a child working ("kid (like 14?) working
 * the line on nights"). Passports taken to an embassy and "the kid from marketing" are none.
 * Tests: test/unit/analysis/urgency-attack-round-30.test.ts.
 */

// A film, a game, training or the news around the words: no event here.
const EN_NOT_REAL = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|lyrics?|song|joke|lol|lmao|haha\w*`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n]{0,120})`;
// A child: a kid or teen, or an age of fourteen or less.
const EN_CHILD_AGE = String.raw`(?:\(?(?:like |maybe |about |prob(?:ably)? |only |barely |around |as young as |under )?(?:1[0-5]|ten|eleven|twelve|thirteen|fourteen|fifteen)\??\)?(?:[- ]?(?:years?|yrs?)(?:[- ]?olds?)?| ?yo| ?y/o)?)`;
const EN_AT_WORK = String.raw`(?:working|works|worked|on (?:the )?(?:line|nights|night shift|shift|the floor|the machines?|the press)|running (?:the|a) \w+|operating|driving (?:the|a) (?:forklift|truck)|on a forklift|doing (?:nights|doubles|shifts))`;
// Papers a worker needs to leave.
const EN_PAPERS = String.raw`(?:passports?|ids?|id cards?|identity (?:cards?|documents?)|papers|documents|visas?|work permits?|residence (?:cards?|permits?)|green cards?)`;

export const ENGLISH_FORCED_LABOUR: UrgencyRule[] = [
  // A child working: "kid (like 14?) working the line on nights", "a 13 yo on the night shift".
  rule(
    'safety',
    String.raw`(?<!\b(?:my|our|his|her|their|your|the boss'?s|(?:a |the )?[a-z]+'s) )\b(?:kids?|child|children|boys?|girls?|lads?|teens?|minors?)\b ?${EN_CHILD_AGE}[^.!\n]{0,20}?\b${EN_AT_WORK}\b|(?<!\b(?:my|our|his|her|their|your) )\b(?:1[0-5]|twelve|thirteen|fourteen|fifteen)[- ]?(?:years?[- ]olds?|yr[- ]olds?|yo|y/o)\b(?: (?:kids?|boys?|girls?|lads?))?(?: [\w']+){0,2}? ${EN_AT_WORK}\b(?![^.!?\n]{0,30}\b(?:homework|school|project|summer camp|lemonade|paper round|chores)\b)${notAround(`${EN_NOT_REAL}|take your (?:kid|child)|work experience|bring your (?:kid|child)`)}`,
  ),
  // Passports or papers held back: "they took our passports and won't give them back", "the agency keeps our ids".
  rule(
    'threat',
    String.raw`\b(?:confiscat\w*|seiz\w*|lock(?:ed|s|ing)? up|hold(?:s|ing)? onto|held onto|hang(?:s|ing)? onto|withh[oe]ld\w*|keep(?:s|ing)?|kept|holding|hold|held|took|take|takes|taking|taken|has|have|got) (?:all )?(?:of )?(?:our|my|their|his|her|everyone'?s|all the|the workers'?|the girls'?|the guys'?|people'?s) ${EN_PAPERS}\b(?:[^.!?\n]{0,50}\b(?:won'?t|wont|will not|refuse\w*|refusing|not|never|doesn'?t|don'?t|didn'?t|until|till|unless) (?:\w+ ){0,2}(?:give|giving|gave|hand|handing|return|returning|let (?:us|me|them) have)\b|(?= (?:so|until|till|unless|in case|to stop|to make sure) ))|\b(?:is|are|'s|'re|s|re|keeps?|kept|been|still) (?:holding|keeping|hanging onto|sitting on|holding onto) (?:all )?(?:of )?(?:our|their|all the|everyone'?s|the workers'?|people'?s) (?:passports|ids|id cards|papers|documents|work permits|residence permits)\b(?! (?:for|to|while|until (?:the|we|they) (?:copy|scan|check))\b)|\b(?:won'?t|wont|will not|refuse\w* to|refusing to|never) (?:give|hand|return)\w* (?:us |me |them |him |her )?(?:our|my|their|his|her) ${EN_PAPERS}(?: back)?\b(?![^.!?\n]{0,40}\b(?:embassy|consulate|passport office|visa office|post office|until (?:monday|tuesday|wednesday|thursday|friday|tomorrow|next week))\b)|\b(?:confiscat\w*|seiz\w*|withh[oe]ld\w*) (?:all )?(?:of )?(?:our|my|their|his|her|everyone'?s|all the|the workers'?|people'?s) ${EN_PAPERS}\b|\b(?:boss|manager|company|agency|employer|owner|they|he|she)\b[^.!?\n]{0,20}\b(?:has|have|got|keeps?|is keeping|are keeping) (?:our|my|their) ${EN_PAPERS} (?:locked|in (?:the|his|her|a) (?:safe|office|drawer))\b`,
  ),
  // A visa or papers threatened for complaining: "boss says we lose our visa if we complain about the overtime".
  rule(
    'threat',
    String.raw`\b(?:lose|losing|lost|cancel\w*|revok\w*|take away|taking away|pull|pulling|report|reporting|deport\w*|void\w*)\b(?: (?:our|my|your|their|his|her|the))? (?:${EN_PAPERS}|sponsorship|status|permits?)\b[^.!?\n]{0,20}\b(?:if|when|unless|should) (?:we|i|you|they|he|she|anyone|anybody|somebody|someone|any of us) (?:ever )?(?:complain|report|say|speak|refuse|quit|leave|tell|go to|talk|ask|raise|join|call|contact|mention|file|question)\w*|\b(?:if|when|should) (?:we|i|you|they|he|she|anyone|anybody|any of us) (?:ever )?(?:complain|report|speak up|refuse|quit|leave|tell|go to|ask for|raise|join|call|contact|file|question)\w*\b[^.!?\n]{0,50}\b(?:(?:lose|cancel|revoke|take away|pull|report) (?:our|my|your|their|his|her) (?:${EN_PAPERS}|sponsorship|status)|(?:get|have|be) (?:us|you|them|me|him|her)? ?deported|deport (?:us|you|them|me|him|her))\b`,
  ),
  // Children of an age, given as a range ("kids, like 13 and 14 years old, to work the packing line").
  rule(
    'safety',
    String.raw`\b(?:kids|children|teens|teenagers|minors|boys|girls|lads)\b,? (?:like |maybe |about |around |aged |as young as |only |barely )?(?:1[0-5]|twelve|thirteen|fourteen|fifteen)(?: (?:and|or|to|-) (?:1[0-6]|thirteen|fourteen|fifteen|sixteen))?(?: years? old| yrs?| yo)?,?[^.!?\n]{0,30}?\b(?:to work|working|work|on the (?:line|packing line|night shift|nights)|packing|picking|on the fryers?|the fryers?|cash in hand)\b${notAround(EN_NOT_REAL)}`,
  ),
];
