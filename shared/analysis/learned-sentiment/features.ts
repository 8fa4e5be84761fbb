/**
 * What the learned sentiment model reads in a text: words, pairs of words,
 * words under a negation ("no work life balance" gives `!balance`), and a
 * few signals about the whole text. The fitting script and the model both
 * call `extractFeatures`, so what was learned is exactly what is scored.
 *
 * Change anything here and refit (`npm run fit:sentiment`): the weights
 * record a hash of this file, and a test fails until they are refitted.
 */

import { analyseSentiment } from '../sentiment';

/** The features of one clause: a stretch of text between commas, full stops, "but" and the like. */
export interface Clause {
  features: string[];
}

export interface TextFeatures {
  clauses: Clause[];
  /** Features of the whole text: its length, its punctuation. */
  whole: string[];
  /** Real-valued features: the rule-based scorer's evidence, so what the rules know is not thrown away. */
  rules: [name: string, value: number][];
  /**
   * The rule-based scorer's verdict as log-probabilities (negative, neutral,
   * positive): the learned weights are fitted as corrections to it, so where
   * they know nothing (text unlike any review) the rules decide.
   */
  prior: [number, number, number];
  /** The rule-based scorer's positive and negative evidence on a log scale: both high means a mixed text. */
  evidence: { positive: number; negative: number };
}

// Words, emoji, and the punctuation that ends a clause or a sentence. Apostrophes
// stay inside words ("doesn't"); hyphens split them ("work-life" = "work life").
const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|\p{Extended_Pictographic}|[.!?;,:()\n]|\s[-–—]+\s/gu;
const CLAUSE_END = new Set(['.', '!', '?', ';', ',', ':', '(', ')', '\n']);

// Words that start a new clause and turn the argument: "great people but bad pay".
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

// A negator flips the words after it, up to a few words or the end of the clause.
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'none',
  'nobody',
  'neither',
  'nor',
  'without',
  'cannot',
  'lack',
  'lacks',
  'lacking',
  'zero',
  'hardly',
  'barely',
  'rarely',
  'little',
  'nowhere',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'cant',
  'couldnt',
  'wont',
  'wouldnt',
  'shouldnt',
  'havent',
  'hasnt',
  'hadnt',
  'aint',
]);
const NEGATION_SCOPE = 3;

/** Longest word kept as a feature: longer runs are ids, URLs or keyboard mashing. */
const MAX_WORD_LENGTH = 24;
/** Texts longer than this are read only this far: the weights of a linear model add up, and intake caps texts at 1,600 characters anyway. */
const MAX_TOKENS = 600;

/**
 * The features of a text, clause by clause.
 *
 * @example
 * extractFeatures('No work life balance').clauses[0].features
 * // ['no', '!work', '!life', '!balance', 'no work', 'work life', 'life balance']
 */
export function extractFeatures(text: string): TextFeatures {
  const clauses: Clause[] = [];
  let words: string[] = [];
  let negationLeft = 0;
  let tokens = 0;
  let exclamations = 0;
  let questions = 0;
  let wordCount = 0;

  const closeClause = () => {
    if (words.length) clauses.push({ features: clauseFeatures(words) });
    words = [];
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
    const word = token.includes("'") ? contract(token) : token;
    if (word.length > MAX_WORD_LENGTH) continue;
    wordCount++;
    if (CONTRAST.has(word)) {
      closeClause();
      words.push(`~${word}`);
      continue;
    }
    if (negationLeft > 0) {
      words.push(`!${word}`);
      negationLeft--;
    } else words.push(word);
    if (NEGATORS.has(word)) negationLeft = NEGATION_SCOPE;
  }
  closeClause();

  const whole = [`#len${lengthBucket(wordCount)}`];
  if (exclamations) whole.push('#exclaim');
  if (questions) whole.push('#question');
  return { clauses, whole, ...ruleFeatures(text) };
}

/**
 * The rule-based scorer's positive and negative evidence (negation,
 * intensifiers, contrast, emoji, the workplace lexicon), on a log scale so
 * one very long text does not swamp the words' weights.
 */
function ruleFeatures(text: string): Pick<TextFeatures, 'rules' | 'prior' | 'evidence'> {
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
// The rules' confidences can be near 0 or 1; a floor keeps one text from being beyond correction.
const PRIOR_FLOOR = 0.02;

// "doesn't" and "doesnt" are written both ways; "it's" and "its" too.
function contract(word: string): string {
  return word.replace(/'/g, '');
}

function clauseFeatures(words: string[]): string[] {
  const features = words.slice();
  for (let i = 1; i < words.length; i++) features.push(`${plain(words[i - 1]!)} ${plain(words[i]!)}`);
  return features;
}

function plain(word: string): string {
  return word.charCodeAt(0) === 33 /* ! */ ? word.slice(1) : word;
}

function lengthBucket(words: number): string {
  if (words <= 2) return String(words);
  if (words <= 5) return '3-5';
  if (words <= 10) return '6-10';
  if (words <= 20) return '11-20';
  if (words <= 40) return '21-40';
  return '41+';
}
