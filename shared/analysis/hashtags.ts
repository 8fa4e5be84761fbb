import { onFirstUse } from './built-on-first-use';
import { NEGATORS, WORDS } from './lexicon';
import type { Token } from './tokenize';
import { lookupForm } from './word-forms';

// Short words that glue hashtags together ("#notmypresident", "#thisiswhy").
const HASHTAG_FILLERS = [
  'my',
  'our',
  'your',
  'the',
  'is',
  'are',
  'this',
  'that',
  'we',
  'you',
  'me',
  'it',
  'to',
  'of',
  'for',
  'in',
  'on',
  'all',
  'so',
  'be',
  'do',
  'day',
  'why',
  'how',
  'what',
  'with',
  'at',
  'and',
  'or',
  'an',
  'no',
  'go',
  'get',
  'got',
  'one',
  'more',
  'life',
  'time',
  'work',
  'job',
  'team',
  'boss',
  'people',
  'world',
  'love',
  'president',
  'again',
  'still',
  'her',
  'him',
  'he',
  'she',
  'they',
  'them',
  'us',
  'just',
  'now',
  'new',
  'first',
  'last',
  'make',
  'made',
  'never',
  'ever',
  'always',
  'can',
  'will',
  'am',
  'was',
  'were',
];

// Built on the first hashtag, so that importing the lexicon does not build its words.
const segmentVocabulary = onFirstUse(() => new Set([...WORDS.keys(), ...NEGATORS.keys(), ...HASHTAG_FILLERS]));

/**
 * A lower-case hashtag as the words it runs together ("#notmypresident" →
 * not, my, president), when they are all known words; other tokens as they
 * are. Dynamic programming over split points, preferring fewer, longer words.
 *
 * @example
 * segmentHashtag(tokenize('#lovewins')[0]).map((t) => t.lower) // ['love', 'wins']
 */
export function segmentHashtag(token: Token): Token[] {
  if (
    !token.hashtag ||
    token.compound ||
    token.lower.length < 6 ||
    !/^\p{Ll}+$/u.test(token.lower) ||
    lookupForm(token.lower)
  )
    return [token];
  const word = token.lower;
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - 15); start < end; start++) {
      const prefix = best[start];
      const piece = word.slice(start, end);
      if (!prefix || !(segmentVocabulary().has(piece) && (piece.length > 1 || piece === 'a' || piece === 'i')))
        continue;
      const candidate = [...prefix, piece];
      const current = best[end];
      if (!current || candidate.length < current.length) best[end] = candidate;
    }
  }
  const parts = best[word.length];
  if (!parts || parts.length < 2) return [token];
  return parts.map((part) => ({ ...token, raw: part, lower: part, compound: true }));
}
