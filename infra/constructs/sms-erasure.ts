import { Duration } from 'aws-cdk-lib';
import type { IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Config } from '../../shared/config/schema';
import { ERASURE_MAX_TRIES } from '../../shared/domain/sms-erasure';
import { ENV } from '../../shared/runtime/env-names';
import { bindSecret } from './bindings';
import type { QueueConsumerProps } from './queue-consumer';

export interface SmsErasureProps {
  readonly config: Config;
  /** The Twilio auth token: the REST API's password for the account whose messages are erased. */
  readonly twilioSecret: ISecret;
  readonly alarmAction?: IAlarmAction;
}

/**
 * The SMS erasure queue, its DLQ and the `sms-erase` consumer, as a
 * {@link QueueConsumer}: it deletes each delivered SMS exchange (the
 * texter's message and our reply) from Twilio's message log through its
 * REST API. The intake queues a job (two message SIDs, nothing else) when
 * Twilio reports a reply delivered; Twilio refuses a deletion for a while
 * after a message, so the consumer backs off (1, 2, 4 … minutes, at most 6
 * hours) and a job lands in the DLQ, raising an alarm, only after 20 tries,
 * about three days. The function may read its queue and the Twilio secret,
 * and nothing else: no table, no other queue. It calls api.twilio.com over
 * HTTPS, which Lambda allows outside a VPC.
 *
 * @example
 * const erasure = new QueueConsumer(this, 'SmsErasure', smsErasure({ config, twilioSecret, alarmAction }));
 * bindQueueSender(intake.handler, erasure.queue, ENV.smsEraseQueueUrl);
 */
export function smsErasure({ config, twilioSecret, alarmAction }: SmsErasureProps): QueueConsumerProps {
  return {
    config,
    label: 'SMS erasure',
    consumer: {
      entry: 'functions/sms-erase/lambda.ts',
      serviceName: 'sms-erase',
      description: "Deletes delivered SMS exchanges from Twilio's message log",
    },
    // A failed job's next try is set by the consumer itself (ChangeMessageVisibility); the visibility timeout covers a consumer that dies.
    consumerTimeout: Duration.seconds(30),
    batchSize: 10,
    maxReceiveCount: ERASURE_MAX_TRIES,
    // Retries spread over days by design; a job still waiting after one means Twilio keeps refusing.
    maxMessageAge: Duration.days(1),
    alarmAction,
    meaning: {
      deadLetters:
        "An SMS exchange could not be erased from Twilio after about three days of tries and waits in the SMS erasure DLQ: the texter's message and our reply are still in Twilio's message log. Check the Twilio auth token in the Twilio secret (HTTP 401 in the sms-erase log) and Twilio's status, then redrive it to the SMS erasure queue. Its messages hold only Twilio message SIDs; never copy them elsewhere.",
      ageing: (warningAge, retention) =>
        `An SMS exchange has been waiting in the SMS erasure DLQ for more than ${warningAge}; SQS deletes the job ${retention} after it was queued, and then Twilio keeps the exchange until its own Message Redaction or retention removes it. Fix the cause and redrive it now.`,
      backlog: (maxAge) =>
        `An SMS exchange has waited more than ${maxAge} to be erased from Twilio: Twilio keeps refusing the deletion (its error 20009 says it is not complete yet), or the sms-erase function is failing. Read the sms-erase log for the error names.`,
      consumerErrors:
        'The sms-erase function failed as a whole, not job by job (the Twilio secret unreadable, a timeout): its batch returns to the queue and is retried, and lands in the SMS erasure DLQ after 20 receives.',
    },
    grant: (consumer, { queue }) => {
      bindSecret(consumer, twilioSecret, ENV.twilioSecretArn);
      // The consumer pushes a failed job's next try back itself; the event source grants it ChangeMessageVisibility.
      consumer.addEnvironment(ENV.smsEraseQueueUrl, queue.queueUrl);
    },
  };
}
