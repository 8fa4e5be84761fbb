import type { MiddlewareHandler } from 'hono';
import { INTAKE_CHANNELS, type IntakeChannel } from '../../../shared/config/channels';
import type { Config } from '../../../shared/config/schema';
import { ReportNotSavedError, TooManyRequestsError, UrgentNotSavedError } from '../../../shared/errors';

/** A token bucket's size: `perSecond` sustained, up to `burst` at once. */
export interface Budget {
  perSecond: number;
  burst: number;
}

export interface RateLimitOptions extends Partial<Budget> {
  /** What the person refused reads. */
  message?: string;
  now?: () => number;
  /**
   * Where a report that reads urgent is still taken once the budget is spent
   * (`limits.urgentOverChannelBudgetPerMinute`); without one, nothing is.
   */
  urgent?: TokenBucket;
  /**
   * Where a report only marked urgent (the box, URGENT, `escalate: true`, an urgent topic chosen, or asking in
   * words) is taken once the budget is spent, as large as `urgent`: marking costs a flooder nothing, so a flood
   * of marked reports spends this one and never the allowance of reports whose words read urgent. A marked
   * report past it is still taken from `urgent` if its words read urgent. Without it, marked ones use `urgent`.
   */
  ticked?: TokenBucket;
  /**
   * How many refused reports may have their words read for urgency: each read costs CPU
   * (`docs/performance.md`), so a flood of long calm texts cannot turn refusals into work without end.
   * Past it, a report its employee did not mark urgent is refused unread, and the refusal gives the
   * emergency number, as it cannot tell the report is not urgent. One marked urgent is taken unread.
   */
  readings?: TokenBucket;
  /**
   * How long a refused report waits for the urgency detector still loading before it is read as urgent,
   * and so kept (`DETECTOR_WAIT_MS` unless set).
   */
  readingWaitMs?: number;
  /**
   * Starts loading the urgency detector when the budget runs low (`prepareUrgencyReading`), given by
   * the intake: a parameter, not an import, so the sponsors' function, which shares these budgets and reads
   * no report, does not carry the detector in its bundle.
   */
  prepareReading?: () => void;
}

/**
 * How the request's report reads, set by its route (as `urgency`) before it
 * spends its budget. Read only once the budget is spent, so a calm day never
 * pays for it; a refused flood pays one bounded read each (`docs/performance.md`).
 */
export interface UrgencyReading {
  /** Whether the employee asked (URGENT, the urgent box, `escalate: true`): free to tell, so always told. */
  asked(): boolean;
  /**
   * Whether it reads urgent (asked, or the urgency detector): a read of up to 1,600 characters. A detector
   * still loading after `waitAtMostMs` reads it as urgent (`readsUrgent`).
   */
  urgent(waitAtMostMs?: number): Promise<boolean>;
  /**
   * Whether its words alone read urgent (the detector, or an urgent topic's keyword reporting a problem), not
   * the employee's marking: what lets it past the allowance of marked reports. Without it, `urgent`.
   */
  inWords?(waitAtMostMs?: number): Promise<boolean>;
  /** The site the report is for, when known: whose emergency number a refusal gives. */
  site?: string;
}

/** Where a route leaves its report's {@link UrgencyReading} (`IntakeEnv`'s `urgency`). */
export const URGENCY = 'urgency';

/** What the refusal of a report that reads urgent says (English; each channel words it for its reader). */
export const URGENT_NOT_SAVED =
  'Too many reports are arriving right now, even urgent ones: yours was NOT saved. Please send it again in a few minutes.';

/**
 * What the refusal of a report not marked urgent says once a flood has spent the readings (`readings`): it
 * was not read, so nothing can be said of whether it was urgent; marked urgent, it would be taken from the
 * allowance of marked reports, which no calm flood spends (English; each channel words it for its reader).
 */
export const UNREAD_NOT_SAVED =
  'Too many reports are arriving right now for each to be read: yours was not read, and was NOT saved. Please send it again in a few minutes, marked urgent if it is.';

