import {
  BatchDetectDominantLanguageCommand,
  BatchDetectKeyPhrasesCommand,
  BatchDetectSentimentCommand,
  DetectPiiEntitiesCommand,
} from '@aws-sdk/client-comprehend';
import { beforeEach, describe, expect, it } from 'vitest';
import { ComprehendAnalyzer } from '../../../shared/adapters/aws/comprehend/comprehend-analyzer';
import * as mock from './comprehend-mock';

beforeEach(mock.resetComprehendMock);

describe('ComprehendAnalyzer: limits', () => {
  it('Should judge a 1,200-character text with a negative ending on all of it, not only its positive start', async () => {
    // Prepare
    const praise = 'I love the team and the new canteen is great. ';
    const complaint = 'The night shift is understaffed and the loading bay is unsafe. ';
    let text = '';
    while (text.length < 450) text += praise;
    while (text.length < 1_200) text += complaint;
    text = text.trim();
    const analyzer = new ComprehendAnalyzer(mock.client);

    // Act
    const results = await analyzer.analyze([{ id: 'long', text }]);

    // Assess
    const chunks = mock.comprehend
      .commandCalls(BatchDetectSentimentCommand)
      .flatMap((call) => call.args[0].input.TextList ?? []);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    for (const chunk of chunks) {
      expect([...chunk].length).toBeLessThanOrEqual(500);
      expect(chunk.endsWith('.')).toBe(true);
    }
    const analysis = mock.analysisOf(results.get('long'));
    expect(analysis.sentiment).not.toBe('POSITIVE');
    expect(analysis.sentimentScores.negative).toBeGreaterThan(analysis.sentimentScores.positive);
  });

  it('Should truncate an oversize text below 5,000 UTF-8 bytes without splitting a surrogate pair', async () => {
    // Prepare: 1,300 emoji are 5,200 bytes of UTF-8.
    const text = '🙂'.repeat(1_300);
    const analyzer = new ComprehendAnalyzer(mock.client);

    // Act
    await analyzer.analyze([{ id: 'big', text }]);

    // Assess
    const sent = [
      ...mock.comprehend
        .commandCalls(BatchDetectDominantLanguageCommand)
        .flatMap((call) => call.args[0].input.TextList ?? []),
      ...mock.comprehend
        .commandCalls(BatchDetectKeyPhrasesCommand)
        .flatMap((call) => call.args[0].input.TextList ?? []),
      ...mock.comprehend.commandCalls(DetectPiiEntitiesCommand).map((call) => call.args[0].input.Text ?? ''),
    ];
    expect(sent).toHaveLength(3);
    for (const document of sent) {
      expect(Buffer.byteLength(document, 'utf8')).toBeLessThan(5_000);
      expect(Buffer.byteLength(document, 'utf8')).toBeGreaterThan(4_990);
      expect(Buffer.from(document, 'utf8').toString('utf8')).toBe(document); // no lone surrogate
    }
  });

  it('Should send 30 documents in two batch requests per API and one PII request each', async () => {
    // Prepare: language detection asked for every document, as when the offline guess is unsure of all.
    const texts = Array.from({ length: 30 }, (_, i) => `The vending machine on floor ${i % 5} is broken again.`);
    const analyzer = new ComprehendAnalyzer(mock.client, { detectLanguageOffline: mock.askComprehendAlways });

    // Act
    const results = await analyzer.analyze(mock.docs(texts));

    // Assess
    expect(
      mock.comprehend
        .commandCalls(BatchDetectDominantLanguageCommand)
        .map((call) => call.args[0].input.TextList?.length),
    ).toEqual([25, 5]);
    expect(mock.comprehend.commandCalls(BatchDetectSentimentCommand)).toHaveLength(2);
    expect(mock.comprehend.commandCalls(BatchDetectKeyPhrasesCommand)).toHaveLength(2);
    expect(mock.comprehend.commandCalls(DetectPiiEntitiesCommand)).toHaveLength(30);
    expect([...results.values()].filter((result) => result instanceof Error)).toEqual([]);
  });

  it('Should give a language Comprehend cannot score a low-confidence NEUTRAL and no key phrases', async () => {
    // Prepare
    mock.responders.languageOf = () => 'nl';
    const analyzer = new ComprehendAnalyzer(mock.client);

    // Act
    const results = await analyzer.analyze([{ id: 'nl', text: 'Mail piet@voorbeeld.nl over de nieuwe roosters.' }]);

    // Assess
    const analysis = mock.analysisOf(results.get('nl'));
    expect(analysis).toMatchObject({
      language: 'nl',
      sentiment: 'NEUTRAL',
      keyPhrases: [],
      redactedText: 'Mail [EMAIL] over de nieuwe roosters.',
    });
    expect(analysis.sentimentScores.neutral).toBeLessThan(0.5);
    expect(mock.comprehend.commandCalls(BatchDetectSentimentCommand)).toHaveLength(0);
    expect(mock.comprehend.commandCalls(DetectPiiEntitiesCommand)).toHaveLength(0);
  });
});
