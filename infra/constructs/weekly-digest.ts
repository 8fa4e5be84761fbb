import { Duration, TimeZone } from 'aws-cdk-lib';
import type { IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import type { IConfigurationSet } from 'aws-cdk-lib/aws-ses';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { Config } from '../../shared/config/schema';
import { FunctionAlarms } from './alarms';
import { bindDigestArchive, bindEmailSender, bindSecret, bindTable } from './bindings';
import { DIGEST_PREFIX } from './digest-archive-bucket';
import { InvokeLatest } from './invoke-latest';
import { ListeningPostFunction } from './listening-post-function';
import { ENV } from '../../shared/runtime/env-names';

/**
 * The weekly schedule of `config.digest` as EventBridge Scheduler cron
 * fields: `{ day: 'MON', time: '08:00' }` is `cron(0 8 ? * MON *)`, read in
 * `config.timezone`.
 */
export function weeklyCron({ day, time }: Config['digest']): { minute: string; hour: string; weekDay: string } {
  const [hour, minute] = time.split(':').map(Number);
  return { minute: String(minute), hour: String(hour), weekDay: day };
}

export interface WeeklyDigestProps {
  readonly config: Config;
  /** The table the weekly figures, comment samples and escalations are read from. */
  readonly table: ITable;
  /** The digest archive (`DigestArchiveBucket`); the function writes and reads `digests/` in it. */
  readonly archiveBucket: IBucket;
  /** The key that signs the web-view links. */
  readonly linkSigningKeySecret: ISecret;
  /** The base URL the web-view links start with, without a trailing `/`: the intake's public URL. */
  readonly publicUrl: string;
  /** The SES configuration set the digest emails are sent with (`EmailDelivery`). */
  readonly configurationSet: IConfigurationSet;
  /** Where the alarms on a failing or throttled digest notify. @default - alarms with no action */
  readonly alarmAction?: IAlarmAction;
  /** @default Duration.minutes(5) */
  readonly timeout?: Duration;
}

/**
 * The weekly digest: EventBridge Scheduler runs the `digest` function at
 * `config.digest.day` and `time` in `config.timezone`, with `{}`, which
 * builds the last complete week's digest for leadership and each sponsor,
 * archives it and emails it with a signed web-view link. A retried run sends
 * nothing twice (digests already delivered are skipped). A failed run raises
 * an alarm; the operator can run it again by hand.
 *
 * @example
 * new WeeklyDigest(this, 'Digest', { config, table, archiveBucket, linkSigningKeySecret, publicUrl: intake.publicUrl, alarmAction });
 */
export class WeeklyDigest extends Construct {
  readonly handler: ListeningPostFunction;
  readonly schedule: Schedule;
  readonly alarms: FunctionAlarms;

  constructor(scope: Construct, id: string, props: WeeklyDigestProps) {
    super(scope, id);
    const { config } = props;

    this.handler = new ListeningPostFunction(this, 'Handler', {
      entry: 'functions/digest/lambda.ts',
      serviceName: 'digest',
      description: "Builds, archives and emails the week's leadership digest and each sponsor's variant",
      config,
      memorySize: 512,
      timeout: props.timeout ?? Duration.minutes(5),
    });
    // Reads weekly figures, comment samples and escalations; writes only
    // who had which week's digest (a conditional put per recipient, so two
    // runs cannot both send), under DIGEST#: see TABLE_ACCESS.digest.
    bindTable(this.handler, props.table, 'digest');
    // Archives each digest and reads it back to skip one already delivered;
    // `list` so that a digest not archived yet reads as absent.
    bindDigestArchive(this.handler, props.archiveBucket, DIGEST_PREFIX, ['get', 'put', 'list']);
    bindSecret(this.handler, props.linkSigningKeySecret, ENV.linkSigningKeySecretArn);
    bindEmailSender(this.handler, config.mail.from, props.configurationSet);
    this.handler.addEnvironment(ENV.publicUrl, props.publicUrl);

    this.schedule = new Schedule(this, 'Schedule', {
      description: `Sends the Listening Post weekly digest every ${config.digest.day} at ${config.digest.time} (${config.timezone})`,
      schedule: ScheduleExpression.cron({ ...weeklyCron(config.digest), timeZone: TimeZone.of(config.timezone) }),
      // `{}`: the last complete week, skipping digests already delivered.
      // Late is better than never for a weekly report: the scheduler keeps
      // trying to start it for hours, and Lambda retries a failed run twice.
      target: new InvokeLatest(this.handler, {
        input: ScheduleTargetInput.fromObject({}),
        maxEventAge: Duration.hours(6),
        retryAttempts: 10,
      }),
    });

    this.alarms = new FunctionAlarms(this, 'Alarms', {
      fn: this.handler,
      serviceName: 'digest',
      errorsMeaning:
        "The weekly digest failed: leadership or some sponsors may not have this week's digest (Lambda retries a failed run twice; a digest already sent is never sent again). Once the cause is fixed, run the digest function again with the payload {}.",
      alarmAction: props.alarmAction,
    });
  }
}
