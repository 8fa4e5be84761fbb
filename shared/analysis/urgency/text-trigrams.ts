import type { Condition } from './literals';

/*
 * A rule's word condition (rule-conditions.ts) read from one pass over the text instead of a search of the text per
 * word.
 *
 * Past its literal gate (one scan for every rule: literals.ts, LiteralIndex), a rule asks whether the text holds every
 * literal one of its branches needs, and turns away about 19 texts in 20 there. Asked with `text.includes` for each
 * word, a tweet's ~11 rules past their gates visited ~330 words and cost ~36-49 µs of CPU, a fifth of the rule
 * matching (Node 20, 2026-12-06, gate36). An index of every condition's literals, scanned once per text, cost about
 * as much (thr25, thr28; re-measured by gate36): the English conditions alone hold thousands of literals, many of
 * them short and common.
 *
 * So the text's three-character runs are marked once, in a small table, the first time a condition asks about the
 * text; a literal of three or more characters is searched for only when every one of its runs is marked. A literal
 * the text holds has all its runs in the text, so no answer changes: a mark shared by two runs (the table is hashed)
 * only sends a literal to the search it would have had anyway. Most words of a condition are answered by a few reads
 * of the table.
 */

/**
 * A condition with each literal's runs hashed once, as `holdsMarked` reads it. Every node has the same shape (a word:
 * its runs; "all of" / "any of": its parts), so the walk below reads one kind of object, not three.
 */
export interface MarkedCondition {
  kind: typeof WORD | typeof ALL | typeof ANY;
  literal: string;
  /** The word's run hashes; null: shorter than a run, searched for directly. */
  runs: Int32Array | null;
  parts: MarkedCondition[];
}

const WORD = 0;
const ALL = 1;
const ANY = 2;

/** The condition's literals with their runs' hashes. */
export function marked(condition: Condition): MarkedCondition {
  if (typeof condition === 'string') return { kind: WORD, literal: condition, runs: runsOf(condition), parts: [] };
  return 'all' in condition
    ? { kind: ALL, literal: '', runs: null, parts: condition.all.map(marked) }
    : { kind: ANY, literal: '', runs: null, parts: condition.any.map(marked) };
}

/** Whether `text` holds what `condition` asks for: the answer of `holds` (literals.ts), with the runs read first. */
export function holdsMarked(condition: MarkedCondition, text: string): boolean {
  if (text !== markedText) mark(text);
  return holdsIn(condition, text);
}

function holdsIn(condition: MarkedCondition, text: string): boolean {
  if (condition.kind === WORD) {
    const { runs } = condition;
    if (runs !== null) for (let i = 0; i < runs.length; i += 1) if (stamps[runs[i]!] !== generation) return false;
    return text.includes(condition.literal);
  }
  const { parts } = condition;
  if (condition.kind === ALL) {
    for (let i = 0; i < parts.length; i += 1) if (!holdsIn(parts[i]!, text)) return false;
    return true;
  }
  for (let i = 0; i < parts.length; i += 1) if (holdsIn(parts[i]!, text)) return true;
  return false;
}

const RUN = 3;
/** 8,192 marks (32 KB): a tweet marks about 1 % of them, a long review a tenth. */
const BITS = 13;

// The table: a run's hash is marked for the text being read when its stamp is that text's generation, so a new text
// needs no clearing.
const stamps = new Int32Array(1 << BITS);
let generation = 0;
let markedText: string | undefined;

function mark(text: string): void {
  generation += 1;
  if (generation === 0x7fffffff) {
    stamps.fill(0);
    generation = 1;
  }
  for (let i = 0; i + RUN <= text.length; i += 1)
    stamps[runHash(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2))] = generation;
  markedText = text;
}

// A literal's distinct run hashes: all are read, since a text lacking any one of them cannot hold the literal.
function runsOf(literal: string): Int32Array | null {
  if (literal.length < RUN) return null;
  const hashes = new Set<number>();
  for (let i = 0; i + RUN <= literal.length; i += 1)
    hashes.add(runHash(literal.charCodeAt(i), literal.charCodeAt(i + 1), literal.charCodeAt(i + 2)));
  return Int32Array.from(hashes);
}

const runHash = (a: number, b: number, c: number): number =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> (32 - BITS);
