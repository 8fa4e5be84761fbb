import { Duration, Validations } from 'aws-cdk-lib';
import type { IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Config } from '../../shared/config/schema';
import { bindTable } from './bindings';
import type { QueueConsumerProps } from './queue-consumer';

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
  readonly alarmAction?: IAlarmAction;
  /**
   * Which lane of analysis (`normal` when left out). `priority`: reports
   * urgent in their own words or topic; `marked`: reports only ticked urgent
   * by their writer. Each has its own queue, DLQ, alarms, consumer, event
   * source mapping and concurrency, so a backlog on one never delays
   * another: a flood of ticked reports (ticking is free for anyone) never
   * stands in front of a report whose words say someone is in danger. Both
   * take small batches sent at once, since what is on them cannot wait.
   */
  readonly lane?: AnalysisLane;
}

export type AnalysisLane = 'normal' | 'priority' | 'marked';

/** How each lane reads apart in names, logs, metrics and alarms. */
const LANES: Record<AnalysisLane, { label: string; serviceName: string; queueName: string; what: string }> = {
  normal: { label: 'Analysis', serviceName: 'analyze', queueName: 'analysis', what: 'Feedback' },
  priority: {
    label: 'Priority analysis',
    serviceName: 'analyze-priority',
    queueName: 'priority analysis',
    what: 'Urgent feedback',
  },
  marked: {
    label: 'Marked-urgent analysis',
    serviceName: 'analyze-marked',
    queueName: 'marked-urgent analysis',
    what: 'Feedback marked urgent by its writer',
  },
};

/** Batches on the priority lane: urgent messages are few; each goes without waiting for others. */
export const PRIORITY_ANALYSIS_BATCH_SIZE = 10;
/** Concurrency of the priority lane's consumer, and the marked lane's: 2, the least an SQS event source mapping allows. */
export const PRIORITY_ANALYSIS_MAX_CONCURRENCY = 2;

/**
 * The analysis queue, its DLQ and the `analyze` consumer, as a
 * {@link QueueConsumer}. The queue holds the raw feedback text until it is
 * analysed; every accepted submission ends analysed or in the DLQ.
 *
 * @example
 * const analysis = new QueueConsumer(this, 'Analysis', analysisPipeline({ config, table, alarmAction }));
 * bindQueueSender(intake, analysis.queue, ENV.analysisQueueUrl);
 */
export function analysisPipeline({
  config,
  table,
  alarmAction,
  lane: which = 'normal',
}: AnalysisPipelineProps): QueueConsumerProps {
  const { label, serviceName, queueName: lane, what } = LANES[which];
  const urgent = which !== 'normal';
  return {
    config,
    label,
    consumer: {
      entry: 'functions/analyze/lambda.ts',
      // Its own name, so its logs, metrics and grants read apart from the other lanes'.
      serviceName,
      description: {
        normal: 'Analyses submitted feedback: language, sentiment, PII redaction, topics, escalation',
        priority:
          'Analyses feedback urgent in its own words first, apart from any backlog: language, sentiment, PII redaction, topics, escalation',
        marked:
          'Analyses feedback marked urgent by its writer, apart from the normal backlog: language, sentiment, PII redaction, topics, escalation',
      }[which],
      // Redaction and urgency over every message: with V8's regexp tier-up off (regexps-compiled-at-once.ts) a third
      // less CPU, for 100-140 MB more memory; one process over all 100,494 eval rows so held 819 MB RSS on Node 24.
      memorySize: 1024,
      regexpsCompiledAtOnce: true,
    },
    consumerTimeout: ANALYSIS_CONSUMER_TIMEOUT,
    batchSize: urgent ? PRIORITY_ANALYSIS_BATCH_SIZE : ANALYSIS_BATCH_SIZE,
    maxBatchingWindow: urgent ? undefined : ANALYSIS_MAX_BATCHING_WINDOW,
    // Comprehend's quotas are per account: more invocations would only be
    // throttled, and walk their messages through retries to the DLQ. Each
    // urgent lane adds at most two, and only while its reports arrive.
    maxConcurrency: urgent ? PRIORITY_ANALYSIS_MAX_CONCURRENCY : config.analysis.maxConcurrency,
    maxMessageAge: Duration.hours(1),
    alarmAction,
    meaning: {
      deadLetters: `Feedback could not be analysed and is waiting in the ${lane} DLQ. Inspect it, fix the cause, then redrive it to the ${lane} queue.`,
      ageing: (warningAge, retention) =>
        `Feedback has been waiting in the ${lane} DLQ for more than ${warningAge}; SQS deletes it ${retention} after it was submitted, and then it is lost. Fix the cause and redrive it now.`,
      backlog: (maxAge) =>
        `${what} has waited more than ${maxAge} for analysis: the consumer is failing or falling behind.`,
      consumerErrors:
        'The analyze function failed as a whole, not message by message (Comprehend or DynamoDB unreachable, a timeout, a crash): its batch returns to the queue and is retried, and lands in the DLQ after five receives.',
    },
    // Sooner and plainer than the DLQ alarm five receives later: a version mismatch, not a Comprehend failure.
    countAlarms: [
      {
        id: 'MisshapenAlarm',
        metricName: 'MisshapenMessages',
        title: `${label} messages in a shape not read`,
        detail: `The ${serviceName} function received messages not in the shape this version reads (an older or newer intake still running, a field gone wrong), or with no text. Urgent ones still went to their sponsor, but none is counted and each waits in the ${lane} DLQ. Deploy one version of intake and analysis, then redrive the DLQ; the ${serviceName} logs name the fields that could not be read.`,
      },
    ],
    grant: (consumer, scope) => {
      // Cases, weekly figures and samples, pattern counters: see TABLE_ACCESS.analyze.
      bindTable(consumer, table, 'analyze');
      if (config.analysis.engine !== 'comprehend') return;
      const comprehendPolicy = new Policy(scope, 'ComprehendPolicy', {
        statements: [
          new PolicyStatement({
            actions: [
              'comprehend:BatchDetectDominantLanguage',
              'comprehend:BatchDetectSentiment',
              'comprehend:BatchDetectKeyPhrases',
              'comprehend:DetectPiiEntities',
            ],
            resources: ['*'],
          }),
        ],
      });
      comprehendPolicy.attachToRole(consumer.role!);
      // The consumer must not take a batch before it may analyse it.
      consumer.node.addDependency(comprehendPolicy);
      Validations.of(comprehendPolicy).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'Amazon Comprehend\'s detect APIs (BatchDetectDominantLanguage, BatchDetectSentiment, BatchDetectKeyPhrases, DetectPiiEntities) work on text sent with the request, not on an AWS resource, and support no resource-level permissions: IAM accepts only Resource "*" for them. This policy holds exactly those four actions and nothing else.',
      });
    },
  };
}
