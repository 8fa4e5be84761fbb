import { setTimeout as delay } from 'node:timers/promises';
import {
  BatchDetectDominantLanguageCommand,
  BatchDetectKeyPhrasesCommand,
  BatchDetectSentimentCommand,
  DetectPiiEntitiesCommand,
  type BatchItemError,
  type ComprehendClient,
  type KeyPhrase,
  type LanguageCode,
  type PiiEntity,
  type SentimentScore,
  type SentimentType,
} from '@aws-sdk/client-comprehend';
import { fitKeyPhrase } from '../../analysis/key-phrase-size';
import { detectLanguage, STOPWORDS } from '../../analysis/language';
import { redact } from '../../analysis/redact';
import type { Sentiment, SentimentScores } from '../../domain/feedback';
import type { Analysis, Analyzer, AnalyzerInput } from '../../ports/analyzer';
import type { ComprehendUsage } from './comprehend-usage';
import { RequestPacer } from './request-pacer';

/** Documents per batch request: Comprehend's maximum. */
export const BATCH_SIZE = 25;
/** Comprehend refuses batch documents of 5,000 UTF-8 bytes or more ("fewer than 5,000 bytes"). */
export const MAX_DOCUMENT_BYTES = 4_999;
/** Sentiment reads only the first 500 characters of a document and ignores the rest. */
export const SENTIMENT_CHARACTERS = 500;
const MAX_KEY_PHRASES = 10;

/** Languages BatchDetectSentiment and BatchDetectKeyPhrases accept. */
const ANALYSIS_LANGUAGES: ReadonlySet<string> = new Set(['en', 'es', 'fr', 'de', 'it', 'pt', 'ar', 'hi', 'ja', 'ko', 'zh', 'zh-TW']);
/** Languages DetectPiiEntities accepts. */
const PII_LANGUAGES: ReadonlySet<string> = new Set(['en', 'es']);

/**
 * What each Comprehend PII type becomes. The placeholders are the ones the
 * rest of the system knows (`[NAME]`, `[PHONE]`, `[EMAIL]`, `[ADDRESS]`,
 * `[ID]`, `[URL]`). Anything that identifies a person, an account or a device
 * is redacted: government and bank numbers, usernames, credentials and IP/MAC
 * addresses all become `[ID]`; URLs can name a person's profile page.
 *
 * Kept on purpose: `AGE` and `DATE_TIME`. "Since Monday", "the 3am shift" and
 * "at 58 I was told I'm too slow" are what an executive needs to act on
 * (age discrimination is an escalation topic), and neither names anyone by
 * itself. A type not listed here (one Comprehend adds later) is redacted as
 * `[ID]`: new types are never let through by default.
 */
const PII_PLACEHOLDERS: Readonly<Record<string, string>> = {
  NAME: '[NAME]',
  PHONE: '[PHONE]',
  EMAIL: '[EMAIL]',
  ADDRESS: '[ADDRESS]',
  URL: '[URL]',
};
const PII_TYPES_KEPT: ReadonlySet<string> = new Set(['AGE', 'DATE_TIME']);
const DEFAULT_PII_PLACEHOLDER = '[ID]';

// A language Comprehend cannot score: NEUTRAL, and a flat distribution that
// says "we do not know" rather than a confident neutral.
const UNSUPPORTED_LANGUAGE_SCORES: SentimentScores = { positive: 0.2, negative: 0.2, neutral: 0.4, mixed: 0.2 };

const RETRYABLE_ERROR_NAMES: ReadonlySet<string> = new Set([
  'ThrottlingException',
  'TooManyRequestsException',
  'InternalServerException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
]);
const RETRYABLE_NETWORK_CODES: ReadonlySet<string> = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);
// Batch item error codes that fail the same way every time (Comprehend sends
// codes such as TEXT_SIZE_LIMIT_EXCEEDED; compared without case or underscores).
const PERMANENT_ITEM_ERRORS = ['TEXTSIZELIMITEXCEEDED', 'UNSUPPORTEDLANGUAGE', 'INVALIDREQUEST', 'BATCHSIZELIMITEXCEEDED'];
// Whole-request refusals that one document can cause; worth splitting the request to find it.
const DOCUMENT_CAUSED_ERROR_NAMES: ReadonlySet<string> = new Set(['InvalidRequestException', 'TextSizeLimitExceededException']);

