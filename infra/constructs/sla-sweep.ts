import { Duration } from 'aws-cdk-lib';
import { Metric, type Alarm, type IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import type { Config } from '../../shared/config/schema';
import { METRICS_NAMESPACE } from '../../shared/ports/metrics';
import { FunctionAlarms, operatorAlarm } from './alarms';
import { bindEscalationRuntime, type EscalationRuntime } from './bindings';
import { InvokeLatest } from './invoke-latest';
import { ListeningPostFunction } from './listening-post-function';

export interface SlaSweepProps {
  readonly config: Config;
  /** The table, link-signing key, sending address and public URL the sweep works with. */
  readonly runtime: EscalationRuntime;
  /** Where the alarms on a failing or throttled sweep notify. @default - alarms with no action */
  readonly alarmAction?: IAlarmAction;
  /** @default Duration.seconds(60) */
  readonly timeout?: Duration;
}

/**
 * The SLA sweep: EventBridge Scheduler runs the `sweep` function every
 * `config.escalation.sweepMinutes`; it re-escalates each overdue escalation
 * to the backup sponsor, then leadership, and emails them. A sweep that
 * keeps failing raises an alarm, since escalations would then go overdue
 * unnoticed.
 *
 * @example
 * new SlaSweep(this, 'SlaSweep', { config, runtime, alarmAction });
 */
export class SlaSweep extends Construct {
  readonly handler: ListeningPostFunction;
  readonly schedule: Schedule;
  readonly alarms: FunctionAlarms;
  /** The sweep's errors alarm: two failed runs in a row. */
  readonly failureAlarm: Alarm;
  /** Overdue escalations the sweep could not pass on, two runs in a row. */
  readonly notPassedOnAlarm: Alarm;
  readonly ladderRefusedAlarm: Alarm;

  constructor(scope: Construct, id: string, props: SlaSweepProps) {
    super(scope, id);
    const interval = Duration.minutes(props.config.escalation.sweepMinutes);

    this.handler = new ListeningPostFunction(this, 'Handler', {
      entry: 'functions/sweep/lambda.ts',
      serviceName: 'sweep',
      description: 'Re-escalates escalations whose SLA has passed unacknowledged',
      config: props.config,
      timeout: props.timeout ?? Duration.seconds(60),
    });
    // Reads the open list (query), moves items on it (put, delete), raises
    // levels (get, update): see TABLE_ACCESS.sweep.
    bindEscalationRuntime(this.handler, props.runtime, 'sweep');

    this.schedule = new Schedule(this, 'Schedule', {
      description: `Runs the Listening Post SLA sweep every ${interval.toHumanString()}`,
      schedule: ScheduleExpression.rate(interval),
      // A sweep older than the next one is worth nothing: the next one does its work.
      target: new InvokeLatest(this.handler, {
        maxEventAge: Duration.seconds(Math.max(60, interval.toSeconds())),
        retryAttempts: 3,
      }),
    });

    // Two failed runs in a row; a single one (SES throttling, say) is made good by the next.
    const period = Duration.minutes(Math.max(5, props.config.escalation.sweepMinutes));
    this.alarms = new FunctionAlarms(this, 'Alarms', {
      fn: this.handler,
      serviceName: 'sweep',
      errorsMeaning:
        'The SLA sweep is failing, run after run: overdue escalations are not being passed to backup sponsors or leadership.',
      errorEvaluationPeriods: 2,
      period,
      alarmAction: props.alarmAction,
    });
    this.failureAlarm = this.alarms.errors;
    // The sweep carries on past an escalation it cannot pass on, so the
    // function succeeds: its own count is what shows the failures.
    this.notPassedOnAlarm = operatorAlarm(this, 'NotPassedOnAlarm', {
      title: 'Overdue escalations not passed on',
      detail:
        'Two SLA sweeps in a row could not email the next person for some overdue escalations (or could not read the table for one of their steps), which stay where they are until a sweep succeeds. Check SES (identity, sandbox, quota, suppression list) and read the sweep function logs.',
      metric: new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: 'SweepFailures',
        dimensionsMap: { service: this.handler.serviceName },
        period,
        statistic: 'Sum',
      }),
      evaluationPeriods: 2,
      alarmAction: props.alarmAction,
    });
    // Every address of an urgent case's ladder refused for good: the addresses must be fixed, at once.
    this.ladderRefusedAlarm = operatorAlarm(this, 'LadderRefusedAlarm', {
      title: 'Every address of an urgent case refused',
      detail:
        'The mail service (SES) refused every address an urgent escalation would go to: its sponsor, their backup and the whole leadership list (rejected, invalid, or on the account’s suppression list). It was emailed to another sponsor instead where one accepted (the case’s trail says who), else it waits and is tried again at each sweep. Fix the addresses in the config, or remove them from SES’s suppression list, and read the function’s logs.',
      metric: new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: 'LadderRefused',
        dimensionsMap: { service: this.handler.serviceName },
        period,
        statistic: 'Sum',
      }),
      alarmAction: props.alarmAction,
    });
  }
}
