/*
 * Which rules can possibly match a text, decided without running them. A
 * pattern such as `\b(?:punched|slapped) (?:me|him)\b` cannot match a text
 * that contains neither "punched" nor "slapped"; most texts contain none of
 * a rule's words, so most rules are skipped, and the costly regular
 * expressions (and their first-use compilation) run only where they can
 * match. The literals are read from the patterns themselves, so a rule
 * written tomorrow is covered without declaring anything. The analysis is
 * conservative: a pattern it cannot read is always run.
 */

/** Strings of which any match of a pattern must contain at least one; null when there is none to rely on. */
export type Required = readonly string[] | null;

interface Piece {
  /** Every string the piece can match, when they are few and known. */
  exact: string[] | null;
  /** Strings one of which every match of the piece contains. */
  required: Required;
  /** Matches nothing (a look-around, `\b`, `^`): it neither breaks nor extends a run of literals. */
  zeroWidth?: boolean;
  /** What every match of the piece contains, as a whole (literalCondition); undefined: nothing known. */
  condition?: Condition;
}

/**
 * What a text must contain for a pattern to match in it: a literal, all of
 * some conditions, or any of them (literalCondition).
 */
export type Condition = string | { all: Condition[] } | { any: Condition[] };

// A condition on one Latin letter says next to nothing and costs a look-up: such a literal counts as always there.
// One Han or Arabic character ("累", tired) is a word, or most of one.
const tellsSomething = (literal: string): boolean => literal.length >= 2 || literal.charCodeAt(0) >= 0x80;

const allOf = (conditions: (Condition | undefined)[]): Condition | undefined => {
  const known = conditions.filter((c): c is Condition => c !== undefined);
  return known.length === 0 ? undefined : known.length === 1 ? known[0] : { all: known };
};

const anyOf = (conditions: (Condition | undefined)[]): Condition | undefined =>
  conditions.length === 0 || conditions.some((c) => c === undefined)
    ? undefined
    : conditions.length === 1
      ? conditions[0]
      : { any: conditions as Condition[] };

const literalsCondition = (strings: readonly string[]): Condition | undefined =>
  strings.every(tellsSomething) ? anyOf([...new Set(strings)]) : undefined;

/**
 * Everything a regular-expression source (as `requiredLiterals` reads it)
 * requires of a text, not only its rarest set: each branch of an alternation
 * with all its parts. "\\b(?:oil|water|…) … (?:floors?|car ?parks?|…)|…" needs
 * a liquid AND a floor in one branch, where the literal gate asks only for
 * the floor ("park" in "parking is a nightmare"). A text that fails it cannot
 * match, so the pattern need not be compiled or run (matcher.ts). Undefined
 * when nothing is known or the source cannot be read.
 */
