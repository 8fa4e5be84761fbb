import { type Required, requiredLiterals } from './literals';
import { PRECOMPUTED_FILING, PRECOMPUTED_LITERALS } from './literals.generated';

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

let table: Map<string, Required> | null = null;

/** The literals a folded pattern source requires: from the generated table, or parsed when it is not there. */
export function precomputedLiterals(source: string): Required {
  table ??= new Map(JSON.parse(PRECOMPUTED_LITERALS) as [string, string[] | null][]);
  const known = table.get(sourceKey(source));
  return known === undefined ? requiredLiterals(source) : known;
}

let filing: { key: string; offsets: number[] } | null = null;

/**
 * Which of each literal's runs the literal index files it under (LiteralIndex),
 * as chosen when the table was generated: choosing means counting every run
 * of the ~10,000 literals, a third of the first message's time. The answer
 * holds only for the very literals it was counted over, in the same order
 * (a hash of them all tells); otherwise the index counts them itself.
 */
export function precomputedFiling(literals: readonly string[]): readonly number[] | undefined {
  filing ??= JSON.parse(PRECOMPUTED_FILING) as { key: string; offsets: number[] };
  return filing.offsets.length === literals.length && filing.key === sourceKey(literals.join('\n'))
    ? filing.offsets
    : undefined;
}

/**
 * A pattern's key in the table: its length and two independent 32-bit
 * hashes, so two different patterns sharing a key is not a practical risk.
 *
 * @example
 * sourceKey(String.raw`\bfire exit\b`) // e.g. '13.1k2v3x.9zq1pe'
 */
export function sourceKey(source: string): string {
  let fnv = 0x811c9dc5;
  let djb = 5381;
  for (let i = 0; i < source.length; i += 1) {
    const code = source.charCodeAt(i);
    fnv = Math.imul(fnv ^ code, 0x01000193);
    djb = (Math.imul(djb, 33) + code) | 0;
  }
  return `${source.length}.${(fnv >>> 0).toString(36)}.${(djb >>> 0).toString(36)}`;
}
