// First: errors thrown from here on are traced to the project's files, the source map read only then.
import '../../shared/runtime/readable-stack-traces';
import { escalationDepsFromEnv } from '../../shared/runtime/escalation-deps';
import { lambdaEntry } from '../../shared/runtime/lambda-entry';
import { createEscalateHandler } from './handler';

export const handler = lambdaEntry('escalate', async ({ logger, metrics }) =>
  createEscalateHandler({
    ...(await escalationDepsFromEnv({ translate: true })),
    logger,
    metrics,
    warn: (message, detail) => logger.warn(message, detail),
  }),
);
