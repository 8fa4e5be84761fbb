import type { Logger } from '@aws-lambda-powertools/logger';
import type { RateAndReplayState } from '../../shared/use-cases/rate-and-replay-state';

export interface ForgetWindowsHandlerDeps {
  rateState: RateAndReplayState;
  logger: Logger;
}

/**
 * Deletes the random keys of rate and replay windows past their grace. Run
 * on a schedule, so that a key goes on time even when no text or kiosk tap
 * comes after its window: the key, not TTL, is what makes the window's
 * counters and replay records impossible to match to a number, a kiosk or a case.
 */
export function createForgetWindowsHandler(deps: ForgetWindowsHandlerDeps) {
  return async function forgetWindows(): Promise<{ forgotten: number }> {
    const forgotten = await deps.rateState.forgetEndedWindows();
    deps.logger.info('rate and replay windows forgotten', { forgotten });
    return { forgotten };
  };
}
