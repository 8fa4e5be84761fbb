import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSEvent } from 'aws-lambda';
import { PowertoolsMetrics } from '../../shared/adapters/aws/powertools-metrics';
import { escalationDepsFromEnv } from '../../shared/runtime/escalation-deps';
import { createEscalateHandler } from './handler';

const logger = new Logger({ serviceName: 'escalate' });
const metrics = new PowertoolsMetrics('escalate');
let ready: Promise<ReturnType<typeof createEscalateHandler>> | undefined;

export async function handler(event: SQSEvent, context: Context) {
  ready ??= escalationDepsFromEnv().then(
    (deps) => createEscalateHandler({ ...deps, logger, metrics }),
    (error) => {
      ready = undefined; // retry the set-up on the next invocation
      throw error;
    },
  );
  try {
    return await (await ready)(event, context);
  } finally {
    metrics.flush();
  }
}
