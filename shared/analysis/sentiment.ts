import type { Sentiment, SentimentScores } from '../domain/feedback';
import {
  CONCESSIVE,
  CONTRAST_AFTER,
  DIMINISHERS,
  type Entry,
  GOOD_WHEN_HIGH,
  GOOD_WHEN_LOW,
  INTENSIFIERS,
  LEVEL_HIGH,
  LEVEL_LOW,
  LIKE_SUBJECTS,
  LONGEST_PHRASE,
  NEGATION_EXTENDERS,
  NEGATION_SCOPE,
  NEGATORS,
  PHRASE_ENTRIES,
  PHRASE_PREFIXES,
  WORDS,
} from './lexicon';
import { segmentHashtag } from './hashtags';
import {
  ELONGATED,
  type Hit,
  label as labelEvidence,
  negate,
  punctuationFactor,
  SHOUTING,
  type TextShape,
  type Turn,
  weigh,
} from './sentiment-evidence';
import { type Token, tokenize } from './tokenize';
import { lookupForm, unstretch } from './word-forms';

export interface SentimentResult {
  sentiment: Sentiment;
  /** Comprehend-style confidences, summing to 1. */
  scores: SentimentScores;
  /** Total positive evidence after negation, emphasis and contrast. */
  positive: number;
  /** Total negative evidence, as a positive number. */
  negative: number;
}

/*
 * About the constants below (and those shared with other languages in
 * sentiment-evidence.ts): they were set by reasoning about feedback, then
 * checked a few at a time on the even rows of
 * shared/eval/tweeteval_sentiment.jsonl, with the odd rows held out as a
 * check against fitting (macro-F1 0.626 even / 0.619 odd). Error analysis,
 * where it pointed to missing kinds of words, looked at even rows only; the
 * lexicon holds general vocabulary, never a row's words.
 */
/** The evidence an English text needs before it stops being neutral: about one clear opinion word. */
const NEUTRAL_WEIGHT = 1.2;
// Hashtags and capitalised runs are mostly names and titles.
const HASHTAG = 0.5;
const TITLE = 0.5;
const LEVEL_BAD = -2;
const LEVEL_GOOD = 1.5;
// "too" before a plain adjective complains: "too hot", "too slow".
const TOO_PLAIN = -1.5;

const IRREALIS_WORDS = new Set(['if', 'unless', 'whether', 'wish', 'wonder']);
const FUNCTION_WORDS = new Set([
  'and',
  'or',
  'i',
  'me',
  'you',
  'we',
  'they',
  'he',
  'she',
  'it',
  'the',
  'a',
  'an',
  'to',
  'of',
  'for',
  'in',
  'on',
  'at',
  'is',
  'was',
  'are',
  'lol',
  'haha',
]);

/**
 * Sentiment of one text: POSITIVE, NEGATIVE, NEUTRAL or MIXED with
 * confidences that sum to 1, as Comprehend gives them.
 *
 * Lexicon-based and rule-driven, built for employee feedback: negation with
 * a scope ("not very helpful", "no work life balance"), intensifiers and
 * diminishers, contrast ("great team but the pay is awful" is mostly
 * negative), workplace phrases ("understaffed", "long hours", "pay is on the
 * lower end"), emoji and emoticons, exclamation marks, words in capitals and
 * stretched words ("sooo good").
 *
 * @example
 * analyseSentiment('Not bad at all').sentiment // 'POSITIVE' or 'NEUTRAL', never 'NEGATIVE'
 * analyseSentiment('Understaffed and long hours').sentiment // 'NEGATIVE'
 */
export function analyseSentiment(text: string): SentimentResult {
  const read = tokenize(text);
  // Most texts have no hashtag to split: their tokens are read as they are, not copied one by one.
  const tokens = read.some(isHashtag) ? read.flatMap(segmentHashtag) : read;
  const { hits, shape } = collectHits(tokens);
  const { positive, negative } = weigh(hits, shape);
  return { ...label(positive, negative), positive, negative };
}

const isHashtag = (token: Token) => token.hashtag;

/** Turns positive and negative evidence into a label and confidences summing to 1. */
export function label(positive: number, negative: number): { sentiment: Sentiment; scores: SentimentScores } {
  return labelEvidence(positive, negative, NEUTRAL_WEIGHT);
}

interface State {
  sentence: number;
  clause: number;
  negationLeft: number;
  /** The weak negative a negator adds on its own, cancelled if it negates an opinion word. */
  bareNegation?: Hit;
  boost: number;
  boostLeft: number;
}

