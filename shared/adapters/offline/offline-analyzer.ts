import { AnalysisError } from '../../analysis/errors';
import { extractKeyPhrases, keyPhrasesOfRedacted } from '../../analysis/key-phrases';
import { detectLanguage } from '../../analysis/language';
import { redact, redactEach } from '../../analysis/redact';
import { analyseWorkplaceSentiment } from '../../analysis/learned-sentiment/workplace-sentiment';
import { analyseSentimentInLanguage } from '../../analysis/sentiment-languages';
import type { Analysis, Analyzer, AnalyzerInput } from '../../ports/analyzer';

/** Documents read step by step together: the deployed analysis lane's batch (ANALYSIS_BATCH_SIZE). */
const STEP_BATCH = 100;

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

  /*
   * Each step reads the whole batch before the next starts: its tables and
   * compiled code then stay in the processor's cache for the batch, instead
   * of being pushed out by the other steps' at every document (a third less
   * CPU a tweet in batches of 100; docs/performance-log.md, tenth session). A
   * document that breaks a step comes back as an Error in its own slot, as
   * Comprehend's batch APIs do, and skips the steps after it, so the rest of
   * the batch is still saved. A larger batch is read 100 documents at a
   * time: the language guess and the tokeniser keep their answers for about
   * that many texts (analysis/recent-answers.ts), which redaction and key
   * phrases ask for again.
   */
  async analyze(documents: AnalyzerInput[]): Promise<Map<string, Analysis | Error>> {
    const results: [string, Analysis | Error][] = [];
    for (let start = 0; start < documents.length; start += STEP_BATCH)
      results.push(...this.analyseStepByStep(documents.slice(start, start + STEP_BATCH)));
    return new Map(results);
  }

  private analyseStepByStep(documents: AnalyzerInput[]): [string, Analysis | Error][] {
    const failures = new Map<number, unknown>();
    const step = <T>(read: (doc: AnalyzerInput, i: number) => T): T[] =>
      documents.map((doc, i) => {
        if (failures.has(i)) return undefined as T;
        try {
          return read(doc, i);
        } catch (cause) {
          failures.set(i, cause);
          return undefined as T;
        }
      });
    // Only what the words show: a screen's language stored beside the report would name the kiosk or its user.
    const languages = step(({ text }) => detectLanguage(text));
    // Spanish and French by their own lexicon and rules (analysis/sentiment-languages/); every other
    // language by the model learned from employee reviews, starting from the rule-based verdict (analysis/sentiment.ts).
    const sentiments = step(
      ({ text }, i) => analyseSentimentInLanguage(text, languages[i]!) ?? analyseWorkplaceSentiment(text),
    );
    // The built-in redaction reads the batch rule by rule (redactEach: the same text out, less time; docs/performance.md).
    const redactedTogether = this.redactor === redact ? redactEach(documents.map(({ text }) => text)) : undefined;
    const redacted = step(({ text }, i) => {
      if (!redactedTogether) return this.redactor(text);
      const result = redactedTogether[i]!;
      if (result instanceof Error) throw result.cause;
      return result;
    });
    // Key phrases come from the redacted text, so no name or number reaches the themes
    // (a replaced redactor's output is redacted once more: only the built-in one is trusted).
    const keyPhrases = step((_, i) =>
      this.redactor === redact
        ? keyPhrasesOfRedacted(redacted[i]!, languages[i]!)
        : extractKeyPhrases(redacted[i]!, languages[i]!),
    );
    return documents.map(({ id }, i): [string, Analysis | Error] => [
      id,
      failures.has(i)
        ? new AnalysisError(`could not analyse document ${id}`, { cause: failures.get(i) })
        : {
            language: languages[i]!,
            sentiment: sentiments[i]!.sentiment,
            sentimentScores: sentiments[i]!.scores,
            redactedText: redacted[i]!,
            keyPhrases: keyPhrases[i]!,
          },
    ]);
  }
}
