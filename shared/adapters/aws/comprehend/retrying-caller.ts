import type { ComprehendClient } from '@aws-sdk/client-comprehend';
import type { ComprehendUsage } from './usage';
import type { ComprehendApi } from './errors';
import { RequestPacer } from './request-pacer';

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
const RETRYABLE_NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
]);

export interface RetryOptions {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  usage: ComprehendUsage | undefined;
  requestsPerSecond: Partial<Record<ComprehendApi, number>>;
  throttleBudgetMs: number;
  now: () => number;
}

/**
 * Sends one Comprehend request at a time per caller: paced to this
 * invocation's share of the quotas, and retried on throttling and transient
 * errors with exponential backoff and full jitter. Throttling means "slower",
 * not "give up": it is retried for as long as the invocation's throttle
 * budget lasts; other transient errors `maxAttempts` times.
 */
export class RetryingCaller {
  private readonly pacers = new Map<ComprehendApi, RequestPacer>();
  // Set by each analyze() call; Lambda runs one invocation at a time per instance.
  private throttleDeadline = Number.POSITIVE_INFINITY;

  constructor(private readonly options: RetryOptions) {
    for (const [api, rate] of Object.entries(options.requestsPerSecond) as [ComprehendApi, number | undefined][]) {
      if (rate) this.pacers.set(api, new RequestPacer(rate, { sleep: options.sleep, now: options.now }));
    }
  }

  /** Starts the throttle budget of one `analyze` call. */
  startInvocation(): void {
    this.throttleDeadline = this.options.now() + this.options.throttleBudgetMs;
  }

  async call<I extends object, O>(api: ComprehendApi, input: I, send: (input: I) => Promise<O>): Promise<O> {
    const { maxAttempts, baseDelayMs, maxDelayMs, sleep, random, usage, now } = this.options;
    const pacer = this.pacers.get(api);
    for (let attempt = 1; ; attempt += 1) {
      await pacer?.take();
      try {
        const output = await send(input);
        pacer?.succeeded();
        usage?.record(api, input, output);
        return output;
      } catch (error) {
        usage?.record(api, input);
        const throttled = isThrottling(error);
        if (throttled) pacer?.throttled();
        const keepWaiting = throttled && now() < this.throttleDeadline;
        if (!keepWaiting && (attempt >= maxAttempts || !isRetryable(error))) throw error;
        const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
        await sleep(Math.floor(random() * ceiling));
      }
    }
  }
}

function isRetryable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = 'name' in error && typeof error.name === 'string' ? error.name : '';
  if (RETRYABLE_ERROR_NAMES.has(name)) return true;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (RETRYABLE_NETWORK_CODES.has(code)) return true;
  return httpStatusOf(error) === 429 || httpStatusOf(error) >= 500;
}

function isThrottling(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = 'name' in error && typeof error.name === 'string' ? error.name : '';
  return name === 'ThrottlingException' || name === 'TooManyRequestsException' || httpStatusOf(error) === 429;
}

function httpStatusOf(error: object): number {
  const metadata =
    '$metadata' in error && typeof error.$metadata === 'object' && error.$metadata !== null ? error.$metadata : {};
  return 'httpStatusCode' in metadata && typeof metadata.httpStatusCode === 'number' ? metadata.httpStatusCode : 0;
}

/** What each Comprehend step sends through: the client, and the caller that paces and retries. */
export interface ComprehendCalls {
  client: ComprehendClient;
  caller: RetryingCaller;
}
