import { BatchDetectKeyPhrasesCommand, type KeyPhrase, type LanguageCode } from '@aws-sdk/client-comprehend';
import { fitKeyPhrase } from '../../../analysis/key-phrase-size';
import { runBatches } from './batches';
import type { Document } from './language';
import type { Span } from './pii';
import type { ComprehendCalls } from './retrying-caller';

const MAX_KEY_PHRASES = 10;

/** Key phrases of every document, one language per request, 25 documents a request. */
export async function detectKeyPhrases(
  comprehend: ComprehendCalls,
  byLanguage: Map<LanguageCode, Document[]>,
): Promise<Map<string, KeyPhrase[] | Error>> {
  const phrases = new Map<string, KeyPhrase[] | Error>();
  await Promise.all(
    [...byLanguage].map(async ([LanguageCode, docs]) => {
      const results = await runBatches(
        'BatchDetectKeyPhrases',
        docs.map(({ id, text }) => ({ key: id, text })),
        (TextList) =>
          comprehend.caller.call('BatchDetectKeyPhrases', { TextList, LanguageCode }, (input) =>
            comprehend.client.send(new BatchDetectKeyPhrasesCommand(input)),
          ),
      );
      for (const [id, result] of results) phrases.set(id, result instanceof Error ? result : (result.KeyPhrases ?? []));
    }),
  );
  return phrases;
}

/**
 * Key phrases are stored and counted in the weekly figures, so one that
 * overlaps a PII span, or that the offline redactor would change, is dropped
 * rather than redacted. The rest: highest score first, no repeats, at most 10.
 */
export function publishableKeyPhrases(
  phrases: KeyPhrase[],
  spans: Span[],
  redactor: (text: string) => string,
): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const phrase of [...phrases].sort((a, b) => (b.Score ?? 0) - (a.Score ?? 0))) {
    // Bounded in bytes as the offline analyzer's are: phrases end up in DynamoDB keys.
    const text = fitKeyPhrase(phrase.Text ?? '');
    if (!text) continue;
    const begin = phrase.BeginOffset ?? -1;
    const end = phrase.EndOffset ?? -1;
    if (spans.some((span) => begin < span.end && end > span.start)) continue;
    if (redactor(text) !== text) continue;
    const key = text.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(text);
    if (kept.length === MAX_KEY_PHRASES) break;
  }
  return kept;
}
