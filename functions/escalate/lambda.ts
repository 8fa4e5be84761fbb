import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { escalationDepsFromEnv } from '../../shared/runtime/escalation-deps';
import { lambdaEntry } from '../../shared/runtime/lambda-entry';
import { createEscalateHandler } from './handler';

export const handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse> = lambdaEntry('escalate', async ({ logger, metrics }) =>
  createEscalateHandler({
    ...(await escalationDepsFromEnv({ translate: true })),
    logger,
    metrics,
    warn: (message, detail) => logger.warn(message, detail),
  }),
);
