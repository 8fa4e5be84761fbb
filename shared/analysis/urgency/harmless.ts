import type { LiteralIndex, Required } from './literals';
import { RuleConditions } from './rule-conditions';

/*
 * A language's idioms, course names and all-clears ("killing it", "fire
 * safety training"), blanked out before the rules read a text. They are one
 * alternation, as they always were, but an idiom none of whose required
 * literals is in the text cannot match anywhere in it: leaving it out of the
 * alternation changes no match, since the others are tried in the same order
 * at every position. So each text runs only the idioms it may hold ("work …
 * in the emergency department" when it says "work"), and most run none.
 */
export interface Harmless {
  /**
   * The idioms whose literals the text holds, as one expression (the same one for the same idioms); null when none.
   * Given the text itself, an idiom whose gate it passes but whose other words it lacks is left out too.
   */
  patternFor(present: Uint8Array, text?: string): RegExp | null;
}

/**
 * How many combinations of idioms keep their compiled expression. Each text's combination is its own expression,
 * and texts written to hold ever new combinations (or 100,000 rows of real text) would otherwise keep one each for
 * the life of the process: a long-lived analysis function ran out of V8's code space that way. Real text repeats a
 * few combinations; the rest are compiled again when asked.
 */
export const PATTERNS_KEPT = 256;

export function compileHarmless(
  sources: readonly string[],
  toPattern: (source: string) => RegExp,
  literals: Pick<LiteralIndex, 'add'>,
  literalsOf: (source: string) => Required,
): Harmless | null {
  if (!sources.length) return null;
  const gates = sources.map((source) => literals.add(literalsOf(source)));
  /*
   * A gate asks for one set of an idiom's words ("training", "session", "video"…), and nearly every text that passes
   * one holds none of the words that must come with them ("fire", "safety"…): the blanking ran on a tenth of all
   * texts and almost never blanked anything. What every match must hold, all of it (its literal condition, as the
   * rules' are asked: rule-conditions.ts), says the idiom cannot match anywhere in the text, so it is left out of the
   * alternation as a closed gate is, and no match changes.
   */
  const conditions = new RuleConditions();
  const possible = sources.map((source) => conditions.possible(source));
  const made = new Map<string, RegExp>();
  return {
    patternFor(present, text) {
      let key = '';
      for (let i = 0; i < gates.length; i += 1)
        if ((gates[i]! < 0 || present[gates[i]!] === 1) && (text === undefined || possible[i]!(text))) key += `${i},`;
      if (!key) return null;
      let pattern = made.get(key);
      if (pattern) {
        // Most recently used last, so the one dropped below is the one asked for longest ago.
        made.delete(key);
      } else {
        const kept = key.split(',').filter(Boolean).map(Number);
        pattern = toPattern(kept.map((i) => sources[i]!).join('|'));
        if (made.size >= PATTERNS_KEPT) made.delete(made.keys().next().value!);
      }
      made.set(key, pattern);
      return pattern;
    },
  };
}
