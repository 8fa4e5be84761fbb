import { rule, type UrgencyRule } from './types';

/*
 * A blow misspelt, read as a rule ("he puched me", "she slaped me", "he hitt me"): each deed's spellings with a letter
 * left out, doubled, or two swapped, "ch" as "sh" and "ck" as "k". Slips of shoves and grabs, and of blows in other
 * languages, are put right before the rules read the text again (blows-misspelt.ts).
 * Tests: test/unit/analysis/urgency-round-32-classes.test.ts.
 */

const DEEDS_SPELT = ['punched', 'slapped', 'kicked', 'pushed', 'shoved', 'smacked', 'whacked', 'headbutted', 'choked'];
function misspellings(word: string): string[] {
  const out = new Set<string>();
  for (let i = 1; i < word.length; i += 1) {
    out.add(word.slice(0, i) + word.slice(i + 1)); // a letter left out
    out.add(word.slice(0, i) + word[i] + word.slice(i)); // a letter doubled
    if (i < word.length - 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)); // two swapped
  }
  out.add(word.replace('ch', 'sh'));
  out.add(word.replace('ck', 'k'));
  out.add(word.replace(/ed$/, 't'));
  out.add(word.replace(/ed$/, 'd'));
  out.add(word.replace('pp', 'p'));
  return [...out].filter((spelling) => spelling !== word && spelling.length > 3 && !WORDS_OF_THEIR_OWN.has(spelling));
}
// Spellings above that are words of their own ("he sacked me" is fired, not struck). The dictionary of English words
// (english-dictionary.ts) holds common misspellings too ("slaped"), so it cannot say which these are.
const WORDS_OF_THEIR_OWN = new Set(['sapped', 'shoed', 'shove', 'sacked', 'coked', 'choke', 'pushed', 'punches']);
const MISSPELT = [...DEEDS_SPELT.flatMap(misspellings), 'hitt', 'hited', 'hitted', 'hiit', 'htt']
  .sort((a, b) => b.length - a.length)
  .join('|');
const WHO_DID = String.raw`(?:he|she|they|someone|somebody|(?:my|our|the|a|an|this|that) (?:[\w-]+ )?(?:boss|manager|supervisor|lead|leader|foreman|coworker|co-worker|colleague|customer|driver|guy|man|woman|chef|owner))`;

export const ENGLISH_BLOWS_MISSPELT: UrgencyRule[] = [
  rule(
    'threat',
    String.raw`\b${WHO_DID} (?:just |then |literally )?(?:${MISSPELT}) (?:me|him|her|us|them|someone|my \w+)\b(?! (?:up|out|off|back|down)\b)`,
    { negatable: true },
  ),
];
