import { Duration } from 'aws-cdk-lib';
import { type Alarm, type IAlarmAction, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { METRICS_NAMESPACE, type MetricName } from '../../shared/ports/metrics';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { Config } from '../../shared/config/schema';
import { FunctionAlarms, operatorAlarm } from './alarms';
import { ListeningPostFunction } from './listening-post-function';

/** The longest SQS keeps a message: messages wait here until they are processed, or for an operator's redrive. */
const RETENTION = Duration.days(14);

/** What the operator reads in each alarm: what it means for the people involved, and what to do. */
export interface QueueConsumerMeaning {
  readonly deadLetters: string;
  readonly ageing: (warningAge: string, retention: string) => string;
  readonly backlog: (maxAge: string) => string;
  /** The consumer failed as a whole, not message by message. */
  readonly consumerErrors: string;
}

export interface QueueConsumerProps {
  readonly config: Config;
  /** How alarm titles name the queue: `Analysis` gives "Analysis DLQ not empty", "Analysis queue backlog"… */
  readonly label: string;
  /** The consumer: its entry file, Powertools service name and description (see {@link ListeningPostFunction}). */
  readonly consumer: {
    readonly entry: string;
    readonly serviceName: string;
    readonly description: string;
    readonly memorySize?: number;
    readonly regexpsCompiledAtOnce?: boolean;
  };
  /** The consumer's timeout; the queue's visibility timeout follows from it. */
  readonly consumerTimeout: Duration;
  /** Messages per invocation; each is handled, and can fail, on its own. */
  readonly batchSize: number;
  /** How long the poller gathers a batch. @default - none: a message goes out at once */
  readonly maxBatchingWindow?: Duration;
  /** At most this many invocations at once. @default - as many as Lambda scales to */
  readonly maxConcurrency?: number;
  /** Receives before a message moves to the DLQ. @default 5 */
  readonly maxReceiveCount?: number;
  /** The age of the oldest waiting message that raises the backlog alarm. */
  readonly maxMessageAge: Duration;
  readonly meaning: QueueConsumerMeaning;
  /** Where the DLQ, queue-age and function alarms notify. @default - alarms with no action */
  readonly alarmAction?: IAlarmAction;
  /**
   * What the consumer may use besides its queue (table, secrets, other
   * services). Applied before the event source is attached, so that the
   * consumer never takes a message it may not yet handle.
   */
  readonly grant?: (consumer: ListeningPostFunction, scope: QueueConsumer) => void;
  /**
   * Alarms on the consumer's own business counts (`METRICS_NAMESPACE`, its service): each goes off when
   * its metric's sum over five minutes is above zero. @default - none
   */
  readonly countAlarms?: readonly {
    readonly id: string;
    readonly metricName: MetricName;
    readonly title: string;
    readonly detail: string;
  }[];
}

/**
 * A queue, its DLQ and the Lambda that consumes it, as `aws-solutions-constructs`'
 * `SqsToLambda`: both queues encrypted and TLS only, kept 14 days; the
 * consumer reports partial batch failures, so one bad message never fails
 * its batch (promise 7); a message that keeps failing lands in the DLQ and
 * raises an alarm (promise 6), as do a DLQ message nearing the end of its
 * retention, a backlog, and the consumer's own errors and throttles.
 *
 * @example
 * const escalations = new QueueConsumer(this, 'Escalations', escalationPipeline({ config, runtime, alarmAction }));
 * bindQueueSender(analyze, escalations.queue, ENV.escalationQueueUrl);
 */
export class QueueConsumer extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly consumer: ListeningPostFunction;
  readonly deadLetterAlarm: Alarm;
  readonly deadLetterAgeAlarm: Alarm;
  readonly messageAgeAlarm: Alarm;
  readonly consumerAlarms: FunctionAlarms;
  readonly countAlarms: Alarm[];

  constructor(scope: Construct, id: string, props: QueueConsumerProps) {
    super(scope, id);
    const { label, meaning, alarmAction, consumerTimeout, maxBatchingWindow } = props;
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: RETENTION,
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: RETENTION,
      // AWS's guidance: six times the consumer's timeout plus the batching
      // window, so that a retried invocation never sees its own batch become visible again.
      visibilityTimeout: Duration.seconds(6 * consumerTimeout.toSeconds() + (maxBatchingWindow?.toSeconds() ?? 0)),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? 5 },
    });
    this.deadLetterAlarm = operatorAlarm(this, 'DeadLetterAlarm', {
      title: `${label} DLQ not empty`,
      detail: meaning.deadLetters,
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: 'Maximum',
      }),
      alarmAction,
    });
    // SQS counts retention from a message's first send, DLQ or not: past half of it, the redrive is urgent.
    const warningAge = Duration.days(RETENTION.toDays() / 2);
    this.deadLetterAgeAlarm = operatorAlarm(this, 'DeadLetterAgeAlarm', {
      title: `${label} DLQ message ageing`,
      detail: meaning.ageing(warningAge.toHumanString(), RETENTION.toHumanString()),
      metric: this.deadLetterQueue.metricApproximateAgeOfOldestMessage({
        period: Duration.hours(1),
        statistic: 'Maximum',
      }),
      threshold: warningAge.toSeconds(),
      alarmAction,
    });
    this.messageAgeAlarm = operatorAlarm(this, 'MessageAgeAlarm', {
      title: `${label} queue backlog`,
      detail: meaning.backlog(props.maxMessageAge.toHumanString()),
      metric: this.queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: props.maxMessageAge.toSeconds(),
      alarmAction,
    });

    this.consumer = new ListeningPostFunction(this, 'Consumer', {
      ...props.consumer,
      config: props.config,
      timeout: consumerTimeout,
    });
    props.grant?.(this.consumer, this);
    this.consumer.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: props.batchSize,
        maxBatchingWindow,
        reportBatchItemFailures: true,
        maxConcurrency: props.maxConcurrency,
      }),
    );
    this.consumerAlarms = new FunctionAlarms(this, 'ConsumerAlarms', {
      fn: this.consumer,
      serviceName: props.consumer.serviceName,
      errorsMeaning: meaning.consumerErrors,
      alarmAction,
    });
    this.countAlarms = (props.countAlarms ?? []).map(({ id: alarmId, metricName, title, detail }) =>
      operatorAlarm(this, alarmId, {
        title,
        detail,
        metric: new Metric({
          namespace: METRICS_NAMESPACE,
          metricName,
          dimensionsMap: { service: props.consumer.serviceName },
          period: Duration.minutes(5),
          statistic: 'Sum',
        }),
        alarmAction,
      }),
    );
  }
}