type BatchApi = 'BatchDetectDominantLanguage' | 'BatchDetectSentiment' | 'BatchDetectKeyPhrases';
type ComprehendApi = BatchApi | 'DetectPiiEntities';

/** Any failure to analyse a document with Comprehend. Messages never quote the text. */
export class ComprehendAnalysisError extends Error {
  constructor(
    readonly api: ComprehendApi,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ComprehendAnalysisError';
  }
}

/** A whole request failed: throttled or unavailable past the last retry, or refused. */
export class ComprehendCallError extends ComprehendAnalysisError {
  constructor(api: ComprehendApi, cause: unknown) {
    super(api, `${api} failed: ${errorName(cause)}`, { cause });
    this.name = 'ComprehendCallError';
  }
}

/** Comprehend answered the request but listed this document in its `ErrorList`. */
export class ComprehendDocumentError extends ComprehendAnalysisError {
  constructor(
    api: ComprehendApi,
    readonly errorCode: string,
  ) {
    super(api, `${api} could not process the document: ${errorCode}`);
    this.name = 'ComprehendDocumentError';
  }
}

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
   * later): throttling means "slower", not "give up". Leave the rest of the
   * function's timeout for the other work. @default 45_000
   */
  throttleBudgetMs?: number;
  /** The clock of that budget and of the pacing, in milliseconds. @default performance.now */
  now?: () => number;
  /**
   * The offline language guess that spares a document the
   * `BatchDetectDominantLanguage` request: a document whose guess is
   * `confident` is analysed in that language without asking Comprehend; the
   * others (no guess, not confident, or the guesser threw) are sent to
   * Comprehend, all of an invocation's uncertain documents together. Pass
   * `() => undefined` to ask Comprehend about every document.
   * @default guessLanguageOffline
   */
  detectLanguageOffline?: (text: string) => OfflineLanguageGuess | undefined;
}

/** A language guessed without Comprehend, and whether it is sure enough to act on. */
export interface OfflineLanguageGuess {
  /** An ISO 639-1 code, as Comprehend reports languages (`en`, `es`, …). */
  code: string;
  /** True only when a wrong guess is very unlikely: then Comprehend is not asked. */
  confident: boolean;
}

interface Document {
  id: string;
  /** The text as sent to Comprehend: truncated below the byte limit. */
  text: string;
}

interface BatchItem {
  key: string;
  text: string;
}

interface BatchResponse<R> {
  ResultList?: R[];
  ErrorList?: BatchItemError[];
}

type ItemOutcome<R> = { key: string; result: R } | { key: string; itemError: string } | { key: string; error: Error };

interface SentimentReading {
  sentiment: Sentiment;
  scores: SentimentScores;
}

interface Span {
  start: number;
  end: number;
  label: string;
}

/**
 * The analyzer on AWS: Amazon Comprehend's batch APIs for language, sentiment
 * and key phrases (25 documents a request), and DetectPiiEntities for
 * redaction in English and Spanish, followed by the offline redactor as a
 * second net (the only one for other languages).
 *
 * Requests are few: a document whose language the offline guess is confident
 * of is not sent to `BatchDetectDominantLanguage` (see
 * {@link guessLanguageOffline}), and sentiment and key-phrase requests, which
 * take one language each, are packed per language across the whole
 * `analyze` call, 25 documents (or sentiment chunks) a request. One `analyze`
 * call per SQS batch therefore costs, per language present, ⌈n / 25⌉
 * requests of each kind, plus one DetectPiiEntities per English or Spanish
 * document.
 *
 * A document that cannot be analysed comes back as an Error in its slot; the
 * others are unaffected. Throttling and transient errors are retried with
 * exponential backoff and full jitter, a bounded number of times. Create the
 * client with `maxAttempts: 1` so that the SDK's own retries do not multiply
 * these.
 *
 * @example
 * ```ts
 * const analyzer = new ComprehendAnalyzer(new ComprehendClient({ maxAttempts: 1 }));
 * const results = await analyzer.analyze([{ id: 'a', text: 'The new rota is great' }]);
 * ```
 */
