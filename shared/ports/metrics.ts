import type { Channel } from '../domain/feedback';

/** The CloudWatch namespace every Listening Post metric is published under. */
export const METRICS_NAMESPACE = 'ListeningPost';

/**
 * The business metrics, each a count:
 *
 * - `Submissions`: new cases accepted, by `channel` (a retried delivery of
 *   the same submission is not counted again);
 * - `FeedbackAnalysed`: queue messages the analyze function finished (the
 *   urgent lane's function publishes it as service `analyze-priority`);
 * - `AnalysisFailures`: messages it reported as batch item failures (they are
 *   retried, and land in the analysis DLQ after five receives);
 * - `MisshapenMessages`: analysis messages not in the shape this version
 *   reads (an older or newer intake still running, a field gone wrong), or
 *   with no text that can be read; each receive counts (they are among the
 *   failures above, and wait in the analysis DLQ after their retries);
 * - `EscalationsRaised`: new escalations (a redelivery is not counted again);
 * - `EscalationsOverdue`: escalations the SLA sweep found past their SLA and
 *   passed on to the backup sponsor or leadership;
 * - `SweepFailures`: overdue escalations the sweep could not pass on (the
 *   email or the table failed); the next run tries again, and the sweep
 *   carries on with the others, so this, not a Lambda error, shows it;
 * - `LadderRefused`: urgent escalations for which the mail service refused every address of their ladder
 *   (sponsor, backup, leadership list) for good; each was emailed to a sponsor past it where one accepted
 *   (`reach-past-refused-chain.ts`), but the addresses must be fixed;
 * - `DigestsSent`: digest emails the weekly digest function delivered, one
 *   per digest sent (leadership's and each sponsor's variant); a retried run
 *   that finds them already delivered counts none.
 */
export const METRIC_NAMES = [
  'Submissions',
  'FeedbackAnalysed',
  'AnalysisFailures',
  'MisshapenMessages',
  'EscalationsRaised',
  'EscalationsOverdue',
  'SweepFailures',
  'LadderRefused',
  'DigestsSent',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/**
 * The only dimensions a metric may carry: a few fixed, low-cardinality
 * values. The type admits no free text, so no feedback, case code, phone
 * number or other identifier can become a dimension (anonymity promise 1).
 * Each Lambda adds its own `service` dimension.
 */
export interface MetricDimensions {
  channel?: Channel;
}

/**
 * Business metrics: CloudWatch (Embedded Metric Format, through the logs) on
 * AWS, nothing locally and in tests unless a test records them.
 *
 * @example
 * deps.metrics?.count('Submissions', 1, { channel: 'web' });
 */
export interface Metrics {
  /** Adds `value` (default 1) to the metric `name`, with the given dimensions. */
  count(name: MetricName, value?: number, dimensions?: MetricDimensions): void;
}
