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
