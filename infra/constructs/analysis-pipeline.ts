import { Duration, Validations } from 'aws-cdk-lib';
import type { Alarm, IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { Config } from '../../shared/config/schema';
import { FunctionAlarms } from './alarms';
import { bindTable } from './bindings';
import { consumedQueue } from './consumed-queue';
import { ListeningPostFunction } from './listening-post-function';

/**
 * Messages per `analyze` invocation as deployed, and so documents per
 * `ComprehendAnalyzer.analyze` call. Not Comprehend's limit of 25 a request:
 * the analyzer packs each language's documents into requests of 25 across
 * the whole invocation, so a larger batch shares the requests of the
 * languages that are rare in any one batch (Spanish, French, …) and the
 * language-detection request for the documents the offline guess is unsure
 * of. `bench/comprehend-cost.ts` measures at this size by default.
 */
export const ANALYSIS_BATCH_SIZE = 100;
/** How long the poller gathers a batch before invoking the consumer with fewer than a full batch. */
export const ANALYSIS_MAX_BATCHING_WINDOW = Duration.seconds(5);
/**
 * The consumer's timeout. A batch of 100 makes about 100 DetectPiiEntities
 * requests, five at a time, and a few batch requests, each retried up to 4
 * times with backoff when throttled, then saves 100 analyses: well under a
 * minute, even throttled, with room to spare at 90 s. Also bounds the queue's
 * visibility timeout (6 × 90 s + the batching window), so that a message
 * that fails every time reaches the DLQ after five receives in about 45
 * minutes, before the one-hour backlog alarm would fire for it.
 */
export const ANALYSIS_CONSUMER_TIMEOUT = Duration.seconds(90);

export interface AnalysisPipelineProps {
  readonly config: Config;
  /** The single table the consumer writes analyses to. */
  readonly table: ITable;
  /** Where the DLQ, queue-age and function alarms notify. @default - alarms with no action */
  readonly alarmAction?: IAlarmAction;
  /** The consumer's timeout; the queue's visibility timeout follows from it. @default ANALYSIS_CONSUMER_TIMEOUT (90 s) */
  readonly consumerTimeout?: Duration;
  /**
   * Messages per invocation; the whole batch is one analyzer call, which
   * packs it into Comprehend requests of up to 25 per language.
   * @default ANALYSIS_BATCH_SIZE (100)
   */
  readonly batchSize?: number;
  /** How long the poller gathers a batch. @default ANALYSIS_MAX_BATCHING_WINDOW (5 s) */
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
    const consumerTimeout = props.consumerTimeout ?? ANALYSIS_CONSUMER_TIMEOUT;
    const maxBatchingWindow = props.maxBatchingWindow ?? ANALYSIS_MAX_BATCHING_WINDOW;
    // The queue holds the raw feedback text until it is analysed: encrypted,
    // TLS only, kept for the longest SQS allows.
    const queues = consumedQueue(this, {
      label: 'Analysis',
      // Six times the consumer's timeout plus the batching window, so that a
      // retried invocation never sees its own batch become visible again.
      visibilityTimeout: Duration.seconds(6 * consumerTimeout.toSeconds() + maxBatchingWindow.toSeconds()),
      maxReceiveCount: props.maxReceiveCount,
      maxMessageAge: props.maxMessageAge ?? Duration.hours(1),
      alarmAction: props.alarmAction,
      meaning: {
        deadLetters: 'Feedback could not be analysed and is waiting in the analysis DLQ. Inspect it, fix the cause, then redrive it to the analysis queue.',
        ageing: (warningAge, retention) =>
          `Feedback has been waiting in the analysis DLQ for more than ${warningAge}; SQS deletes it ${retention} after it was submitted, and then it is lost. Fix the cause and redrive it now.`,
        backlog: (maxAge) => `Feedback has waited more than ${maxAge} for analysis: the consumer is failing or falling behind.`,
      },
    });
    ({ queue: this.queue, deadLetterQueue: this.deadLetterQueue, deadLetterAlarm: this.deadLetterAlarm, deadLetterAgeAlarm: this.deadLetterAgeAlarm, messageAgeAlarm: this.messageAgeAlarm } = queues);

    this.consumer = new ListeningPostFunction(this, 'Consumer', {
      entry: 'functions/analyze/lambda.ts',
      serviceName: 'analyze',
      description: 'Analyses submitted feedback: language, sentiment, PII redaction, topics, escalation',
      config: props.config,
      timeout: consumerTimeout,
      memorySize: 1024,
    });
    // Cases, weekly figures and samples, pattern counters: see TABLE_ACCESS.analyze.
    bindTable(this.consumer, props.table, 'analyze');
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
        batchSize: props.batchSize ?? ANALYSIS_BATCH_SIZE,
        maxBatchingWindow,
        reportBatchItemFailures: true,
        // Comprehend's quotas are per account: more invocations would only be
        // throttled, and walk their messages through retries to the DLQ.
        maxConcurrency: props.config.analysis.maxConcurrency,
      }),
    );

    const alarmAction = props.alarmAction;
    this.consumerAlarms = new FunctionAlarms(this, 'ConsumerAlarms', {
      fn: this.consumer,
      serviceName: 'analyze',
      errorsMeaning:
        'The analyze function failed as a whole, not message by message (Comprehend or DynamoDB unreachable, a timeout, a crash): its batch returns to the queue and is retried, and lands in the analysis DLQ after five receives.',
      alarmAction,
    });
  }
}
