import { setTimeout as delay } from 'node:timers/promises';

export interface RequestPacerOptions {
  /** How to wait; tests pass a fake. @default `setTimeout` */
  sleep?: (ms: number) => Promise<void>;
  /** The clock, in milliseconds. @default performance.now */
  now?: () => number;
  /** The lowest rate throttling may push it to. @default 1/4 of `ratePerSecond`, at most 0.5 */
  minRatePerSecond?: number;
}

/**
 * Spaces requests to one API at most `ratePerSecond` apart, and adapts to
 * what the service says: each throttled answer halves the rate, each success
 * wins back a twentieth of the configured rate (additive increase,
 * multiplicative decrease), so a caller sharing a quota with others settles
 * just under its share instead of walking its work into a dead-letter queue.
 *
 * @example
 * const pacer = new RequestPacer(10);
 * await pacer.take(); // then send; afterwards pacer.succeeded() or pacer.throttled()
 */
export class RequestPacer {
  private rate: number;
  private readonly minRate: number;
  private nextSlot = 0;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(
    private readonly maxRate: number,
    { sleep = (ms) => delay(ms), now = () => performance.now(), minRatePerSecond }: RequestPacerOptions = {},
  ) {
    if (!(maxRate > 0)) throw new RangeError(`a request rate must be above 0, not ${maxRate}`);
    this.rate = maxRate;
    this.minRate = minRatePerSecond ?? Math.min(0.5, maxRate / 4);
    this.sleep = sleep;
    this.now = now;
  }

  /** The rate it sends at now, requests per second. */
  get ratePerSecond(): number {
    return this.rate;
  }

  /** Waits for this request's slot: callers are served in order, one interval apart. */
  async take(): Promise<void> {
    const now = this.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + 1000 / this.rate;
    if (slot > now) await this.sleep(slot - now);
  }

  succeeded(): void {
    this.rate = Math.min(this.maxRate, this.rate + this.maxRate / 20);
  }

  throttled(): void {
    this.rate = Math.max(this.minRate, this.rate / 2);
    // Slots already handed out keep their times; the next ones come at the new rate.
  }
}
