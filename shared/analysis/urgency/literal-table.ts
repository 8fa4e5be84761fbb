import { type FiledLiterals, type Required, requiredLiterals, sourceKey } from './literals';
import { PRECOMPUTED_INDEX, PRECOMPUTED_LITERALS, URGENCY_LITERALS } from './literals.generated';

export { sourceKey };

/*
 * Reading the required literals out of every rule's and frame's pattern
 * (literals.ts) was most of the urgency detector's import: about 950
 * patterns parsed on every cold start. The answers are fixed by the
 * patterns, so they are computed once, when the rules change
 * (`npm run build:urgency` writes literals.generated.ts), and looked up here
 * by a hash of the pattern. A pattern the table does not know (a rule edited
 * since) is parsed as before, so a stale table is slower, never wrong; the
 * unit test fails until it is regenerated.
 */

// Every literal the rules require, once; the table and the stored index name them by their number here.
let strings: string[] | null = null;
const literalStrings = () => (strings ??= JSON.parse(URGENCY_LITERALS) as string[]);

let table: Map<string, number[] | Required> | null = null;

/** The literals a folded pattern source requires: from the generated table, or parsed when it is not there. */
export function precomputedLiterals(source: string): Required {
  table ??= new Map(JSON.parse(PRECOMPUTED_LITERALS) as [string, number[] | null][]);
  const key = sourceKey(source);
  const known = table.get(key);
  if (known === undefined) return requiredLiterals(source);
  if (known === null || typeof known[0] === 'string') return known as Required;
  const required = (known as number[]).map((n) => literalStrings()[n]!);
  table.set(key, required);
  return required;
}

let stored: (Omit<FiledLiterals, 'literals'> & { key: string; count: number }) | null = null;

/**
 * The literal index (LiteralIndex) as built when the table was generated:
 * building it means filing ~16,000 literals, most of a Lambda's first
 * message. It holds only for the very literals and patterns it was built
 * for, filed in the same order (`key`, LiteralIndex.filedKey); otherwise the
 * index builds itself.
 */
export function precomputedIndex(key: string): FiledLiterals | undefined {
  stored ??= JSON.parse(PRECOMPUTED_INDEX) as Omit<FiledLiterals, 'literals'> & { key: string; count: number };
  return stored.key === key ? { ...stored, literals: literalStrings().slice(0, stored.count) } : undefined;
}
