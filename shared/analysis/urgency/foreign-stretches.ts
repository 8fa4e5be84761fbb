import { isEnglishWord } from '../english-dictionary';
import { PROFILE_LANGUAGES, profileCosts } from '../language-profile';

/*
 * The stretches of an English text made of words English does not have: "...the returns process properly. me quiero
 * morir The new rota is okay..." A few words of another language inside a long English text are too little for the
 * language runs (language-runs.ts) to tell apart, when their letters could be English or another language's
 * ("morir" looks Portuguese), and a run must pay twice to leave English and come back. Read alone by the other
 * languages' rules, such a stretch is read as it would be if it were the whole text.
 *
 * A stretch holds two or more words English lacks, with at most one English word between two of them ("ich will
 * sterben"), and one word on either side, so a rule that starts or ends on a small word ("me quiero morir") still
 * finds it. Only the first few are read: a text in another language altogether is read by that language already.
 */
export interface ForeignStretch {
  text: string;
  /** The language codes its foreign words' letters point to (language-profile.ts). */
  languages: string[];
}
/*
 * Each stretch is read only by the languages its foreign words' letters point to, within a few nats of the likeliest
 * ("quiero morir" is Spanish or Portuguese): a Portuguese clause is not read by the Spanish rules, whose course names
 * and all-clears are not Portuguese ones. Where English is the likeliest, the words are English typed loosely (slang,
 * typos): the stretch is not read again.
 */
const LANGUAGE_MARGIN = 6;
const WORD = /[a-z]+(?:'[a-z]+)*/g;
const MOST_STRETCHES = 6;
const FEWEST_FOREIGN = 2;

export function foreignStretches(folded: string): ForeignStretch[] {
  const words: { start: number; end: number; foreign: boolean }[] = [];
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    words.push({
      start: match.index,
      end: match.index + word.length,
      foreign: word.length > 2 && !isEnglishWord(word),
    });
  }
  const stretches: ForeignStretch[] = [];
  let i = 0;
  while (i < words.length && stretches.length < MOST_STRETCHES) {
    if (!words[i]!.foreign) {
      i += 1;
      continue;
    }
    let last = i;
    let foreign = 1;
    // One English word may stand between two foreign ones ("ich will sterben").
    for (let j = i + 1; j < words.length; j += 1) {
      if (words[j]!.foreign) {
        last = j;
        foreign += 1;
      } else if (!(j + 1 < words.length && words[j + 1]!.foreign)) break;
    }
    if (foreign >= FEWEST_FOREIGN) {
      const first = Math.max(0, i - 1);
      const end = Math.min(words.length - 1, last + 1);
      const languages = likeliestLanguages(
        folded,
        words.slice(i, last + 1).filter((word) => word.foreign),
      );
      if (languages.length) stretches.push({ text: folded.slice(words[first]!.start, words[end]!.end), languages });
    }
    i = last + 1;
  }
  return stretches;
}

function likeliestLanguages(folded: string, foreign: readonly { start: number; end: number }[]): string[] {
  const sums = new Array<number>(PROFILE_LANGUAGES.length).fill(0);
  for (const word of foreign) {
    const costs = profileCosts(folded.slice(word.start, word.end));
    for (let l = 0; l < sums.length; l += 1) sums[l]! += costs[l]!;
  }
  const least = Math.min(...sums);
  if (sums[PROFILE_LANGUAGES.indexOf('en')] === least) return [];
  return PROFILE_LANGUAGES.filter((_, l) => sums[l]! - least <= LANGUAGE_MARGIN);
}
