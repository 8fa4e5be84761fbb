/*
 * The literal index's table (literals.ts), laid out flat: which literals are
 * filed under a run's key, where in them the run starts, their characters
 * and the slots of the patterns that require them, all in a few typed arrays
 * instead of maps of objects and strings spread over the heap. A text's
 * every position looks up up to four keys; with the table in a handful of
 * contiguous blocks each look-up is one or two memory reads, which is what
 * the index's time went on.
 */

export interface FiledLiteral {
  literal: string;
  /** The slots of every pattern that requires this literal. */
  ids: number[];
  /** Where in the literal the run it is filed under starts. */
  offset: number;
}

export class LiteralRuns {
  private readonly mask: number;
  /** Per hash slot: the run's key (below 2^30), or −1 when empty, and the run's length. */
  private readonly keys: Int32Array;
  private readonly runs: Uint8Array;
  /** Per hash slot: its literals, `first` to `last` (exclusive) in the arrays below. */
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  /** Per literal: where its characters start in `chars`, its length, its run's offset, its slots in `ids`. */
  private readonly start: Int32Array;
  private readonly length: Int32Array;
  private readonly offset: Int32Array;
  private readonly idsFrom: Int32Array;
  private readonly idsTo: Int32Array;
  private readonly chars: Uint16Array;
  private readonly ids: Int32Array;

  /** `byLength[n - 1]` files literals under keys of runs of n characters (keys below 2^30). */
  constructor(byLength: readonly Map<number, FiledLiteral[]>[]) {
    const total = byLength.reduce((sum, map) => sum + map.size, 0);
    let size = 1;
    while (size < total * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(-1);
    this.runs = new Uint8Array(size);
    this.first = new Int32Array(size);
    this.last = new Int32Array(size);
    const start: number[] = [];
    const length: number[] = [];
    const offset: number[] = [];
    const idsFrom: number[] = [];
    const idsTo: number[] = [];
    const chars: number[] = [];
    const ids: number[] = [];
    byLength.forEach((map, n) => {
      for (const [key, list] of map) {
        let slot = this.slotOf(key, n + 1);
        while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
        this.keys[slot] = key;
        this.runs[slot] = n + 1;
        this.first[slot] = start.length;
        for (const filed of list) {
          start.push(chars.length);
          for (let i = 0; i < filed.literal.length; i += 1) chars.push(filed.literal.charCodeAt(i));
          length.push(filed.literal.length);
          offset.push(filed.offset);
          idsFrom.push(ids.length);
          ids.push(...filed.ids);
          idsTo.push(ids.length);
        }
        this.last[slot] = start.length;
      }
    });
    this.start = Int32Array.from(start);
    this.length = Int32Array.from(length);
    this.offset = Int32Array.from(offset);
    this.idsFrom = Int32Array.from(idsFrom);
    this.idsTo = Int32Array.from(idsTo);
    this.chars = Uint16Array.from(chars);
    this.ids = Int32Array.from(ids);
  }

  /** Marks in `found` the slots of each literal filed under the run of `n` characters (key `key`) starting at `at` that the text holds there. */
  markAt(text: string, at: number, key: number, n: number, found: Uint8Array): void {
    let slot = this.slotOf(key, n);
    for (let stored = this.keys[slot]!; stored !== key || this.runs[slot] !== n; stored = this.keys[slot]!) {
      if (stored === -1) return;
      slot = (slot + 1) & this.mask;
    }
    for (let q = this.first[slot]!; q < this.last[slot]!; q += 1) {
      const from = at - this.offset[q]!;
      const size = this.length[q]!;
      if (from < 0 || from + size > text.length) continue;
      const chars = this.start[q]!;
      let i = 0;
      while (i < size && this.chars[chars + i] === text.charCodeAt(from + i)) i += 1;
      if (i === size) for (let w = this.idsFrom[q]!; w < this.idsTo[q]!; w += 1) found[this.ids[w]!] = 1;
    }
  }

  private slotOf(key: number, n: number): number {
    return (Math.imul(key ^ (n << 28), 0x9e3779b1) >>> 0) & this.mask;
  }
}
