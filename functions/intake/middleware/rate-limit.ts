import type { MiddlewareHandler } from 'hono';
import { INTAKE_CHANNELS, type IntakeChannel } from '../../../shared/config/channels';
import type { Config } from '../../../shared/config/schema';
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

/** A token bucket: `take` spends one token or says how long until one is back; `giveBack` returns one spent for nothing. */
export interface TokenBucket {
  /** Spends a token; returns undefined when one was there, else the seconds until one will be. */
  take(): number | undefined;
  giveBack(): void;
}

export function tokenBucket({ perSecond, burst, now = Date.now }: Budget & { now?: () => number }): TokenBucket {
  let tokens = burst;
  let last = now();
  const refill = () => {
    const t = now();
    tokens = Math.min(burst, tokens + (Math.max(0, t - last) / 1000) * perSecond);
    last = t;
  };
  return {
    take() {
      refill();
      if (tokens < 1) return Math.max(1, Math.ceil((1 - tokens) / perSecond));
      tokens -= 1;
      return undefined;
    },
    giveBack() {
      tokens = Math.min(burst, tokens + 1);
    },
  };
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
  const bucket = tokenBucket({ perSecond, burst, now });
  return async function rateLimit(c, next) {
    const retryAfterSeconds = bucket.take();
    if (retryAfterSeconds !== undefined) throw new TooManyRequestsError(message, retryAfterSeconds);
    // A request that turns out to be a copy of an earlier one (its Idempotency-Key claimed before) gives its
    // token back: retries of one submission never use up the budget new ones need. Once per request.
    let given = false;
    c.set(GIVE_BACK, () => {
      if (!given) bucket.giveBack();
      given = true;
    });
    await next();
  };
}

/** Where a request finds how to give its budget's token back (`IntakeEnv`'s `giveBack`). */
export const GIVE_BACK = 'giveBack';

/** What each channel's refusal says, to the person who meets it. */
const BUSY_MESSAGES: Record<IntakeChannel, string> = {
  web: 'Too many submissions right now; please try again in a moment.',
  api: 'Too many submissions right now; please try again in a moment.',
  kiosk: 'Too many submissions right now; please try again in a moment.',
  sms: 'Too many text messages right now; please try again in a moment.',
  status: 'Too many case look-ups right now; please try again in a moment.',
  answers: 'Too many answers are being sent right now; please try again in a moment. What you wrote has not been sent.',
  links: 'Too many requests for this page right now; please try again in a moment.',
  preview: 'Too many people are checking their feedback right now; please try again in a moment, or send it as it is.',
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

export type ChannelLimits = Record<IntakeChannel | typeof FORGED_LINKS, MiddlewareHandler>;

/**
 * A budget for what only unauthenticated requests cost: the table look-ups
 * of kiosk tokens this process has not yet seen work. Apart from the kiosk
 * channel's, so a flood of made-up tokens never spends a real kiosk's.
 */
export const UNVERIFIED_TOKENS = 'unverifiedTokens';
/** The budget of sponsor links that fail their signature check, apart from the links' own (`signed-link-budget.ts`). */
export const FORGED_LINKS = 'forgedLinks';
export type RateLimitOverrides = Partial<
  Record<IntakeChannel | typeof UNVERIFIED_TOKENS | typeof FORGED_LINKS, Budget>
>;

/** The unverified-token budget: the kiosk channel's size unless overridden. */
export function unverifiedTokenBudget(
  config: Config,
  overrides: RateLimitOverrides = {},
  now: () => number = Date.now,
): TokenBucket {
  return tokenBucket({ ...(overrides[UNVERIFIED_TOKENS] ?? configuredBudget(config, 'kiosk')), now });
}

/**
 * One bucket per channel (web form, JSON API, kiosk, SMS webhook, status
 * look-ups, signed links), so a flood on one channel, or on paths that do
 * not exist, never refuses a request on another.
 *
 * @example
 * const limits = channelLimits(config, { api: { perSecond: 1, burst: 2 } });
 * app.on('GET', '/status/:code', limits.status);
 */
export function channelLimits(
  config: Config,
  overrides: RateLimitOverrides = {},
  now: () => number = Date.now,
): ChannelLimits {
  const channels = Object.fromEntries(
    INTAKE_CHANNELS.map((channel) => [
      channel,
      rateLimit({ ...(overrides[channel] ?? configuredBudget(config, channel)), message: BUSY_MESSAGES[channel], now }),
    ]),
  ) as Record<IntakeChannel, MiddlewareHandler>;
  // Links that fail their signature check: the links' size, but never the links' own tokens.
  const forgedLinks = rateLimit({
    ...(overrides[FORGED_LINKS] ?? configuredBudget(config, 'links')),
    message: BUSY_MESSAGES.links,
    now,
  });
  return { ...channels, [FORGED_LINKS]: forgedLinks };
}
