import { ComprehendClient, DetectPiiEntitiesCommand } from '@aws-sdk/client-comprehend';
import { beforeEach, describe, expect, it } from 'vitest';
import { ComprehendAnalyzer } from '../../../shared/adapters/aws/comprehend/comprehend-analyzer';
import { ComprehendUsage } from '../../../shared/adapters/aws/comprehend/usage';
import * as mock from './comprehend-mock';

beforeEach(mock.resetComprehendMock);

describe('ComprehendUsage', () => {
  it('Should count calls and billed units of what the analyzer sends, retries included', async () => {
    // Prepare: 120 and 450 characters are 3 and 5 units; the first PII request is throttled.
    const texts = ['a'.repeat(119) + '.', 'b'.repeat(449) + '.'];
    mock.comprehend.on(DetectPiiEntitiesCommand).rejectsOnce(mock.throttled()).callsFake(mock.answerPii);
    const usage = new ComprehendUsage();
    const analyzer = new ComprehendAnalyzer(mock.client, { usage, sleep: mock.fakeSleep() });

    // Act
    await analyzer.analyze(mock.docs(texts));

    // Assess
    expect(usage.report()).toEqual({
      calls: {
        total: 6,
        byApi: {
          BatchDetectDominantLanguage: 1,
          BatchDetectKeyPhrases: 1,
          BatchDetectSentiment: 1,
          DetectPiiEntities: 3,
        },
      },
      billedUnits: {
        total: 32,
        byApi: {
          BatchDetectDominantLanguage: 8,
          BatchDetectKeyPhrases: 8,
          BatchDetectSentiment: 8,
          DetectPiiEntities: 8,
        },
      },
    });
  });

  it('Should bill only the documents a batch answered, at least 3 units each', () => {
    // Prepare
    const usage = new ComprehendUsage();
    const input = { LanguageCode: 'en', TextList: ['x'.repeat(40), 'y'.repeat(1_050), 'z'.repeat(700)] };

    // Act
    usage.record('BatchDetectSentiment', input, {
      ResultList: [{ Index: 0 }, { Index: 1 }],
      ErrorList: [{ Index: 2, ErrorCode: 'INTERNAL_SERVER_ERROR' }],
    });
    usage.record('BatchDetectSentiment', input);

    // Assess
    expect(usage.report()).toEqual({
      calls: { total: 2, byApi: { BatchDetectSentiment: 2 } },
      billedUnits: { total: 3 + 11, byApi: { BatchDetectSentiment: 14 } },
    });
  });

  it('Should count as middleware on a real client stack', async () => {
    // Prepare: a real client whose HTTP handler answers locally.
    const body = JSON.stringify({ Entities: [{ Type: 'NAME', BeginOffset: 0, EndOffset: 4, Score: 0.99 }] });
    const real = new ComprehendClient({
      region: 'eu-west-1',
      maxAttempts: 1,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      requestHandler: {
        handle: async () => ({
          response: {
            statusCode: 200,
            headers: { 'content-type': 'application/x-amz-json-1.1' },
            body: new TextEncoder().encode(body),
          },
        }),
      },
    });
    const usage = new ComprehendUsage();
    usage.attachTo(real);

    // Act
    await real.send(
      new DetectPiiEntitiesCommand({ Text: 'Dana said the ladder is broken.'.padEnd(350, '.'), LanguageCode: 'en' }),
    );

    // Assess
    expect(usage.report()).toEqual({
      calls: { total: 1, byApi: { DetectPiiEntities: 1 } },
      billedUnits: { total: 4, byApi: { DetectPiiEntities: 4 } },
    });
  });
});
