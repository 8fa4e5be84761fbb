import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { Alarm, IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { Config } from '../../shared/config/schema';
import { FunctionAlarms, operatorAlarm } from './alarms';
import { bindIntakeRuntime, bindSmsSender, type IntakeRuntime } from './bindings';
import { ListeningPostFunction } from './listening-post-function';

/** The service that publishes two-way SMS to the topic. */
const END_USER_MESSAGING = 'sms-voice.amazonaws.com';

/** The table, both analysis lanes and the pepper, as the intake has them. */
export interface InboundSmsProps extends IntakeRuntime {
  readonly config: Config;
  /**
   * The phone number or pool (ARN) replies go out from. @default - each
   * reply goes out from the number the employee texted, and the handler may
   * send from any origination identity of this account and Region
   */
  readonly originationIdentity?: string;
  /** Where the alarms on dropped SMS and on the function notify. @default - alarms with no action */
  readonly alarmAction?: IAlarmAction;
}

/**
 * The AWS End User Messaging SMS channel: an encrypted SNS topic that the
 * service publishes two-way SMS to, and the `sms-inbound` function
 * subscribed to it, which records the feedback and replies with
 * `SendTextMessage`. Point each phone number's two-way SMS at the topic
 * (output `InboundSmsTopicArn`).
 *
 * The topic has no dead-letter queue on purpose: a message there would hold
 * the sender's phone number (anonymity promise 1). Lambda retries a failed
 * delivery twice; the same `inboundMessageId` then makes the same single
 * case. An SMS still dropped after that raises an alarm.
 *
 * @example
 * const sms = new InboundSms(this, 'InboundSms', { config, table, analysisQueue, pepperSecret });
 * new CfnOutput(this, 'InboundSmsTopicArn', { value: sms.topic.topicArn });
 */
export class InboundSms extends Construct {
  readonly key: Key;
  readonly topic: Topic;
  readonly handler: ListeningPostFunction;
  readonly droppedAlarm: Alarm;
  readonly handlerAlarms: FunctionAlarms;

  constructor(scope: Construct, id: string, props: InboundSmsProps) {
    super(scope, id);
    const stack = Stack.of(this);
    // Only End User Messaging acting for this account, from this account's numbers (no confused deputy).
    const fromThisAccountsNumbers = {
      StringEquals: { 'aws:SourceAccount': stack.account },
      ArnLike: { 'aws:SourceArn': stack.formatArn({ service: 'sms-voice', resource: '*' }) },
    };

    // A customer managed key, because End User Messaging must be allowed to
    // use it; SNS's AWS managed key cannot be shared with another service.
    // It protects messages in flight only, so nothing is lost with it.
    this.key = new Key(this, 'TopicKey', {
      description: 'Encrypts inbound SMS (sender number and text) on the Listening Post SNS topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal(END_USER_MESSAGING)],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: fromThisAccountsNumbers,
      }),
    );

    this.topic = new Topic(this, 'Topic', {
      displayName: `${props.config.programName} inbound SMS`,
      masterKey: this.key,
      enforceSSL: true,
    });
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal(END_USER_MESSAGING)],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: fromThisAccountsNumbers,
      }),
    );

    this.handler = new ListeningPostFunction(this, 'Handler', {
      entry: 'functions/sms-inbound/lambda.ts',
      serviceName: 'sms-inbound',
      description: 'Takes feedback texted to an AWS End User Messaging number and replies with the case code',
      config: props.config,
      timeout: Duration.seconds(30),
    });
    // As the intake's SMS route: cases only (conditional put, get, delete on
    // rollback); its rate state is in the rate and replay table.
    bindIntakeRuntime(this.handler, props, 'sms-inbound');
    const smsPolicy = bindSmsSender(this.handler, { originationIdentity: props.originationIdentity });
    if (!props.originationIdentity) {
      Validations.of(smsPolicy).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:*]',
        reason:
          "Replies go out from the number the employee texted, which can be any of the sites' numbers. The config names them as E.164 numbers, but SendTextMessage is authorized on phone-number ARNs, whose ids exist only once the operator has requested the numbers, so they cannot be written at synth. The grant is one action, sms-voice:SendTextMessage, on this account's End User Messaging resources in this Region only.",
      });
    }
    this.topic.addSubscription(new LambdaSubscription(this.handler));

    this.droppedAlarm = operatorAlarm(this, 'DroppedAlarm', {
      title: 'Inbound SMS dropped',
      detail:
        'An inbound SMS failed three times and was dropped: the employee got no reply and may have no case. Read the sms-inbound function logs for the error (they hold no phone number).',
      metric: this.handler.metric('AsyncEventsDropped', { period: Duration.minutes(5), statistic: 'Sum' }),
      alarmAction: props.alarmAction,
    });
    this.handlerAlarms = new FunctionAlarms(this, 'HandlerAlarms', {
      fn: this.handler,
      serviceName: 'sms-inbound',
      errorsMeaning:
        'An inbound SMS could not be recorded or answered (the pepper secret unreadable, DynamoDB, SQS or End User Messaging failing): Lambda retries the delivery twice, then drops it, which raises the Inbound SMS dropped alarm.',
      alarmAction: props.alarmAction,
    });
  }
}