export class ComprehendAnalyzer implements Analyzer {
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly fallbackRedactor: (text: string) => string;
  private readonly piiConcurrency: number;
  private readonly usage: ComprehendUsage | undefined;
  private readonly detectLanguageOffline: (text: string) => OfflineLanguageGuess | undefined;
  private readonly pacers = new Map<ComprehendApi, RequestPacer>();
  private readonly throttleBudgetMs: number;
  private readonly now: () => number;
  // Set by each analyze() call; Lambda runs one invocation at a time per instance.
  private throttleDeadline = Number.POSITIVE_INFINITY;

  constructor(
    private readonly client: ComprehendClient,
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
    this.maxAttempts = Math.max(1, maxAttempts);
    this.baseDelayMs = baseDelayMs;
    this.maxDelayMs = maxDelayMs;
    this.sleep = sleep;
    this.random = random;
    this.fallbackRedactor = fallbackRedactor;
    this.piiConcurrency = Math.max(1, piiConcurrency);
    this.usage = usage;
    this.detectLanguageOffline = detectLanguageOffline;
    this.throttleBudgetMs = throttleBudgetMs;
    this.now = now;
    for (const [api, rate] of Object.entries(requestsPerSecond) as [ComprehendApi, number | undefined][]) {
      if (rate) this.pacers.set(api, new RequestPacer(rate, { sleep, now }));
    }
  }

