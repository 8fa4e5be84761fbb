import { setTimeout as delay } from 'node:timers/promises';
import type { ComprehendClient, KeyPhrase, LanguageCode, PiiEntity } from '@aws-sdk/client-comprehend';
import { guessLanguageOffline, type OfflineLanguageGuess } from '../../../analysis/language-guess';
import { redact } from '../../../analysis/redact';
import type { Analysis, Analyzer, AnalyzerInput } from '../../../ports/analyzer';
import { ComprehendAnalysisError, missing, type ComprehendApi } from './errors';
import { detectKeyPhrases, publishableKeyPhrases } from './key-phrases';
import { detectLanguages, isAnalysisLanguage, type Document } from './language';
import { detectPii, PII_LANGUAGES, piiSpans, replaceSpans } from './pii';
import { RetryingCaller, type ComprehendCalls } from './retrying-caller';
import {
  detectSentiments,
  UNSUPPORTED_LANGUAGE_SCORES,
  unsupportedLanguageSentiment,
  type SentimentReading,
} from './sentiment';
import { MAX_DOCUMENT_BYTES, truncateUtf8 } from './truncate-utf8';
import type { ComprehendUsage } from './usage';

export interface ComprehendAnalyzerOptions {
  /** Attempts per request, the first included, on throttling and transient errors. @default 4 */
  maxAttempts?: number;
  /** Backoff base: attempt n waits a random time in [0, base × 2^(n-1)) ("full jitter"). @default 100 */
  baseDelayMs?: number;
  /** Upper bound of one wait. @default 2000 */
  maxDelayMs?: number;
  /** How to wait between attempts; tests pass a fake. @default `setTimeout` */
  sleep?: (ms: number) => Promise<void>;
  /** The jitter source, in [0, 1). @default Math.random */
  random?: () => number;
  /** Redactor run after Comprehend's PII redaction, and the only one for languages DetectPiiEntities lacks. @default redact */
  fallbackRedactor?: (text: string) => string;
  /** DetectPiiEntities requests in flight at once (it has no batch form). @default 5 */
  piiConcurrency?: number;
  /** Records every request the analyzer makes, retries included. */
  usage?: ComprehendUsage;
  /**
   * Requests per second to send to each API: this invocation's share of the
   * account's Comprehend quotas (`comprehendRequestRates`). Requests are
   * spaced to it, and the pace halves on each throttled answer and recovers
   * on successes. @default no pacing
   */
  requestsPerSecond?: Partial<Record<ComprehendApi, number>>;
  /**
   * How long one `analyze` call keeps retrying throttled requests, past
   * `maxAttempts`, before failing their documents (which SQS delivers again
   * later). Leave the rest of the function's timeout for the other work. @default 45_000
   */
  throttleBudgetMs?: number;
  /** The clock of that budget and of the pacing, in milliseconds. @default performance.now */
  now?: () => number;
  /**
   * The offline language guess that spares a confident document the
   * `BatchDetectDominantLanguage` request; the others are sent to Comprehend
   * together. Pass `() => undefined` to ask Comprehend about every document.
   * @default guessLanguageOffline
   */
  detectLanguageOffline?: (text: string) => OfflineLanguageGuess | undefined;
}

/**
 * The analyzer on AWS: Amazon Comprehend's batch APIs for language, sentiment
 * and key phrases (25 documents a request), and DetectPiiEntities for
 * redaction in English and Spanish, followed by the offline redactor as a
 * second net (the only one for other languages). Per language present, one
 * `analyze` call costs ⌈n / 25⌉ requests of each batch kind, plus one
 * DetectPiiEntities per English or Spanish document.
 *
 * A document that cannot be analysed comes back as an Error in its slot; the
 * others are unaffected. Create the client with `maxAttempts: 1` so that
 * the SDK's own retries do not multiply this adapter's.
 */
export class ComprehendAnalyzer implements Analyzer {
  private readonly comprehend: ComprehendCalls;
  private readonly fallbackRedactor: (text: string) => string;
  private readonly piiConcurrency: number;
  private readonly detectLanguageOffline: (text: string) => OfflineLanguageGuess | undefined;

  constructor(
    client: ComprehendClient,
    {
      maxAttempts = 4,
      baseDelayMs = 100,
      maxDelayMs = 2_000,
      sleep = (ms) => delay(ms),
      random = Math.random,
      fallbackRedactor = redact,
      piiConcurrency = 5,
      usage,
      detectLanguageOffline = guessLanguageOffline,
      requestsPerSecond = {},
      throttleBudgetMs = 45_000,
      now = () => performance.now(),
    }: ComprehendAnalyzerOptions = {},
  ) {
    const caller = new RetryingCaller({
      maxAttempts: Math.max(1, maxAttempts),
      baseDelayMs,
      maxDelayMs,
      sleep,
      random,
      usage,
      requestsPerSecond,
      throttleBudgetMs,
      now,
    });
    this.comprehend = { client, caller };
    this.fallbackRedactor = fallbackRedactor;
    this.piiConcurrency = Math.max(1, piiConcurrency);
    this.detectLanguageOffline = detectLanguageOffline;
  }

