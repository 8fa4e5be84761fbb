import { Duration } from 'aws-cdk-lib';
import type { Alarm, IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { Config } from '../../shared/config/schema';
import { FunctionAlarms } from './alarms';
import { bindEscalationRuntime, bindTranslator, type EscalationRuntime } from './bindings';
import { consumedQueue } from './consumed-queue';
import { ListeningPostFunction } from './listening-post-function';

export interface EscalationPipelineProps {
  readonly config: Config;
  /** The table, link-signing key, sending address and public URL the consumer works with. */
  readonly runtime: EscalationRuntime;
  /** Where the DLQ, queue-age and function alarms notify. @default - alarms with no action */
  readonly alarmAction?: IAlarmAction;
  /** The consumer's timeout; the queue's visibility timeout follows from it. @default Duration.seconds(30) */
  readonly consumerTimeout?: Duration;
  /** Escalations per invocation; each is handled, and can fail, on its own. @default 10 */
  readonly batchSize?: number;
  /** Receives before a message moves to the DLQ. @default 5 */
  readonly maxReceiveCount?: number;
  /**
   * The age of the oldest waiting escalation that raises the alarm; far
   * below the shortest (urgent) SLA, so that a stuck consumer is noticed
   * before a sponsor could have been late. @default Duration.minutes(15)
   */
  readonly maxMessageAge?: Duration;
}

/**
 * The escalation queue, its DLQ and the `escalate` consumer, which routes
 * each escalation to its sponsor and emails them a signed link. Like the
 * analysis pipeline: a message that keeps failing lands in the DLQ and raises
 * an alarm (promise 6), and the consumer reports partial batch failures, so
 * one failed email never fails its batch (promise 7).
 *
 * @example
 * const escalations = new EscalationPipeline(this, 'Escalations', { config, runtime, alarmAction });
 * bindQueueSender(analyze, escalations.queue, ENV.escalationQueueUrl);
 */
export class EscalationPipeline extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly consumer: ListeningPostFunction;
  readonly deadLetterAlarm: Alarm;
  readonly deadLetterAgeAlarm: Alarm;
  readonly messageAgeAlarm: Alarm;
  readonly consumerAlarms: FunctionAlarms;

  constructor(scope: Construct, id: string, props: EscalationPipelineProps) {
    super(scope, id);
    const consumerTimeout = props.consumerTimeout ?? Duration.seconds(30);
    // Messages carry redacted text only, but are kept as long as the analysis queue's.
    const queues = consumedQueue(this, {
      label: 'Escalation',
      // Six times the consumer's timeout; no batching window: an urgent escalation goes out at once.
      visibilityTimeout: Duration.seconds(6 * consumerTimeout.toSeconds()),
      maxReceiveCount: props.maxReceiveCount,
      maxMessageAge: props.maxMessageAge ?? Duration.minutes(15),
      alarmAction: props.alarmAction,
      meaning: {
        deadLetters:
          'An escalation could not be delivered to its sponsor and is waiting in the escalation DLQ. Check SES (identity verified, sandbox, quota), fix the cause, then redrive it to the escalation queue.',
        ageing: (warningAge, retention) =>
          `An escalation has been waiting in the escalation DLQ for more than ${warningAge}; SQS deletes it ${retention} after it was raised, and then its sponsor is never told. Fix the cause and redrive it now.`,
        backlog: (maxAge) => `An escalation has waited more than ${maxAge} to be sent: the escalate consumer is failing or falling behind.`,
      },
    });
    ({ queue: this.queue, deadLetterQueue: this.deadLetterQueue, deadLetterAlarm: this.deadLetterAlarm, deadLetterAgeAlarm: this.deadLetterAgeAlarm, messageAgeAlarm: this.messageAgeAlarm } = queues);

    this.consumer = new ListeningPostFunction(this, 'Consumer', {
      entry: 'functions/escalate/lambda.ts',
      serviceName: 'escalate',
      description: 'Routes escalations to their sponsors and emails them a signed link',
      config: props.config,
      timeout: consumerTimeout,
    });
    // Escalation items and their open-list and week-index items, the case's
    // status: see TABLE_ACCESS.escalate.
    bindEscalationRuntime(this.consumer, props.runtime, 'escalate');
    // A translation beside the original, only where the config names the leadership's language.
    if (props.config.leadershipLanguage) bindTranslator(this.consumer);
    this.consumer.addEventSource(new SqsEventSource(this.queue, { batchSize: props.batchSize ?? 10, reportBatchItemFailures: true }));

    const alarmAction = props.alarmAction;
    this.consumerAlarms = new FunctionAlarms(this, 'ConsumerAlarms', {
      fn: this.consumer,
      serviceName: 'escalate',
      errorsMeaning:
        'The escalate function failed as a whole, not escalation by escalation (the link-signing secret unreadable, DynamoDB unreachable, a timeout): its batch returns to the queue and is retried, and lands in the escalation DLQ after five receives.',
      alarmAction,
    });
  }
}
