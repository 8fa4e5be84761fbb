import {
  BatchDetectSentimentCommand,
  type LanguageCode,
  type SentimentScore,
  type SentimentType,
} from '@aws-sdk/client-comprehend';
import type { Sentiment, SentimentScores } from '../../../domain/feedback';
import { runBatches } from './batches';
import { ComprehendAnalysisError, missing } from './errors';
import type { Document } from './language';
import type { ComprehendCalls } from './retrying-caller';

/** Sentiment reads only the first 500 characters of a document and ignores the rest. */
export const SENTIMENT_CHARACTERS = 500;

// A language Comprehend cannot score: NEUTRAL, and a flat distribution that
// says "we do not know" rather than a confident neutral.
export const UNSUPPORTED_LANGUAGE_SCORES: SentimentScores = { positive: 0.2, negative: 0.2, neutral: 0.4, mixed: 0.2 };

export interface SentimentReading {
  sentiment: Sentiment;
  scores: SentimentScores;
}

/**
 * Sentiment reads only the first 500 characters of a document, so a longer
 * text is split into chunks of at most 500 characters at sentence
 * boundaries, each sent as its own document in the batches, and the chunks'
 * scores are combined weighted by their length: a long text is judged on
 * all of it, not on its opening. Its label is the highest combined score, or
 * MIXED when both POSITIVE and NEGATIVE chunks carry at least 30% of the
 * text each (praise followed by a complaint is mixed, not whichever side
 * wrote more).
 */
export async function detectSentiments(
  comprehend: ComprehendCalls,
  byLanguage: Map<LanguageCode, Document[]>,
): Promise<Map<string, SentimentReading | Error>> {
  const readings = new Map<string, SentimentReading | Error>();
  await Promise.all(
    [...byLanguage].map(async ([LanguageCode, docs]) => {
      // A document that cannot be split gets an Error in its own slot; the rest are still sent.
      const chunksOf = new Map<string, string[] | Error>(
        docs.map((doc) => [doc.id, chunksOrError(doc.text, LanguageCode)]),
      );
      for (const [id, chunks] of chunksOf) if (chunks instanceof Error) readings.set(id, chunks);
      const chunksFor = (id: string) => {
        const chunks = chunksOf.get(id);
        return Array.isArray(chunks) ? chunks : [];
      };
      const items = docs.flatMap((doc) => chunksFor(doc.id).map((text, i) => ({ key: chunkKey(doc.id, i), text })));
      const results = await runBatches('BatchDetectSentiment', items, (TextList) =>
        comprehend.caller.call('BatchDetectSentiment', { TextList, LanguageCode }, (input) =>
          comprehend.client.send(new BatchDetectSentimentCommand(input)),
        ),
      );
      for (const doc of docs) {
        if (readings.has(doc.id)) continue;
        const parts: { weight: number; sentiment: Sentiment; scores: SentimentScores }[] = [];
        let failure: Error | undefined;
        for (const [i, text] of chunksFor(doc.id).entries()) {
          const result = results.get(chunkKey(doc.id, i)) ?? missing('BatchDetectSentiment');
          if (result instanceof Error) {
            failure = result;
            break;
          }
          parts.push({
            weight: codePointLength(text),
            sentiment: sentimentOf(result.Sentiment),
            scores: scoresOf(result.SentimentScore),
          });
        }
        readings.set(doc.id, failure ?? combineSentiments(parts));
      }
    }),
  );
  return readings;
}

/** What a language Comprehend cannot score reads as: NEUTRAL, with a flat, low-confidence distribution. */
export function unsupportedLanguageSentiment(): SentimentReading {
  return { sentiment: 'NEUTRAL', scores: { ...UNSUPPORTED_LANGUAGE_SCORES } };
}

/**
 * Splits text into pieces of at most `max` characters (code points), at
 * sentence boundaries; a sentence longer than that is split between words,
 * and a word longer than that between characters.
 */
export function sentimentChunks(text: string, locale?: string, max = SENTIMENT_CHARACTERS): string[] {
  if (codePointLength(text) <= max) return text.trim() ? [text] : [];
  const sentences = [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)].map(
    ({ segment }) => segment,
  );
  const pieces = sentences.flatMap((sentence) =>
    codePointLength(sentence) <= max ? [sentence] : splitLongSentence(sentence, max),
  );
  return packInto(pieces, max)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0);
}

function splitLongSentence(sentence: string, max: number): string[] {
  const words = sentence.match(/\S+\s*|\s+/gu) ?? [];
  return packInto(
    words.flatMap((word) => (codePointLength(word) <= max ? [word] : hardSplit(word, max))),
    max,
  );
}

/** Joins consecutive pieces into runs of at most `max` code points each (a piece is never cut). */
function packInto(pieces: string[], max: number): string[] {
  const packed: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current && codePointLength(current) + codePointLength(piece) > max) {
      packed.push(current);
      current = '';
    }
    current += piece;
  }
  if (current) packed.push(current);
  return packed;
}

function hardSplit(text: string, max: number): string[] {
  const codePoints = [...text];
  const parts: string[] = [];
  for (let i = 0; i < codePoints.length; i += max) parts.push(codePoints.slice(i, i + max).join(''));
  return parts;
}

function combineSentiments(
  parts: { weight: number; sentiment: Sentiment; scores: SentimentScores }[],
): SentimentReading {
  const total = parts.reduce((sum, { weight }) => sum + weight, 0) || 1;
  const scores: SentimentScores = { positive: 0, negative: 0, neutral: 0, mixed: 0 };
  const share: Record<Sentiment, number> = { POSITIVE: 0, NEGATIVE: 0, NEUTRAL: 0, MIXED: 0 };
  for (const { weight, sentiment, scores: s } of parts) {
    const w = weight / total;
    scores.positive += w * s.positive;
    scores.negative += w * s.negative;
    scores.neutral += w * s.neutral;
    scores.mixed += w * s.mixed;
    share[sentiment] += w;
  }
  if (share.POSITIVE >= 0.3 && share.NEGATIVE >= 0.3) return { sentiment: 'MIXED', scores };
  const ranked: [Sentiment, number][] = [
    ['POSITIVE', scores.positive],
    ['NEGATIVE', scores.negative],
    ['NEUTRAL', scores.neutral],
    ['MIXED', scores.mixed],
  ];
  ranked.sort((a, b) => b[1] - a[1]);
  return { sentiment: ranked[0]?.[0] ?? 'NEUTRAL', scores };
}

function sentimentOf(type: SentimentType | undefined): Sentiment {
  return type ?? 'NEUTRAL';
}

function scoresOf(score: SentimentScore | undefined): SentimentScores {
  return {
    positive: score?.Positive ?? 0,
    negative: score?.Negative ?? 0,
    neutral: score?.Neutral ?? 0,
    mixed: score?.Mixed ?? 0,
  };
}

function chunksOrError(text: string, locale: string): string[] | Error {
  try {
    return sentimentChunks(text, locale);
  } catch (cause) {
    return new ComprehendAnalysisError('BatchDetectSentiment', 'could not split the document for sentiment', { cause });
  }
}

function chunkKey(id: string, index: number): string {
  return `${id}\u0000${index}`;
}

function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}
