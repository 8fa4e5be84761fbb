import { Logger } from '@aws-lambda-powertools/logger';
import { PowertoolsMetrics } from '../../shared/adapters/aws/powertools-metrics';
import { escalationDepsFromEnv } from '../../shared/runtime/escalation-deps';
import { once } from '../../shared/runtime/once';
import { createSweepHandler } from './handler';

const logger = new Logger({ serviceName: 'sweep' });
const metrics = new PowertoolsMetrics('sweep');
const sweepHandler = once(async () => createSweepHandler({ ...(await escalationDepsFromEnv()), logger, metrics }));

/** Invoked by EventBridge Scheduler every `escalation.sweepMinutes`. */
export async function handler() {
  try {
    return await (await sweepHandler())();
  } finally {
    metrics.flush();
  }
}
