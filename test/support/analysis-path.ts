import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import { MAX_KEY_PHRASE_BYTES } from '../../shared/analysis/key-phrase-size';
import { detectUrgency } from '../../shared/analysis/urgency';
import { detectTopics } from '../../shared/domain/topics';
import { exampleConfig } from './fixtures';

export interface PathFailure {
  /** Index of the text in the list given. */
  index: number;
  step: 'analyzer' | 'key phrase size' | 'topics' | 'urgency';
  error: unknown;
}

const analyzer = new OfflineAnalyzer();

/**
 * Runs texts through everything the analyze function runs per message (the
 * offline analyzer's language, sentiment, redaction and key phrases; the
 * configured topics; the urgency detector) and returns what failed, never
 * throwing itself. A key phrase over its byte cap counts as a failure too.
 */
export async function analysisPathFailures(texts: string[]): Promise<PathFailure[]> {
  const failures: PathFailure[] = [];
  const results = await analyzer.analyze(texts.map((text, i) => ({ id: String(i), text })));
  texts.forEach((text, index) => {
    const result = results.get(String(index));
    if (!result || result instanceof Error) failures.push({ index, step: 'analyzer', error: result?.cause ?? result });
    else if (result.keyPhrases.some((p) => Buffer.byteLength(p, 'utf8') > MAX_KEY_PHRASE_BYTES))
      failures.push({ index, step: 'key phrase size', error: result.keyPhrases });
    for (const [step, run] of [
      ['topics', () => detectTopics(text, exampleConfig.topics)],
      ['urgency', () => detectUrgency(text)],
    ] as const) {
      try {
        run();
      } catch (error) {
        failures.push({ index, step, error });
      }
    }
  });
  return failures;
}
