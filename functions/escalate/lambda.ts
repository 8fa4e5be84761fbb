import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSEvent } from 'aws-lambda';
import { PowertoolsMetrics } from '../../shared/adapters/aws/powertools-metrics';
import { escalationDepsFromEnv } from '../../shared/runtime/escalation-deps';
import { once } from '../../shared/runtime/once';
import { createEscalateHandler } from './handler';

const logger = new Logger({ serviceName: 'escalate' });
const metrics = new PowertoolsMetrics('escalate');
const escalateHandler = once(async () =>
  createEscalateHandler({
    ...(await escalationDepsFromEnv({ translate: true })),
    logger,
    metrics,
    warn: (message, detail) => logger.warn(message, detail),
  }),
);

export async function handler(event: SQSEvent, context: Context) {
  try {
    return await (await escalateHandler())(event, context);
  } finally {
    metrics.flush();
  }
}
