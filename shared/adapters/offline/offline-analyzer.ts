import Sentiment from 'sentiment';
import { redact } from '../../analysis/redact';
import type { Sentiment as SentimentLabel } from '../../domain/feedback';
import type { Analysis, Analyzer, AnalyzerInput } from '../../ports/analyzer';

const afinn = new Sentiment();

/**
 * Analysis with no cloud service: AFINN-165 sentiment (the `sentiment`
 * package) and redaction of emails and phone numbers. Used by `npm start`,
 * the tests, and for now on AWS too.
 */
export class OfflineAnalyzer implements Analyzer {
  async analyze(documents: AnalyzerInput[]): Promise<Map<string, Analysis | Error>> {
    return new Map(documents.map((doc) => [doc.id, analyseOne(doc.text)]));
  }
}

function analyseOne(text: string): Analysis {
  const { comparative, positive, negative } = afinn.analyze(text);
  const sentiment: SentimentLabel =
    positive.length && negative.length && Math.abs(comparative) < 0.5 ? 'MIXED' : comparative > 0 ? 'POSITIVE' : comparative < 0 ? 'NEGATIVE' : 'NEUTRAL';
  const strength = Math.min(1, Math.abs(comparative) / 2 + 0.5);
  const rest = (1 - strength) / 3;
  const scores = { positive: rest, negative: rest, neutral: rest, mixed: rest };
  scores[sentiment.toLowerCase() as keyof typeof scores] = strength;
  return { language: 'en', sentiment, sentimentScores: scores, redactedText: redact(text), keyPhrases: [] };
}
