import { STORED_CONDITIONS } from './conditions.generated';
import { type Condition, literalCondition, sourceKey } from './literals';
import { possibleMatchIndexed } from './rule-conditions';

/*
 * The literal conditions (literals.ts, literalCondition) of the two long expressions every message asks before running
 * them: the repaired-hazard words of every language (resolved.ts, 6,900 characters) and the ordinary-life sentences
 * (ordinary-life.ts, 5,200). Reading them from their patterns was a tenth of a Lambda's first message (docs/performance.md,
 * "cold26"); the answers are fixed by the patterns, so `npm run build:urgency` reads them once and stores them here,
 * keyed by the pattern's hash. A pattern edited since is not found and is read as before: slower, never wrong.
 */

let table: Map<string, Condition | null> | null = null;

/** A pattern's stored condition (null: nothing known, it always runs), or undefined when the table does not hold it. */
export function storedCondition(source: string): Condition | null | undefined {
  table ??= new Map(Object.entries(JSON.parse(STORED_CONDITIONS) as Record<string, Condition | null>));
  return table.get(sourceKey(source));
}

/** A pattern's condition from the stored table when it holds the pattern, else read from the pattern. */
export function storedOrRead(source: string): Condition | undefined {
  const stored = storedCondition(source);
  return stored === undefined ? literalCondition(source) : (stored ?? undefined);
}

/**
 * possibleMatchIndexed (rule-conditions.ts: after a few texts one scan answers every word), its condition taken from
 * the stored table when it holds the pattern.
 */
export function possibleMatchStored(source: string): (text: string) => boolean {
  return possibleMatchIndexed(source, storedOrRead);
}
