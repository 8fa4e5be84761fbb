import {
  BatchDetectDominantLanguageCommand,
  BatchDetectKeyPhrasesCommand,
  BatchDetectSentimentCommand,
  DetectPiiEntitiesCommand,
} from '@aws-sdk/client-comprehend';
import { beforeEach, describe, expect, it } from 'vitest';
import { ComprehendAnalyzer } from '../../../shared/adapters/aws/comprehend/comprehend-analyzer';
import type { OfflineLanguageGuess } from '../../../shared/analysis/language-guess';
import * as mock from './comprehend-mock';

beforeEach(mock.resetComprehendMock);

describe('ComprehendAnalyzer: language detection and packing', () => {
  const english = 'The night shift is understaffed again and we are all exhausted by the end of the week.';

  it('Should not ask Comprehend the language of a document the offline guess is confident of', async () => {
    // Prepare
    const analyzer = new ComprehendAnalyzer(mock.client);

    // Act
    const results = await analyzer.analyze([{ id: 'a', text: english }]);

    // Assess
    expect(mock.comprehend.commandCalls(BatchDetectDominantLanguageCommand)).toHaveLength(0);
    expect(mock.analysisOf(results.get('a'))).toMatchObject({ language: 'en', sentiment: 'NEGATIVE' });
    expect(
      mock.comprehend.commandCalls(BatchDetectSentimentCommand).map((call) => call.args[0].input.LanguageCode),
    ).toEqual(['en']);
    expect(
      mock.comprehend.commandCalls(BatchDetectKeyPhrasesCommand).map((call) => call.args[0].input.LanguageCode),
    ).toEqual(['en']);
    expect(
      mock.comprehend.commandCalls(DetectPiiEntitiesCommand).map((call) => call.args[0].input.LanguageCode),
    ).toEqual(['en']);
  });

  it('Should ask Comprehend about the uncertain documents only, all in one request', async () => {
    // Prepare: two texts too short to be sure of, between two confident English ones.
    const [short, emoji] = ['Obrigado!', '👍👍 ok'];
    mock.responders.languageOf = (text) => (text === short ? 'pt' : 'en');
    const analyzer = new ComprehendAnalyzer(mock.client);

    // Act
    const results = await analyzer.analyze(mock.docs([english, short, english.replace('night', 'day'), emoji]));

    // Assess
    expect(
      mock.comprehend.commandCalls(BatchDetectDominantLanguageCommand).map((call) => call.args[0].input.TextList),
    ).toEqual([[short, emoji]]);
    expect(mock.analysisOf(results.get('doc-1')).language).toBe('pt');
    expect(mock.analysisOf(results.get('doc-3')).language).toBe('en');
    expect(mock.analysisOf(results.get('doc-0')).language).toBe('en');
  });

  it('Should pack documents of several languages across the whole call into requests of one language, 25 at most', async () => {
    // Prepare: 30 English, 27 Spanish and 3 French documents, interleaved, languages guessed offline.
    const language = (i: number) => (i % 20 < 10 ? 'en' : i % 20 < 19 ? 'es' : 'fr');
    const input = Array.from({ length: 60 }, (_, i) => ({ id: `doc-${i}`, text: `Document ${i} in ${language(i)}.` }));
    const languageOfText = new Map(input.map(({ text }, i) => [text, language(i)]));
    const guess = (text: string): OfflineLanguageGuess => ({ code: languageOfText.get(text) ?? 'en', confident: true });
    const analyzer = new ComprehendAnalyzer(mock.client, { detectLanguageOffline: guess });

    // Act
    const results = await analyzer.analyze(input);

    // Assess
    expect(mock.comprehend.commandCalls(BatchDetectDominantLanguageCommand)).toHaveLength(0);
    for (const command of [BatchDetectSentimentCommand, BatchDetectKeyPhrasesCommand] as const) {
      const requests = mock.comprehend
        .commandCalls(command)
        .map((call) => call.args[0].input as { LanguageCode?: string; TextList?: string[] });
      const sizes = requests.map(({ LanguageCode, TextList = [] }) => `${LanguageCode}:${TextList.length}`).sort();
      expect(sizes).toEqual(['en:25', 'en:5', 'es:2', 'es:25', 'fr:3']);
      for (const { LanguageCode, TextList = [] } of requests)
        for (const text of TextList) expect(languageOfText.get(text)).toBe(LanguageCode);
    }
    expect(mock.comprehend.commandCalls(DetectPiiEntitiesCommand)).toHaveLength(30 + 27);
    expect(input.map(({ id }) => mock.analysisOf(results.get(id)).language)).toEqual(input.map((_, i) => language(i)));
  });

  it('Should ask Comprehend when the offline guesser throws', async () => {
    // Prepare
    const analyzer = new ComprehendAnalyzer(mock.client, {
      detectLanguageOffline: () => {
        throw new Error('detector broke');
      },
    });

    // Act
    const results = await analyzer.analyze([{ id: 'a', text: english }]);

    // Assess
    expect(mock.comprehend.commandCalls(BatchDetectDominantLanguageCommand)).toHaveLength(1);
    expect(mock.analysisOf(results.get('a')).language).toBe('en');
  });

  it('Should ask Comprehend when the offline guess is not confident, and use its answer over the guess', async () => {
    // Prepare
    mock.responders.languageOf = () => 'es';
    const analyzer = new ComprehendAnalyzer(mock.client, {
      detectLanguageOffline: () => ({ code: 'en', confident: false }),
    });

    // Act
    const results = await analyzer.analyze([{ id: 'a', text: 'Hola equipo, gracias por todo.' }]);

    // Assess
    expect(mock.comprehend.commandCalls(BatchDetectDominantLanguageCommand)).toHaveLength(1);
    expect(mock.analysisOf(results.get('a')).language).toBe('es');
    expect(
      mock.comprehend.commandCalls(BatchDetectSentimentCommand).map((call) => call.args[0].input.LanguageCode),
    ).toEqual(['es']);
  });
});
