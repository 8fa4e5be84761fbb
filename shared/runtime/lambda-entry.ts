import { Logger } from '@aws-lambda-powertools/logger';
import { PowertoolsMetrics } from '../adapters/aws/powertools-metrics';
import { once } from './once';

export interface EntryTools {
  readonly logger: Logger;
  readonly metrics: PowertoolsMetrics;
}

/** What a Lambda entry exports as `handler`, and what its build gives. */
export type Handler<Args extends unknown[], Result> = (...args: Args) => Promise<Result>;

/**
 * A Lambda's exported `handler`: its logger and metrics named after the
 * function, its handler built on the first invocation and kept for the
 * environment's life (a failed build, say an unreadable secret, is tried
 * again on the next invocation), and the invocation's buffered metrics
 * written whatever the outcome.
 *
 * @example
 * export const handler = lambdaEntry('sweep', async ({ logger, metrics }) => createSweepHandler({ ...deps, logger, metrics }));
 */
export function lambdaEntry<Args extends unknown[], Result>(
  serviceName: string,
  build: (tools: EntryTools) => Handler<Args, Result> | Promise<Handler<Args, Result>>,
): Handler<Args, Result> {
  const tools: EntryTools = { logger: new Logger({ serviceName }), metrics: new PowertoolsMetrics(serviceName) };
  const ready = once(async () => build(tools));
  return async (...args) => {
    try {
      return await (await ready())(...args);
    } finally {
      tools.metrics.flush();
    }
  };
}
