import { type SoundWord, soundWords } from './name-transliteration';

/*
 * Arabic-script words read a second way, where Urdu and Persian writers spell a foreign name so that the
 * word-by-word reading misses it:
 * - a و opening a word before a consonant is its v or w, its vowel unwritten ("وٹفیلڈ" Whitfield), where
 *   the first reading takes it as the vowel u (as in "ومارش", and Marsh);
 * - a name in two written parts: Urdu leaves a space after a letter that does not join ("وہٹ فیلڈ"
 *   Whitfield), so two words with one space between are also read as one, as a surname only (two short
 *   words more often spell a first name by chance).
 */

const ARABIC = /[\u0600-\u06ff]/u;
/** Letters that write a vowel after an opening و: then و is a consonant already. */
const VOWEL_LETTER = /[اآأيیىےۓ]/u;

/** The Arabic-script words of `words` (read from `raw`) read the other ways above. */
export function abjadJoined(raw: string, words: readonly SoundWord[]): SoundWord[] {
  const out: SoundWord[] = [];
  words.forEach((w, i) => {
    const written = raw.slice(w.span.start, w.span.end);
    if (!w.abjad || w.hebrew || !ARABIC.test(written)) return;
    if (written.startsWith('و') && !VOWEL_LETTER.test(written[1] ?? 'ا') && w.key.startsWith('a')) {
      const key = `v${w.key.slice(1)}`;
      out.push({ ...w, key, skeleton: key.replace(/a/g, '') });
    }
    const next = words[i + 1];
    if (!next?.abjad || next.hebrew || !/^[ \u200c]$/u.test(raw.slice(w.span.end, next.span.start))) return;
    const both = soundWords(`${written}${raw.slice(next.span.start, next.span.end)}`);
    if (both.length !== 1) return;
    const span = { start: w.span.start, end: next.span.end };
    out.push({ ...both[0]!, span, afterPrefix: true });
    if (written.startsWith('و') && both[0]!.key.startsWith('a') && !VOWEL_LETTER.test(written[1] ?? 'ا')) {
      const key = `v${both[0]!.key.slice(1)}`;
      out.push({ ...both[0]!, key, skeleton: key.replace(/a/g, ''), span, afterPrefix: true });
    }
  });
  return out;
}
