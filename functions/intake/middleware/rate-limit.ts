import type { MiddlewareHandler } from 'hono';
import { TooManyRequestsError } from '../../../shared/errors';

export interface RateLimitOptions {
  perSecond?: number;
  burst?: number;
  now?: () => number;
}

/**
 * A token bucket for the whole process. It is deliberately not keyed by
 * client: keying by IP address would mean holding IP addresses, which the
 * anonymity promise forbids. Per-sender limits exist only where a sender has
 * an identity we may hash (SMS) or enrol (kiosks). On AWS the HTTP API's
 * throttling sits in front of this.
 */
export function rateLimit({ perSecond = 50, burst = 100, now = Date.now }: RateLimitOptions = {}): MiddlewareHandler {
  let tokens = burst;
  let last = now();
  return async function rateLimit(_c, next) {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
    last = t;
    if (tokens < 1) {
      throw new TooManyRequestsError('Too many submissions right now; please try again in a moment', Math.ceil((1 - tokens) / perSecond));
    }
    tokens -= 1;
    await next();
  };
}
