import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { WINDOW_STATE_TABLE_KEYS } from '../../shared/adapters/aws/dynamodb-window-state-store';
import type { Config } from '../../shared/config/schema';
import { FunctionAlarms } from './alarms';
import { InvokeLatest } from './invoke-latest';
import { ListeningPostFunction } from './listening-post-function';
import { ENV } from '../../shared/runtime/env-names';

export interface RateAndReplayTableProps {
  readonly config: Config;
  /** How often the keys of ended windows are deleted. @default Duration.minutes(10) */
  readonly forgetEvery?: Duration;
  readonly alarmAction?: IAlarmAction;
}

/**
 * The rate and replay state (SMS senders' and kiosks' counters, retried
 * submissions' replay records) in a DynamoDB table of its own, built to
 * forget: no point-in-time recovery, no stream, TTL on, destroyed with the
 * stack. Its keys are HMACs under each hour's random key, which lives in the
 * same table; the `forget-windows` function deletes those keys on a schedule
 * (TTL alone is lazy), after which nothing left can be matched to a phone
 * number, a kiosk or a case. Only the intake and sms-inbound functions may
 * read and write it ({@link grantUse}); the forgetter may only query and
 * delete.
 *
 * @example
 * const rateState = new RateAndReplayTable(this, 'RateAndReplay', { config });
 * rateState.grantUse(intake.handler);
 */
export class RateAndReplayTable extends Construct {
  readonly table: Table;
  readonly forgetter: ListeningPostFunction;
  readonly schedule: Schedule;
  readonly forgetterAlarms: FunctionAlarms;

  constructor(scope: Construct, id: string, props: RateAndReplayTableProps) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: WINDOW_STATE_TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: WINDOW_STATE_TABLE_KEYS.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: false },
      timeToLiveAttribute: WINDOW_STATE_TABLE_KEYS.timeToLive,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.table).acknowledge({
      id: 'AwsSolutions-DDB3',
      reason:
        'Point-in-time recovery is off on purpose (anonymity promise 1). This table holds only short-lived rate counters and replay records, keyed under hourly random keys that are deleted two hours on; a 35-day restore would bring those keys back and with them the link between a phone number or a kiosk and a case. Nothing here needs restoring: losing it resets rate limits and lets a retry older than its hour make a second case.',
    });

    this.forgetter = new ListeningPostFunction(this, 'Forgetter', {
      entry: 'functions/forget-windows/lambda.ts',
      serviceName: 'forget-windows',
      description: 'Deletes the random keys of rate and replay windows that have ended',
      config: props.config,
      timeout: Duration.seconds(30),
    });
    this.forgetter.addEnvironment(ENV.rateStateTableName, this.table.tableName);
    this.table.grant(this.forgetter, 'dynamodb:Query', 'dynamodb:DeleteItem');

    const every = props.forgetEvery ?? Duration.minutes(10);
    this.schedule = new Schedule(this, 'Schedule', {
      description: `Deletes ended rate and replay windows' keys every ${every.toHumanString()}`,
      schedule: ScheduleExpression.rate(every),
      target: new InvokeLatest(this.forgetter, {
        maxEventAge: Duration.seconds(Math.max(60, every.toSeconds())),
        retryAttempts: 3,
      }),
    });
    this.forgetterAlarms = new FunctionAlarms(this, 'ForgetterAlarms', {
      fn: this.forgetter,
      serviceName: 'forget-windows',
      errorsMeaning:
        'Ended rate and replay windows are not being forgotten: until they are, their keys could link SMS senders and kiosks to cases. Read the forget-windows function logs; TTL removes the keys within days as a backstop.',
      errorEvaluationPeriods: 2,
      alarmAction: props.alarmAction,
    });
  }

  /** Lets a function count and claim in the state (single items only), and tells it where the table is. */
  grantUse(fn: LambdaFunction): void {
    fn.addEnvironment(ENV.rateStateTableName, this.table.tableName);
    this.table.grant(fn, 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem');
  }
}
