import type { Sentiment, SentimentScores } from '../domain/feedback';

export interface AnalyzerInput {
  id: string;
  text: string;
}

export interface Analysis {
  language: string;
  sentiment: Sentiment;
  sentimentScores: SentimentScores;
  redactedText: string;
  keyPhrases: string[];
}

/**
 * Turns text into sentiment, language, key phrases and redacted text.
 * Batch-shaped because Comprehend is: a document that fails comes back as an
 * Error in its slot, so one bad document never fails the rest.
 */
export interface Analyzer {
  analyze(documents: AnalyzerInput[]): Promise<Map<string, Analysis | Error>>;
}
