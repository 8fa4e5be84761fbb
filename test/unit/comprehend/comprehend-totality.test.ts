import {
  BatchDetectDominantLanguageCommand,
  BatchDetectKeyPhrasesCommand,
  BatchDetectSentimentCommand,
  ComprehendClient,
  DetectPiiEntitiesCommand,
  type BatchDetectKeyPhrasesCommandInput,
  type BatchDetectSentimentCommandInput,
  type DetectPiiEntitiesCommandInput,
  type KeyPhrase,
} from '@aws-sdk/client-comprehend';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { ComprehendAnalyzer } from '../../../shared/adapters/aws/comprehend/comprehend-analyzer';
import { MAX_KEY_PHRASE_BYTES } from '../../../shared/analysis/key-phrase-size';
import { redact } from '../../../shared/analysis/redact';
import { feedbackTextSchema } from '../../../shared/domain/feedback';
import type { Analysis } from '../../../shared/ports/analyzer';

const client = new ComprehendClient({
  region: 'eu-west-1',
  maxAttempts: 1,
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});
const comprehend = mockClient(client);
const $metadata = { httpStatusCode: 200, requestId: 'test-request' };
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const codePoints = (text: string) => [...text].length;

// What Comprehend's key-phrase API is asked to return for a text; by default the whole text, the worst case.
let phrasesOf: (text: string) => KeyPhrase[];

beforeEach(() => {
  comprehend.reset();
  phrasesOf = (text) => [{ Text: text, Score: 0.9, BeginOffset: 0, EndOffset: codePoints(text) }];
  comprehend.on(BatchDetectDominantLanguageCommand).callsFake((input: { TextList?: string[] }) => ({
    ResultList: (input.TextList ?? []).map((_, Index) => ({ Index, Languages: [{ LanguageCode: 'en', Score: 0.99 }] })),
    ErrorList: [],
    $metadata,
  }));
  comprehend.on(BatchDetectSentimentCommand).callsFake((input: BatchDetectSentimentCommandInput) => ({
    ResultList: (input.TextList ?? []).map((_, Index) => ({
      Index,
      Sentiment: 'NEGATIVE',
      SentimentScore: { Positive: 0.02, Negative: 0.95, Neutral: 0.02, Mixed: 0.01 },
    })),
    ErrorList: [],
    $metadata,
  }));
  comprehend.on(BatchDetectKeyPhrasesCommand).callsFake((input: BatchDetectKeyPhrasesCommandInput) => ({
    ResultList: (input.TextList ?? []).map((text, Index) => ({ Index, KeyPhrases: phrasesOf(text) })),
    ErrorList: [],
    $metadata,
  }));
  // PII offsets anywhere, some past the end of the text: the analyzer must cope with whatever comes back.
  comprehend.on(DetectPiiEntitiesCommand).callsFake((input: DetectPiiEntitiesCommandInput) => {
    const n = codePoints(input.Text ?? '');
    return {
      Entities: [
        { Type: 'NAME', Score: 0.9, BeginOffset: Math.floor(n / 3), EndOffset: Math.floor(n / 2) },
        { Type: 'PHONE', Score: 0.9, BeginOffset: n - 1, EndOffset: n + 7 },
      ],
      $metadata,
    };
  });
});

const analyzer = () => new ComprehendAnalyzer(client, { detectLanguageOffline: () => undefined });
const analysis = (result: Analysis | Error | undefined) => {
  if (!result || result instanceof Error) throw new Error(`expected an analysis, got ${String(result)}`);
  return result;
};

describe('ComprehendAnalyzer: key phrases that fit a DynamoDB key', () => {
  it(`Should keep key phrases within ${MAX_KEY_PHRASE_BYTES} bytes of UTF-8: a giant token dropped, a long phrase cut between words`, async () => {
    // Prepare
    const giant = 'A'.repeat(1_100);
    const chinese = '消防通道被堵住了'.repeat(46); // 368 characters, 1,104 bytes, no spaces
    const long = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    phrasesOf = () => [
      { Text: giant, Score: 0.99, BeginOffset: 0, EndOffset: 1 },
      { Text: chinese, Score: 0.98, BeginOffset: 0, EndOffset: 1 },
      { Text: long, Score: 0.97, BeginOffset: 0, EndOffset: 1 },
      { Text: 'fire exit', Score: 0.96, BeginOffset: 0, EndOffset: 1 },
      { Text: '安全出口', Score: 0.95, BeginOffset: 0, EndOffset: 1 },
    ];

    // Act
    const result = analysis(
      (await analyzer().analyze([{ id: 'a', text: 'The fire exit by the paint shop is blocked and locked.' }])).get(
        'a',
      ),
    );

    // Assess
    expect(result.keyPhrases).toContain('fire exit');
    expect(result.keyPhrases).toContain('安全出口');
    expect(result.keyPhrases.join(' ')).not.toMatch(/AAAA|消防通道被堵住了消防通道/);
    const cut = result.keyPhrases.find((p) => p.startsWith('word0 word1'));
    expect(cut && bytes(cut)).toBeLessThanOrEqual(MAX_KEY_PHRASE_BYTES);
    expect(long.startsWith(cut ?? '-')).toBe(true);
  });
});

describe('ComprehendAnalyzer: one document that cannot be analysed', () => {
  it('Should fail only its own slot when a rule breaks on it', async () => {
    // Prepare
    comprehend.on(DetectPiiEntitiesCommand).resolves({ Entities: [], $metadata });
    const fussy = new ComprehendAnalyzer(client, {
      detectLanguageOffline: () => undefined,
      fallbackRedactor: (text) => {
        if (text.includes('poison')) throw new Error('redactor broke');
        return redact(text);
      },
    });

    // Act
    const results = await fussy.analyze([
      { id: 'a', text: 'The canteen is dirty again' },
      { id: 'b', text: 'poison pill' },
      { id: 'c', text: 'The fire exit is blocked' },
    ]);

    // Assess
    expect(results.get('b')).toBeInstanceOf(Error);
    expect(analysis(results.get('a')).sentiment).toBe('NEGATIVE');
    expect(analysis(results.get('c')).sentiment).toBe('NEGATIVE');
  });
});

describe('ComprehendAnalyzer: any text the intake accepts', () => {
  const unit = fc.oneof(
    fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)), // lone surrogates included
    fc.constantFrom('😀', '👨‍👩‍👧', '安', 'ا', '\u0301', ' ', '.', '\n', 'A'),
  );
  const text = fc.oneof(
    fc.string({ unit, maxLength: 200 }),
    fc.tuple(fc.constantFrom('A', '安', 'é', '😀'), fc.integer({ min: 1, max: 1_600 })).map(([c, n]) => c.repeat(n)),
  );

  it('Should answer every document with an analysis or an Error of its own, never throw, and keep key phrases within their cap', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 4 }), async (raws) => {
        const accepted = raws
          .map((raw) => feedbackTextSchema.safeParse(raw))
          .flatMap((r) => (r.success ? [r.data] : []));
        if (!accepted.length) return;
        const results = await analyzer().analyze(accepted.map((t, i) => ({ id: String(i), text: t })));
        expect(results.size).toBe(accepted.length);
        for (const result of results.values()) {
          expect(result).not.toBeInstanceOf(Error);
          for (const phrase of analysis(result).keyPhrases)
            expect(bytes(phrase)).toBeLessThanOrEqual(MAX_KEY_PHRASE_BYTES);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
