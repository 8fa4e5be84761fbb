import { isEnglishWord } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * A name run into a hashtag: "#shoutoutRashida", "#ThanksMaria", "#TeamKowalczyk". The words of a hashtag are
 * told apart by their capitals; each that is a given name and no other word is hidden, and the words after it that
 * are no English word, its surname ("#FreeLeahShaibu"); the rest of the tag stays ("#shoutout[NAME]"). A tag all in one case cannot be split, and is left to the other rules.
 */

const HASHTAG = lazyPattern(String.raw`#[\p{L}\p{N}_]{3,}`, 'gu');
const PART = lazyPattern(String.raw`\p{Lu}\p{Ll}+`, 'gu');

/** Masks the given names inside hashtags (see above). */
export function maskHashtagNames(text: string): string {
  if (!text.includes('#')) return text;
  let out = text;
  for (const tag of text.matchAll(HASHTAG.get())) {
    let previousEnd = -1;
    for (const part of tag[0].matchAll(PART.get())) {
      const lower = part[0].toLowerCase();
      const surname = part.index === previousEnd && !isEnglishWord(lower);
      previousEnd = -1;
      // The tag's first word is read by the name rules as any word is.
      if (part.index === 1) continue;
      if (!surname && (lower.length < 3 || !isGivenName(lower) || isWordlikeName(lower))) continue;
      previousEnd = part.index + part[0].length;
      const start = tag.index + part.index;
      out = out.slice(0, start) + mask('NAME', part[0].length) + out.slice(start + part[0].length);
    }
  }
  return out;
}
