import { LazyPattern, patternOf } from './lazy-pattern';
import { mask, type RedactionKind } from './redaction-kinds';
import { requiredLiterals } from './urgency/literals';

/* What every redaction rule is: text in, text out with its finds masked. */

export type Rule = (text: string) => string;

/**
 * Replaces each match of `pattern` by a mask of `kind` when `keep` allows; `group` masks only that group's text.
 * With `retryRejected`, a match refused is read again from its next character, where a shorter one may start
 * ("reach me at jane dot doe at yahoo": "me at jane dot doe" is refused, "jane dot doe at yahoo" is the address).
 */
export function maskMatches(
  written: RegExp | LazyPattern,
  kind: RedactionKind,
  accept: (match: RegExpExecArray) => boolean = () => true,
  group = 0,
  retryRejected = false,
): Rule {
  // Read on the rule's first text, not when its module loads: some seventy rules are made at import, and a
  // cold start (a Lambda's first message) asks only some of them, the others being behind a cheaper guard. A
  // pattern given as a holder (lazy-pattern.ts) is made only once a text passes that gate.
  let cannotMatch: ((text: string) => boolean) | undefined | null = null;
  let pattern: RegExp | undefined;
  return (text) => {
    if (cannotMatch === null) cannotMatch = literalsAbsent(written);
    if (cannotMatch?.(text)) return text;
    if (pattern === undefined) pattern = patternOf(written);
    let out = '';
    let last = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (!accept(m) || m[group] === undefined) {
        if (retryRejected) pattern.lastIndex = m.index + 1;
        continue;
      }
      const start = m.index + (group ? m[0].indexOf(m[group]) : 0);
      const end = start + m[group].length - unopenedClosingBrackets(m[group]);
      out += text.slice(last, start) + mask(kind, end - start);
      last = end;
    }
    return out + text.slice(last);
  };
}

/**
 * Most patterns name words every match holds ("ext", "extension", "poste" …): a text holding none of them
 * cannot match, and is answered without running the pattern (the same text out as running it: it finds
 * nothing). The words are read from the pattern itself (urgency/literals.ts, which the urgency rules are
 * skipped by), so a rule edited tomorrow is covered without declaring anything; a pattern it cannot read
 * always runs. Under the `i` flag a text is compared in lower case, by the ASCII part of each word only:
 * the only other characters that match an ASCII letter are "K" (KELVIN SIGN), which lower-cases to "k",
 * and "ſ" (long s), which does not, so a text holding one always runs.
 */
export function literalsAbsent(pattern: RegExp | LazyPattern): ((text: string) => boolean) | undefined {
  // Some rules make their pattern's rule for each text: the pattern is read once.
  if (gates.has(pattern)) return gates.get(pattern);
  const gate = readGate(pattern);
  gates.set(pattern, gate);
  return gate;
}

const gates = new WeakMap<RegExp | LazyPattern, ((text: string) => boolean) | undefined>();

// Read from the source and flags alone, which a holder has before its pattern is made.
function readGate({ source: written, flags }: RegExp | LazyPattern): ((text: string) => boolean) | undefined {
  if (!flags.includes('u') || flags.includes('v')) return undefined;
  // "\u00f3" written for "ó": read as the letter it stands for (only letters, which mean the same anywhere).
  const source = written.replace(/(?<=(?:^|[^\\])(?:\\\\)*)\\u([0-9a-fA-F]{4})/g, (written, hex: string) => {
    const letter = String.fromCharCode(Number.parseInt(hex, 16));
    return /^\p{L}$/u.test(letter) ? letter : written;
  });
  const required = requiredLiterals(source);
  if (!required) return undefined;
  if (!flags.includes('i')) return (text) => !required.some((literal) => text.includes(literal));
  const ascii = required.map(longestAsciiRun);
  if (ascii.some((run) => !run)) return undefined;
  return (text) => {
    if (text.includes('ſ')) return false;
    const lower = lowerCased(text);
    return !ascii.some((run) => lower.includes(run));
  };
}

// The longest stretch of ASCII in a word, lower-cased ("extensi" of "extensión"): any match holds it too.
function longestAsciiRun(literal: string): string {
  let best = '';
  for (const run of literal.toLowerCase().split(/[^\x00-\x7f]+/)) if (run.length > best.length) best = run;
  return best;
}

// The rules of a text ask one after the other: its lower case is made once.
let lastText = '';
let lastLower = '';
function lowerCased(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

/** Runs `rule` only on text that `guard` finds something in: most texts have no "@", no "/", no digit. */
export function onlyWith(guard: RegExp | LazyPattern, rule: Rule): Rule {
  if (!(guard instanceof LazyPattern)) return (text) => (guard.test(text) ? rule(text) : text);
  return (text) => (guard.get().test(text) ? rule(text) : text);
}

/**
 * How many ")" end a find that opened none of them: "(call 555-201-7788)"
 * finds "555-201-7788)", whose bracket closes the writer's own, and stays.
 */
export function unopenedClosingBrackets(found: string): number {
  let extra = 0;
  const opened = [...found].filter((c) => c === '(').length;
  const closed = [...found].filter((c) => c === ')').length;
  for (let i = found.length - 1; i >= 0 && found[i] === ')' && closed - extra > opened; i--) extra++;
  return extra;
}
