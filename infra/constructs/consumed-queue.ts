import { Duration } from 'aws-cdk-lib';
import type { Alarm, IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { operatorAlarm } from './alarms';

/** The longest SQS keeps a message: messages wait here until they are processed, or for an operator's redrive. */
const RETENTION = Duration.days(14);

export interface ConsumedQueue {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly deadLetterAlarm: Alarm;
  readonly deadLetterAgeAlarm: Alarm;
  readonly messageAgeAlarm: Alarm;
}

export interface ConsumedQueueProps {
  /** How alarm titles name the queue: `Analysis` gives "Analysis DLQ not empty", "Analysis queue backlog"… */
  readonly label: string;
  /** AWS's guidance for a Lambda consumer: at least six times its timeout (plus any batching window). */
  readonly visibilityTimeout: Duration;
  /** @default 5 */
  readonly maxReceiveCount?: number;
  /** The age of the oldest waiting message that raises the backlog alarm. */
  readonly maxMessageAge: Duration;
  /** What the operator reads in each alarm: what it means for the people involved, and what to do. */
  readonly meaning: { deadLetters: string; ageing: (warningAge: string, retention: string) => string; backlog: (maxAge: string) => string };
  readonly alarmAction?: IAlarmAction;
}

/**
 * A queue a Lambda consumes and its DLQ, encrypted and TLS-only, with the
 * three alarms every such queue needs: a message in the DLQ, a DLQ message
 * nearing the end of its retention, and a backlog. Created directly in
 * `scope` (construct ids `Queue`, `DeadLetterQueue`, `DeadLetterAlarm`, …),
 * so the pipelines that use it keep their resources' logical ids.
 */
export function consumedQueue(scope: Construct, props: ConsumedQueueProps): ConsumedQueue {
  const deadLetterQueue = new Queue(scope, 'DeadLetterQueue', { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: RETENTION });
  const queue = new Queue(scope, 'Queue', {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: RETENTION,
    visibilityTimeout: props.visibilityTimeout,
    deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? 5 },
  });
  const { label, alarmAction, meaning } = props;
  const deadLetterAlarm = operatorAlarm(scope, 'DeadLetterAlarm', {
    title: `${label} DLQ not empty`,
    detail: meaning.deadLetters,
    metric: deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
    alarmAction,
  });
  // SQS counts retention from a message's first send, DLQ or not: past half of it, the redrive is urgent.
  const warningAge = Duration.days(RETENTION.toDays() / 2);
  const deadLetterAgeAlarm = operatorAlarm(scope, 'DeadLetterAgeAlarm', {
    title: `${label} DLQ message ageing`,
    detail: meaning.ageing(warningAge.toHumanString(), RETENTION.toHumanString()),
    metric: deadLetterQueue.metricApproximateAgeOfOldestMessage({ period: Duration.hours(1), statistic: 'Maximum' }),
    threshold: warningAge.toSeconds(),
    alarmAction,
  });
  const messageAgeAlarm = operatorAlarm(scope, 'MessageAgeAlarm', {
    title: `${label} queue backlog`,
    detail: meaning.backlog(props.maxMessageAge.toHumanString()),
    metric: queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' }),
    threshold: props.maxMessageAge.toSeconds(),
    alarmAction,
  });
  return { queue, deadLetterQueue, deadLetterAlarm, deadLetterAgeAlarm, messageAgeAlarm };
}