  async analyze(documents: AnalyzerInput[]): Promise<Map<string, Analysis | Error>> {
    this.throttleDeadline = this.now() + this.throttleBudgetMs;
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

    const languages = await this.detectLanguages(docs);
    const byLanguage = new Map<LanguageCode, Document[]>();
    const piiDocs: { doc: Document; language: LanguageCode }[] = [];
    for (const doc of docs) {
      const language = languages.get(doc.id);
      if (typeof language !== 'string' || !isAnalysisLanguage(language)) continue;
      byLanguage.set(language, [...(byLanguage.get(language) ?? []), doc]);
      if (PII_LANGUAGES.has(language)) piiDocs.push({ doc, language });
    }

    const [sentiments, keyPhrases, piiEntities] = await Promise.all([
      this.detectSentiments(byLanguage),
      this.detectKeyPhrases(byLanguage),
      this.detectPii(piiDocs),
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
   * Unsupported languages (Comprehend cannot score them): NEUTRAL with a flat,
   * low-confidence distribution and no key phrases, rather than the offline
   * analyzer, whose lexicon is English and would misread them.
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

  /**
   * The language of each document: the offline guess where it is confident
   * (see {@link guessLanguageOffline} for why that is safe), Comprehend's
   * dominant language for the rest, sent together in as few requests as
   * possible (one for up to 25 uncertain documents).
   */
  private async detectLanguages(docs: Document[]): Promise<Map<string, string | Error>> {
    const languages = new Map<string, string | Error>();
    const uncertain: Document[] = [];
    for (const doc of docs) {
      const guess = this.confidentGuess(doc.text);
      if (guess) languages.set(doc.id, guess);
      else uncertain.push(doc);
    }
    if (uncertain.length === 0) return languages;
    const results = await this.runBatches(
      'BatchDetectDominantLanguage',
      uncertain.map(({ id, text }) => ({ key: id, text })),
      (TextList) => this.call('BatchDetectDominantLanguage', { TextList }, (input) => this.client.send(new BatchDetectDominantLanguageCommand(input))),
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
  private confidentGuess(text: string): string | undefined {
    try {
      const guess = this.detectLanguageOffline(text);
      return guess?.confident && guess.code && guess.code !== 'und' ? guess.code : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Sentiment reads only the first 500 characters of a document, so a longer
   * text is split into chunks of at most 500 characters at sentence
   * boundaries, each chunk is sent as its own document in the batches, and
   * the chunks' scores are combined weighted by their length: a long text is
   * judged on all of it, not on its opening. Its label is the highest
   * combined score, or MIXED when both POSITIVE and NEGATIVE chunks carry at
   * least 30% of the text each (praise followed by a complaint is mixed, not
   * whichever side wrote more).
   */
  private async detectSentiments(byLanguage: Map<LanguageCode, Document[]>): Promise<Map<string, SentimentReading | Error>> {
    const readings = new Map<string, SentimentReading | Error>();
    await Promise.all(
      [...byLanguage].map(async ([LanguageCode, docs]) => {
        // A document that cannot be split gets an Error in its own slot; the rest are still sent.
        const chunksOf = new Map<string, string[] | Error>(docs.map((doc) => [doc.id, chunksOrError(doc.text, LanguageCode)]));
        for (const [id, chunks] of chunksOf) if (chunks instanceof Error) readings.set(id, chunks);
        const chunksFor = (id: string) => {
          const chunks = chunksOf.get(id);
          return Array.isArray(chunks) ? chunks : [];
        };
        const items = docs.flatMap((doc) => chunksFor(doc.id).map((text, i) => ({ key: chunkKey(doc.id, i), text })));
        const results = await this.runBatches('BatchDetectSentiment', items, (TextList) =>
          this.call('BatchDetectSentiment', { TextList, LanguageCode }, (input) => this.client.send(new BatchDetectSentimentCommand(input))),
        );
        for (const doc of docs) {
          if (readings.has(doc.id)) continue;
          const parts: { weight: number; sentiment: Sentiment; scores: SentimentScores }[] = [];
          let failure: Error | undefined;
          for (const [i, text] of chunksFor(doc.id).entries()) {
            const result = results.get(chunkKey(doc.id, i)) ?? missing('BatchDetectSentiment');
            if (result instanceof Error) {
              failure = result;
              break;
            }
            parts.push({ weight: codePointLength(text), sentiment: sentimentOf(result.Sentiment), scores: scoresOf(result.SentimentScore) });
          }
          readings.set(doc.id, failure ?? combineSentiments(parts));
        }
      }),
    );
    return readings;
  }

  private async detectKeyPhrases(byLanguage: Map<LanguageCode, Document[]>): Promise<Map<string, KeyPhrase[] | Error>> {
    const phrases = new Map<string, KeyPhrase[] | Error>();
    await Promise.all(
      [...byLanguage].map(async ([LanguageCode, docs]) => {
        const results = await this.runBatches(
          'BatchDetectKeyPhrases',
          docs.map(({ id, text }) => ({ key: id, text })),
          (TextList) => this.call('BatchDetectKeyPhrases', { TextList, LanguageCode }, (input) => this.client.send(new BatchDetectKeyPhrasesCommand(input))),
        );
        for (const [id, result] of results) phrases.set(id, result instanceof Error ? result : (result.KeyPhrases ?? []));
      }),
    );
    return phrases;
  }

  private async detectPii(docs: { doc: Document; language: LanguageCode }[]): Promise<Map<string, PiiEntity[] | Error>> {
    const entities = new Map<string, PiiEntity[] | Error>();
    await forEachLimited(docs, this.piiConcurrency, async ({ doc, language }) => {
      try {
        const output = await this.call('DetectPiiEntities', { Text: doc.text, LanguageCode: language }, (input) =>
          this.client.send(new DetectPiiEntitiesCommand(input)),
        );
        entities.set(doc.id, output.Entities ?? []);
      } catch (error) {
        entities.set(doc.id, new ComprehendCallError('DetectPiiEntities', error));
      }
    });
    return entities;
  }

  /**
   * Sends items in requests of up to 25. An item in a response's `ErrorList`
   * is retried once, in the next request, unless its error is permanent;
   * after that its slot holds an Error. A request that fails as a whole
   * fails only its own items.
   */
  private async runBatches<R extends { Index?: number }>(
    api: BatchApi,
    items: BatchItem[],
    send: (texts: string[]) => Promise<BatchResponse<R>>,
  ): Promise<Map<string, R | Error>> {
    const results = new Map<string, R | Error>();
    const queue = items.map((item) => ({ item, retried: false }));
    while (queue.length > 0) {
      const chunk = queue.splice(0, BATCH_SIZE);
      const outcomes = await this.sendChunk(
        api,
        chunk.map(({ item }) => item),
        send,
      );
      for (const [i, outcome] of outcomes.entries()) {
        const entry = chunk[i];
        if (!entry) continue;
        if ('result' in outcome) results.set(outcome.key, outcome.result);
        else if ('error' in outcome) results.set(outcome.key, outcome.error);
        else if (!entry.retried && !isPermanentItemError(outcome.itemError)) queue.push({ item: entry.item, retried: true });
        else results.set(outcome.key, new ComprehendDocumentError(api, outcome.itemError));
      }
    }
    return results;
  }

  /**
   * One batch request, outcomes in the order of `items`. When a request of
   * several documents is refused as invalid or too large, one of them may be
   * the cause: the request is split in halves and each half sent on its own,
   * so that only the culprit fails. Other failures fail the request's items.
   */
  private async sendChunk<R extends { Index?: number }>(
    api: BatchApi,
    items: BatchItem[],
    send: (texts: string[]) => Promise<BatchResponse<R>>,
  ): Promise<ItemOutcome<R>[]> {
    let response: BatchResponse<R>;
    try {
      response = await send(items.map(({ text }) => text));
    } catch (error) {
      if (items.length > 1 && DOCUMENT_CAUSED_ERROR_NAMES.has(errorName(error))) {
        const half = Math.ceil(items.length / 2);
        const [first, second] = await Promise.all([this.sendChunk(api, items.slice(0, half), send), this.sendChunk(api, items.slice(half), send)]);
        return [...first, ...second];
      }
      const failure = new ComprehendCallError(api, error);
      return items.map(({ key }) => ({ key, error: failure }));
    }
    const results = new Map<number, R>();
    for (const result of response.ResultList ?? []) if (result.Index !== undefined) results.set(result.Index, result);
    const errors = new Map<number, string>();
    for (const error of response.ErrorList ?? []) if (error.Index !== undefined) errors.set(error.Index, error.ErrorCode ?? 'UNKNOWN');
    return items.map(({ key }, index): ItemOutcome<R> => {
      const result = results.get(index);
      if (result) return { key, result };
      return { key, itemError: errors.get(index) ?? 'MISSING_FROM_RESPONSE' };
    });
  }

  /**
   * One request, paced, retried on throttling and transient errors with
   * exponential backoff and full jitter: throttling for as long as the
   * invocation's throttle budget lasts, other errors `maxAttempts` times.
   */
  private async call<I extends object, O>(api: ComprehendApi, input: I, send: (input: I) => Promise<O>): Promise<O> {
    const pacer = this.pacers.get(api);
    for (let attempt = 1; ; attempt += 1) {
      await pacer?.take();
      try {
        const output = await send(input);
        pacer?.succeeded();
        this.usage?.record(api, input, output);
        return output;
      } catch (error) {
        this.usage?.record(api, input);
        const throttled = isThrottling(error);
        if (throttled) pacer?.throttled();
        const keepWaiting = throttled && this.now() < this.throttleDeadline;
        if (!keepWaiting && (attempt >= this.maxAttempts || !isRetryable(error))) throw error;
        const ceiling = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
        await this.sleep(Math.floor(this.random() * ceiling));
      }
    }
  }
}

/**
 * Cuts text to at most `maxBytes` of UTF-8, at a grapheme boundary when one
 * fits (never inside a surrogate pair, and emoji sequences stay whole).
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const size = Buffer.byteLength(segment, 'utf8');
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += segment.length;
  }
  if (end > 0) return text.slice(0, end);
  // One grapheme longer than the limit (a pile of combining marks): cut by code point.
  let out = '';
  for (const codePoint of text) {
    const size = Buffer.byteLength(codePoint, 'utf8');
    if (bytes + size > maxBytes) break;
    bytes += size;
    out += codePoint;
  }
  return out;
}

// ---- offline language guess ------------------------------------------------

/**
 * Languages the offline guess may be confident about: the Latin-script
 * languages whose function words the offline detector knows and that
 * Comprehend analyses. Dutch (known offline, but not analysed by Comprehend)
 * and script-named languages (`zh` cannot tell `zh-TW`; others are rare) are
 * always left to Comprehend.
 */
const CONFIDENT_LANGUAGES: readonly string[] = ['en', 'es', 'fr', 'de', 'pt', 'it'];
/** Below this many letters a text is too short to be sure of ("Gracias", "ok merci"). */
const CONFIDENT_MIN_LETTERS = 40;
/**
 * Against every other language the detector knows, a text must hold at least
 * this many function words of the guessed language that the other lacks…
 */
const CONFIDENT_MIN_EVIDENCE = 3;
/** …and more than this many times as many as words of the other language that the guessed one lacks. */
const CONFIDENT_MARGIN = 4;

/**
 * The offline language of a text, and whether it is sure enough to skip
 * Comprehend's `BatchDetectDominantLanguage` for it.
 *
 * `detectLanguage` (shared/analysis/language.ts) answers a best guess with no
 * confidence of its own: the language whose function words, everyday words
 * and telling letters the text holds most of. Here "confident" is a separate,
 * stricter test that the guess must also pass:
 *
 * - the guess is one of {@link CONFIDENT_LANGUAGES} (Latin script, Comprehend
 *   analyses it) and the text has no letters of another script;
 * - the text has at least 40 letters;
 * - compared with each other language the detector knows, the text holds
 *   at least 3 function words of the guessed language that the other lacks
 *   (a word both have, such as "de" for Spanish and Portuguese, is no
 *   evidence either way), and more than 4 times as many as function words of
 *   the other that the guessed language lacks. The guess thus wins every
 *   pairwise comparison clearly, and a text mixing two languages, where
 *   Comprehend's dominant language could go either way, is left to it.
 *
 * Why skipping Comprehend is then safe: the language decides which code
 * sentiment, key phrases and PII detection run with, and Comprehend scores a
 * text in the wrong language code badly (a Portuguese complaint read as
 * Spanish loses much of its sentiment; read as English, most of it), so a
 * wrong guess costs quality silently, while an unneeded language request
 * costs one call shared by up to 25 documents. The test is therefore
 * conservative: it passes for ordinary sentences written in one language,
 * and fails, leaving the decision to Comprehend, for short texts, texts
 * mixing two languages, texts of names, numbers and emoji, and any language
 * or script it does not know. The guessed code is the one Comprehend would
 * report (ISO 639-1, the same codes).
 *
 * @example
 * guessLanguageOffline('The night shift is understaffed again and we are all exhausted.') // { code: 'en', confident: true }
 * guessLanguageOffline('Gracias') // { code: 'es', confident: false }
 */
export function guessLanguageOffline(text: string): OfflineLanguageGuess | undefined {
  const code = detectLanguage(text);
  if (code === 'und') return undefined;
  return { code, confident: isConfidentGuess(text, code) };
}

function isConfidentGuess(text: string, code: string): boolean {
  const own = STOPWORDS[code];
  if (!own || !CONFIDENT_LANGUAGES.includes(code)) return false;
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < CONFIDENT_MIN_LETTERS) return false;
  if (letters.some((letter) => !/\p{Script=Latin}/u.test(letter))) return false;
  const tokens = Array.from(text.toLowerCase().replace(/[’‘]/g, "'").matchAll(/[\p{L}']+/gu), ([token]) => token);
  return Object.entries(STOPWORDS).every(([language, other]) => {
    if (language === code) return true;
    const forGuess = tokens.filter((token) => own.has(token) && !other.has(token)).length;
    const forOther = tokens.filter((token) => other.has(token) && !own.has(token)).length;
    return forGuess >= CONFIDENT_MIN_EVIDENCE && forGuess > CONFIDENT_MARGIN * forOther;
  });
}

/**
 * Splits text into pieces of at most `max` characters (code points), at
 * sentence boundaries; a sentence longer than that is split between words,
 * and a word longer than that between characters.
 */
export function sentimentChunks(text: string, locale?: string, max = SENTIMENT_CHARACTERS): string[] {
  if (codePointLength(text) <= max) return text.trim() ? [text] : [];
  const sentences = [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)].map(({ segment }) => segment);
  const pieces = sentences.flatMap((sentence) => (codePointLength(sentence) <= max ? [sentence] : splitLongSentence(sentence, max)));
  const chunks: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current && codePointLength(current) + codePointLength(piece) > max) {
      chunks.push(current);
      current = '';
    }
    current += piece;
  }
  if (current) chunks.push(current);
  return chunks.map((chunk) => chunk.trim()).filter((chunk) => chunk.length > 0);
}

function splitLongSentence(sentence: string, max: number): string[] {
  const words = sentence.match(/\S+\s*|\s+/gu) ?? [];
  const pieces: string[] = [];
  let current = '';
  for (const word of words) {
    const parts = codePointLength(word) <= max ? [word] : hardSplit(word, max);
    for (const part of parts) {
      if (current && codePointLength(current) + codePointLength(part) > max) {
        pieces.push(current);
        current = '';
      }
      current += part;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

function hardSplit(text: string, max: number): string[] {
  const codePoints = [...text];
  const parts: string[] = [];
  for (let i = 0; i < codePoints.length; i += max) parts.push(codePoints.slice(i, i + max).join(''));
  return parts;
}

function combineSentiments(parts: { weight: number; sentiment: Sentiment; scores: SentimentScores }[]): SentimentReading {
  const total = parts.reduce((sum, { weight }) => sum + weight, 0) || 1;
  const scores: SentimentScores = { positive: 0, negative: 0, neutral: 0, mixed: 0 };
  const share: Record<Sentiment, number> = { POSITIVE: 0, NEGATIVE: 0, NEUTRAL: 0, MIXED: 0 };
  for (const { weight, sentiment, scores: s } of parts) {
    const w = weight / total;
    scores.positive += w * s.positive;
    scores.negative += w * s.negative;
    scores.neutral += w * s.neutral;
    scores.mixed += w * s.mixed;
    share[sentiment] += w;
  }
  if (share.POSITIVE >= 0.3 && share.NEGATIVE >= 0.3) return { sentiment: 'MIXED', scores };
  const ranked: [Sentiment, number][] = [
    ['POSITIVE', scores.positive],
    ['NEGATIVE', scores.negative],
    ['NEUTRAL', scores.neutral],
    ['MIXED', scores.mixed],
  ];
  ranked.sort((a, b) => b[1] - a[1]);
  return { sentiment: ranked[0]?.[0] ?? 'NEUTRAL', scores };
}

function sentimentOf(type: SentimentType | undefined): Sentiment {
  return type ?? 'NEUTRAL';
}

function scoresOf(score: SentimentScore | undefined): SentimentScores {
  return { positive: score?.Positive ?? 0, negative: score?.Negative ?? 0, neutral: score?.Neutral ?? 0, mixed: score?.Mixed ?? 0 };
}

function unsupportedLanguageSentiment(): SentimentReading {
  return { sentiment: 'NEUTRAL', scores: { ...UNSUPPORTED_LANGUAGE_SCORES } };
}

/**
 * Comprehend's PII offsets count code points ("a multi-byte UTF-8 character
 * maps to a single code point"), and `EndOffset` is exclusive; JavaScript
 * strings index UTF-16 units, so spans are kept in code points and applied to
 * the text's code points. Each span is widened to whole words, so that an
 * off-by-one end never leaves the last letter of a name behind.
 */
function piiSpans(text: string, entities: PiiEntity[]): Span[] {
  const codePoints = [...text];
  const spans: Span[] = [];
  for (const entity of entities) {
    const type = entity.Type ?? 'UNKNOWN';
    if (PII_TYPES_KEPT.has(type)) continue;
    let start = Math.max(0, entity.BeginOffset ?? -1);
    let end = Math.min(codePoints.length, entity.EndOffset ?? -1);
    if (entity.BeginOffset === undefined || end <= start) continue;
    while (start > 0 && isWordCharacter(codePoints[start - 1])) start -= 1;
    while (end < codePoints.length && isWordCharacter(codePoints[end])) end += 1;
    spans.push({ start, end, label: PII_PLACEHOLDERS[type] ?? DEFAULT_PII_PLACEHOLDER });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function replaceSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const codePoints = [...text];
  let out = '';
  let at = 0;
  for (const { start, end, label } of spans) {
    out += codePoints.slice(at, start).join('') + label;
    at = end;
  }
  return out + codePoints.slice(at).join('');
}

/**
 * Key phrases are stored and counted in the weekly figures, so one that
 * overlaps a PII span, or that the offline redactor would change, is dropped
 * rather than redacted. The rest: highest score first, no repeats, at most 10.
 */
function publishableKeyPhrases(phrases: KeyPhrase[], spans: Span[], redactor: (text: string) => string): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const phrase of [...phrases].sort((a, b) => (b.Score ?? 0) - (a.Score ?? 0))) {
    // Bounded in bytes as the offline analyzer's are: phrases end up in DynamoDB keys.
    const text = fitKeyPhrase(phrase.Text ?? '');
    if (!text) continue;
    const begin = phrase.BeginOffset ?? -1;
    const end = phrase.EndOffset ?? -1;
    if (spans.some((span) => begin < span.end && end > span.start)) continue;
    if (redactor(text) !== text) continue;
    const key = text.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(text);
    if (kept.length === MAX_KEY_PHRASES) break;
  }
  return kept;
}

/**
 * A rule that breaks on one document (a redactor, an offset Comprehend got
 * wrong) fails that document alone, as an Error in its slot.
 */
function composeOrError(compose: () => Analysis | Error): Analysis | Error {
  try {
    return compose();
  } catch (cause) {
    return new ComprehendAnalysisError('DetectPiiEntities', 'could not compose the analysis of the document', { cause });
  }
}

function chunksOrError(text: string, locale: string): string[] | Error {
  try {
    return sentimentChunks(text, locale);
  } catch (cause) {
    return new ComprehendAnalysisError('BatchDetectSentiment', 'could not split the document for sentiment', { cause });
  }
}

function blankAnalysis(): Analysis {
  return { language: 'und', sentiment: 'NEUTRAL', sentimentScores: { ...UNSUPPORTED_LANGUAGE_SCORES }, redactedText: '', keyPhrases: [] };
}

function isAnalysisLanguage(code: string): code is LanguageCode {
  return ANALYSIS_LANGUAGES.has(code);
}

function isRetryable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = 'name' in error && typeof error.name === 'string' ? error.name : '';
  if (RETRYABLE_ERROR_NAMES.has(name)) return true;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (RETRYABLE_NETWORK_CODES.has(code)) return true;
  const metadata = '$metadata' in error && typeof error.$metadata === 'object' && error.$metadata !== null ? error.$metadata : {};
  const status = 'httpStatusCode' in metadata && typeof metadata.httpStatusCode === 'number' ? metadata.httpStatusCode : 0;
  return status === 429 || status >= 500;
}

function isThrottling(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = 'name' in error && typeof error.name === 'string' ? error.name : '';
  const metadata = '$metadata' in error && typeof error.$metadata === 'object' && error.$metadata !== null ? error.$metadata : {};
  return name === 'ThrottlingException' || name === 'TooManyRequestsException' || ('httpStatusCode' in metadata && metadata.httpStatusCode === 429);
}

function isPermanentItemError(code: string): boolean {
  const normalised = code.toUpperCase().replace(/[^A-Z]/g, '');
  return PERMANENT_ITEM_ERRORS.some((permanent) => normalised.startsWith(permanent));
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'UnknownError';
}

function missing(api: ComprehendApi): ComprehendDocumentError {
  return new ComprehendDocumentError(api, 'MISSING_FROM_RESPONSE');
}

function chunkKey(id: string, index: number): string {
  return `${id}\u0000${index}`;
}

function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

function isWordCharacter(codePoint: string | undefined): boolean {
  return codePoint !== undefined && /[\p{L}\p{N}]/u.test(codePoint);
}

function orderedLike(documents: AnalyzerInput[], outcomes: Map<string, Analysis | Error>): Map<string, Analysis | Error> {
  const ordered = new Map<string, Analysis | Error>();
  for (const { id } of documents) {
    const outcome = outcomes.get(id);
    if (outcome) ordered.set(id, outcome);
  }
  return ordered;
}

async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
