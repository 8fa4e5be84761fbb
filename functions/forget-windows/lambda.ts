// First: errors thrown from here on are traced to the project's files, the source map read only then.
import '../../shared/runtime/readable-stack-traces';
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDbWindowStateStore } from '../../shared/adapters/aws/dynamodb-window-state-store';
import { systemClock } from '../../shared/ports/clock';
import { documentClient } from '../../shared/runtime/aws-clients';
import { requireEnv } from '../../shared/runtime/env';
import { ENV } from '../../shared/runtime/env-names';
import { RateAndReplayState } from '../../shared/use-cases/rate-and-replay-state';
import { createForgetWindowsHandler } from './handler';

// Built here, not through shared/runtime/table-adapters: importing that
// evaluates every adapter it builds, zod schemas included (about 30 ms of
// CPU at each cold start of a function that needs none of them).
const store = new DynamoDbWindowStateStore(documentClient(), requireEnv(ENV.rateStateTableName), systemClock);

// No metrics to flush: the handler logs what it forgot and counts nothing.
const forgetWindows = createForgetWindowsHandler({
  rateState: new RateAndReplayState(store, systemClock),
  logger: new Logger({ serviceName: 'forget-windows' }),
});

/** Invoked by EventBridge Scheduler every few minutes. */
export async function handler(): Promise<{ forgotten: number }> {
  return forgetWindows();
}
