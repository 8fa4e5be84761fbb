import { AnalysisError } from '../../analysis/errors';
import { extractKeyPhrases, keyPhrasesOfRedacted } from '../../analysis/key-phrases';
import { detectLanguage } from '../../analysis/language';
import { redact } from '../../analysis/redact';
import { analyseWorkplaceSentiment } from '../../analysis/learned-sentiment/workplace-sentiment';
import { analyseSentimentInLanguage } from '../../analysis/sentiment-languages';
import type { Analysis, Analyzer, AnalyzerInput } from '../../ports/analyzer';

/**
 * Analysis with no cloud service and nothing downloaded: lexicon-and-rules
 * sentiment built for employee feedback, language, PII redaction and key
 * phrases, all in-process (thousands of documents a second). Used by
 * `npm start`, the tests and `npm run eval`, and on AWS until Comprehend is
 * switched on.
 *
 * @example
 * const results = await new OfflineAnalyzer().analyze([{ id: '1', text: 'Understaffed and long hours' }]);
 * results.get('1') // { language: 'en', sentiment: 'NEGATIVE', ... }
 */
export class OfflineAnalyzer implements Analyzer {
  private readonly redactor: (text: string) => string;

  /** `redactor` replaces the built-in redaction (tests use it to make one document fail). */
  constructor({ redactor = redact }: { redactor?: (text: string) => string } = {}) {
    this.redactor = redactor;
  }

  async analyze(documents: AnalyzerInput[]): Promise<Map<string, Analysis | Error>> {
    return new Map(documents.map((doc) => [doc.id, this.analyseOne(doc)]));
  }

  // A document that breaks a rule comes back as an Error in its own slot, as
  // Comprehend's batch APIs do, so the rest of the batch is still saved.
  private analyseOne({ id, text, languageHint }: AnalyzerInput): Analysis | Error {
    try {
      return this.analyseText(text, languageHint);
    } catch (cause) {
      return new AnalysisError(`could not analyse document ${id}`, { cause });
    }
  }

  private analyseText(text: string, languageHint?: string): Analysis {
    // The text's own language when it can be told; else the screen's ("Merci" on a French kiosk).
    const detected = detectLanguage(text);
    const language = detected === 'und' && languageHint ? languageHint : detected;
    // Spanish and French by their own lexicon and rules (analysis/sentiment-languages/); every other
    // language by the model learned from employee reviews, starting from the rule-based verdict (analysis/sentiment.ts).
    const { sentiment, scores } = analyseSentimentInLanguage(text, language) ?? analyseWorkplaceSentiment(text);
    const redactedText = this.redactor(text);
    // Key phrases come from the redacted text, so no name or number reaches the themes
    // (a replaced redactor's output is redacted once more: only the built-in one is trusted).
    const keyPhrases =
      this.redactor === redact
        ? keyPhrasesOfRedacted(redactedText, language)
        : extractKeyPhrases(redactedText, language);
    return { language, sentiment, sentimentScores: scores, redactedText, keyPhrases };
  }
}
