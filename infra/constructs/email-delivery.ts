import { Duration } from 'aws-cdk-lib';
import type { Alarm, IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { ConfigurationSet, EmailSendingEvent, EventDestination, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { Config } from '../../shared/config/schema';
import { operatorAlarm } from './alarms';

/** The SES events that mean an email did not reach its reader. */
export const UNDELIVERED_EMAIL_EVENTS = [
  EmailSendingEvent.BOUNCE,
  EmailSendingEvent.COMPLAINT,
  EmailSendingEvent.REJECT,
];

export interface EmailDeliveryProps {
  readonly config: Config;
  /** Where the alarm on undelivered email notifies. @default - an alarm with no action */
  readonly alarmAction?: IAlarmAction;
}

/**
 * What makes SES delivery visible: the configuration set every email is sent
 * with (reputation metrics on, the account's suppression list applied to
 * bounces and complaints), an SNS topic that receives each bounce,
 * complaint and reject (which address, which email, why), and an alarm when
 * any arrives. Senders are bound with `bindEmailSender`.
 */
export class EmailDelivery extends Construct {
  readonly configurationSet: ConfigurationSet;
  /** Bounce, complaint and reject events as SES publishes them: subscribe whoever fixes sponsors' addresses. */
  readonly eventsTopic: Topic;
  readonly undeliveredAlarm: Alarm;

  constructor(scope: Construct, id: string, props: EmailDeliveryProps) {
    super(scope, id);
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    // Events name the recipient (a sponsor or leadership address from the
    // config) and the subject (topics, site, due time): never feedback text.
    this.eventsTopic = new Topic(this, 'UndeliveredEmail', {
      displayName: `${props.config.programName} undelivered email`,
      enforceSSL: true,
    });
    this.configurationSet.addEventDestination('ToTopic', {
      destination: EventDestination.snsTopic(this.eventsTopic),
      events: UNDELIVERED_EMAIL_EVENTS,
    });
    this.undeliveredAlarm = operatorAlarm(this, 'UndeliveredAlarm', {
      title: 'Email not delivered',
      detail:
        'SES reported a bounce, complaint or reject for an escalation, reminder or digest email: a sponsor or leader did not get it. Read the events on the UndeliveredEmailTopicArn topic, fix the address in the config, and remove it from the SES suppression list.',
      metric: this.eventsTopic.metricNumberOfMessagesPublished({ period: Duration.minutes(5), statistic: 'Sum' }),
      alarmAction: props.alarmAction,
    });
  }
}
