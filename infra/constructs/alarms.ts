import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  TreatMissingData,
  type IAlarmAction,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

export interface OperatorAlarmProps {
  /**
   * A short, stable name for the alarm, with no colon: the alarm
   * description starts with it, and `docs/deploy.md` explains each alarm
   * under it (a test checks both).
   */
  readonly title: string;
  /** What has gone wrong and what the operator should do, in a sentence or two. */
  readonly detail: string;
  readonly metric: IMetric;
  /** The alarm goes off above this value. @default 0 */
  readonly threshold?: number;
  /** @default 1 */
  readonly evaluationPeriods?: number;
  /** Where the alarm (and its return to OK) notifies. @default - no action */
  readonly alarmAction?: IAlarmAction;
}

/**
 * The one shape of a Listening Post alarm: a metric above a threshold,
 * missing data as not breaching, a description that starts with a stable
 * title, and the operator topic told when it goes off and when it clears.
 *
 * @example
 * operatorAlarm(this, 'DeadLetterAlarm', { title: 'Analysis DLQ not empty', detail: '…', metric: dlq.metricApproximateNumberOfMessagesVisible(), alarmAction });
 */
export function operatorAlarm(scope: Construct, id: string, props: OperatorAlarmProps): Alarm {
  if (props.title.includes(':')) throw new Error(`alarm title '${props.title}' must not contain a colon`);
  const alarm = new Alarm(scope, id, {
    alarmDescription: `${props.title}: ${props.detail}`,
    metric: props.metric,
    threshold: props.threshold ?? 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: props.evaluationPeriods ?? 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  if (props.alarmAction) {
    alarm.addAlarmAction(props.alarmAction);
    alarm.addOkAction(props.alarmAction);
  }
  return alarm;
}

/** The title of the alarm `operatorAlarm` made from its description: everything before the first colon. */
export function alarmTitleOf(description: string): string {
  return description.slice(0, description.indexOf(':'));
}

export interface FunctionAlarmsProps {
  readonly fn: IFunction;
  /** The function's Powertools service name (`intake`, `analyze`, …), which names its alarms. */
  readonly serviceName: string;
  /** What an error of this function means for employees or sponsors, and what to look at. */
  readonly errorsMeaning: string;
  /**
   * Five-minute periods in a row with errors before the alarm goes off; more
   * than one for a function whose next run makes good a single failure.
   * @default 1
   */
  readonly errorEvaluationPeriods?: number;
  /** @default Duration.minutes(5) */
  readonly period?: Duration;
  readonly alarmAction?: IAlarmAction;
}

/**
 * The alarms every Listening Post function gets, the same way: Lambda
 * `Errors` and `Throttles` above zero.
 *
 * @example
 * new FunctionAlarms(this, 'ConsumerAlarms', { fn: consumer, serviceName: 'analyze', errorsMeaning: '…', alarmAction });
 */
export class FunctionAlarms extends Construct {
  readonly errors: Alarm;
  readonly throttles: Alarm;

  constructor(scope: Construct, id: string, props: FunctionAlarmsProps) {
    super(scope, id);
    const period = props.period ?? Duration.minutes(5);
    this.errors = operatorAlarm(this, 'Errors', {
      title: `${props.serviceName} function errors`,
      detail: `${props.errorsMeaning} Read the ${props.serviceName} function's log group for the error (its lines hold no feedback text or identifiers).`,
      metric: props.fn.metricErrors({ period, statistic: 'Sum' }),
      evaluationPeriods: props.errorEvaluationPeriods,
      alarmAction: props.alarmAction,
    });
    this.throttles = operatorAlarm(this, 'Throttles', {
      title: `${props.serviceName} function throttled`,
      detail: `Lambda refused to run the ${props.serviceName} function: the account's (or Region's) concurrency is used up. Raise the Lambda concurrency quota, or find what else in the account is using it.`,
      metric: props.fn.metricThrottles({ period, statistic: 'Sum' }),
      alarmAction: props.alarmAction,
    });
  }
}
