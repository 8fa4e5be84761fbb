import { analyseSentiment } from '../sentiment';

/*
 * The rows of the model's weights that a text's features land on, found
 * without spelling the features out. `extractFeatures` (features.ts) says
 * what the model reads and is what the weights were fitted on; it names
 * each feature as a string ("!balance", "work life"), and looking ~30 such
 * new strings up per text, each built by concatenation and hashed afresh,
 * was half the learned model's time. Here each word is looked up once, as
 * written, and its negated form, its contrast form ("~but") and the pairs it
 * starts are fields and small maps of what it finds. The same rows come out
 * in the same order, so the logits are the same to the last bit
 * (test/unit/analysis/workplace-sentiment-rows.test.ts holds the two
 * together: a change to features.ts fails it until this file follows).
 */

/** A word the weights know in some form: the rows (offsets into the weights) of each form, -1 where there is none. */
interface KnownWord {
  /** Its id as the second word of a pair. */
  readonly id: number;
  plain: number;
  /** `!word`: under a negation. */
  negated: number;
  /** `~word`: a contrast word opening a clause ("~but"). */
  contrast: number;
  /** Pairs it starts ("work life"): the second word's id → row. */
  pairs?: Map<number, number>;
  /** Pairs its contrast form starts ("~but the"). */
  contrastPairs?: Map<number, number>;
}

/** The weights' rows by what reads them: words, with their forms and pairs, and the named features (`@bias`, `#len3-5`, …). */
export interface WeightRows {
  words: Map<string, KnownWord>;
  named: Map<string, number>;
}

/** Indexes feature names (one per row of three weights, in order) as {@link readRows} looks them up. */
export function indexWeightRows(names: readonly string[]): WeightRows {
  const words = new Map<string, KnownWord>();
  const named = new Map<string, number>();
  const known = (word: string): KnownWord => {
    let found = words.get(word);
    if (!found) words.set(word, (found = { id: words.size, plain: -1, negated: -1, contrast: -1 }));
    return found;
  };
  names.forEach((name, i) => {
    const row = i * 3;
    const space = name.indexOf(' ');
    if (space >= 0) {
      const first = name.slice(0, space);
      const second = known(name.slice(space + 1)).id;
      if (first.startsWith('~')) (known(first.slice(1)).contrastPairs ??= new Map()).set(second, row);
      else (known(first).pairs ??= new Map()).set(second, row);
    } else if (name.startsWith('!')) known(name.slice(1)).negated = row;
    else if (name.startsWith('~')) known(name.slice(1)).contrast = row;
    else if (name.startsWith('@') || name.startsWith('#')) named.set(name, row);
    else known(name).plain = row;
  });
  return { words, named };
}

// As features.ts reads a text: the same tokens, clause ends, contrast words, negators and limits.
const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|\p{Extended_Pictographic}|[.!?;,:()\n]|\s[-–—]+\s/gu;
const CLAUSE_END = new Set(['.', '!', '?', ';', ',', ':', '(', ')', '\n']);
const CONTRAST = new Set([
  'but',
  'however',
  'although',
  'though',
  'yet',
  'whereas',
  'except',
  'unfortunately',
  'otherwise',
  'despite',
]);
const NEGATORS = new Set(
  `not no never nothing none nobody neither nor without cannot lack lacks lacking zero hardly barely rarely little
  nowhere dont doesnt didnt isnt wasnt arent werent cant couldnt wont wouldnt shouldnt havent hasnt hadnt aint`.split(
    /\s+/,
  ),
);
const NEGATION_SCOPE = 3;
const MAX_WORD_LENGTH = 24;
const MAX_TOKENS = 600;
const PRIOR_FLOOR = 0.02;

/** What {@link readRows} finds in a text. */
export interface TextRows {
  /** Rows of the text's clause features in the order features.ts lists them (each clause's words, then its pairs); -1 for a feature the weights lack. */
  clauseRows: Int32Array;
  /** How many of `clauseRows` are in use. */
  clauseFeatures: number;
  /** Word features (not pairs) among them, and how many of those the weights know. */
  words: number;
  known: number;
  /** The whole text's named features, as features.ts's `whole`: its length (`#len3-5`) first. */
  whole: string[];
  rules: [name: string, value: number][];
  prior: [number, number, number];
  evidence: { positive: number; negative: number };
}

