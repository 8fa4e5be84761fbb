import { BatchDetectDominantLanguageCommand, type LanguageCode } from '@aws-sdk/client-comprehend';
import type { OfflineLanguageGuess } from '../../../analysis/language-guess';
import { runBatches } from './batches';
import type { ComprehendCalls } from './retrying-caller';

/** Languages BatchDetectSentiment and BatchDetectKeyPhrases accept. */
export const ANALYSIS_LANGUAGES: readonly string[] = [
  'en',
  'es',
  'fr',
  'de',
  'it',
  'pt',
  'ar',
  'hi',
  'ja',
  'ko',
  'zh',
  'zh-TW',
];
const ANALYSIS_LANGUAGE_SET: ReadonlySet<string> = new Set(ANALYSIS_LANGUAGES);

export function isAnalysisLanguage(code: string): code is LanguageCode {
  return ANALYSIS_LANGUAGE_SET.has(code);
}

/** A document as sent to Comprehend: its text truncated below the byte limit. */
export interface Document {
  id: string;
  text: string;
}

/**
 * The language of each document: the offline guess where it is confident
 * (see `guessLanguageOffline` for why that is safe), Comprehend's dominant
 * language for the rest, sent together in as few requests as possible (one
 * for up to 25 uncertain documents).
 */
export async function detectLanguages(
  comprehend: ComprehendCalls,
  docs: Document[],
  guess: (text: string) => OfflineLanguageGuess | undefined,
): Promise<Map<string, string | Error>> {
  const languages = new Map<string, string | Error>();
  const uncertain: Document[] = [];
  for (const doc of docs) {
    const confident = confidentGuess(guess, doc.text);
    if (confident) languages.set(doc.id, confident);
    else uncertain.push(doc);
  }
  if (uncertain.length === 0) return languages;
  const results = await runBatches(
    'BatchDetectDominantLanguage',
    uncertain.map(({ id, text }) => ({ key: id, text })),
    (TextList) =>
      comprehend.caller.call('BatchDetectDominantLanguage', { TextList }, (input) =>
        comprehend.client.send(new BatchDetectDominantLanguageCommand(input)),
      ),
  );
  for (const [id, result] of results) {
    if (result instanceof Error) {
      languages.set(id, result);
      continue;
    }
    const best = [...(result.Languages ?? [])].sort((a, b) => (b.Score ?? 0) - (a.Score ?? 0))[0];
    languages.set(id, best?.LanguageCode ?? 'und');
  }
  return languages;
}

/** The offline guess when it is confident; a guesser that throws is treated as unsure. */
function confidentGuess(guess: (text: string) => OfflineLanguageGuess | undefined, text: string): string | undefined {
  try {
    const guessed = guess(text);
    return guessed?.confident && guessed.code && guessed.code !== 'und' ? guessed.code : undefined;
  } catch {
    return undefined;
  }
}
