import type { Logger } from '@aws-lambda-powertools/logger';
import type { Config } from '../shared/config/schema';
import { lastCompleteWeek, nextWeekly } from '../shared/digest/weeks';
import type { Clock } from '../shared/ports/clock';

/**
 * The local stand-in for the EventBridge schedule: at the configured day,
 * time and time zone, publishes the digest of the week just ended. Returns
 * a function that stops it.
 */
export function startDigestTimer({
  config,
  clock,
  logger,
  run,
}: {
  config: Config;
  clock: Clock;
  logger: Logger;
  run: (week: string) => Promise<unknown>;
}): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = (after: Date) => {
    const due = nextWeekly(after, config.digest.day, config.digest.time, config.timezone);
    // A week at most, well under setTimeout's limit of about 24.8 days.
    const delay = Math.max(1_000, due.getTime() - clock.now().getTime());
    timer = setTimeout(async () => {
      const week = lastCompleteWeek(due, config.timezone);
      try {
        await run(week);
      } catch (error) {
        logger.error('weekly digest failed', { week, errorName: (error as Error).name });
      }
      if (!stopped) schedule(new Date(Math.max(clock.now().getTime(), due.getTime()) + 1_000));
    }, delay);
    timer.unref();
  };
  schedule(clock.now());
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
