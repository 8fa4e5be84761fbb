/**
 * The stretches of a folded text the learned model reads: the whole text,
 * and the text without one or two of its clauses at either end.
 *
 * Why: the model weighs each feature by one over the root of how many the
 * text has (classifier.ts), so words that say nothing about urgency dilute
 * the ones that do. "Los baños … huele fatal." read as urgent, and the same
 * report with "Bonjour." before it, "Merci." or "por favor" or an emoji
 * after it, read as calm: adding words made an urgent report calm. A
 * report's own clauses are still one of these stretches once a greeting, a
 * sign-off, an appeal or a sentence in another language is put around it,
 * and the model escalates if any stretch reaches its threshold, so what is
 * added at the ends can no longer hide what was said.
 *
 * Denials and repaired hazards are taken out before this (denial.ts,
 * resolved.ts), so dropping an end clause never drops the all-clear that
 * made a report calm.
 */

/** How many clauses at most are left off each end: a greeting or a sign-off is one or two. */
const MAX_DROPPED = 2;
/*
 * How many words at most the clauses left off may hold in all: a greeting, a thank-you, an appeal or a short
 * sentence ("Je travaille ici depuis deux ans."). Measured on real text that is not urgent (docs/performance.md):
 * with no limit, shorter stretches of long rants and tweets read as urgent (false alarms 212 → 214 reviews,
 * 14 → 18 OLID, 215 → 227 Davidson); with six words, 213, 15 and 219.
 */
const MAX_DROPPED_WORDS = 6;

// Clause ends followed by a space or the end (so "t.co/x", "13.5" and "13:35" are not split), CJK and Arabic clause
// ends, and emoji and other pictographs, which end a clause too.
const BOUNDARY =
  /[.!?;,\n]+(?=\s|$)|[\n\u3002\uff0c\uff01\uff1f\u061f\u060c]+|\p{Extended_Pictographic}[\p{Extended_Pictographic}\u200d\ufe0f\s]*/gu;

/**
 * The whole text first, then each stretch with up to two clauses, of six
 * words or fewer in all, left off the start, the end, or both (at most nine). A stretch keeps the
 * punctuation that ended its last clause, as the report alone would have it.
 *
 * @example
 * modelWindows('bonjour. la salida esta bloqueada. merci.')
 * // ['bonjour. la salida esta bloqueada. merci.', 'la salida esta bloqueada. merci.', 'merci.',
 * //  'bonjour. la salida esta bloqueada.', 'la salida esta bloqueada.', 'bonjour.']
 */
export function modelWindows(folded: string): string[] {
  return clauseWindows(folded, MAX_DROPPED_WORDS);
}

/** The same stretches, with at most `maxDroppedWords` words left off. */
export function clauseWindows(folded: string, maxDroppedWords: number): string[] {
  // Where each clause starts: 0, then just after each boundary that has text after it.
  const starts = [0];
  for (const match of folded.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (end < folded.length && folded.slice(end).trim()) starts.push(end);
  }
  const clauses = starts.length;
  if (clauses === 1) return [folded];
  const windows: string[] = [];
  for (let last = 0; last <= MAX_DROPPED; last += 1)
    for (let first = 0; first <= MAX_DROPPED; first += 1) {
      if (first + last >= clauses) continue;
      const from = starts[first]!;
      const to = last === 0 ? folded.length : starts[clauses - last]!;
      const window = folded.slice(from, to).trim();
      if (!window) continue;
      if (
        from + (folded.length - to) > 0 &&
        wordsOf(folded.slice(0, from)) + wordsOf(folded.slice(to)) > maxDroppedWords
      )
        continue;
      windows.push(window);
    }
  return windows;
}

const wordsOf = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
