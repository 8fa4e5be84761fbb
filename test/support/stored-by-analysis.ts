import { describe, expect, it } from 'vitest';
import { redact } from '../../shared/analysis/redact';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';

/**
 * What an operator can read of each text once analysed: its redacted text and its key phrases, in lower case, one
 * string a text. Throws when a text could not be analysed (a redaction test must see every text stored).
 */
export async function storedByAnalysis(texts: readonly string[]): Promise<string[]> {
  const analyses = await new OfflineAnalyzer().analyze(texts.map((text, i) => ({ id: String(i), text })));
  return texts.map((text, i) => {
    const analysis = analyses.get(String(i));
    if (!analysis || analysis instanceof Error) throw new Error(`no analysis of ${text}`);
    return `${analysis.redactedText}\n${analysis.keyPhrases.join('\n')}`.toLowerCase();
  });
}

/** A round's leaks: the text, what redaction must store, and the words that must be read nowhere an operator looks. */
export type LeakRow = [text: string, stored: string, hidden: string[]];

/**
 * The checks every attack round's leaks get: each text is stored exactly as the row says, and none of its hidden
 * words survives in the stored text or the key phrases.
 */
export function describeLeaks(title: string, leaks: readonly LeakRow[]): void {
  describe(title, () => {
    it.each(leaks)('Should store %j as %j', (text, stored) => {
      expect(redact(text)).toBe(stored);
    });

    it('Should keep every hidden word out of the stored text and the key phrases', async () => {
      const stored = await storedByAnalysis(leaks.map(([text]) => text));
      leaks.forEach(([text, , hidden], i) => {
        for (const word of hidden) expect(stored[i], text).not.toContain(word.toLowerCase());
      });
    });
  });
}
