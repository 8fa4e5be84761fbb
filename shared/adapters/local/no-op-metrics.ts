import type { Metrics } from '../../ports/metrics';

/** Metrics that go nowhere: the local runtime and tests that do not look at metrics. */
export const noOpMetrics: Metrics = {
  count: () => undefined,
};
