import { Duration } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  Metric,
  TextWidget,
  type IAlarm,
  type IWidget,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ListeningPostFunction } from './listening-post-function';
import { METRICS_NAMESPACE, type MetricDimensions, type MetricName } from '../../shared/ports/metrics';

export interface DashboardQueue {
  /** How the dashboard names the queue, e.g. `analysis`, `analysis DLQ`. */
  readonly label: string;
  readonly queue: IQueue;
}

export interface OperationsDashboardProps {
  /** The intake's HTTP API: requests, 4xx, 5xx and latency. */
  readonly api: IHttpApi;
  /** Every function, each shown by its Powertools service name. */
  readonly functions: readonly ListeningPostFunction[];
  /** Every queue and DLQ: depth and age of the oldest message. */
  readonly queues: readonly DashboardQueue[];
  /** The alarms whose state the dashboard shows at its top. */
  readonly alarms: readonly IAlarm[];
  /** @default Duration.minutes(5) */
  readonly period?: Duration;
}

/**
 * Where each business metric comes from: the function (`service`) that
 * counts it and its dimensions. Submissions by SMS come from two places, the
 * Twilio webhook in the intake and the End User Messaging function.
 */
const SUBMISSIONS: { label: string; service: string; dimensions: MetricDimensions }[] = [
  { label: 'web', service: 'intake', dimensions: { channel: 'web' } },
  { label: 'kiosk', service: 'intake', dimensions: { channel: 'kiosk' } },
  { label: 'SMS (Twilio)', service: 'intake', dimensions: { channel: 'sms' } },
  { label: 'SMS (End User Messaging)', service: 'sms-inbound', dimensions: { channel: 'sms' } },
];

/**
 * The operator's CloudWatch dashboard: alarm states, submissions by channel,
 * analysis and its failures, escalations raised and overdue, digests sent,
 * queue depths and ages, Lambda errors, throttles and duration, and the
 * API's requests, 4xx, 5xx and latency.
 *
 * @example
 * new OperationsDashboard(this, 'Dashboard', { api, functions, queues, alarms });
 */
export class OperationsDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OperationsDashboardProps) {
    super(scope, id);
    const period = props.period ?? Duration.minutes(5);
    const business = (metricName: MetricName, service: string, label: string, dimensions: MetricDimensions = {}) =>
      new Metric({
        namespace: METRICS_NAMESPACE,
        metricName,
        dimensionsMap: { service, ...dimensions },
        statistic: 'Sum',
        period,
        label,
      });
    const graph = (
      title: string,
      left: Metric[],
      extra: Partial<ConstructorParameters<typeof GraphWidget>[0]> = {},
    ): IWidget => new GraphWidget({ title, left, width: 12, height: 6, ...extra });
    const perFunction = (metric: (fn: ListeningPostFunction) => Metric) =>
      props.functions.map((fn) => metric(fn).with({ label: fn.serviceName }));

    this.dashboard = new Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(7),
      widgets: [
        [
          new TextWidget({
            markdown:
              '## Listening Post\nBusiness metrics are counts, never text or identifiers. Each alarm is explained in the operator\'s guide, `docs/deploy.md`, under "Reading alarms".',
            width: 24,
            height: 2,
          }),
        ],
        [new AlarmStatusWidget({ title: 'Alarms', alarms: [...props.alarms], width: 24, height: 4 })],
        [
          graph(
            'Submissions by channel',
            SUBMISSIONS.map((s) => business('Submissions', s.service, s.label, s.dimensions)),
            { stacked: true },
          ),
          graph('Analysis', [
            business('FeedbackAnalysed', 'analyze', 'analysed'),
            business('AnalysisFailures', 'analyze', 'batch item failures (retried)'),
            // The urgent lanes are functions of their own (services `analyze-priority` and
            // `analyze-marked`): without these lines the reports they analyse would be missing.
            business('FeedbackAnalysed', 'analyze-priority', 'analysed, urgent lane'),
            business('AnalysisFailures', 'analyze-priority', 'batch item failures, urgent lane (retried)'),
            business('FeedbackAnalysed', 'analyze-marked', 'analysed, marked-urgent lane'),
            business('AnalysisFailures', 'analyze-marked', 'batch item failures, marked-urgent lane (retried)'),
          ]),
        ],
        [
          graph('Escalations and digests', [
            business('EscalationsRaised', 'escalate', 'escalations raised'),
            // The priority lane of escalations is a function of its own (service `escalate-priority`).
            business('EscalationsRaised', 'escalate-priority', 'escalations raised, urgent lane'),
            business('EscalationsOverdue', 'sweep', 'overdue, re-escalated'),
            business('SweepFailures', 'sweep', 'overdue, not passed on (retried)'),
            business('DigestsSent', 'digest', 'digests sent'),
          ]),
          graph(
            'Messages waiting',
            props.queues.map((q) =>
              q.queue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum', label: q.label }),
            ),
          ),
        ],
        [
          graph(
            'Oldest message age (seconds)',
            props.queues.map((q) =>
              q.queue.metricApproximateAgeOfOldestMessage({ period, statistic: 'Maximum', label: q.label }),
            ),
          ),
          graph('Intake API requests', [
            props.api.metricCount({ period, statistic: 'Sum', label: 'requests' }),
            props.api.metricClientError({ period, statistic: 'Sum', label: '4xx' }),
            props.api.metricServerError({ period, statistic: 'Sum', label: '5xx' }),
          ]),
        ],
        [
          graph('Intake API latency (ms)', [
            props.api.metricLatency({ period, statistic: 'p50', label: 'p50' }),
            props.api.metricLatency({ period, statistic: 'p95', label: 'p95' }),
            props.api.metricLatency({ period, statistic: 'p99', label: 'p99' }),
          ]),
          graph(
            'Lambda errors',
            perFunction((fn) => fn.metricErrors({ period, statistic: 'Sum' })),
          ),
        ],
        [
          graph(
            'Lambda duration p95 (ms)',
            perFunction((fn) => fn.metricDuration({ period, statistic: 'p95' })),
          ),
          graph(
            'Lambda throttles',
            perFunction((fn) => fn.metricThrottles({ period, statistic: 'Sum' })),
          ),
        ],
      ],
    });
  }
}
