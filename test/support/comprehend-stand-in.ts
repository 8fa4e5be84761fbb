import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ComprehendClient } from '@aws-sdk/client-comprehend';
import { close, listen } from '../../local/listen';

export interface ComprehendStandInOptions {
  /**
   * Requests per second each API accepts before answering ThrottlingException,
   * as Comprehend's per-account quotas do (a token bucket per API, one
   * second's worth of burst). @default unlimited
   */
  quotaPerSecond?: number;
}

type Body = { TextList?: string[]; Text?: string; LanguageCode?: string };

/** An answer of the shape Comprehend gives, for every document: English, neutral, no key phrases, no PII. */
function answer(api: string, body: Body): unknown {
  const each = (result: (index: number) => object) => ({
    ResultList: (body.TextList ?? []).map((_, Index) => ({ Index, ...result(Index) })),
    ErrorList: [],
  });
  switch (api) {
    case 'BatchDetectDominantLanguage':
      return each(() => ({ Languages: [{ LanguageCode: 'en', Score: 0.99 }] }));
    case 'BatchDetectSentiment':
      return each(() => ({
        Sentiment: 'NEUTRAL',
        SentimentScore: { Positive: 0.1, Negative: 0.1, Neutral: 0.7, Mixed: 0.1 },
      }));
    case 'BatchDetectKeyPhrases':
      return each(() => ({ KeyPhrases: [] }));
    case 'DetectPiiEntities':
      return { Entities: [] };
    default:
      return undefined;
  }
}

/**
 * The four Comprehend detect APIs the analyzer uses, on 127.0.0.1, over
 * Comprehend's JSON protocol, with a per-API quota that throttles as the
 * real one does. Counts what it answered and what it throttled.
 */
export async function startComprehendStandIn({
  quotaPerSecond = Number.POSITIVE_INFINITY,
}: ComprehendStandInOptions = {}) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const counts = { answered: 0, throttled: 0 };
  let quota = quotaPerSecond;

  const admit = (api: string): boolean => {
    if (!Number.isFinite(quota)) return true;
    const now = performance.now();
    const bucket = buckets.get(api) ?? { tokens: quota, at: now };
    bucket.tokens = Math.min(quota, bucket.tokens + ((now - bucket.at) / 1000) * quota);
    bucket.at = now;
    buckets.set(api, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };

  const reply = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
    res.end(JSON.stringify(body));
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const api =
        String(req.headers['x-amz-target'] ?? '')
          .split('.')
          .pop() ?? '';
      const result = answer(api, JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Body);
      if (result === undefined)
        return reply(res, 400, { __type: 'UnknownOperationException', Message: `The stand-in does not offer ${api}` });
      if (!admit(api)) {
        counts.throttled += 1;
        return reply(res, 400, { __type: 'ThrottlingException', Message: 'Rate exceeded' });
      }
      counts.answered += 1;
      return reply(res, 200, result);
    });
  });
  const endpoint = await listen(server, 0);
  return {
    endpoint,
    counts,
    /** A client as the analyze Lambda makes it: one SDK attempt, the adapter retries. */
    client: () =>
      new ComprehendClient({
        endpoint,
        region: 'eu-west-1',
        credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
        maxAttempts: 1,
      }),
    /** Changes the quota from now on (0: every request is throttled). */
    setQuota: (perSecond: number) => {
      quota = perSecond;
      buckets.clear();
    },
    close: () => close(server),
  };
}