export function literalCondition(source: string): Condition | undefined {
  try {
    const parser = new Parser(source, better, 'condition');
    const piece = parser.alternation();
    return parser.i === source.length ? piece.condition : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `text` holds what `condition` asks for. */
export function holds(condition: Condition, text: string): boolean {
  if (typeof condition === 'string') return text.includes(condition);
  if ('all' in condition) return condition.all.every((c) => holds(c, text));
  return condition.any.some((c) => holds(c, text));
}

const MAX_EXACT = 64;
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S']);
const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
// The code of one character after a backslash: u and four hex digits, u and braces, or x and two.
const CODE_ESCAPE = /u([0-9A-Fa-f]{4})|u\{([0-9A-Fa-f]{1,6})\}|x([0-9A-Fa-f]{2})/y;

/**
 * The literals a regular-expression source (as compiled with the `u` flag,
 * no `i`) requires, or null when it cannot tell. Of the sets a pattern
 * requires, the one whose shortest literal is longest is answered, or with
 * `rarity` (each literal's chance at a position of a text: literal-rarity.ts,
 * read when the literal table is built) the one least likely to occur.
 * Every set answered is exact; the choice only decides how often a pattern is asked.
 *
 * @example
 * requiredLiterals(String.raw`\b(?:kill|hurt) (?:myself|himself)\b`) // ['kill ', 'hurt '] or the longer alternative
 */
export function requiredLiterals(source: string, rarity?: (literal: string) => number): Required {
  try {
    const parser = new Parser(source, rarity ? byRarity(rarity) : better, 'required');
    const piece = parser.alternation();
    if (parser.i !== source.length) return null;
    return usable(piece.required);
  } catch {
    return null;
  }
}

// A requirement of an empty string, or of a single very common letter, gates nothing.
const usable = (required: Required): Required =>
  required && required.length && required.every((s) => s.length > 0) ? required : null;
const score = (required: Required): number =>
  required && required.length ? Math.min(...required.map((s) => s.length)) : 0;
const better = (a: Required, b: Required): Required =>
  score(b) > score(a) || (score(b) === score(a) && b && a && b.length < a.length) ? b : a;

/** Of two required sets, the one less likely to occur in a text: the sum of its literals' chances (none, or an empty one: certain). */
function byRarity(rarity: (literal: string) => number): (a: Required, b: Required) => Required {
  const chance = (required: Required): number => {
    if (!required?.length) return Number.POSITIVE_INFINITY;
    let sum = 0;
    for (const literal of required) {
      // An empty literal gates nothing (usable).
      if (!literal) return Number.POSITIVE_INFINITY;
      sum += rarity(literal);
    }
    return sum;
  };
  return (a, b) => {
    const [x, y] = [chance(a), chance(b)];
    return y < x || (y === x && better(a, b) === b) ? b : a;
  };
}

/**
 * What a reading is for: the pieces carry both a condition and a required set, and each costs time to make (a cold
 * start reads a few long patterns on its first message, uncompiled): only the one asked for is made.
 */
type Reading = 'condition' | 'required';

// Characters that are a literal of their own wherever they stand, outside a class (none of `atom`'s other cases).
const SPECIAL = new Set(['(', ')', '[', ']', '{', '}', '.', '^', '$', '\\', '|', '*', '+', '?']);
const QUANTIFIER = new Set(['?', '*', '+', '{']);
const LOOK_AROUND = /\?(?:=|!|<=|<!)/y;
const NAMED = /\?<[A-Za-z_$][\w$]*>/y;
const BRACES = /\{(\d+)(,\d*)?\}/y;

class Parser {
  i = 0;
  private readonly wantCondition: boolean;
  private readonly wantRequired: boolean;
  constructor(
    private readonly source: string,
    /** Of two required sets, the one to gate on. */
    private readonly better: (a: Required, b: Required) => Required,
    reading: Reading,
  ) {
    this.wantCondition = reading === 'condition';
    this.wantRequired = reading === 'required';
  }

  private peek(): string | undefined {
    return this.source[this.i];
  }

  alternation(): Piece {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.i += 1;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const exact = branches.every((b) => b.exact) ? branches.flatMap((b) => b.exact!) : null;
    const required =
      this.wantRequired && branches.every((b) => usable(b.required))
        ? [...new Set(branches.flatMap((b) => b.required!))]
        : null;
    return {
      exact: exact && exact.length <= MAX_EXACT ? exact : null,
      required,
      condition: this.wantCondition ? anyOf(branches.map((b) => b.condition)) : undefined,
    };
  }

  private sequence(): Piece {
    let run: string[] | null = [''];
    let best: Required = null;
    let whole = true;
    const conditions: (Condition | undefined)[] = [];
    const flush = () => {
      if (run) {
        if (this.wantRequired) best = this.better(best, run);
        if (this.wantCondition) conditions.push(literalsCondition(run));
      }
      run = null;
    };
    while (this.i < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      // A stretch of plain characters, each a literal of its own, added to the run at once: what the loop below
      // does one character at a time (a new string for each of the run's alternatives at each character).
      if (run !== null && (run as string[]).length <= MAX_EXACT && (this.wantCondition || this.better === better)) {
        const stretch = this.plainStretch();
        if (stretch) {
          if (this.wantRequired) best = this.better(best, [stretch[0]!]);
          if (this.wantCondition) for (const c of stretch) if (c.charCodeAt(0) >= 0x80) conditions.push(c);
          run = (run as string[]).map((a) => a + stretch);
          continue;
        }
      }
      const piece = this.quantified(this.atom());
      if (piece.zeroWidth) continue;
      if (this.wantCondition) conditions.push(piece.condition);
      if (this.wantRequired) best = this.better(best, usable(piece.required));
      if (piece.exact && run) {
        const joined: string[] = run.flatMap((a) => piece.exact!.map((b) => a + b));
        if (joined.length <= MAX_EXACT) {
          run = joined;
          continue;
        }
      }
      flush();
      whole = false;
      if (piece.exact) run = piece.exact;
    }
    const exact: string[] | null = whole ? run : null;
    flush();
    return { exact, required: best, condition: this.wantCondition ? allOf(conditions) : undefined };
  }

  // The plain characters from here that no quantifier follows (each one's piece is its own literal), or ''.
  private plainStretch(): string {
    const { source } = this;
    const start = this.i;
    let end = start;
    while (end < source.length) {
      const c = source[end]!;
      const code = c.charCodeAt(0);
      // A surrogate (an astral character is one atom of two units) or anything `atom` reads otherwise.
      if (SPECIAL.has(c) || (code >= 0xd800 && code <= 0xdfff)) break;
      const after = source[end + 1];
      if (after !== undefined && QUANTIFIER.has(after)) break;
      end += 1;
    }
    this.i = end;
    return source.slice(start, end);
  }

  private quantified(piece: Piece): Piece {
    const c = this.peek();
    let min: number;
    if (c === '?' || c === '*') {
      min = 0;
      this.i += 1;
    } else if (c === '+') {
      min = 1;
      this.i += 1;
    } else if (c === '{') {
      BRACES.lastIndex = this.i;
      const match = BRACES.exec(this.source);
      if (!match) throw new Error('brace');
      min = Number(match[1]);
      this.i += match[0].length;
      if (match[2] === undefined && min <= 1) {
        if (this.peek() === '?') this.i += 1;
        return min === 1 ? piece : { exact: [''], required: null };
      }
    } else {
      return piece;
    }
    if (this.peek() === '?') this.i += 1;
    if (piece.zeroWidth) return piece;
    return {
      exact: null,
      required: min >= 1 ? piece.required : null,
      condition: min >= 1 ? piece.condition : undefined,
    };
  }

  private atom(): Piece {
    const c = this.source[this.i++]!;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '.':
        return { exact: null, required: null };
      case '^':
      case '$':
        return { exact: null, required: null, zeroWidth: true };
      case '\\':
        return this.escape();
      case ')':
      case '|':
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Error(`unexpected ${c}`);
      default: {
        // A whole code point: astral characters are one atom under the `u` flag.
        const code = c.codePointAt(0)!;
        if (code > 0xffff) {
          this.i += 1;
          return literal(String.fromCodePoint(code));
        }
        return literal(c);
      }
    }
  }

  private group(): Piece {
    const { source } = this;
    LOOK_AROUND.lastIndex = this.i;
    const look = LOOK_AROUND.exec(source);
    if (look) {
      this.i += look[0].length;
      this.alternation();
      this.close();
      return { exact: null, required: null, zeroWidth: true };
    }
    NAMED.lastIndex = this.i;
    const named = NAMED.exec(source);
    if (source.startsWith('?:', this.i)) this.i += 2;
    else if (named) this.i += named[0].length;
    else if (source[this.i] === '?') throw new Error('group modifier');
    const inner = this.alternation();
    this.close();
    return inner;
  }

  private close(): void {
    if (this.source[this.i++] !== ')') throw new Error('unclosed group');
  }

  // A small class of plain characters ("[ae]", "[cs]") is its characters;
  // anything else (ranges, negation, escapes) matches too much to require.
  private charClass(): Piece {
    const start = this.i;
    let plain = true;
    while (this.i < this.source.length && this.source[this.i] !== ']') {
      if (this.source[this.i] === '\\') {
        plain = false;
        this.i += 1;
      }
      this.i += 1;
    }
    if (this.i >= this.source.length) throw new Error('unclosed class');
    const body = this.source.slice(start, this.i);
    this.i += 1;
    if (!plain || !body || body.startsWith('^') || body.includes('[') || body.slice(1, -1).includes('-'))
      return { exact: null, required: null };
    return { exact: [...new Set(Array.from(body))], required: null };
  }

  private escape(): Piece {
    const c = this.source[this.i++];
    if (c === undefined) throw new Error('trailing backslash');
    if (c === 'b' || c === 'B') return { exact: null, required: null, zeroWidth: true };
    if (CLASS_ESCAPES.has(c)) return { exact: null, required: null };
    if (c === 'p' || c === 'P') {
      const end = this.source.indexOf('}', this.i);
      if (this.peek() !== '{' || end < 0) throw new Error('property');
      this.i = end + 1;
      return { exact: null, required: null };
    }
    if (c in CONTROL) return literal(CONTROL[c]!);
    // A character written as its code ("f\u00fcr", "\u{1F525}", "\xe9"): the rules are compiled with the `u` flag,
    // so each is exactly that one character, and a rule spelling "f\u00fcr" needs "für" as much as one spelling "für".
    if (c === 'u' || c === 'x') {
      CODE_ESCAPE.lastIndex = this.i - 1;
      const code = CODE_ESCAPE.exec(this.source);
      const point = code ? Number.parseInt(code[1] ?? code[2] ?? code[3]!, 16) : -1;
      // Half of a pair (or no code at all) is left unread, as before.
      if (!code || (point >= 0xd800 && point <= 0xdfff) || point > 0x10ffff) throw new Error('escape');
      this.i += code[0].length - 1;
      return literal(String.fromCodePoint(point));
    }
    if (c === 'c' || c === 'k' || /[1-9]/.test(c)) throw new Error('escape');
    if (/[A-Za-z0-9]/.test(c)) throw new Error(`unknown escape \\${c}`);
    return literal(c);
  }
}

const literal = (s: string): Piece => ({ exact: [s], required: [s], condition: literalsCondition([s]) });

/**
 * The literal index as `npm run build:urgency` stores it (literal-table.ts):
 * the distinct literals in the order first filed, the offset of the run each
 * is filed under, and the slots of the patterns that require each one
 * (`slotIds[slotStart[i]]` up to `slotIds[slotStart[i + 1]]`).
 */
export interface FiledLiterals {
  literals: readonly string[];
  offsets: ArrayLike<number>;
  slotStart: ArrayLike<number>;
  slotIds: ArrayLike<number>;
}

/** The built index: each literal's run key in a hash table of typed arrays (see `present`). */
interface Built extends FiledLiterals {
  keys: Int32Array;
  lengths: Uint8Array;
  head: Int32Array;
  next: Int32Array;
  shift: number;
  /** One bit per run length and key's low bits (see FILTER_MASK): 8 KB a length, small enough to stay in cache. */
  filter: Uint8Array;
}

/**
 * Many patterns' required literals, looked for in one pass over a text. Each
 * literal is filed under its rarest run of up to four characters (hashed to
 * a number, so no strings are built; runs with spaces count as common), and
 * every position of the text looks up what may occur there. A literal that
 * several patterns require is filed once, with all their slots, so it is
 * compared with the text once.
 */
export class LiteralIndex {
  private readonly pending: { literal: string; id: number }[] = [];
  private byKey: Built | null = null;
  private count = 0;
  // What was filed, in order, as one string: the key under which a stored index is looked up.
  private filed = '';

  /**
   * `filedAt` tells, for the distinct literals in the order first filed, the
   * offset of the run each is filed under, or undefined when it does not know
   * them; any run of a literal finds it, so a wrong answer would only cost
   * speed, never a match. `stored` answers the whole index as
   * `npm run build:urgency` stored it, for the key of exactly what was filed
   * (literal-table.ts), so a cold start need not build it: building it cost
   * a Lambda's first message 50-100 ms of CPU (17,000 literals).
   */
  constructor(
    private readonly filedAt?: (literals: readonly string[]) => readonly number[] | undefined,
    private readonly stored?: (key: string) => FiledLiterals | undefined,
  ) {}

  /**
   * An index of exactly a stored filing of `slots` patterns (literal-table.ts), whatever it was filed under:
   * for callers that check themselves that it holds their patterns' literals (compile-on-first-use.ts).
   */
  static ofFiling(filing: FiledLiterals, slots: number): LiteralIndex {
    const index = new LiteralIndex(undefined, () => filing);
    index.count = slots;
    return index;
  }

  /** How many slots `present` answers. */
  get size(): number {
    return this.count;
  }

  /**
   * Files a pattern's literals; the id is its slot in `present`'s answer, or -1 when it must always run.
   * A slot may be named (`id`): patterns that share one run on every text holding a literal of any of them,
   * so sharing costs speed, never a match.
   */
  add(required: Required, id = this.count): number {
    if (!required) return -1;
    this.count = Math.max(this.count, id + 1);
    for (const literal of required) this.pending.push({ literal, id });
    this.filed += `${JSON.stringify(required)}\n`;
    this.byKey = null;
    this.lastTexts = [];
    this.lastAnswers = [];
    return id;
  }

  /** The key of what was filed, in order: a stored index is used only for exactly these literals and slots. */
  filedKey(): string {
    return sourceKey(this.filed);
  }

  /**
   * For each pattern filed, 1 when one of its literals occurs in the text. The answer is shared: read it, never
   * write to it. The last two are kept: the rules and the idioms of the whole text ask about the same text in turn
   * (matcher.ts), with the text's clauses asked about in between.
   */
  present(text: string): Uint8Array {
    if (text === this.lastTexts[0]) return this.lastAnswers[0]!;
    if (text === this.lastTexts[1]) return this.lastAnswers[1]!;
    const found = this.scan(text);
    this.lastTexts[1] = this.lastTexts[0];
    this.lastAnswers[1] = this.lastAnswers[0];
    this.lastTexts[0] = text;
    this.lastAnswers[0] = found;
    return found;
  }

  // The last texts asked about and their answers, newest first (emptied when a pattern is filed).
  private lastTexts: (string | undefined)[] = [];
  private lastAnswers: (Uint8Array | undefined)[] = [];

  private scan(text: string): Uint8Array {
    const { literals, offsets, slotStart, slotIds, keys, lengths, head, next, shift, filter } = (this.byKey ??=
      this.build());
    const found = new Uint8Array(this.count);
    const length = text.length;
    // One pass: the runs of one to four characters starting at each position, each key built on the last.
    for (let i = 0; i < length; i += 1) {
      let key = 0;
      for (let n = 1; n <= RUN && i + n <= length; n += 1) {
        key = extendKey(key, n, text.charCodeAt(i + n - 1));
        // Most runs of a text start no literal: a bit per key's low bits answers that without a look-up.
        const bit = ((n - 1) << FILTER_BITS) | (key & FILTER_MASK);
        if ((filter[bit >>> 3]! & (1 << (bit & 7))) === 0) continue;
        for (let j = head[bucketOf(key, n, shift)]!; j >= 0; j = next[j]!) {
          if (keys[j] !== key || lengths[j] !== n) continue;
          const offset = offsets[j]!;
          if (i >= offset && text.startsWith(literals[j]!, i - offset))
            for (let s = slotStart[j]!; s < slotStart[j + 1]!; s += 1) found[slotIds[s]!] = 1;
        }
      }
    }
    return found;
  }

  /** The whole index counted afresh: what `npm run build:urgency` stores, and what `stored` answers. */
  filing(): FiledLiterals {
    const ids = this.slots();
    const literals = [...ids.keys()];
    const frequency = frequencyOf(literals);
    return { literals, offsets: literals.map((literal) => rarestRun(literal, frequency)), ...slotsOf(ids) };
  }

  // Each distinct literal with the slots of every pattern that requires it.
  private slots(): Map<string, number[]> {
    const ids = new Map<string, number[]>();
    for (const { literal, id } of this.pending) {
      const list = ids.get(literal);
      if (!list) ids.set(literal, [id]);
      else if (!list.includes(id)) list.push(id);
    }
    return ids;
  }

  // The stored index when it is for these very literals; else each literal under the run `filedAt` names,
  // or the rarest of its runs among all literals.
  private filedLiterals(): FiledLiterals {
    const stored = this.stored?.(this.filedKey());
    if (stored) return stored;
    const ids = this.slots();
    const literals = [...ids.keys()];
    const known = this.filedAt?.(literals);
    return { literals, offsets: known ?? [], ...slotsOf(ids) };
  }

  // Built once, after every pattern is filed: every literal in a hash table by its run's key and length.
  private build(): Built {
    const filed = this.filedLiterals();
    const { literals } = filed;
    const count = literals.length;
    let frequency: Map<number, number> | null = null;
    const offsets = new Int32Array(count);
    const keys = new Int32Array(count);
    const lengths = new Uint8Array(count);
    const bits = Math.max(4, Math.ceil(Math.log2(count * 2 + 1)));
    const head = new Int32Array(1 << bits).fill(-1);
    const next = new Int32Array(count);
    const shift = 32 - bits;
    const filter = new Uint8Array((RUN << FILTER_BITS) >>> 3);
    for (let i = 0; i < count; i += 1) {
      const literal = literals[i]!;
      const n = Math.min(RUN, literal.length);
      const known = filed.offsets[i];
      const offset =
        known !== undefined && known >= 0 && known + n <= literal.length
          ? known
          : rarestRun(literal, (frequency ??= frequencyOf(literals)));
      const key = runKey(literal, offset, n);
      offsets[i] = offset;
      keys[i] = key;
      lengths[i] = n;
      const bucket = bucketOf(key, n, shift);
      next[i] = head[bucket]!;
      head[bucket] = i;
      const bit = ((n - 1) << FILTER_BITS) | (key & FILTER_MASK);
      filter[bit >>> 3]! |= 1 << (bit & 7);
    }
    return { ...filed, offsets, keys, lengths, head, next, shift, filter };
  }
}

// Each literal's slots, flat: those of literal i are slotIds[slotStart[i]] up to slotIds[slotStart[i + 1]].
function slotsOf(ids: Map<string, number[]>): { slotStart: number[]; slotIds: number[] } {
  const slotStart = [0];
  const slotIds: number[] = [];
  for (const list of ids.values()) {
    slotIds.push(...list);
    slotStart.push(slotIds.length);
  }
  return { slotStart, slotIds };
}

// A run's key and length to a bucket of the hash table (the top bits of a multiplicative hash).
const bucketOf = (key: number, n: number, shift: number): number => Math.imul(key ^ (n << 28), 0x9e3779b1) >>> shift;

/**
 * A pattern's key in a table, or of anything written as a string: its length
 * and two independent 32-bit hashes, so two different strings sharing a key
 * is not a practical risk.
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

// How many distinct literals hold each run.
function frequencyOf(literals: Iterable<string>): Map<number, number> {
  const frequency = new Map<number, number>();
  for (const literal of literals)
    for (const [key, n] of runs(literal)) frequency.set(key * 8 + n, (frequency.get(key * 8 + n) ?? 0) + 1);
  return frequency;
}

// The offset of the literal's run that the fewest literals share (runs with spaces count as common).
function rarestRun(literal: string, frequency: Map<number, number>): number {
  let best: { offset: number; cost: number } | null = null;
  for (const [key, n, at, spaced] of runs(literal)) {
    const cost = (frequency.get(key * 8 + n) ?? 0) * (spaced ? 8 : 1) * (RUN + 1 - n);
    if (!best || cost < best.cost) best = { offset: at, cost };
  }
  return best!.offset;
}

/** The longest run a literal is filed under: four letters occur in far fewer texts than three. */
const RUN = 4;
/** Keys are filtered by their low 16 bits: a bit each, 8 KB per run length (bytes took 64 KB each, and missed the cache). */
const FILTER_BITS = 16;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

// Every run of four characters in a literal (the whole of a shorter one): key, length, offset, whether it holds a space.
function runs(literal: string): [number, number, number, boolean][] {
  const n = Math.min(RUN, literal.length);
  const out: [number, number, number, boolean][] = [];
  for (let at = 0; at + n <= literal.length; at += 1)
    out.push([runKey(literal, at, n), n, at, literal.slice(at, at + n).includes(' ')]);
  return out;
}

// Up to four UTF-16 code units hashed to a small integer (fast map keys);
// two runs sharing a key only means one more literal is checked.
function runKey(text: string, at: number, n: number): number {
  let key = 0;
  for (let k = 1; k <= n; k += 1) key = extendKey(key, k, text.charCodeAt(at + k - 1));
  return key;
}

const MIXERS = [0, 0x9e3779b1, 0x85ebca6b, 0xc2b2ae35];

/** The key of a run of `n` units from the key of its first `n - 1` and its last unit. */
function extendKey(key: number, n: number, code: number): number {
  return n === 1 ? code & 0x3fffffff : (Math.imul(key, MIXERS[n - 1]!) ^ code) & 0x3fffffff;
}
