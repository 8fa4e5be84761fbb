import { Aws, CfnOutput, CrossStackReferences, ReferenceStrength, Stack, type StackProps } from 'aws-cdk-lib';
import { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import type { Config } from '../../shared/config/schema';
import { analysisPipeline } from '../constructs/analysis-pipeline';
import { bindEmailSender, bindQueueSender, type EscalationRuntime } from '../constructs/bindings';
import { EmailDelivery } from '../constructs/email-delivery';
import { escalationPipeline } from '../constructs/escalation-pipeline';
import { InboundSms } from '../constructs/inbound-sms';
import { IntakeApi } from '../constructs/intake-api';
import { ListeningPostFunction } from '../constructs/listening-post-function';
import { OperationsDashboard } from '../constructs/operations-dashboard';
import { QueueConsumer } from '../constructs/queue-consumer';
import { RateAndReplayTable } from '../constructs/rate-and-replay-table';
import { SlaSweep } from '../constructs/sla-sweep';
import { smsErasure } from '../constructs/sms-erasure';
import { WeeklyDigest } from '../constructs/weekly-digest';
import { ENV } from '../../shared/runtime/env-names';

export interface ServiceStackProps extends StackProps {
  /** The validated configuration, read once by `infra/app.ts`. */
  readonly config: Config;
  readonly table: ITable;
  readonly pepperSecret: ISecret;
  /** The key that signs sponsors' links. */
  readonly linkSigningKeySecret: ISecret;
  /** The Twilio auth token (a placeholder until the operator sets it). */
  readonly twilioSecret: ISecret;
  /** The digest archive: the digest function writes it, the intake's web view reads it. */
  readonly digestBucket: IBucket;
}

/**
 * Everything that can be replaced at will: the functions, the API, the
 * queues, the schedules, their alarms and the operations dashboard. The
 * stateful resources (the table, the secrets, the digest archive) come in
 * as props.
 */
export class ServiceStack extends Stack {
  readonly intake: IntakeApi;
  readonly analysis: QueueConsumer;
  /** The priority lane of analysis: reports urgent in their own words or topic, with a consumer of their own. */
  readonly priorityAnalysis: QueueConsumer;
  /** The marked lane of analysis: reports only ticked urgent, with a consumer of their own. */
  readonly markedAnalysis: QueueConsumer;
  readonly escalations: QueueConsumer;
  /** The priority lane of escalations: those of reports urgent in their own words or topic, with a consumer of their own. */
  readonly priorityEscalations: QueueConsumer;
  readonly slaSweep: SlaSweep;
  readonly digest: WeeklyDigest;
  readonly inboundSms: InboundSms;
  /** Deletes each delivered Twilio SMS exchange from Twilio's message log. */
  readonly smsErasure: QueueConsumer;
  /** SMS and kiosk rate counters and retry records: a table that forgets (no PITR), reached only by the intake and sms-inbound. */
  readonly rateAndReplay: RateAndReplayTable;
  /** The SES configuration set every email goes with, its bounce, complaint and reject events, and their alarm. */
  readonly emailDelivery: EmailDelivery;
  readonly alarmTopic: Topic;
  readonly dashboard: OperationsDashboard;

  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    super(scope, id, props);
    const { config, table, pepperSecret, linkSigningKeySecret, twilioSecret, digestBucket } = props;
    // Strong references (exports and imports): CloudFormation then refuses to
    // remove or replace the table, a secret or the digest archive while this
    // stack uses them.
    CrossStackReferences.of(this).consume(ReferenceStrength.STRONG);

    // Alarm notifications carry queue names and counts, never feedback.
    this.alarmTopic = new Topic(this, 'OperatorAlarms', {
      displayName: `${config.programName} alarms`,
      enforceSSL: true,
    });
    const alarmAction = new SnsAction(this.alarmTopic);

    this.analysis = new QueueConsumer(this, 'Analysis', analysisPipeline({ config, table, alarmAction }));
    this.priorityAnalysis = new QueueConsumer(
      this,
      'PriorityAnalysis',
      analysisPipeline({ config, table, alarmAction, lane: 'priority' }),
    );
    this.markedAnalysis = new QueueConsumer(
      this,
      'MarkedAnalysis',
      analysisPipeline({ config, table, alarmAction, lane: 'marked' }),
    );
    this.intake = new IntakeApi(this, 'Intake', {
      config,
      table,
      analysisQueue: this.analysis.queue,
      priorityAnalysisQueue: this.priorityAnalysis.queue,
      markedAnalysisQueue: this.markedAnalysis.queue,
      pepperSecret,
      linkSigningKeySecret,
      twilioSecret,
      digestBucket,
      alarmAction,
    });

    // Sponsors' links point at the intake; the API's URL is known before
    // these functions are, so there is no cycle.
    this.emailDelivery = new EmailDelivery(this, 'EmailDelivery', { config, alarmAction });
    // A sponsor who hands a case over from their desk emails whoever takes it.
    bindEmailSender(this.intake.sponsorHandler, config.mail.from, this.emailDelivery.configurationSet);
    const escalationRuntime: EscalationRuntime = {
      table,
      linkSigningKey: linkSigningKeySecret,
      mailFrom: config.mail.from,
      configurationSet: this.emailDelivery.configurationSet,
      publicUrl: this.intake.publicUrl,
    };
    this.escalations = new QueueConsumer(
      this,
      'Escalations',
      escalationPipeline({ config, runtime: escalationRuntime, alarmAction }),
    );
    this.priorityEscalations = new QueueConsumer(
      this,
      'PriorityEscalations',
      escalationPipeline({ config, runtime: escalationRuntime, alarmAction, lane: 'priority' }),
    );
    // Every analysis lane may raise either kind of escalation: the lane is chosen by what analysis finds.
    for (const analysis of [this.analysis, this.priorityAnalysis, this.markedAnalysis]) {
      bindQueueSender(analysis.consumer, this.escalations.queue, ENV.escalationQueueUrl);
      bindQueueSender(analysis.consumer, this.priorityEscalations.queue, ENV.priorityEscalationQueueUrl);
    }
    this.slaSweep = new SlaSweep(this, 'SlaSweep', { config, runtime: escalationRuntime, alarmAction });
    // The digest's web-view links point at the intake too.
    this.digest = new WeeklyDigest(this, 'Digest', {
      config,
      table,
      archiveBucket: digestBucket,
      linkSigningKeySecret,
      publicUrl: this.intake.publicUrl,
      configurationSet: this.emailDelivery.configurationSet,
      alarmAction,
    });

    this.inboundSms = new InboundSms(this, 'InboundSms', {
      config,
      table,
      analysisQueue: this.analysis.queue,
      priorityAnalysisQueue: this.priorityAnalysis.queue,
      markedAnalysisQueue: this.markedAnalysis.queue,
      pepperSecret,
      originationIdentity: config.sms.originationIdentity,
      alarmAction,
    });

    // The intake queues an erasure when Twilio reports a reply delivered; sms-erase deletes both messages from Twilio.
    this.smsErasure = new QueueConsumer(this, 'SmsErasure', smsErasure({ config, twilioSecret, alarmAction }));
    bindQueueSender(this.intake.handler, this.smsErasure.queue, ENV.smsEraseQueueUrl);

    this.rateAndReplay = new RateAndReplayTable(this, 'RateAndReplay', { config, alarmAction });
    this.rateAndReplay.grantUse(this.intake.handler);
    this.rateAndReplay.grantUse(this.inboundSms.handler);
    // Each holder's hourly count of emails one by one about reports only marked urgent: spent by the escalate
    // stage (the normal lane, where those escalations go) and by the sweep, which tells the rest together.
    this.rateAndReplay.grantUse(this.escalations.consumer);
    this.rateAndReplay.grantUse(this.slaSweep.handler);

    // Last, so that it finds every function and alarm above.
    this.dashboard = new OperationsDashboard(this, 'Operations', {
      api: this.intake.api,
      functions: this.node.findAll().filter((c): c is ListeningPostFunction => c instanceof ListeningPostFunction),
      queues: [
        { label: 'analysis', queue: this.analysis.queue },
        { label: 'analysis DLQ', queue: this.analysis.deadLetterQueue },
        { label: 'priority analysis', queue: this.priorityAnalysis.queue },
        { label: 'priority analysis DLQ', queue: this.priorityAnalysis.deadLetterQueue },
        { label: 'marked-urgent analysis', queue: this.markedAnalysis.queue },
        { label: 'marked-urgent analysis DLQ', queue: this.markedAnalysis.deadLetterQueue },
        { label: 'escalation', queue: this.escalations.queue },
        { label: 'escalation DLQ', queue: this.escalations.deadLetterQueue },
        { label: 'priority escalation', queue: this.priorityEscalations.queue },
        { label: 'priority escalation DLQ', queue: this.priorityEscalations.deadLetterQueue },
        { label: 'SMS erasure', queue: this.smsErasure.queue },
        { label: 'SMS erasure DLQ', queue: this.smsErasure.deadLetterQueue },
      ],
      alarms: this.node.findAll().filter((c): c is Alarm => c instanceof Alarm),
    });

    new CfnOutput(this, 'ApiUrl', {
      value: this.intake.url,
      description: 'The intake: web form, kiosk, SMS webhook and status pages',
    });
    new CfnOutput(this, 'AnalysisQueueUrl', { value: this.analysis.queue.queueUrl });
    new CfnOutput(this, 'AnalysisDeadLetterQueueUrl', { value: this.analysis.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'PriorityAnalysisDeadLetterQueueUrl', {
      value: this.priorityAnalysis.deadLetterQueue.queueUrl,
    });
    new CfnOutput(this, 'MarkedAnalysisDeadLetterQueueUrl', {
      value: this.markedAnalysis.deadLetterQueue.queueUrl,
    });
    new CfnOutput(this, 'EscalationQueueUrl', { value: this.escalations.queue.queueUrl });
    new CfnOutput(this, 'EscalationDeadLetterQueueUrl', { value: this.escalations.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'PriorityEscalationDeadLetterQueueUrl', {
      value: this.priorityEscalations.deadLetterQueue.queueUrl,
    });
    new CfnOutput(this, 'SmsErasureDeadLetterQueueUrl', {
      value: this.smsErasure.deadLetterQueue.queueUrl,
      description:
        'SMS exchanges that could not be erased from Twilio after about three days of tries (message SIDs only)',
    });
    new CfnOutput(this, 'InboundSmsTopicArn', {
      value: this.inboundSms.topic.topicArn,
      description: 'Set this topic as the two-way SMS destination of each AWS End User Messaging phone number',
    });
    new CfnOutput(this, 'UndeliveredEmailTopicArn', {
      value: this.emailDelivery.eventsTopic.topicArn,
      description:
        "SES bounces, complaints and rejects of every email sent: subscribe whoever fixes sponsors' and leaders' addresses",
    });
    new CfnOutput(this, 'AlarmTopicArn', {
      value: this.alarmTopic.topicArn,
      description: 'Subscribe the operators to this topic',
    });
    new CfnOutput(this, 'DashboardUrl', {
      value: `https://console.aws.amazon.com/cloudwatch/home?region=${Aws.REGION}#dashboards:name=${this.dashboard.dashboard.dashboardName}`,
      description: 'The CloudWatch dashboard: submissions, analysis, escalations, queues, functions and the API',
    });
  }
}
