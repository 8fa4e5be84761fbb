import type { Sentiment, SentimentScores } from '../../domain/feedback';
import { WORDS } from '../lexicon';
import {
  ELONGATED,
  type Hit,
  label,
  negate,
  punctuationFactor,
  SHOUTING,
  type Turn,
  weigh,
} from '../sentiment-evidence';
import { type Token, tokenize } from '../tokenize';
import { type CompiledRules, fold, type LexiconEntry, splitElision } from './lexicon-lists';

export interface LanguageSentiment {
  sentiment: Sentiment;
  /** Comprehend-style confidences, summing to 1. */
  scores: SentimentScores;
}

/*
 * How negation, contrast, concession, punctuation and labelling weigh is
 * shared with English (../sentiment-evidence.ts); what is below is what
 * these languages' word tables need of their own, checked on the tune half
 * of eval/sentiment/{es,fr}.jsonl only.
 */
/** The evidence a text needs before it stops being neutral: about one clear opinion word. */
const NEUTRAL_WEIGHT = 0.9;
/**
 * A negation that meets no opinion word still complains a little in
 * feedback: "no hay agua potable", "pas de papier", "todavía no me contestan"
 * say something is missing.
 */
const BARE_NEGATION = -0.9;
const NEGATION_SCOPE = 3;
/** A negated opinion word ("nunca nos escuchan", "personne ne nous écoute") complains at least this much. */
const NEGATED_FLOOR = -1;
const INTENSIFIER_SCOPE = 2;
/** Emoji valences come from the English lexicon's AFINN scale (-5..5); this brings them to ours. */
const EMOJI_SCALE = 0.6;
/** A stem shorter than this would match unrelated words. */
const MIN_STEM = 4;

/** A word as the lexicon sees it, with what the writer did to it. */
interface Word {
  key: string;
  token: Token;
}

/**
 * Sentiment of one text with one language's lexicon and rules: negation
 * with a scope ("no es justo", "ne marche pas", "jamás"), intensifiers and
 * diminishers ("muy", "re", "trop", "un peu"), contrast ("pero", "mais":
 * what follows counts more), concession ("aunque", "même si"), questions,
 * exclamation, words in capitals, stretched words and emoji. Total: any
 * string gives a label and confidences summing to 1.
 *
 * @example
 * scoreWithRules('Buen ambiente pero el sueldo es una miseria', compiled).sentiment // 'NEGATIVE'
 */
export function scoreWithRules(text: string, rules: CompiledRules): LanguageSentiment {
  const tokens = tokenize(text);
  const hits: Hit[] = [];
  const sentenceFactors: number[] = [];
  const turns: Turn[] = [];
  const concessive = new Set<number>();
  let sentence = 0;
  let clause = 0;
  let negationLeft = 0;
  let boost = 1;
  let boostLeft = 0;
  let pending: Hit | undefined;
  let bareNegation: Hit | undefined;
  let wordsSeen = 0;
  let sentenceWords = 0;

  const flushPending = () => {
    if (pending) hits.push(pending);
    pending = undefined;
  };
  const flushNegation = () => {
    if (bareNegation) hits.push(bareNegation);
    bareNegation = undefined;
  };
  const endClause = () => {
    flushPending();
    flushNegation();
    negationLeft = 0;
    boost = 1;
    boostLeft = 0;
  };
  const tick = () => {
    if (negationLeft > 0 && --negationLeft === 0) flushNegation();
    if (boostLeft > 0 && --boostLeft === 0) {
      boost = 1;
      flushPending();
    }
  };

  const words: (Word | Token)[] = [];
  for (const token of tokens) {
    if (token.kind === 'word')
      for (const key of splitElision(fold(token.lower), rules.elisions)) words.push({ key, token });
    else words.push(token);
  }

  for (let i = 0; i < words.length; i++) {
    const item = words[i]!;
    if (!('key' in item)) {
      if (item.kind === 'sentence-end') {
        endClause();
        sentenceFactors[sentence] = punctuationFactor(item.raw);
        sentence++;
        clause++;
        sentenceWords = 0;
      } else if (item.kind === 'boundary') {
        endClause();
        clause++;
      } else if (item.kind === 'emoji' || item.kind === 'emoticon') {
        const valence = WORDS.get(item.lower)?.valence;
        if (valence) hits.push({ value: valence * EMOJI_SCALE, at: i, sentence, clause });
      }
      continue;
    }
    const match = matchAt(words, i, rules);
    wordsSeen++;
    sentenceWords++;
    if (!match) {
      tick();
      continue;
    }
    const { entry, length, key } = match;
    const start = i;
    i += length - 1;
    if (typeof entry === 'number') {
      let value = entry * (boostLeft > 0 ? boost : 1);
      if (negationLeft > 0) {
        if (!rules.selfNegated.has(key)) value = negate(value, NEGATED_FLOOR);
        bareNegation = undefined;
      }
      if (item.token.shouting) value *= SHOUTING;
      if (item.token.elongated) value *= ELONGATED;
      hits.push({ value, at: start, sentence, clause });
      // An intensifier that found its opinion word is not an opinion itself.
      if (boostLeft > 0) pending = undefined;
      tick();
    } else if ('negator' in entry) {
      // "ne … pas" is one negation, not two.
      bareNegation ??= { value: BARE_NEGATION, at: start, sentence, clause };
      negationLeft = NEGATION_SCOPE;
    } else if ('intensifier' in entry) {
      flushPending();
      boost = entry.intensifier;
      boostLeft = INTENSIFIER_SCOPE;
      if (entry.valence) pending = { value: entry.valence, at: start, sentence, clause };
    } else if ('contrast' in entry) {
      endClause();
      clause++;
      turns.push({ at: start, sentence, previousSentence: sentenceWords === length && sentence > 0 });
    } else {
      concessive.add(clause);
    }
  }
  endClause();

  const { positive, negative } = weigh(hits, {
    sentenceFactors,
    turns,
    concessive,
    irrealis: NONE,
    words: wordsSeen,
  });
  return label(positive, negative, NEUTRAL_WEIGHT);
}

const NONE: ReadonlySet<number> = new Set();

/** The longest phrase, word or stem of the lexicon starting at words[start]. */
function matchAt(
  words: readonly (Word | Token)[],
  start: number,
  rules: CompiledRules,
): { entry: LexiconEntry; length: number; key: string } | undefined {
  const first = words[start] as Word;
  let key = first.key;
  let found: { entry: LexiconEntry; length: number; key: string } | undefined;
  const single = rules.exact.get(key);
  if (single !== undefined) found = { entry: single, length: 1, key };
  for (let n = 2; n <= rules.longestPhrase; n++) {
    const next = words[start + n - 1];
    if (!next || !('key' in next)) break;
    key += ` ${next.key}`;
    const entry = rules.exact.get(key);
    if (entry !== undefined) found = { entry, length: n, key };
  }
  if (found) return found;
  for (let n = Math.min(first.key.length, rules.longestStem); n >= MIN_STEM; n--) {
    const stem = first.key.slice(0, n);
    const entry = rules.stems.get(stem);
    if (entry !== undefined) return { entry, length: 1, key: `${stem}*` };
  }
  return undefined;
}