function collectHits(tokens: readonly Token[]): { hits: Hit[]; shape: TextShape } {
  const hits: Hit[] = [];
  const turns: Turn[] = [];
  const sentenceFactors: number[] = [];
  const concessiveClauses = new Set<number>();
  const irrealisClauses = new Set<number>();
  const state: State = { sentence: 0, clause: 0, negationLeft: 0, boost: 1, boostLeft: 0 };
  const resetClause = () => {
    state.negationLeft = 0;
    state.boost = 1;
    state.boostLeft = 0;
  };
  let sentenceStart = true;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'sentence-end') {
      sentenceFactors[state.sentence] = punctuationFactor(token.raw);
      state.sentence++;
      state.clause++;
      resetClause();
      sentenceStart = true;
      continue;
    }
    if (token.kind === 'boundary') {
      state.clause++;
      resetClause();
      continue;
    }
    if (token.kind === 'placeholder') continue;
    if (token.kind === 'emoji' || token.kind === 'emoticon') {
      const entry = WORDS.get(token.lower);
      if (entry?.valence) hits.push({ value: entry.valence, at: i, sentence: state.sentence, clause: state.clause });
      continue;
    }
    const atSentenceStart = sentenceStart;
    sentenceStart = false;

    const phrase = matchPhrase(tokens, i);
    const lower = token.lower;
    if (!phrase) {
      if (CONTRAST_AFTER.has(lower)) {
        // "Great team. But the pay..." contrasts with the previous sentence.
        turns.push({ at: i, sentence: state.sentence, previousSentence: atSentenceStart && state.sentence > 0 });
        state.clause++;
        resetClause();
        continue;
      }
      if (CONCESSIVE.has(lower)) {
        concessiveClauses.add(state.clause);
        continue;
      }
      if (IRREALIS_WORDS.has(lower)) irrealisClauses.add(state.clause);
    }

    // Swearing and slang before an opinion word intensify it: "fucking
    // amazing", "damn good", "mad funny".
    const swearBoost = !phrase && INTENSIFIERS.get(lower);
    if (swearBoost && WORDS.get(lower)?.valence && opinionAt(tokens, i + 1)) {
      boost(state, swearBoost);
      continue;
    }
    const entry = phrase?.entry ?? lookupWord(tokens, i);
    const span = phrase?.length ?? 1;
    const negated = state.negationLeft > 0;
    const opinion = entry && (entry.valence !== 0 || (negated && entry.negated !== undefined));
    if (opinion) {
      if (negated && state.bareNegation) state.bareNegation.value = 0;
      let value = negated ? (entry.negated ?? negate(entry.valence)) : entry.valence;
      if (state.boostLeft > 0) value *= state.boost;
      for (let k = i; k < i + span; k++) {
        if (tokens[k]!.shouting) value *= SHOUTING;
        if (tokens[k]!.elongated) value *= ELONGATED;
      }
      if (token.compound) value *= HASHTAG;
      if (!atSentenceStart && inTitle(tokens, i, span)) value *= TITLE;
      hits.push({ value, at: i, sentence: state.sentence, clause: state.clause });
      state.boost = 1;
      state.boostLeft = 0;
      state.negationLeft = Math.max(0, state.negationLeft - span);
      i += span - 1;
      continue;
    }
    if (phrase) {
      // A neutral phrase such as "not only" or "kind of" is consumed whole,
      // so its "not" negates nothing; a diminishing one weakens what follows.
      const diminish = DIMINISHERS.get(phrase.key);
      if (diminish !== undefined) boost(state, diminish);
      else tick(state, span);
      i += span - 1;
      continue;
    }
    const bareNegation = NEGATORS.get(lower);
    if (bareNegation !== undefined) {
      const next = tokens[i + 1];
      state.negationLeft =
        next?.kind === 'word' && NEGATION_EXTENDERS.has(next.lower) ? NEGATION_SCOPE + 3 : NEGATION_SCOPE;
      state.bareNegation = { value: bareNegation, at: i, sentence: state.sentence, clause: state.clause };
      hits.push(state.bareNegation);
      continue;
    }
    const plain = token.elongated ? unstretch(lower) : lower;
    const intensity = INTENSIFIERS.get(plain) ?? DIMINISHERS.get(plain);
    if (intensity !== undefined) {
      if (lower === 'too') {
        const next = tokens[i + 1];
        if (next?.kind === 'word' && !FUNCTION_WORDS.has(next.lower) && !lookupWord(tokens, i + 1)?.valence) {
          hits.push({ value: TOO_PLAIN, at: i, sentence: state.sentence, clause: state.clause });
          i++;
          continue;
        }
      }
      boost(state, token.elongated && intensity > 1 ? intensity * ELONGATED : intensity);
      continue;
    }
    tick(state, 1);
  }
  hits.push(...levelHits(tokens));
  let words = 0;
  for (const token of tokens) if (token.kind === 'word') words++;
  return {
    hits,
    shape: { sentenceFactors, turns, concessive: concessiveClauses, irrealis: irrealisClauses, words },
  };
}

