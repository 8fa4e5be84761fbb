import { Logger } from '@aws-lambda-powertools/logger';
import { escalationDepsFromEnv } from '../../shared/runtime/escalation-deps';
import { createSweepHandler } from './handler';

const logger = new Logger({ serviceName: 'sweep' });
let ready: Promise<ReturnType<typeof createSweepHandler>> | undefined;

/** Invoked by EventBridge Scheduler every `escalation.sweepMinutes`. */
export async function handler() {
  ready ??= escalationDepsFromEnv().then(
    (deps) => createSweepHandler({ ...deps, logger }),
    (error) => {
      ready = undefined;
      throw error;
    },
  );
  return (await ready)();
}
