// First: errors thrown from here on are traced to the project's files, the source map read only then.
import '../../shared/runtime/readable-stack-traces';
import { lambdaEntry } from '../../shared/runtime/lambda-entry';
import { sweepDepsFromEnv } from './deps';
import { createSweepHandler } from './handler';

/** Invoked by EventBridge Scheduler every `escalation.sweepMinutes`. */
export const handler = lambdaEntry('sweep', async ({ logger, metrics }) =>
  createSweepHandler({ ...(await sweepDepsFromEnv()), logger, metrics }),
);
