import { describe, expect, it } from 'vitest';
import { OfflineAnalyzer } from '../../../shared/adapters/offline/offline-analyzer';
import type { Analysis } from '../../../shared/ports/analyzer';

describe('the offline analyzer', () => {
  it('Should give language, sentiment, redacted text and key phrases per document', async () => {
    const results = await new OfflineAnalyzer().analyze([
      { id: 'a', text: 'My manager Sarah Jones ignores the broken forklift. Call me on 555-867-5309.' },
      { id: 'b', text: 'Great team and flexible hours!' },
    ]);
    const a = results.get('a') as Analysis;
    expect(a.language).toBe('en');
    expect(a.sentiment).toBe('NEGATIVE');
    expect(a.redactedText).toBe('My manager [NAME] ignores the broken forklift. Call me on [PHONE].');
    expect(a.keyPhrases).toContain('broken forklift');
    expect((results.get('b') as Analysis).sentiment).toBe('POSITIVE');
  });

  it('Should take key phrases from the redacted text, so no personal data reaches the themes', async () => {
    const results = await new OfflineAnalyzer().analyze([
      { id: 'x', text: 'Supervisor Okonkwo Ramirez at 12 Elm Street runs the night shift' },
    ]);
    const { keyPhrases } = results.get('x') as Analysis;
    expect(keyPhrases.join(' ')).not.toMatch(/okonkwo|ramirez|elm|12/i);
    expect(keyPhrases).toContain('night shift');
  });

  it('Should return a result for every document, an empty one included', async () => {
    const results = await new OfflineAnalyzer().analyze([
      { id: '1', text: '' },
      { id: '2', text: '👍' },
    ]);
    expect([...results.keys()]).toEqual(['1', '2']);
    expect(results.get('1')).toMatchObject({ language: 'und', sentiment: 'NEUTRAL', keyPhrases: [] });
    expect(results.get('2')).toMatchObject({ language: 'und', sentiment: 'POSITIVE' });
  });

  it('Should give each document of a batch what it gets alone, and keep the batch when one document breaks', async () => {
    const texts = [
      'My manager Sarah Jones ignores the broken forklift. Call me on 555-867-5309.',
      'El turno de noche es terrible y el jefe no escucha',
      'poison pill',
      'Great team and flexible hours! #HappyFriday',
      'Merci beaucoup pour la nouvelle salle de pause',
    ];
    const analyzer = new OfflineAnalyzer({
      redactor: (text) => {
        if (text.includes('poison')) throw new Error('redactor broke');
        return text.replace(/Sarah Jones/g, '[NAME]');
      },
    });
    const batch = await analyzer.analyze(texts.map((text, i) => ({ id: String(i), text })));
    expect(batch.get('2')).toBeInstanceOf(Error);
    for (const [i, text] of texts.entries()) {
      if (i === 2) continue;
      const alone = await analyzer.analyze([{ id: 'alone', text }]);
      expect(batch.get(String(i))).toEqual(alone.get('alone'));
    }
  });

  // Speed is measured by `npm run bench`, never asserted here: machines are shared and noisy.
  it('Should answer every document of a batch of thousands, each redacted', async () => {
    const documents = Array.from({ length: 2000 }, (_, i) => ({
      id: String(i),
      text: `Night shift ${i}: Mike said the pay is low, call 555-123-${String(1000 + i)}, but the team is great :)`,
    }));
    const analyzer = new OfflineAnalyzer();
    const results = await analyzer.analyze(documents);
    expect(results.size).toBe(2000);
    for (const [, result] of results) expect(result).not.toBeInstanceOf(Error);
    expect(JSON.stringify([...results.values()])).not.toMatch(/555-123-\d{4}/);
  }, 240_000); // a generous limit, not a speed check: 87 s at a load of 19 on two cores (2026-12-07)
});
