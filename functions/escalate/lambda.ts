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
