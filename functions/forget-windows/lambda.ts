// First: errors thrown from here on are traced to the project's files, the source map read only then.
import '../../shared/runtime/readable-stack-traces';
import { Logger } from '@aws-lambda-powertools/logger';
import { ENV } from '../../shared/runtime/env-names';
import { rateAndReplayState, tableFromEnv } from '../../shared/runtime/table-adapters';
import { createForgetWindowsHandler } from './handler';

// No metrics to flush: the handler logs what it forgot and counts nothing.
const forgetWindows = createForgetWindowsHandler({
  rateState: rateAndReplayState(tableFromEnv(ENV.rateStateTableName)),
  logger: new Logger({ serviceName: 'forget-windows' }),
});

/** Invoked by EventBridge Scheduler every few minutes. */
export async function handler(): Promise<{ forgotten: number }> {
  return forgetWindows();
}
