import {
  BatchDetectDominantLanguageCommand,
  BatchDetectKeyPhrasesCommand,
  BatchDetectSentimentCommand,
  ComprehendClient,
  DetectPiiEntitiesCommand,
  TooManyRequestsException,
  type BatchDetectDominantLanguageCommandInput,
  type BatchDetectDominantLanguageCommandOutput,
  type BatchDetectKeyPhrasesCommandInput,
  type BatchDetectKeyPhrasesCommandOutput,
  type BatchDetectSentimentCommandInput,
  type BatchDetectSentimentCommandOutput,
  type DetectPiiEntitiesCommandInput,
  type DetectPiiEntitiesCommandOutput,
  type PiiEntity,
  type PiiEntityType,
} from '@aws-sdk/client-comprehend';
import { mockClient } from 'aws-sdk-client-mock';
import { vi } from 'vitest';
import type { Analysis } from '../../../shared/ports/analyzer';

/**
 * Comprehend mocked at the SDK client (it has no local stand-in for its
 * language, sentiment and PII models), answering in the shapes it really
 * returns. Shared by the analyzer's tests, one concern per file.
 */
export const client = new ComprehendClient({
  region: 'eu-west-1',
  maxAttempts: 1,
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});
export const comprehend = mockClient(client);
export const $metadata = { httpStatusCode: 200, requestId: 'test-request' };

// Responders with the shapes Comprehend really returns.
/** What the mock answers; each test may replace them, and `resetComprehendMock` puts them back. */
export const responders = {
  languageOf: (_text: string): string => 'en',
  /** How sure Comprehend is of that language (a word or two gets a low score). */
  languageScoreOf: (_text: string): number => 0.99,
  piiIn: (_text: string): PiiEntity[] => [],
};

export function answerLanguages(
  input: BatchDetectDominantLanguageCommandInput,
): BatchDetectDominantLanguageCommandOutput {
  const ResultList = (input.TextList ?? []).map((text, Index) => ({
    Index,
    Languages: [{ LanguageCode: responders.languageOf(text), Score: responders.languageScoreOf(text) }],
  }));
  return { ResultList, ErrorList: [], $metadata };
}

export function answerSentiment(input: BatchDetectSentimentCommandInput): BatchDetectSentimentCommandOutput {
  const ResultList = (input.TextList ?? []).map((text, Index) =>
    /love|great|thanks/i.test(text)
      ? {
          Index,
          Sentiment: 'POSITIVE' as const,
          SentimentScore: { Positive: 0.95, Negative: 0.02, Neutral: 0.02, Mixed: 0.01 },
        }
      : {
          Index,
          Sentiment: 'NEGATIVE' as const,
          SentimentScore: { Positive: 0.02, Negative: 0.95, Neutral: 0.02, Mixed: 0.01 },
        },
  );
  return { ResultList, ErrorList: [], $metadata };
}

export function answerKeyPhrases(input: BatchDetectKeyPhrasesCommandInput): BatchDetectKeyPhrasesCommandOutput {
  return {
    ResultList: (input.TextList ?? []).map((_, Index) => ({ Index, KeyPhrases: [] })),
    ErrorList: [],
    $metadata,
  };
}

export function answerPii(input: DetectPiiEntitiesCommandInput): DetectPiiEntitiesCommandOutput {
  return { Entities: responders.piiIn(input.Text ?? ''), $metadata };
}

/** An entity as Comprehend reports it: offsets in code points, end exclusive. */
export function entity(text: string, part: string, type: PiiEntityType): PiiEntity {
  const at = text.indexOf(part);
  const BeginOffset = [...text.slice(0, at)].length;
  return { Type: type, Score: 0.99, BeginOffset, EndOffset: BeginOffset + [...part].length };
}

export const throttled = () =>
  new TooManyRequestsException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 400 } });

export function analysisOf(result: Analysis | Error | undefined): Analysis {
  if (result === undefined || result instanceof Error) throw new Error(`expected an analysis, got ${String(result)}`);
  return result;
}

export const docs = (texts: string[]) => texts.map((text, i) => ({ id: `doc-${i}`, text }));
export const fakeSleep = () => vi.fn(async (_ms: number) => {});
/** An offline guesser that is never sure: every document goes to BatchDetectDominantLanguage. */
export const askComprehendAlways = () => undefined;

/** Restores the default answers: every text English, no personal data. Call it before each test. */
export function resetComprehendMock(): void {
  comprehend.reset();
  responders.languageOf = () => 'en';
  responders.languageScoreOf = () => 0.99;
  responders.piiIn = () => [];
  comprehend.on(BatchDetectDominantLanguageCommand).callsFake(answerLanguages);
  comprehend.on(BatchDetectSentimentCommand).callsFake(answerSentiment);
  comprehend.on(BatchDetectKeyPhrasesCommand).callsFake(answerKeyPhrases);
  comprehend.on(DetectPiiEntitiesCommand).callsFake(answerPii);
}

/** Where `part` sits in `text`, in code points as Comprehend counts, end exclusive. */
export function offsets(text: string, part: string) {
  const at = text.indexOf(part);
  const BeginOffset = [...text.slice(0, at)].length;
  return { BeginOffset, EndOffset: BeginOffset + [...part].length };
}