  async analyze(documents: AnalyzerInput[]): Promise<Map<string, Analysis | Error>> {
    this.comprehend.caller.startInvocation();
    const outcomes = new Map<string, Analysis | Error>();
    const docs: Document[] = [];
    for (const { id, text } of documents) {
      // Only a defence: intake already refuses text over 4,900 bytes. What is
      // stored is what Comprehend checked, never an unchecked tail.
      const sent = truncateUtf8(text, MAX_DOCUMENT_BYTES);
      if (sent.trim() === '') outcomes.set(id, blankAnalysis());
      else docs.push({ id, text: sent });
    }
    if (docs.length === 0) return orderedLike(documents, outcomes);

    const languages = await detectLanguages(this.comprehend, docs, this.detectLanguageOffline);
    const byLanguage = new Map<LanguageCode, Document[]>();
    const piiDocs: { doc: Document; language: LanguageCode }[] = [];
    for (const doc of docs) {
      const language = languages.get(doc.id);
      if (typeof language !== 'string' || !isAnalysisLanguage(language)) continue;
      byLanguage.set(language, [...(byLanguage.get(language) ?? []), doc]);
      if (PII_LANGUAGES.has(language)) piiDocs.push({ doc, language });
    }

    const [sentiments, keyPhrases, piiEntities] = await Promise.all([
      detectSentiments(this.comprehend, byLanguage),
      detectKeyPhrases(this.comprehend, byLanguage),
      detectPii(this.comprehend, piiDocs, this.piiConcurrency),
    ]);

    for (const doc of docs) {
      const language = languages.get(doc.id) ?? missing('BatchDetectDominantLanguage');
      if (language instanceof Error) {
        outcomes.set(doc.id, language);
        continue;
      }
      const supported = isAnalysisLanguage(language);
      outcomes.set(
        doc.id,
        composeOrError(() =>
          this.compose(
            doc,
            language,
            supported ? (sentiments.get(doc.id) ?? missing('BatchDetectSentiment')) : unsupportedLanguageSentiment(),
            supported ? (keyPhrases.get(doc.id) ?? missing('BatchDetectKeyPhrases')) : [],
            PII_LANGUAGES.has(language) ? (piiEntities.get(doc.id) ?? missing('DetectPiiEntities')) : [],
          ),
        ),
      );
    }
    return orderedLike(documents, outcomes);
  }

  /**
   * A language Comprehend cannot score gets a low-confidence NEUTRAL and no
   * key phrases, rather than the offline analyzer, whose English lexicon
   * would misread it.
   */
  private compose(
    doc: Document,
    language: string,
    sentiment: SentimentReading | Error,
    phrases: KeyPhrase[] | Error,
    entities: PiiEntity[] | Error,
  ): Analysis | Error {
    if (entities instanceof Error) return entities;
    if (sentiment instanceof Error) return sentiment;
    if (phrases instanceof Error) return phrases;
    const spans = piiSpans(doc.text, entities);
    return {
      language,
      sentiment: sentiment.sentiment,
      sentimentScores: sentiment.scores,
      redactedText: this.fallbackRedactor(replaceSpans(doc.text, spans)),
      keyPhrases: publishableKeyPhrases(phrases, spans, this.fallbackRedactor),
    };
  }
}

/**
 * A rule that breaks on one document (a redactor, an offset Comprehend got
 * wrong) fails that document alone, as an Error in its slot.
 */
function composeOrError(compose: () => Analysis | Error): Analysis | Error {
  try {
    return compose();
  } catch (cause) {
    return new ComprehendAnalysisError('DetectPiiEntities', 'could not compose the analysis of the document', {
      cause,
    });
  }
}

function blankAnalysis(): Analysis {
  return {
    language: 'und',
    sentiment: 'NEUTRAL',
    sentimentScores: { ...UNSUPPORTED_LANGUAGE_SCORES },
    redactedText: '',
    keyPhrases: [],
  };
}

function orderedLike(
  documents: AnalyzerInput[],
  outcomes: Map<string, Analysis | Error>,
): Map<string, Analysis | Error> {
  const ordered = new Map<string, Analysis | Error>();
  for (const { id } of documents) {
    const outcome = outcomes.get(id);
    if (outcome) ordered.set(id, outcome);
  }
  return ordered;
}
