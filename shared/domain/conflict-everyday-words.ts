import { detectLanguage } from '../analysis/language';
import { commonWordLanguages, isClosedClassWord } from '../analysis/redact-names-common-words';
import type { Span } from './name-readings';

/*
 * A sponsor's short first name can be an everyday word of the language the
 * report is written in: Spanish "dan" (they give) is Dan, "le"/"su" are
 * Le or Su, French "lee" nothing but "le" one typo away. Matched as the name,
 * the word would reroute the case around a sponsor nobody named and hide the
 * word as "[NAME]". In a text of that language the word written in lower
 * case, or a pronoun, article or preposition anywhere, is the word; the name
 * written with its capital elsewhere still counts, so a report about Dan still
 * goes around Dan.
 */

/** Keeps the spans of `raw` that may be the name rather than an everyday word of the text's language. */
export function withoutEverydayWords(raw: string, spans: readonly Span[]): Span[] {
  let language: string | undefined;
  return spans.filter(({ start, end }) => {
    const written = raw.slice(start, end);
    const lower = written.toLowerCase();
    const languages = commonWordLanguages(lower);
    // Asked before the language: most names are no everyday word, and the guess costs more.
    if (!languages) return true;
    language ??= detectLanguage(raw);
    if (!languages.has(language)) return true;
    if (isClosedClassWord(language, lower)) return false;
    return /^\p{Lu}/u.test(written);
  });
}