// Reused from text to text (a process scores one text at a time): no arrays per word.
let clauseRows: Int32Array = new Int32Array(256);
let pairRows: Int32Array = new Int32Array(64);

/** The rows of a text's features, as {@link TextRows} tells. */
export function readRows(table: WeightRows, text: string): TextRows {
  let used = 0;
  let pairsUsed = 0;
  let words = 0;
  let known = 0;
  let inClause = 0;
  // The pairs the previous word of the clause starts; undefined when it starts none the weights know.
  let previousPairs: Map<number, number> | undefined;
  let negationLeft = 0;
  let tokens = 0;
  let exclamations = 0;
  let questions = 0;
  let wordCount = 0;

  const push = (row: number) => {
    if (used === clauseRows.length) clauseRows = grown(clauseRows);
    clauseRows[used++] = row;
    words++;
    if (row >= 0) known++;
  };
  const pushPair = (row: number) => {
    if (pairsUsed === pairRows.length) pairRows = grown(pairRows);
    pairRows[pairsUsed++] = row;
  };
  // A clause's pairs follow its words.
  const closeClause = () => {
    for (let i = 0; i < pairsUsed; i++) {
      if (used === clauseRows.length) clauseRows = grown(clauseRows);
      clauseRows[used++] = pairRows[i]!;
    }
    pairsUsed = 0;
    inClause = 0;
    previousPairs = undefined;
    negationLeft = 0;
  };

  const lower = text.toLowerCase().replace(/[’‘`´]/g, "'");
  for (const match of lower.matchAll(TOKEN)) {
    if (++tokens > MAX_TOKENS) break;
    const token = match[0];
    if (CLAUSE_END.has(token) || token.trim().length < token.length) {
      if (token === '!') exclamations++;
      else if (token === '?') questions++;
      closeClause();
      continue;
    }
    const word = token.includes("'") ? token.replace(/'/g, '') : token;
    if (word.length > MAX_WORD_LENGTH) continue;
    wordCount++;
    const entry = table.words.get(word);
    if (CONTRAST.has(word)) {
      closeClause();
      push(entry?.contrast ?? -1);
      inClause = 1;
      previousPairs = entry?.contrastPairs;
      continue;
    }
    if (inClause > 0) pushPair(entry ? (previousPairs?.get(entry.id) ?? -1) : -1);
    if (negationLeft > 0) {
      push(entry?.negated ?? -1);
      negationLeft--;
    } else push(entry?.plain ?? -1);
    inClause++;
    previousPairs = entry?.pairs;
    if (NEGATORS.has(word)) negationLeft = NEGATION_SCOPE;
  }
  closeClause();

  const whole = [`#len${lengthBucket(wordCount)}`];
  if (exclamations) whole.push('#exclaim');
  if (questions) whole.push('#question');
  return { clauseRows, clauseFeatures: used, words, known, whole, ...ruleFeatures(text) };
}

function grown(rows: Int32Array): Int32Array {
  const bigger = new Int32Array(rows.length * 2);
  bigger.set(rows);
  return bigger;
}

/** The rule-based scorer's evidence and verdict, as features.ts's ruleFeatures gives them. */
function ruleFeatures(text: string): Pick<TextRows, 'rules' | 'prior' | 'evidence'> {
  const { positive, negative, scores } = analyseSentiment(text);
  const pos = Math.log1p(positive);
  const neg = Math.log1p(negative);
  const floor = (p: number) => Math.log(Math.max(PRIOR_FLOOR, p));
  return {
    rules: [
      ['@rule+', pos],
      ['@rule-', neg],
      ['@rule+-', Math.min(pos, neg)],
    ],
    prior: [
      floor(scores.negative + scores.mixed / 2),
      floor(scores.neutral),
      floor(scores.positive + scores.mixed / 2),
    ],
    evidence: { positive: pos, negative: neg },
  };
}

function lengthBucket(words: number): string {
  if (words <= 2) return String(words);
  if (words <= 5) return '3-5';
  if (words <= 10) return '6-10';
  if (words <= 20) return '11-20';
  if (words <= 40) return '21-40';
  return '41+';
}
