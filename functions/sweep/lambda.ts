// First: errors thrown from here on are traced to the project's files, the source map read only then.
import '../../shared/runtime/readable-stack-traces';
import { escalationDepsFromEnv } from '../../shared/runtime/escalation-deps';
import { lambdaEntry } from '../../shared/runtime/lambda-entry';
import { heldPatterns, tableFromEnv } from '../../shared/runtime/table-adapters';
import { createSweepHandler } from './handler';

/** Invoked by EventBridge Scheduler every `escalation.sweepMinutes`. */
export const handler = lambdaEntry('sweep', async ({ logger, metrics }) =>
  createSweepHandler({
    ...(await escalationDepsFromEnv()),
    // Patterns found since the last release wait for the day's release hour.
    heldPatterns: heldPatterns(tableFromEnv()),
    logger,
    metrics,
  }),
);
