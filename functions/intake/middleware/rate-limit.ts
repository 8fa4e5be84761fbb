import type { MiddlewareHandler } from 'hono';
import { INTAKE_CHANNELS, type Config, type IntakeChannel } from '../../../shared/config/schema';
import { TooManyRequestsError } from '../../../shared/errors';

/** A token bucket's size: `perSecond` sustained, up to `burst` at once. */
export interface Budget {
  perSecond: number;
  burst: number;
}

export interface RateLimitOptions extends Partial<Budget> {
  /** What the person refused reads. */
  message?: string;
  now?: () => number;
}

/**
 * A token bucket, one per channel for the whole process. It is deliberately
 * not keyed by client: keying by IP address would mean holding IP addresses,
 * which the anonymity promise forbids. Per-sender limits exist only where a
 * sender has an identity we may hash (SMS) or enrol (kiosks). On AWS each
 * route's throttle on the HTTP API stage sits in front of this.
 */
export function rateLimit({
  perSecond = 50,
  burst = 100,
  message = 'Too many submissions right now; please try again in a moment.',
  now = Date.now,
}: RateLimitOptions = {}): MiddlewareHandler {
  let tokens = burst;
  let last = now();
  return async function rateLimit(_c, next) {
    const t = now();
    tokens = Math.min(burst, tokens + (Math.max(0, t - last) / 1000) * perSecond);
    last = t;
    if (tokens < 1) throw new TooManyRequestsError(message, Math.max(1, Math.ceil((1 - tokens) / perSecond)));
    tokens -= 1;
    await next();
  };
}

/** What each channel's refusal says, to the person who meets it. */
const BUSY_MESSAGES: Record<IntakeChannel, string> = {
  web: 'Too many submissions right now; please try again in a moment.',
  api: 'Too many submissions right now; please try again in a moment.',
  kiosk: 'Too many submissions right now; please try again in a moment.',
  sms: 'Too many text messages right now; please try again in a moment.',
  status: 'Too many case look-ups right now; please try again in a moment.',
  links: 'Too many requests for this page right now; please try again in a moment.',
};

const BURST_SECONDS = 5;

/**
 * A channel's budget from the config: `limits.requestsPerSecond`, with five
 * seconds' worth as the burst, so that kiosks flushing what they held offline,
 * or one kiosk's whole `limits.kioskPerMinute`, pass at once.
 */
export function configuredBudget(config: Config, channel: IntakeChannel): Budget {
  const perSecond = config.limits.requestsPerSecond[channel];
  return { perSecond, burst: Math.max(1, Math.ceil(perSecond * BURST_SECONDS)) };
}

export type ChannelLimits = Record<IntakeChannel, MiddlewareHandler>;

/**
 * One bucket per channel (web form, JSON API, kiosk, SMS webhook, status
 * look-ups, signed links), so a flood on one channel, or on paths that do
 * not exist, never refuses a request on another.
 *
 * @example
 * const limits = channelLimits(config, { api: { perSecond: 1, burst: 2 } });
 * app.on('GET', '/status/:code', limits.status);
 */
export function channelLimits(config: Config, overrides: Partial<Record<IntakeChannel, Budget>> = {}, now: () => number = Date.now): ChannelLimits {
  return Object.fromEntries(
    INTAKE_CHANNELS.map((channel) => [channel, rateLimit({ ...(overrides[channel] ?? configuredBudget(config, channel)), message: BUSY_MESSAGES[channel], now })]),
  ) as ChannelLimits;
}
