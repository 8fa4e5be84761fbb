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
   * `text` with each idiom whose literals the text holds replaced by `by(idiom)`, as one alternation of them replaces
   * them (the same matches, in the same order); `text` itself when it holds none. With `read` (the default), an
   * idiom whose gate the text passes but whose other words it lacks is left out too.
   */
  replaceIn(text: string, present: Uint8Array, by: (idiom: string) => string, read?: boolean): string;
}

/*
 * thr39: no expression is made for a text. The idioms a text may hold were joined into one expression per
 * combination, and a process kept up to 256 of them a language; with V8's regexp tier-up off
 * (`--no-regexp-tier-up`, measured, not shipped) each is machine code of up to a megabyte, and a process reading the eval rows held
 * some 300 MB of it (docs/performance-log.md, "Issue 19 item 4, 2026-12-06 (night)", helper thr39). Now each idiom
 * is its own expression, made once, and the alternation is played by hand: the leftmost match of any idiom wins, the
 * first idiom's on a tie, which is what one alternation `\b(?:A|B|C)\b` finds, since nothing before its `(?:…|…)`
 * chooses. Where something before it does (Arabic's optional prefixes: a prefix tried with B comes before another
 * tried with A), the one expression of all the language's idioms is run instead: an idiom none of whose words the
 * text holds cannot match anywhere in it, so it changes no match (the reason the gates are exact), and that
 * expression too is made once.
 */
export function compileHarmless(
  sources: readonly string[],
  toPattern: (source: string) => RegExp,
  literals: Pick<LiteralIndex, 'add'>,
  literalsOf: (source: string) => Required,
  /** Whether each idiom may be run alone: nothing before the alternation `toPattern` writes makes a choice. */
  apart = true,
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
  const alone: (RegExp | undefined)[] = [];
  let together: RegExp | undefined;
  return {
    replaceIn(text, present, by, read = true) {
      const kept: number[] = [];
      for (let i = 0; i < gates.length; i += 1)
        if ((gates[i]! < 0 || present[gates[i]!] === 1) && (!read || possible[i]!(text))) kept.push(i);
      if (!kept.length) return text;
      if (!apart) return text.replace((together ??= toPattern(sources.join('|'))), by);
      return replaceAsOne(
        text,
        kept.map((i) => (alone[i] ??= toPattern(sources[i]!))),
        by,
      );
    },
  };
}

/**
 * What `text.replace` with one global expression of the idioms' alternation gives, from each idiom's own global
 * expression, in their order: the leftmost match of any (the first idiom's on a tie), then on from its end (one
 * character on past an empty match, as `replace` goes).
 */
function replaceAsOne(text: string, patterns: readonly RegExp[], by: (idiom: string) => string): string {
  const find = (pattern: RegExp, from: number): RegExpExecArray | null => {
    pattern.lastIndex = from;
    return pattern.exec(text);
  };
  const next = patterns.map((pattern) => find(pattern, 0));
  let out = '';
  let copied = 0;
  for (;;) {
    let first = -1;
    for (let i = 0; i < next.length; i += 1)
      if (next[i] && (first < 0 || next[i]!.index < next[first]!.index)) first = i;
    if (first < 0) break;
    const match = next[first]!;
    const end = match.index + match[0].length;
    out += text.slice(copied, match.index) + by(match[0]);
    copied = end;
    const from = end > match.index ? end : end + ((text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1);
    for (let i = 0; i < next.length; i += 1) if (next[i] && next[i]!.index < from) next[i] = find(patterns[i]!, from);
  }
  for (const pattern of patterns) pattern.lastIndex = 0;
  return out + text.slice(copied);
}
