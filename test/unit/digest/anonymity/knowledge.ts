/**
 * The attacker: an operator holding every digest of several weeks (the
 * leadership digest and every sponsor variant; the JSON archive is the
 * model, and the renderings show a subset of it). Every figure shown
 * becomes a linear equation over the finest cells (week × site × channel ×
 * sentiment, week × topic × sentiment, week × phrase × sentiment, week ×
 * site × kiosk face); a percentage of a shown count is taken as giving its
 * part exactly, changes and averages as giving the other side exactly. A
 * group is determined when its sum is a linear combination of the known
 * ones (row space, computed modulo a large prime). Non-negativity and
 * bounds are not used: this attacker knows sums, not inequalities.
 */
export type Form = Map<string, number>;
const P = 67_108_859; // prime below 2^26: products stay exact in a double
const mod = (a: number) => ((a % P) + P) % P;
function inverse(a: number): number {
  let [t, newT, r, newR] = [0, 1, P, mod(a)];
  while (newR !== 0) {
    const q = Math.floor(r / newR);
    [t, newT] = [newT, t - q * newT];
    [r, newR] = [newR, r - q * newR];
  }
  return mod(t);
}

export class Knowledge {
  private readonly index = new Map<string, number>();
  private readonly basis = new Map<number, Map<number, number>>(); // pivot → row whose smallest column is the pivot
  private toRow(form: Form): Map<number, number> {
    const row = new Map<number, number>();
    for (const [name, c] of form) {
      if (!this.index.has(name)) this.index.set(name, this.index.size);
      const i = this.index.get(name)!;
      row.set(i, mod((row.get(i) ?? 0) + c));
    }
    for (const [i, c] of row) if (c === 0) row.delete(i);
    return row;
  }
  private reduce(row: Map<number, number>): Map<number, number> {
    for (;;) {
      let pivot = -1;
      for (const i of row.keys()) if (this.basis.has(i) && (pivot < 0 || i < pivot)) pivot = i;
      if (pivot < 0) return row;
      const factor = row.get(pivot)!;
      for (const [i, c] of this.basis.get(pivot)!) {
        const v = mod((row.get(i) ?? 0) - ((factor * c) % P));
        if (v === 0) row.delete(i);
        else row.set(i, v);
      }
    }
  }
  learn(form: Form) {
    const row = this.reduce(this.toRow(form));
    if (row.size === 0) return;
    const pivot = Math.min(...row.keys());
    const scale = inverse(row.get(pivot)!);
    for (const [i, c] of row) row.set(i, (c * scale) % P);
    this.basis.set(pivot, row);
  }
  determines(form: Form): boolean {
    return this.reduce(this.toRow(form)).size === 0;
  }
}
