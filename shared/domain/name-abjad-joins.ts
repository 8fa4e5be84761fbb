import { type SoundWord, soundWords } from './name-transliteration';

/*
 * Arabic-script words read a second way, where Urdu and Persian writers spell a foreign name so that the
 * word-by-word reading misses it:
 * - و is a vowel (o, u) or a consonant (v, w), and nothing tells which: a word holding one is read once more
 *   with each of them as a v or not ("وٹفیلڈ" Whitfield, "باود" Bavad), as the first reading takes it for the vowel where a
 *   consonant or nothing follows ("ومارش", and Marsh);
 * - a name in two written parts: Urdu leaves a space after a letter that does not join ("وہٹ فیلڈ"
 *   Whitfield), so two words with one space between are also read as one, as a surname only (two short
 *   words more often spell a first name by chance).
 */

const ARABIC = /[\u0600-\u06ff]/u;
/** The most و a word is read both ways for (each doubles the readings). */
const MOST_WAW = 3;

/** A word read once more for each way its و may be read as a v (ڤ): its span as the word's. */
function asV(written: string, start: number, afterPrefix: boolean | undefined): SoundWord[] {
  const at = [...written.matchAll(/و/gu)].map((m) => m.index);
  if (!at.length || at.length > MOST_WAW) return [];
  const span = { start, end: start + written.length };
  const out: SoundWord[] = [];
  for (let mask = 1; mask < 1 << at.length; mask++) {
    const chars = [...written];
    at.forEach((i, n) => {
      if (mask & (1 << n)) chars[i] = 'ڤ';
    });
    const read = soundWords(chars.join(''));
    if (read.length === 1) out.push({ ...read[0]!, span, ...(afterPrefix ? { afterPrefix } : {}) });
  }
  return out;
}

/** The Arabic-script words of `words` (read from `raw`) read the other ways above. */
export function abjadJoined(raw: string, words: readonly SoundWord[]): SoundWord[] {
  const out: SoundWord[] = [];
  words.forEach((w, i) => {
    const written = raw.slice(w.span.start, w.span.end);
    if (!w.abjad || w.hebrew || !ARABIC.test(written)) return;
    out.push(...asV(written, w.span.start, w.afterPrefix));
    const next = words[i + 1];
    if (!next?.abjad || next.hebrew || !/^[ \u200c]$/u.test(raw.slice(w.span.end, next.span.start))) return;
    const both = soundWords(`${written}${raw.slice(next.span.start, next.span.end)}`);
    if (both.length !== 1) return;
    const span = { start: w.span.start, end: next.span.end };
    out.push({ ...both[0]!, span, afterPrefix: true });
    out.push(
      ...asV(`${written}${raw.slice(next.span.start, next.span.end)}`, span.start, true).map((v) => ({ ...v, span })),
    );
  });
  return out;
}
