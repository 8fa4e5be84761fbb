import { Duration } from 'aws-cdk-lib';
import type { IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import type { Config } from '../../shared/config/schema';
import { ESCALATION_RECEIVES } from '../../shared/domain/escalation';
import { bindEscalationRuntime, bindTranslator, type EscalationRuntime } from './bindings';
import type { QueueConsumerProps } from './queue-consumer';

export interface EscalationPipelineProps {
  readonly config: Config;
  /** The table, link-signing key, sending address and public URL the consumer works with. */
  readonly runtime: EscalationRuntime;
  readonly alarmAction?: IAlarmAction;
  /**
   * Which lane of escalations (`normal` when left out). `priority`:
   * escalations of reports urgent in their own words or topic. Its own
   * queue, DLQ, alarms, consumer and event source mapping, so a backlog of
   * escalations only asked for (ticking is free for anyone, and SES sends at
   * its own pace) never stands in front of one whose words say someone is
   * in danger.
   */
  readonly lane?: EscalationLane;
}

export type EscalationLane = 'normal' | 'priority';

/**
 * The escalation queue, its DLQ and the `escalate` consumer, which routes
 * each escalation to its sponsor and emails them a signed link, as a
 * {@link QueueConsumer}. Messages carry redacted text only, but are kept as
 * long as the analysis queue's; no batching window: an urgent escalation
 * goes out at once.
 *
 * @example
 * const escalations = new QueueConsumer(this, 'Escalations', escalationPipeline({ config, runtime, alarmAction }));
 * bindQueueSender(analyze, escalations.queue, ENV.escalationQueueUrl);
 */
export function escalationPipeline({
  config,
  runtime,
  alarmAction,
  lane = 'normal',
}: EscalationPipelineProps): QueueConsumerProps {
  const priority = lane === 'priority';
  const queue = priority ? 'priority escalation' : 'escalation';
  return {
    config,
    label: priority ? 'Priority escalation' : 'Escalation',
    consumer: {
      entry: 'functions/escalate/lambda.ts',
      // Its own name, so its logs, metrics and alarms read apart from the normal lane's.
      serviceName: priority ? 'escalate-priority' : 'escalate',
      description: priority
        ? 'Routes escalations of reports urgent in their own words first, apart from any backlog, and emails their sponsors a signed link'
        : 'Routes escalations to their sponsors and emails them a signed link',
    },
    consumerTimeout: Duration.seconds(30),
    // The same in both lanes: what the escalate consumer does per message does not change with its lane.
    batchSize: 10,
    // Far below the shortest (urgent) SLA, so that a stuck consumer is
    // noticed before a sponsor could have been late.
    maxMessageAge: Duration.minutes(15),
    // What the consumer reads as a message's last try (`functions/escalate/handler.ts`).
    maxReceiveCount: ESCALATION_RECEIVES,
    alarmAction,
    meaning: {
      deadLetters: `${priority ? 'An escalation of a report urgent in its own words' : 'An escalation'} could not be raised or told and is waiting in the ${queue} DLQ (an email that only failed is left to the sweep, whose alarm says so). Check the table, then SES (identity verified, sandbox, quota), fix the cause, then redrive it to the ${queue} queue${priority ? ' before any other' : ''}: it names its case beside the moment it was sent.`,
      ageing: (warningAge, retention) =>
        `An escalation has been waiting in the ${queue} DLQ for more than ${warningAge}; SQS deletes it ${retention} after it was raised, and then its sponsor is never told. Fix the cause and redrive it now.`,
      backlog: (maxAge) =>
        `${priority ? 'An escalation of a report urgent in its own words' : 'An escalation'} has waited more than ${maxAge} to be sent: the ${priority ? 'escalate-priority' : 'escalate'} consumer is failing or falling behind.`,
      consumerErrors: `The ${priority ? 'escalate-priority' : 'escalate'} function failed as a whole, not escalation by escalation (the link-signing secret unreadable, DynamoDB unreachable, a timeout): its batch returns to the queue and is retried, and lands in the ${queue} DLQ after five receives.`,
    },
    countAlarms: [
      {
        id: 'LadderRefusedAlarm',
        metricName: 'LadderRefused',
        title: `${priority ? 'Priority escalation' : 'Escalation'}, every address of an urgent case refused`,
        detail:
          'The mail service (SES) refused every address an urgent escalation would go to: its sponsor, their backup and the whole leadership list (rejected, invalid, or on the account’s suppression list). It was emailed to another sponsor instead where one accepted (the case’s trail says who), else it waits and is tried again at each sweep. Fix the addresses in the config, or remove them from SES’s suppression list, and read the function’s logs.',
      },
    ],
    grant: (consumer) => {
      // Escalation items and their open-list and week-index items, the
      // case's status: see TABLE_ACCESS.escalate.
      bindEscalationRuntime(consumer, runtime, 'escalate');
      // A translation beside the original, only where the config names the leadership's language.
      if (config.leadershipLanguage) bindTranslator(consumer);
    },
  };
}
