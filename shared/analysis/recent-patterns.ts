/**
 * A pattern made from what a text says (a name found in it, built into a pattern to find its other mentions), kept
 * by its source in a small table of the most recently asked, so a process makes it once while the name comes back,
 * and never holds more than RECENT_PATTERNS of them.
 *
 * Why (thr39): V8 compiles a pattern run more than once to machine code, a few kilobytes to a megabyte
 * each (every one from its first run with `--no-regexp-tier-up`, measured by thr38 and thr39, not shipped). Made anew for each text, a name's pattern is
 * compiled again each time; kept for good, one per name a process ever read (a warm Lambda or `npm start` reads
 * millions of texts) would grow without end. What a pattern matches depends only on its source and flags, so the
 * one kept finds what a new one would (docs/performance-log.md, "Issue 19 item 4, 2026-12-06 (night)").
 *
 * @example
 * const mention = recentPattern(String.raw`(?<![\p{L}])${name}(?![\p{L}])`, 'giu');
 * for (const m of text.matchAll(mention)) … // matchAll reads a copy: the kept one's lastIndex stays 0
 */
export const RECENT_PATTERNS = 64;

const recent = new Map<string, RegExp>();

/** The pattern of `source` and `flags`, made now or kept from a recent call (see above). */
export function recentPattern(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let pattern = recent.get(key);
  if (pattern === undefined) {
    pattern = new RegExp(source, flags);
    if (recent.size >= RECENT_PATTERNS) recent.delete(recent.keys().next().value!);
  } else {
    // The most recently asked last, so the one let go above is the one asked longest ago.
    recent.delete(key);
    pattern.lastIndex = 0;
  }
  recent.set(key, pattern);
  return pattern;
}

/** How many patterns the table holds, for the test that it stays bounded. */
export const recentPatternsHeld = (): number => recent.size;
