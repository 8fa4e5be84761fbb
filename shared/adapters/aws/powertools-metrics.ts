import { MetricUnit, Metrics as PowertoolsMetricsClient } from '@aws-lambda-powertools/metrics';
import { METRICS_NAMESPACE, type MetricDimensions, type MetricName, type Metrics } from '../../ports/metrics';

/**
 * Metrics as CloudWatch Embedded Metric Format lines on stdout, which Lambda
 * sends to CloudWatch Logs and CloudWatch turns into metrics: no
 * `cloudwatch:PutMetricData` grant and no request on the invocation's path.
 *
 * Counts without dimensions are buffered and written by {@link flush}, which
 * each Lambda entry calls at the end of every invocation; a count with
 * dimensions is written at once (Powertools keeps one dimension set per
 * buffer, so it goes out as a single metric). Every metric carries the
 * `service` dimension (the Lambda's Powertools service name).
 * `shared/runtime/lambda-entry.ts` builds one per function and flushes it.
 *
 * The Powertools client is built on the first count, not with this object:
 * building it costs about 15 ms of CPU, which a cold start whose first
 * invocation counts nothing (a health check, a refused link) need not pay.
 */
export class PowertoolsMetrics implements Metrics {
  private built?: PowertoolsMetricsClient;

  constructor(
    private readonly serviceName: string,
    client?: PowertoolsMetricsClient,
  ) {
    this.built = client;
  }

  private get client(): PowertoolsMetricsClient {
    this.built ??= new PowertoolsMetricsClient({ namespace: METRICS_NAMESPACE, serviceName: this.serviceName });
    return this.built;
  }

  count(name: MetricName, value = 1, dimensions: MetricDimensions = {}): void {
    const set = Object.entries(dimensions).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
    if (set.length === 0) {
      this.client.addMetric(name, MetricUnit.Count, value);
      return;
    }
    const single = this.client.singleMetric();
    for (const [dimension, dimensionValue] of set) single.addDimension(dimension, dimensionValue);
    single.addMetric(name, MetricUnit.Count, value);
  }

  /** Writes the buffered counts, if there are any (Powertools warns on an empty flush). */
  flush(): void {
    if (this.built?.hasStoredMetrics()) this.built.publishStoredMetrics();
  }
}
