import { Logger } from '@aws-lambda-powertools/logger';
import { PowertoolsMetrics } from '../../shared/adapters/aws/powertools-metrics';
import { escalationDepsFromEnv } from '../../shared/runtime/escalation-deps';
import { createSweepHandler } from './handler';

const logger = new Logger({ serviceName: 'sweep' });
const metrics = new PowertoolsMetrics('sweep');
let ready: Promise<ReturnType<typeof createSweepHandler>> | undefined;

/** Invoked by EventBridge Scheduler every `escalation.sweepMinutes`. */
export async function handler() {
  ready ??= escalationDepsFromEnv().then(
    (deps) => createSweepHandler({ ...deps, logger, metrics }),
    (error) => {
      ready = undefined;
      throw error;
    },
  );
  try {
    return await (await ready)();
  } finally {
    metrics.flush();
  }
}
