/*
 * Text messages are written in short forms: "a guy w a gun", "il a un
 * flingue ds sa voiture", "hes bringing it tmrw", "jvé me foutre en l'air".
 * The rules are written in whole words, so a report in short forms read as
 * nothing. `spelledOut` gives the folded text with the short forms written
 * in full, or undefined when it has none; the detector reads that spelling
 * as well as the text as written (never instead of it), so a short form
 * that meant something else can only add a reading, never take one away.
 *
 * Only forms that stand alone as words, and whose full form is not in doubt
 * where they appear, are here; "u", "r" and "ur" only next to the words they
 * go with ("r u ok" is common, "r" alone is a letter). Forms the rules already
 * weigh as written are left alone ("gonna", "hes", "bc"): the rules read
 * "gonna die" as talk and "going to die" as the writer's own, and spelling
 * them out raised false alarms on the eval tweets.
 */

import { withDictatedPunctuation } from './dictated-punctuation';
import { withVowelsBack } from './vowels-dropped';

// Folded short form → the words it stands for.
const SHORT_FORMS: Record<string, string> = {
  // English
  'w/': 'with',
  b4: 'before',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrrw: 'tomorrow',
  tomoz: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  '2nite': 'tonight',
  '2night': 'tonight',
  tonite: 'tonight',
  '2day': 'today',
  ppl: 'people',
  sum1: 'someone',
  some1: 'someone',
  // Misspellings of the words a report of touching turns on: "my superviser keep toching my brest".
  toching: 'touching',
  tuching: 'touching',
  touchng: 'touching',
  tocuhing: 'touching',
  // A fit typed in haste (blind round 30: "havin a siezure or somthing").
  siezure: 'seizure',
  seizur: 'seizure',
  sezure: 'seizure',
  seisure: 'seizure',
  siezures: 'seizures',
  havin: 'having',
  somthing: 'something',
  toches: 'touches',
  brest: 'breast',
  brests: 'breasts',
  superviser: 'supervisor',
  supervizor: 'supervisor',
  // French
  ds: 'dans',
  jvais: 'je vais',
  jve: 'je vais',
  jv: 'je vais',
  chui: 'je suis',
  chuis: 'je suis',
  jsuis: 'je suis',
  jsui: 'je suis',
  jveux: 'je veux',
  jvx: 'je veux',
  pr: 'pour',
  avc: 'avec',
  tjr: 'toujours',
  tjrs: 'toujours',
  dm1: 'demain',
  // Spanish and Portuguese
  q: 'que',
  xq: 'porque',
  pq: 'porque',
  porq: 'porque',
  k: 'que',
  tb: 'tambien',
  vc: 'voce',
  // German and Italian
  nich: 'nicht',
  cmq: 'comunque',
  xke: 'perche',
  nn: 'non',
};

// "u", "r" and "ur" only where they are plainly the words: "r u ok", "ur car", "u r". "w" for "with" only before
// an English article or a weapon: in Polish "w" is "in" ("pobił mnie w szachy" is a game of chess).
const IN_CONTEXT: Array<[RegExp, string]> = [
  [/(?<=^|\s)w(?= (?:a|an|the|his|her|my|their|some|no|guns?|knife|knives|blade|bat|bomb|weapons?)\b)/g, 'with'],
  [/(?<=^|\s)r u(?=\s|$|[.!?,])/g, 'are you'],
  [/(?<=^|\s)u r(?=\s|$|[.!?,])/g, 'you are'],
  [/(?<=^|\s)ur (?=\w)/g, 'your '],
  [/(?<=\s)u(?=\s|$|[.!?,])/g, 'you'],
  // A hashtag is its word ("#help #fire loading dock C"), and a time a chat log puts before each line ("[06:42] smoke
  // in paint booth 2") says nothing of what happened (blind round 25): the rules that read a report from its first
  // word, or a cry from two words side by side, read them without. A hashtag after "in", "at" or "near" names a place
  // in the news ("and now fire in #Jerusalem area"): no one texts a site's part as a hashtag, so it stays a tag.
  // A site's own part written as a tag is still read ("fire in #warehouse").
  [/(?<=^|\s)(?<!\b(?:in|at|near|from|across|around|outside|over|of)\s)#(?=\p{L})/gu, ''],
  [
    /(?<=\b(?:in|at|near|outside) )#(?=(?:warehouse|kitchen|canteen|office|factory|plant|site|dock|bay|aisle|yard|store|shop|stockroom|lab|ward|depot|workshop|basement)s?\b)/gu,
    '',
  ],
  [/(?<=^|\n) ?\[?\d{1,2}[:.h]\d{2}(?::\d{2})?(?: ?[ap]m)?\] ?(?:[-–:] ?)?/g, ''],
];
const MAY_BE_TAGGED_OR_TIMED = /(?:^|\s)#\p{L}|(?:^|\n) ?\[?\d{1,2}[:.h]\d{2}/u;

const WORD = /(?<=^|[\s(])([a-z0-9]+\/?)(?=$|[\s.,!?;:)])/gu;

/*
 * Whether the text holds a word that could be written out: a short form, or "w", "r", "u" or "ur" standing alone,
 * which every IN_CONTEXT form starts with (after the start or a space, as WORD's words start). Most texts hold none,
 * and are answered without the replacements. The gate cannot lose one: WORD matches whole words only (it ends
 * before a space or a mark), so a word it would replace is a short form with WORD's own edges, which this finds at
 * the same place; and writing short forms out never makes a "w", "r", "u" or "ur" of its own, so a text without
 * one has no IN_CONTEXT form either. A form's characters that mean something to a regular expression are escaped.
 */
const MAY_SPELL_OUT = new RegExp(
  String.raw`(?<=^|[\s(])(?:${[...Object.keys(SHORT_FORMS), 'w', 'r', 'u', 'ur']
    .map((form) => form.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))
    .join('|')})(?=$|[\s.,!?;:)])`,
  'u',
);
const hasShortForm = (folded: string): boolean => MAY_SPELL_OUT.test(folded) || MAY_BE_TAGGED_OR_TIMED.test(folded);
// Vowel-less words ("trppd in frzr") and punctuation said aloud ("not moving period"): see vowels-dropped.ts and
// dictated-punctuation.ts (plain40). A text with neither has nothing for them to change.
const MAY_HAVE_LOST_VOWELS_OR_BE_DICTATED =
  /(?:^|[\s(,.;:!?])[bcdfghjklmnpqrstvwxz]{2,}(?=$|[\s.,!?;:)])|\b(?:period|full stop|comma|question mark|exclamation|new line|semicolon)\b/;

/** The folded text with its short forms written in full, or undefined when it has none. */
export function spelledOut(folded: string): string | undefined {
  if (!hasShortForm(folded) && !MAY_HAVE_LOST_VOWELS_OR_BE_DICTATED.test(folded)) return undefined;
  let changed = false;
  let text = folded.replace(WORD, (word) => {
    const full = SHORT_FORMS[word];
    if (full === undefined) return word;
    changed = true;
    return full;
  });
  for (const [form, full] of IN_CONTEXT) {
    const next = text.replace(form, full);
    if (next !== text) changed = true;
    text = next;
  }
  const vowelled = withVowelsBack(text);
  if (vowelled !== undefined) {
    changed = true;
    text = vowelled;
  }
  const punctuated = withDictatedPunctuation(text);
  if (punctuated !== undefined) {
    changed = true;
    text = punctuated;
  }
  return changed ? text : undefined;
}
