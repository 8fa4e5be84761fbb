import { ALL_STOPWORDS, DEPARTMENTS, ROLE_CUES, TITLES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Attack round 30 (atp30 F1): a surname that is also an everyday word, after a rank, a clerical, academic, civic or
 * coaching title, reached the sponsor whole: "Sgt. Brewer at the gate searched my bag", "Capt. Fisher yells at the
 * drivers", "Prof. Glass mocked my English", "Pastor Rice", "Inspector Gray harassed me", "Mr. Glass". The other
 * rules take such a title's name only when no dictionary knows the word ("Sgt. Kowalczyk") or a surname list holds
 * it ("Mr. Fisher"). A title written with its capital, then a word with its capital, is a person whatever the word
 * means elsewhere: no one writes "Captain Fisher" for a fish. What a title names that is no person (a record, a
 * superhero, a brand, a drink) is listed below and stays.
 */

// Titles that go before a surname (not "Deputy": "Deputy Branch Manager", "Deputy Head" are jobs). Those that are also everyday words, or that English writes alone for other
// things ("col" a mountain pass, "rev" an engine's turn), count only with their capital, and the short ones only
// with their dot ("Rev.", "Fr.", "Maj.").
const TITLES_BEFORE_SURNAMES = [
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Dr',
  'Prof',
  'Professor',
  'Sgt',
  'Sergeant',
  'Sarge',
  'Capt',
  'Cpt',
  'Captain',
  'Lt',
  'Lieutenant',
  'Cmdr',
  'Commander',
  'Colonel',
  'Insp',
  'Inspector',
  'Det',
  'Detective',
  'Supt',
  'Constable',
  'Officer',
  'Sheriff',
  'Warden',
  'Chaplain',
  'Pastor',
  'Reverend',
  'Father',
  'Rabbi',
  'Imam',
  'Coach',
  'Judge',
  'Mayor',
  'Senator',
  'Governor',
  'Alderman',
  'Councillor',
  'Councilor',
  'Gunny',
  'Doc',
];
// A title written whole takes no dot after it: "as Warden. Hardworking staff" ends a sentence.
const ABBREVIATED = TITLES_BEFORE_SURNAMES.filter((t) =>
  /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sgt|Capt|Cpt|Lt|Cmdr|Insp|Det|Supt)$/u.test(t),
);
const WHOLE_WORDS = TITLES_BEFORE_SURNAMES.filter((t) => !ABBREVIATED.includes(t));
// Not "Col." (Mexico's "Col. Roma", a neighbourhood), "Pvt." ("Pvt. Ltd."), "Adm." (administration).
const TITLES_WITH_THEIR_DOT = ['Rev', 'Fr', 'Maj', 'Gen', 'Cpl'];

// What a title names that is no one here: records, characters, brands, drinks, classes of travel.
const NO_ONE = new Set(
  `sgt pepper|captain america|captain marvel|captain obvious|captain hook|captain planet|captain crunch|captain morgan|
  captain underpants|major tom|father christmas|father time|father ted|inspector gadget|doc martens|dr martens|
  dr pepper|dr scholl|dr scholls|dr strange|doctor strange|dr who|mr clean|mr bean|mr coffee|mr muscle|mr sheen|
  mr freeze|mr right|mr nobody|mr potato|mr robot|mr men|mr whippy|mrs hinch|ms word|ms office|ms teams|ms excel|
  ms paint|ms access|coach class|coach seats|coach seat|coach bag|coach bags|coach outlet|coach purse|coach trip|
  coach station|coach tickets|coach ticket|officer training|officer friendly|judge judy|mayor office|deputy head|
  deputy manager|deputy director|warden service|father figure|rev counter|professor emeritus`
    .split('|')
    .map((pair) => pair.trim()),
);

const TITLED_WORD = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@#-])((?:${ABBREVIATED.join('|')})\.?|(?:${WHOLE_WORDS.join('|')})|(?:${TITLES_WITH_THEIR_DOT.join('|')})\.)[ \t]+(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}@])`,
  'gu',
);
const GATE = lazyPattern(String.raw`\b(?:${[...TITLES_BEFORE_SURNAMES, ...TITLES_WITH_THEIR_DOT].join('|')})\b`, 'u');

/** Whether a capitalised word after a title is the person's surname (see above). */
function isSurnameAfter(title: string, word: string): boolean {
  const lower = word.toLowerCase();
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  if (ALL_STOPWORDS.has(lower) || TITLES.has(lower)) return false;
  // "Deputy Managers", "Captain Operations": a role or a department, one or many.
  if ([lower, singular].some((w) => ROLE_CUES.has(w) || DEPARTMENTS.has(w))) return false;
  const titleLower = title.replace(/\.$/u, '').toLowerCase();
  if (TITLES_BEFORE_SURNAMES.some((t) => t.toLowerCase() === lower)) return false;
  return !NO_ONE.has(`${titleLower} ${lower}`);
}

/** Hides a capitalised word after a title with its capital, whatever else the word means (see above). */
export const maskWordSurnamesAfterTitles: Rule = (text) => {
  if (!GATE.get().test(text)) return text;
  return text.replace(TITLED_WORD.get(), (whole: string, title: string, word: string) => {
    if (!isSurnameAfter(title, word)) return whole;
    const at = whole.lastIndexOf(word);
    return whole.slice(0, at) + mask('NAME', word.length) + whole.slice(at + word.length);
  });
};
