import { Duration } from 'aws-cdk-lib';
import type { Alarm, IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { Config } from '../../shared/config/schema';
import { ERASURE_MAX_TRIES } from '../../shared/domain/sms-erasure';
import { FunctionAlarms } from './alarms';
import { bindSecret } from './bindings';
import { consumedQueue } from './consumed-queue';
import { ListeningPostFunction } from './listening-post-function';
import { ENV } from '../../shared/runtime/env-names';

export interface SmsErasureProps {
  readonly config: Config;
  /** The Twilio auth token: the REST API's password for the account whose messages are erased. */
  readonly twilioSecret: ISecret;
  /** Where the DLQ, queue-age and function alarms notify. @default - alarms with no action */
  readonly alarmAction?: IAlarmAction;
}

/**
 * The SMS erasure queue, its DLQ and the `sms-erase` consumer, which deletes
 * each delivered SMS exchange (the texter's message and our reply) from
 * Twilio's message log through its REST API. The intake queues a job (two
 * message SIDs, nothing else) when Twilio reports a reply delivered; Twilio
 * refuses a deletion for a while after a message, so the consumer backs off
 * (1, 2, 4 … minutes, at most 6 hours) and a job lands in the DLQ, raising
 * an alarm, only after 20 tries, about three days. The function may read its
 * queue and the Twilio secret, and nothing else: no table, no other queue.
 * It calls api.twilio.com over HTTPS, which Lambda allows outside a VPC.
 *
 * @example
 * const erasure = new SmsErasure(this, 'SmsErasure', { config, twilioSecret, alarmAction });
 * bindQueueSender(intake.handler, erasure.queue, 'SMS_ERASE_QUEUE_URL');
 */
export class SmsErasure extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly consumer: ListeningPostFunction;
  readonly deadLetterAlarm: Alarm;
  readonly deadLetterAgeAlarm: Alarm;
  readonly messageAgeAlarm: Alarm;
  readonly consumerAlarms: FunctionAlarms;

  constructor(scope: Construct, id: string, props: SmsErasureProps) {
    super(scope, id);
    const consumerTimeout = Duration.seconds(30);
    const queues = consumedQueue(this, {
      label: 'SMS erasure',
      // A failed job's next try is set by the consumer itself (ChangeMessageVisibility); this covers a consumer that dies.
      visibilityTimeout: Duration.seconds(6 * consumerTimeout.toSeconds()),
      maxReceiveCount: ERASURE_MAX_TRIES,
      // Retries spread over days by design; a job still waiting after one means Twilio keeps refusing.
      maxMessageAge: Duration.days(1),
      alarmAction: props.alarmAction,
      meaning: {
        deadLetters:
          "An SMS exchange could not be erased from Twilio after about three days of tries and waits in the SMS erasure DLQ: the texter's message and our reply are still in Twilio's message log. Check the Twilio auth token in the Twilio secret (HTTP 401 in the sms-erase log) and Twilio's status, then redrive it to the SMS erasure queue. Its messages hold only Twilio message SIDs; never copy them elsewhere.",
        ageing: (warningAge, retention) =>
          `An SMS exchange has been waiting in the SMS erasure DLQ for more than ${warningAge}; SQS deletes the job ${retention} after it was queued, and then Twilio keeps the exchange until its own Message Redaction or retention removes it. Fix the cause and redrive it now.`,
        backlog: (maxAge) =>
          `An SMS exchange has waited more than ${maxAge} to be erased from Twilio: Twilio keeps refusing the deletion (its error 20009 says it is not complete yet), or the sms-erase function is failing. Read the sms-erase log for the error names.`,
      },
    });
    ({ queue: this.queue, deadLetterQueue: this.deadLetterQueue, deadLetterAlarm: this.deadLetterAlarm, deadLetterAgeAlarm: this.deadLetterAgeAlarm, messageAgeAlarm: this.messageAgeAlarm } = queues);

    this.consumer = new ListeningPostFunction(this, 'Consumer', {
      entry: 'functions/sms-erase/lambda.ts',
      serviceName: 'sms-erase',
      description: "Deletes delivered SMS exchanges from Twilio's message log",
      config: props.config,
      timeout: consumerTimeout,
    });
    bindSecret(this.consumer, props.twilioSecret, ENV.twilioSecretArn);
    // The consumer pushes a failed job's next try back itself; the event source grants it ChangeMessageVisibility.
    this.consumer.addEnvironment(ENV.smsEraseQueueUrl, this.queue.queueUrl);
    this.consumer.addEventSource(new SqsEventSource(this.queue, { batchSize: 10, reportBatchItemFailures: true }));

    this.consumerAlarms = new FunctionAlarms(this, 'ConsumerAlarms', {
      fn: this.consumer,
      serviceName: 'sms-erase',
      errorsMeaning:
        'The sms-erase function failed as a whole, not job by job (the Twilio secret unreadable, a timeout): its batch returns to the queue and is retried, and lands in the SMS erasure DLQ after 20 receives.',
      alarmAction: props.alarmAction,
    });
  }
}
