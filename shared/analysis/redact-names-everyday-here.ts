// Blind round 12: an everyday word of a language with no list of its own until now is the word in a text of it.
import { moreEverydayLanguages, wordsShowLanguage } from './redact-names-everyday-words-more';
import type { Context, Word } from './redact-names-reading';

/** The lower-case words of each sentence read, so a text's words are gathered once, not for every word asked of. */
const LOWER_WORDS = new WeakMap<readonly Word[], string[]>();

/**
 * Whether `word` is an everyday word of the text's own language among those
 * of redact-names-everyday-words-more.ts: Dutch "dan" in a Dutch text (the
 * guess knows Dutch), Indonesian "dan" or Swedish "men" where the text's
 * other words show the language the guess cannot name.
 */
export function isEverydayWordOfItsText(context: Context, word: Word): boolean {
  const languages = moreEverydayLanguages(word.lower);
  if (!languages) return false;
  let lowerWords = LOWER_WORDS.get(context.words);
  if (!lowerWords) LOWER_WORDS.set(context.words, (lowerWords = context.words.map((w) => w.lower)));
  return languages.some((language) => language === context.language || wordsShowLanguage(language, lowerWords));
}
