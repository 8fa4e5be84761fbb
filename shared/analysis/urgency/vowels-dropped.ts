/*
 * Words texted without their vowels ("ppl trppd in frzr", "grl on flr nt mvng", "mn dwn nt brthng"; att40 F1,
 * plain40): the rules are written in whole words, so such a report read as nothing. `withVowelsBack` writes a
 * vowel-less word out when its consonants are those of one of the words a report of danger turns on, and of no other
 * common word here; the detector reads that spelling beside the text as written (shorthand.ts), never instead of it.
 * Doubled letters count once ("trppd", "trpd"). Words with a "y" are left alone ("dry", "cry" are words).
 */
const DANGER_WORDS = `trapped stuck freezer breathing breathe breath moving passed collapsed unconscious screaming someone somebody
  help floor ground ambulance injured fallen crushed forklift breakroom warehouse kitchen bathroom toilet smoke
  seizure overdose choking drowning electrocuted fainted vomiting swelling chest shooter knife inside locked
  jammed down man woman girl not cant dont`;
// Left out for words texted the same way: "brng" is "bring", "dr" a doctor, "tck" a tick, "cl" anything.

const consonants = (word: string): string => word.replace(/[aeiou']/g, '').replace(/(.)\1+/g, '$1');

const FULL_BY_CONSONANTS = new Map<string, string>();
for (const word of DANGER_WORDS.split(/\s+/).filter(Boolean)) {
  const key = consonants(word);
  if (!FULL_BY_CONSONANTS.has(key)) FULL_BY_CONSONANTS.set(key, word);
}
// "brth" is "breath" as often as "breathe"; "dwn" is "down", "mn" is "man": kept as the first above.

const VOWELLESS = /(?<=^|[\s(,.;:!?])[bcdfghjklmnpqrstvwxz]{2,}(?=$|[\s.,!?;:)])/g;

/** The folded text with its vowel-less danger words written out, or undefined when it has none. */
export function withVowelsBack(folded: string): string | undefined {
  let changed = false;
  const text = folded.replace(VOWELLESS, (word) => {
    const full = FULL_BY_CONSONANTS.get(consonants(word));
    if (full === undefined || full === word) return word;
    changed = true;
    return full;
  });
  return changed ? text : undefined;
}
