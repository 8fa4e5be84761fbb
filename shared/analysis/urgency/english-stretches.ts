import { isEnglishWord } from '../english-dictionary';
import { PROFILE_LANGUAGES, profileCosts } from '../language-profile';

/*
 * The English stretches inside a text in another language: "hay un gas leak en la cocina", "co gas leak o bep",
 * "la fire exit esta bloqueada". People who work in English name the hazard in English and tell the rest in their own
 * language, and the text's function words point to that language only, so the English rules never read it. The
 * reverse of foreign-stretches.ts: each stretch of two or more words English has and the text's own language does not
 * use as function words (one other word may stand between two), with a word on either side, is read alone by the
 * English rules, but only where their letters are clearly likelier English than the text's own language ("total",
 * "animal" or "real" in Spanish are Spanish as much as English).
 */
const WORD = /[a-z]+(?:'[a-z]+)*/g;
const MOST_STRETCHES = 4;
const FEWEST_ENGLISH = 2;
// A hazard named in English is a few words ("fire exit locked"); a longer English stretch is an English text the
// function words did not point to (a list of duties), which the English rules were kept from on purpose.
const MOST_ENGLISH = 6;
// What a hazard or an assault is named by in English: a stretch without one of these words ("new manager", "real
// animal") is not read, which keeps the English rules, and their cost, off most texts.
const DANGER_WORDS = new Set(
  (
    'gas leak leaking leaks fire fires smoke smoking flames burning exit exits door doors locked blocked chained ' +
    'wire wires wiring cable cables live exposed bare sparking sparks shock shocked electrocuted guard guards ' +
    'forklift chemical chemicals acid bleach splash splashed spill spilled eyes knife gun guns weapon blood ' +
    'bleeding unconscious collapsed breathing breathe fell fallen trapped crushed injured hurt missing ' +
    'touch touches touched touching grab grabbed grabbing harass harassing harassed kiss kissed kill killed ' +
    'threat threatens threatened threatening hit hits punched slapped kicked rape raped stalking suicide'
  ).split(' '),
);
const namesADanger = (folded: string, words: readonly { start: number; end: number }[]): boolean =>
  words.some((word) => DANGER_WORDS.has(folded.slice(word.start, word.end)));

/**
 * The stretches of English words in a folded text written in `languages` (profile codes, language-profile.ts), whose
 * function words are `own`.
 */
export function englishStretches(folded: string, own: ReadonlySet<string>, languages: readonly string[]): string[] {
  const words: { start: number; end: number; english: boolean }[] = [];
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    words.push({
      start: match.index,
      end: match.index + word.length,
      english: word.length > 2 && !own.has(word) && isEnglishWord(word),
    });
  }
  const stretches: string[] = [];
  let i = 0;
  while (i < words.length && stretches.length < MOST_STRETCHES) {
    if (!words[i]!.english) {
      i += 1;
      continue;
    }
    let last = i;
    let english = 1;
    for (let j = i + 1; j < words.length; j += 1) {
      if (words[j]!.english) {
        last = j;
        english += 1;
      } else if (!(j + 1 < words.length && words[j + 1]!.english)) break;
    }
    if (
      english >= FEWEST_ENGLISH &&
      english <= MOST_ENGLISH &&
      namesADanger(folded, words.slice(i, last + 1)) &&
      clearlyEnglish(folded, words.slice(i, last + 1), languages)
    ) {
      const first = Math.max(0, i - 1);
      const end = Math.min(words.length - 1, last + 1);
      stretches.push(folded.slice(words[first]!.start, words[end]!.end));
    }
    i = last + 1;
  }
  return stretches;
}

// How much likelier (in the profile's cost) English must be than each of the text's languages: "gas leak" is 22 less
// in English than in Spanish, "real animal" only 7.
const ENGLISH_MARGIN = 10;
const ENGLISH = PROFILE_LANGUAGES.indexOf('en');
function clearlyEnglish(
  folded: string,
  words: readonly { start: number; end: number; english: boolean }[],
  languages: readonly string[],
): boolean {
  const sums = new Array<number>(PROFILE_LANGUAGES.length).fill(0);
  for (const word of words) {
    if (!word.english) continue;
    const costs = profileCosts(folded.slice(word.start, word.end));
    for (let l = 0; l < sums.length; l += 1) sums[l]! += costs[l]!;
  }
  return languages.every((code) => {
    const l = PROFILE_LANGUAGES.indexOf(code);
    return l < 0 || sums[ENGLISH]! + ENGLISH_MARGIN <= sums[l]!;
  });
}
