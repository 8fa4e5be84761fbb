import { beforeEach, describe, expect, it } from 'vitest';
import { ComprehendAnalyzer } from '../../../shared/adapters/aws/comprehend/comprehend-analyzer';
import * as mock from './comprehend-mock';

beforeEach(mock.resetComprehendMock);

describe("ComprehendAnalyzer: the screen's language as a hint", () => {
  it('Should take the kiosk screen’s language when Comprehend is unsure of a short text, and Comprehend’s when it is sure', async () => {
    // Prepare: Comprehend names a word or two with a low score, a sentence with a high one.
    mock.responders.languageOf = (text) => (text === 'nul' ? 'ca' : 'es');
    mock.responders.languageScoreOf = (text) => (text === 'nul' ? 0.31 : 0.97);
    const analyzer = new ComprehendAnalyzer(mock.client);

    // Act
    const results = await analyzer.analyze([
      { id: 'hinted', text: 'nul', languageHint: 'fr' },
      { id: 'bare', text: 'nul' },
      { id: 'sure', text: 'Muy bien todo', languageHint: 'fr' },
    ]);

    // Assess
    expect(mock.analysisOf(results.get('hinted')).language).toBe('fr');
    expect(mock.analysisOf(results.get('bare')).language).toBe('ca');
    expect(mock.analysisOf(results.get('sure')).language).toBe('es');
  });
});