// "Beauty and the Beast", "Fantastic Beasts", "Popular Mobilization
// Forces": a run of capitalised words inside a sentence names something.
function inTitle(tokens: readonly Token[], start: number, span: number): boolean {
  if (!tokens[start]!.capitalised) return false;
  const before = tokens[start - 1];
  const after = tokens[start + span];
  return (before?.kind === 'word' && before.capitalised) || (after?.kind === 'word' && after.capitalised);
}

function opinionAt(tokens: readonly Token[], index: number): boolean {
  return Boolean(matchPhrase(tokens, index)?.entry.valence || lookupWord(tokens, index)?.valence);
}

function boost(state: State, factor: number): void {
  state.boost = (state.boostLeft > 0 ? state.boost : 1) * factor;
  state.boostLeft = 2;
}

function tick(state: State, words: number): void {
  state.negationLeft = Math.max(0, state.negationLeft - words);
  state.boostLeft = Math.max(0, state.boostLeft - words);
}

function matchPhrase(
  tokens: readonly Token[],
  start: number,
): { entry: Entry; length: number; key: string } | undefined {
  // Callers look ahead ("is the next word an opinion?"), so start may be past the last token.
  const first = tokens[start];
  if (!first) return undefined;
  let key = first.lower;
  let found: { entry: Entry; length: number; key: string } | undefined;
  for (let n = 2; n <= LONGEST_PHRASE; n++) {
    if (!PHRASE_PREFIXES.has(key)) break;
    const next = tokens[start + n - 1];
    if (next?.kind !== 'word') break;
    key += ` ${next.lower}`;
    const entry = PHRASE_ENTRIES.get(key);
    if (entry) found = { entry, length: n, key };
  }
  return found;
}

/** The entry of the word at `index`, trying its uninflected and unstretched forms. */
function lookupWord(tokens: readonly Token[], index: number): Entry | undefined {
  const token = tokens[index];
  if (token?.kind !== 'word') return undefined;
  if (token.lower === 'like') {
    // "like" is liking only after a subject or an adverb: "I like", "really like".
    const previous = tokens[index - 1];
    return previous?.kind === 'word' && LIKE_SUBJECTS.has(previous.lower) ? LIKING : undefined;
  }
  if (token.lower === 'pretty' || token.lower === 'super') {
    // An intensifier before a word ("pretty bad"), praise at the end ("she's pretty").
    return tokens[index + 1]?.kind === 'word' ? undefined : ADMIRING;
  }
  return lookupForm(token.lower);
}

const LIKING: Entry = { valence: 2 };
const ADMIRING: Entry = { valence: 2 };

// "low pay", "pay is on the low side", "high turnover", "low stress": a
// level word within a few words of a noun judged by its level, in one clause.
const LEVEL_WINDOW = 4;

function levelHits(tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  let sentence = 0;
  let clause = 0;
  const positions: { index: number; at: number; lower: string; sentence: number; clause: number }[] = [];
  tokens.forEach((token, at) => {
    if (token.kind === 'sentence-end') {
      sentence++;
      clause++;
    } else if (token.kind === 'boundary' || CONTRAST_AFTER.has(token.lower)) clause++;
    else if (token.kind === 'word')
      positions.push({ index: positions.length, at, lower: token.lower, sentence, clause });
  });
  for (const noun of positions) {
    const goodHigh = GOOD_WHEN_HIGH.has(noun.lower);
    const goodLow = GOOD_WHEN_LOW.has(noun.lower);
    if (!goodHigh && !goodLow) continue;
    for (
      let k = Math.max(0, noun.index - LEVEL_WINDOW);
      k <= Math.min(positions.length - 1, noun.index + LEVEL_WINDOW);
      k++
    ) {
      const level = positions[k]!;
      if (level.clause !== noun.clause) continue;
      const low = LEVEL_LOW.has(level.lower);
      const high = LEVEL_HIGH.has(level.lower);
      if (!low && !high) continue;
      // A level word that is itself an opinion ("poor pay") has already counted.
      if (WORDS.get(level.lower)?.valence) break;
      const bad = (low && goodHigh) || (high && goodLow);
      hits.push({ value: bad ? LEVEL_BAD : LEVEL_GOOD, at: noun.at, sentence: noun.sentence, clause: noun.clause });
      break;
    }
  }
  return hits;
}