/** What the refusal of any other report says (English; each channel words it for its reader, with the emergency number). */
export const REPORT_NOT_SAVED =
  'Too many reports are arriving right now: yours was NOT saved. Please send it again in a few minutes.';

/** A token bucket: `take` spends one token or says how long until one is back; `giveBack` returns one spent for nothing. */
export interface TokenBucket {
  /** Spends a token; returns undefined when one was there, else the seconds until one will be. */
  take(): number | undefined;
  giveBack(): void;
  /** The share of the bucket left, 0 (spent) to 1 (full), as of the last `take`. */
  left(): number;
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
    // Whole reports left: a bucket refilled by a fraction since is not less spent.
    left: () => Math.floor(tokens) / burst,
  };
}

/**
 * How long a report waits for the detector still loading before it is read as urgent: on Lambda the
 * load takes a second or two, and it was started when the channel's budget ran low
 * (`prepareReading`), so this is a backstop for a machine too busy to finish it. Twilio
 * gives its webhook 15 s, API Gateway 29 s: the wait leaves the report time to be saved.
 */
export const DETECTOR_WAIT_MS = 10_000;

/**
 * How much of a report channel's budget may be left when the urgency detector starts loading: a fifth.
 * The first refused report is read for urgency, and the detector's load (seconds, once per process) is
 * then mostly done, not on its path; a channel whose budget never runs this low never loads it.
 */
export const PREPARE_READING_BELOW = 0.2;

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
  urgent,
  ticked,
  readings,
  readingWaitMs = DETECTOR_WAIT_MS,
  prepareReading,
}: RateLimitOptions = {}): MiddlewareHandler {
  const bucket = tokenBucket({ perSecond, burst, now });
  return async function rateLimit(c, next) {
    let spent = bucket;
    const retryAfterSeconds = bucket.take();
    // Running low: the refusals to come will be read for urgency, so the detector starts loading now.
    if (urgent && bucket.left() <= PREPARE_READING_BELOW) prepareReading?.();
    if (retryAfterSeconds !== undefined) {
      // Spent: a report that reads urgent is still taken, from an allowance of its own, so a flood of
      // calm reports never costs an urgent one; a flood of merely marked ones spends only theirs and stops.
      const reading = urgent ? (c.get(URGENCY) as UrgencyReading | undefined) : undefined;
      if (!urgent) throw new TooManyRequestsError(message, retryAfterSeconds);
      // A report channel's refusal says the report was NOT saved and gives the emergency number, even for
      // one that does not read urgent: the detector can miss danger in plain words.
      if (!reading) throw new ReportNotSavedError(message, retryAfterSeconds);
      spent = await urgentAllowanceFor(reading, {
        urgent,
        ticked,
        readings,
        readingWaitMs,
        message,
        retryAfterSeconds,
      });
    }
    // A request that turns out to be a copy of an earlier one (its Idempotency-Key claimed before) gives its
    // token back: retries of one submission never use up the budget new ones need. Once per request.
    let given = false;
    c.set(GIVE_BACK, () => {
      if (!given) spent.giveBack();
      given = true;
    });
    await next();
  };
}

/**
 * Which allowance takes a report refused by its spent budget, or the refusal. Marked urgent (free to say):
 * the allowance of marked reports; past it, or not marked, its words are read (each read costs CPU, so
 * only so many): urgent in its words, the allowance of reports urgent in their words; else refused.
 */
