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

/** Every literal the rules require (folded, lower case): the words words-run-together.ts splits a run of letters into. */
export const urgencyLiteralStrings = (): readonly string[] => literalStrings();

// Each pattern's key → its entry: where the numbers of its literals start in `numbers` and how many (null: none to rely on).
let entries: [string, number | null, number][] | null = null;
let table: Map<string, number> | null = null;
let numbers: Uint8Array | null = null;
const known = new Map<string, Required>();

/** The literals a folded pattern source requires: from the generated table, or parsed when it is not there. */
export function precomputedLiterals(source: string): Required {
  if (!table) {
    const parsed = JSON.parse(PRECOMPUTED_LITERALS) as { entries: [string, number | null, number][]; numbers: string };
    entries = parsed.entries;
    table = new Map();
    for (let i = 0; i < entries.length; i += 1) table.set(entries[i]![0], i);
    numbers = Buffer.from(parsed.numbers, 'base64');
  }
  const key = sourceKey(source);
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const at = table.get(key);
  if (at === undefined) return requiredLiterals(source);
  const [, start, count] = entries![at]!;
  let required: string[] | null = null;
  if (start !== null) {
    // Two bytes a number, little-endian, read in place (this runs for ~1,000 patterns at every cold start).
    const strings = literalStrings();
    const bytes = numbers!;
    required = new Array<string>(count);
    for (let i = 0; i < count; i += 1) {
      const byte = (start + i) * 2;
      required[i] = strings[bytes[byte]! | (bytes[byte + 1]! << 8)]!;
    }
  }
  known.set(key, required);
  return required;
}

/** The stored index as `npm run build:urgency` writes it: base64 bytes, one per offset and per count of slots, two per slot. */
interface StoredIndex {
  key: string;
  /** Each language's share of the slots, in the order filed: its code, the key of what it filed alone, its first slot and how many. */
  languages: LanguageSlots[];
  count: number;
  offsets: string;
  slotCounts: string;
  slotIds: string;
}

let stored: StoredIndex | null = null;
let unpacked: FiledLiterals | null = null;

/**
 * The literal index (LiteralIndex) as built when the table was generated:
 * building it means filing ~16,000 literals, most of a Lambda's first
 * message. It holds only for the very literals and patterns it was built
 * for, filed in the same order (`key`, LiteralIndex.filedKey); otherwise the
 * index builds itself.
 */
export function precomputedIndex(key: string): FiledLiterals | undefined {
  return storedIndex().key === key ? storedFiling() : undefined;
}

/** Where one language's patterns sit in the stored index: `[code, key of what it filed alone, first slot, slots]`. */
export type LanguageSlots = [code: string, key: string, first: number, slots: number];

/** Each language's slots in the stored index, in the order they were filed, and how many slots it has in all. */
export function storedSlots(): { languages: readonly LanguageSlots[]; slots: number } {
  const { languages } = storedIndex();
  const last = languages.at(-1);
  return { languages, slots: last ? last[2] + last[3] : 0 };
}

const storedIndex = (): StoredIndex => (stored ??= JSON.parse(PRECOMPUTED_INDEX) as StoredIndex);

/**
 * The stored index whatever it was filed for: only for a caller that has
 * checked the patterns it reads against `storedSlots` (compile-on-first-use.ts).
 */
export function storedFiling(): FiledLiterals {
  const stored = storedIndex();
  if (!unpacked) {
    const counts = Buffer.from(stored.slotCounts, 'base64');
    const slotStart = new Int32Array(counts.length + 1);
    for (let i = 0; i < counts.length; i += 1) slotStart[i + 1] = slotStart[i]! + counts[i]!;
    const idBytes = Buffer.from(stored.slotIds, 'base64');
    const slotIds = new Uint16Array(idBytes.length / 2);
    // Two bytes a slot, little-endian, put together here: ~37,000 calls of Buffer's readUInt16LE took 7-18 ms of CPU
    // of a Lambda's first message on Node 24, this 1-2 (docs/performance-log.md, "helper cold38").
    for (let i = 0; i < slotIds.length; i += 1) slotIds[i] = idBytes[2 * i]! | (idBytes[2 * i + 1]! << 8);
    unpacked = {
      literals: literalStrings().slice(0, stored.count),
      offsets: Buffer.from(stored.offsets, 'base64'),
      slotStart,
      slotIds,
    };
  }
  return unpacked;
}
