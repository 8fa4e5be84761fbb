import {
  BatchDetectDominantLanguageCommand,
  BatchDetectKeyPhrasesCommand,
  BatchDetectSentimentCommand,
  InvalidRequestException,
  type BatchDetectDominantLanguageCommandInput,
  type BatchDetectSentimentCommandInput,
  type BatchDetectKeyPhrasesCommandInput,
} from '@aws-sdk/client-comprehend';
import { beforeEach, describe, expect, it } from 'vitest';
import { ComprehendAnalyzer } from '../../../shared/adapters/aws/comprehend/comprehend-analyzer';
import { ComprehendCallError, ComprehendDocumentError } from '../../../shared/adapters/aws/comprehend/errors';
import * as mock from './comprehend-mock';

beforeEach(mock.resetComprehendMock);

describe('ComprehendAnalyzer: failures', () => {
  it('Should retry a throttled request after a jittered backoff and then succeed, without real waiting', async () => {
    // Prepare
    mock.comprehend
      .on(BatchDetectDominantLanguageCommand)
      .rejectsOnce(mock.throttled())
      .callsFake(mock.answerLanguages);
    const sleep = mock.fakeSleep();
    const analyzer = new ComprehendAnalyzer(mock.client, {
      sleep,
      random: () => 0.5,
      baseDelayMs: 100,
      detectLanguageOffline: mock.askComprehendAlways,
    });

    // Act
    const results = await analyzer.analyze(mock.docs(['The break room is always clean, thanks!']));

    // Assess
    expect(mock.analysisOf(results.get('doc-0')).sentiment).toBe('POSITIVE');
    expect(mock.comprehend.commandCalls(BatchDetectDominantLanguageCommand)).toHaveLength(2);
    expect(sleep.mock.calls).toEqual([[50]]);
  });

  it('Should fail only the documents of a request that stays throttled past its throttle budget, after a bounded number of attempts', async () => {
    // Prepare: the first request of 25 is throttled every time; the second, of 5, is answered.
    mock.comprehend
      .on(BatchDetectDominantLanguageCommand)
      .callsFake((input: BatchDetectDominantLanguageCommandInput) => {
        if (input.TextList?.length === 25) throw mock.throttled();
        return mock.answerLanguages(input);
      });
    const sleep = mock.fakeSleep();
    // A spent budget (0 ms): throttling is then retried like any transient error.
    const analyzer = new ComprehendAnalyzer(mock.client, {
      sleep,
      random: () => 0.5,
      baseDelayMs: 100,
      maxAttempts: 4,
      throttleBudgetMs: 0,
      detectLanguageOffline: mock.askComprehendAlways,
    });
    const texts = Array.from({ length: 30 }, (_, i) => `Locker ${i} will not open.`);

    // Act
    const results = await analyzer.analyze(mock.docs(texts));

    // Assess
    const outcomes = [...results.values()];
    expect(outcomes.slice(0, 25).every((result) => result instanceof ComprehendCallError)).toBe(true);
    expect(outcomes.slice(25).every((result) => !(result instanceof Error))).toBe(true);
    expect(mock.comprehend.commandCalls(BatchDetectDominantLanguageCommand)).toHaveLength(4 + 1);
    expect(sleep.mock.calls).toEqual([[50], [100], [200]]);
  });

  it('Should retry a document listed in ErrorList once, inside the next request', async () => {
    // Prepare: document 3 fails the first time only.
    const texts = Array.from({ length: 30 }, (_, i) => `The printer on floor ${i} jams.`);
    let failed = false;
    mock.comprehend.on(BatchDetectSentimentCommand).callsFake((input: BatchDetectSentimentCommandInput) => {
      const output = mock.answerSentiment(input);
      const index = (input.TextList ?? []).indexOf(texts[3] ?? '');
      if (failed || index < 0) return output;
      failed = true;
      return {
        ...output,
        ResultList: output.ResultList?.filter((result) => result.Index !== index),
        ErrorList: [{ Index: index, ErrorCode: 'INTERNAL_SERVER_ERROR', ErrorMessage: 'Internal server error' }],
      };
    });
    const analyzer = new ComprehendAnalyzer(mock.client);

    // Act
    const results = await analyzer.analyze(mock.docs(texts));

    // Assess
    const calls = mock.comprehend
      .commandCalls(BatchDetectSentimentCommand)
      .map((call) => call.args[0].input.TextList ?? []);
    expect(calls.map((list) => list.length)).toEqual([25, 6]);
    expect(calls[1]).toContain(texts[3]);
    expect([...results.values()].filter((result) => result instanceof Error)).toEqual([]);
  });

  it('Should fail only the document that ErrorList names again after its retry', async () => {
    // Prepare
    const texts = ['Great parking.', 'This one always fails.', 'Thanks for the heaters.'];
    mock.comprehend.on(BatchDetectSentimentCommand).callsFake((input: BatchDetectSentimentCommandInput) => {
      const output = mock.answerSentiment(input);
      const index = (input.TextList ?? []).indexOf(texts[1] ?? '');
      if (index < 0) return output;
      return {
        ...output,
        ResultList: output.ResultList?.filter((result) => result.Index !== index),
        ErrorList: [{ Index: index, ErrorCode: 'INTERNAL_SERVER_ERROR', ErrorMessage: 'Internal server error' }],
      };
    });
    const analyzer = new ComprehendAnalyzer(mock.client);

    // Act
    const results = await analyzer.analyze(mock.docs(texts));

    // Assess
    expect(
      mock.comprehend.commandCalls(BatchDetectSentimentCommand).map((call) => call.args[0].input.TextList),
    ).toEqual([texts, [texts[1]]]);
    expect(results.get('doc-1')).toBeInstanceOf(ComprehendDocumentError);
    expect(mock.analysisOf(results.get('doc-0')).sentiment).toBe('POSITIVE');
    expect(mock.analysisOf(results.get('doc-2')).sentiment).toBe('POSITIVE');
  });

  it('Should not retry a document whose ErrorList entry is permanent', async () => {
    // Prepare
    mock.comprehend.on(BatchDetectKeyPhrasesCommand).callsFake((input: BatchDetectKeyPhrasesCommandInput) => ({
      ResultList: [],
      ErrorList: (input.TextList ?? []).map((_, Index) => ({
        Index,
        ErrorCode: 'TEXT_SIZE_LIMIT_EXCEEDED',
        ErrorMessage: 'Input text size exceeds limit.',
      })),
      $metadata: mock.$metadata,
    }));
    const analyzer = new ComprehendAnalyzer(mock.client);

    // Act
    const results = await analyzer.analyze(mock.docs(['The canteen closes too early.']));

    // Assess
    expect(mock.comprehend.commandCalls(BatchDetectKeyPhrasesCommand)).toHaveLength(1);
    expect(results.get('doc-0')).toMatchObject({
      name: 'ComprehendDocumentError',
      errorCode: 'TEXT_SIZE_LIMIT_EXCEEDED',
    });
  });

  it('Should isolate the one document that makes a whole batch request invalid', async () => {
    // Prepare
    const texts = ['Good lighting.', 'Nice new chairs.', 'POISON', 'Clean toilets.'];
    mock.comprehend.on(BatchDetectKeyPhrasesCommand).callsFake((input: BatchDetectKeyPhrasesCommandInput) => {
      if (input.TextList?.includes('POISON'))
        throw new InvalidRequestException({ message: 'Invalid request', $metadata: { httpStatusCode: 400 } });
      return mock.answerKeyPhrases(input);
    });
    const analyzer = new ComprehendAnalyzer(mock.client);

    // Act
    const results = await analyzer.analyze(mock.docs(texts));

    // Assess
    expect(results.get('doc-2')).toBeInstanceOf(ComprehendCallError);
    expect(['doc-0', 'doc-1', 'doc-3'].map((id) => results.get(id) instanceof Error)).toEqual([false, false, false]);
  });
});