async function urgentAllowanceFor(
  reading: UrgencyReading,
  {
    urgent,
    ticked,
    readings,
    readingWaitMs,
    message,
    retryAfterSeconds,
  }: Pick<RateLimitOptions, 'ticked' | 'readings'> & {
    urgent: TokenBucket;
    readingWaitMs: number;
    message: string;
    retryAfterSeconds: number;
  },
): Promise<TokenBucket> {
  const asked = reading.asked();
  if (asked && !ticked) {
    const retryAfter = urgent.take();
    if (retryAfter !== undefined) throw new UrgentNotSavedError(URGENT_NOT_SAVED, retryAfter, reading.site);
    return urgent;
  }
  const tickedRetryAfter = asked ? ticked!.take() : undefined;
  if (asked && tickedRetryAfter === undefined) return ticked!;
  if (readings?.take() !== undefined)
    throw new UrgentNotSavedError(
      asked ? URGENT_NOT_SAVED : UNREAD_NOT_SAVED,
      tickedRetryAfter ?? retryAfterSeconds,
      reading.site,
      !asked,
    );
  // Marked: only its words can still take it. Not marked: its words, or (asking in words, an urgent topic's
  // keyword) the marked allowance.
  if (await (reading.inWords ?? reading.urgent)(readingWaitMs)) {
    const retryAfter = urgent.take();
    if (retryAfter !== undefined) throw new UrgentNotSavedError(URGENT_NOT_SAVED, retryAfter, reading.site);
    return urgent;
  }
  if (asked) throw new UrgentNotSavedError(URGENT_NOT_SAVED, tickedRetryAfter!, reading.site);
  // Read already as `urgent` when a route gives no words-only reading: nothing more to ask.
  if (!reading.inWords || !ticked || !(await reading.urgent(readingWaitMs)))
    throw new ReportNotSavedError(message, retryAfterSeconds, reading.site);
  const retryAfter = ticked.take();
  if (retryAfter !== undefined) throw new UrgentNotSavedError(URGENT_NOT_SAVED, retryAfter, reading.site);
  return ticked;
}

/** Where a request finds how to give its budget's token back (`IntakeEnv`'s `giveBack`). */
export const GIVE_BACK = 'giveBack';

/** What each channel's refusal says, to the person who meets it. */
const BUSY_MESSAGES: Record<IntakeChannel, string> = {
  web: REPORT_NOT_SAVED,
  api: REPORT_NOT_SAVED,
  kiosk: REPORT_NOT_SAVED,
  sms: 'Too many text messages right now; please try again in a moment.',
  status: 'Too many case look-ups right now; please try again in a moment.',
  answers: 'Too many answers are being sent right now; please try again in a moment. What you wrote has not been sent.',
  links: 'Too many requests for this page right now; please try again in a moment.',
  preview: 'Too many people are checking their feedback right now; please try again in a moment, or send it as it is.',
};

const BURST_SECONDS = 5;

/**
 * Refused reports a report channel reads for urgency: five times the channel's own budget. At the
 * defaults (10 a second) and the longest text (1,600 characters, ~2-5 ms a read) that is at most a
 * quarter of a core spent on a refused flood; a flood beyond it is refused unread, with the emergency number.
 */
export const READINGS_PER_BUDGET = 5;
const urgencyReadings = ({ perSecond, burst }: Budget): Budget => ({
  perSecond: perSecond * READINGS_PER_BUDGET,
  burst: burst * READINGS_PER_BUDGET,
});

/** The channels that take reports, each with an urgent allowance past its budget; the others (look-ups, links) have none. */
export const REPORT_CHANNELS: readonly IntakeChannel[] = ['web', 'api', 'kiosk', 'sms'];

/**
 * The urgent allowance of one report channel: `limits.urgentOverChannelBudgetPerMinute` (30 unless set),
 * all of it at once (a site reporting one fire together), back over the minute.
 */
export function urgentAllowance(config: Config): Budget {
  const perMinute = config.limits.urgentOverChannelBudgetPerMinute;
  return { perSecond: perMinute / 60, burst: perMinute };
}

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
  reading: Pick<RateLimitOptions, 'readingWaitMs' | 'prepareReading'> = {},
): ChannelLimits {
  const channels = Object.fromEntries(
    INTAKE_CHANNELS.map((channel) => [
      channel,
      rateLimit({
        ...(overrides[channel] ?? configuredBudget(config, channel)),
        message: BUSY_MESSAGES[channel],
        now,
        ...(REPORT_CHANNELS.includes(channel) && {
          urgent: tokenBucket({ ...urgentAllowance(config), now }),
          ticked: tokenBucket({ ...urgentAllowance(config), now }),
          readings: tokenBucket({ ...urgencyReadings(overrides[channel] ?? configuredBudget(config, channel)), now }),
          ...reading,
        }),
      }),
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
