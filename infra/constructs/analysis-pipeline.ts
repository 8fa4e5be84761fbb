import { Duration, Validations } from 'aws-cdk-lib';
import type { Alarm, IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { Config } from '../../shared/config/schema';
import { FunctionAlarms, operatorAlarm } from './alarms';
import { bindTable } from './bindings';
import { ListeningPostFunction } from './listening-post-function';

export interface AnalysisPipelineProps {
  readonly config: Config;
  /** The single table the consumer writes analyses to. */
  readonly table: ITable;
  /** Where the DLQ, queue-age and function alarms notify. @default - alarms with no action */
  readonly alarmAction?: IAlarmAction;
  /** The consumer's timeout; the queue's visibility timeout follows from it. @default Duration.seconds(60) */
  readonly consumerTimeout?: Duration;
  /**
   * Messages per invocation. Comprehend's batch APIs take at most 25
   * documents, so one batch is one analyzer call. @default 25
   */
  readonly batchSize?: number;
  /** How long the poller gathers a batch. @default Duration.seconds(5) */
  readonly maxBatchingWindow?: Duration;
  /** Receives before a message moves to the DLQ. @default 5 */
  readonly maxReceiveCount?: number;
  /** The age of the oldest waiting message that raises the alarm. @default Duration.hours(1) */
  readonly maxMessageAge?: Duration;
}

/**
 * The analysis queue, its DLQ and the `analyze` consumer. Every accepted
 * submission ends analysed or in the DLQ, and a message in the DLQ raises an
 * alarm (promise 6); the consumer reports partial batch failures, so one bad
 * message never fails its batch (promise 7).
 *
 * @example
 * const pipeline = new AnalysisPipeline(this, 'Analysis', { config, table });
 * bindQueueSender(intake, pipeline.queue, 'ANALYSIS_QUEUE_URL');
 */
export class AnalysisPipeline extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly consumer: ListeningPostFunction;
  readonly deadLetterAlarm: Alarm;
  readonly deadLetterAgeAlarm: Alarm;
  readonly messageAgeAlarm: Alarm;
  readonly consumerAlarms: FunctionAlarms;
  /** What the consumer may ask Amazon Comprehend; absent with the offline analyzer. */
  readonly comprehendPolicy?: Policy;

  constructor(scope: Construct, id: string, props: AnalysisPipelineProps) {
    super(scope, id);
    const consumerTimeout = props.consumerTimeout ?? Duration.seconds(60);
    const maxBatchingWindow = props.maxBatchingWindow ?? Duration.seconds(5);
    // The queue holds the raw feedback text until it is analysed: keep it
    // for the longest SQS allows, encrypted, and reachable over TLS only.
    const retentionPeriod = Duration.days(14);

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod,
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod,
      // AWS's guidance for Lambda consumers: at least six times the function
      // timeout, plus the batching window, so that a retried invocation
      // never sees its own batch become visible again.
      visibilityTimeout: Duration.seconds(6 * consumerTimeout.toSeconds() + maxBatchingWindow.toSeconds()),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? 5 },
    });

    this.consumer = new ListeningPostFunction(this, 'Consumer', {
      entry: 'functions/analyze/lambda.ts',
      serviceName: 'analyze',
      description: 'Analyses submitted feedback: language, sentiment, PII redaction, topics, escalation',
      config: props.config,
      timeout: consumerTimeout,
      memorySize: 1024,
    });
    // Cases: get, update; weekly figures: sharded counters (update); pattern
    // counters: a conditional put, an update and a query; verbatim samples:
    // put, query, and delete to trim each sample back to its size.
    bindTable(this.consumer, props.table, ['get', 'put', 'update', 'delete', 'query']);
    if (props.config.analysis.engine === 'comprehend') {
      this.comprehendPolicy = new Policy(this, 'ComprehendPolicy', {
        statements: [
          new PolicyStatement({
            actions: ['comprehend:BatchDetectDominantLanguage', 'comprehend:BatchDetectSentiment', 'comprehend:BatchDetectKeyPhrases', 'comprehend:DetectPiiEntities'],
            resources: ['*'],
          }),
        ],
      });
      this.comprehendPolicy.attachToRole(this.consumer.role!);
      // The consumer must not take a batch before it may analyse it.
      this.consumer.node.addDependency(this.comprehendPolicy);
      Validations.of(this.comprehendPolicy).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'Amazon Comprehend\'s detect APIs (BatchDetectDominantLanguage, BatchDetectSentiment, BatchDetectKeyPhrases, DetectPiiEntities) work on text sent with the request, not on an AWS resource, and support no resource-level permissions: IAM accepts only Resource "*" for them. This policy holds exactly those four actions and nothing else.',
      });
    }
    this.consumer.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: props.batchSize ?? 25,
        maxBatchingWindow,
        reportBatchItemFailures: true,
      }),
    );

    const alarmAction = props.alarmAction;
    this.deadLetterAlarm = operatorAlarm(this, 'DeadLetterAlarm', {
      title: 'Analysis DLQ not empty',
      detail: 'Feedback could not be analysed and is waiting in the analysis DLQ. Inspect it, fix the cause, then redrive it to the analysis queue.',
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
      alarmAction,
    });
    // SQS keeps a message for its retention period counted from when it was
    // first sent, DLQ or not: past half of it, the redrive is urgent.
    const dlqWarningAge = Duration.days(retentionPeriod.toDays() / 2);
    this.deadLetterAgeAlarm = operatorAlarm(this, 'DeadLetterAgeAlarm', {
      title: 'Analysis DLQ message ageing',
      detail: `Feedback has been waiting in the analysis DLQ for more than ${dlqWarningAge.toHumanString()}; SQS deletes it ${retentionPeriod.toHumanString()} after it was submitted, and then it is lost. Fix the cause and redrive it now.`,
      metric: this.deadLetterQueue.metricApproximateAgeOfOldestMessage({ period: Duration.hours(1), statistic: 'Maximum' }),
      threshold: dlqWarningAge.toSeconds(),
      alarmAction,
    });
    const maxMessageAge = props.maxMessageAge ?? Duration.hours(1);
    this.messageAgeAlarm = operatorAlarm(this, 'MessageAgeAlarm', {
      title: 'Analysis queue backlog',
      detail: `Feedback has waited more than ${maxMessageAge.toHumanString()} for analysis: the consumer is failing or falling behind.`,
      metric: this.queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: maxMessageAge.toSeconds(),
      alarmAction,
    });
    this.consumerAlarms = new FunctionAlarms(this, 'ConsumerAlarms', {
      fn: this.consumer,
      serviceName: 'analyze',
      errorsMeaning:
        'The analyze function failed as a whole, not message by message (Comprehend or DynamoDB unreachable, a timeout, a crash): its batch returns to the queue and is retried, and lands in the analysis DLQ after five receives.',
      alarmAction,
    });
  }
}
