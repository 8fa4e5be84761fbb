import {
  CfnOutput,
  Duration,
  RemovalPolicy,
  SecretValue,
  Stack,
  TimeZone,
  Validations,
  type StackProps,
} from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { TABLE_KEYS, TTL_ATTRIBUTE } from '../../shared/adapters/aws/table-definition';
import type { Config } from '../../shared/config/schema';
import { DigestArchiveBucket } from '../constructs/digest-archive-bucket';

/**
 * The Twilio secret's value until the operator puts the account's auth token
 * in it. Shorter than any auth token, so the intake refuses it and the Twilio
 * webhook refuses every text (asking the texter to resend) instead of
 * checking signatures against a known value. Never change it, or anything
 * else of the secret's properties, once deployed: CloudFormation would write
 * the value over the operator's token. (The secret's description still says
 * "answers 503", from before the webhook answered refusals in TwiML; it is
 * left as it is for that reason.)
 */
export const TWILIO_PLACEHOLDER = 'REPLACE-ME';

export interface DataStackProps extends StackProps {
  /** The validated configuration, read once by `infra/app.ts`: its `retention.digestDays` bounds the digest archive. */
  readonly config: Config;
}

/**
 * What outlives every deployment: the single table, the secrets (the HMAC
 * pepper, the link-signing key, the Twilio auth token) and the digest
 * archive. All are retained when the stack is deleted; losing the pepper
 * would orphan every case code, since codes are stored only as HMACs, and
 * losing the link-signing key every link a sponsor has been sent.
 */
export class DataStack extends Stack {
  readonly table: Table;
  readonly pepperSecret: Secret;
  readonly linkSigningKeySecret: Secret;
  readonly twilioSecret: Secret;
  readonly digestArchive: DigestArchiveBucket;
  /** Weekly snapshots of the table: the only backups, so no restore tells more than the week. */
  readonly backupPlan: BackupPlan;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    const { config, ...stackProps } = props;
    super(scope, id, { terminationProtection: true, ...stackProps });

    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      // Point-in-time recovery is off on purpose: a restore to any second
      // shows whether a case existed (or was still "received") then, which
      // dates every case to the second. Weekly backups below keep the table
      // recoverable without telling anything finer than the week.
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: false },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      timeToLiveAttribute: TTL_ATTRIBUTE,
    });
    Validations.of(this.table).acknowledge({
      id: 'AwsSolutions-DDB3',
      reason:
        'Point-in-time recovery would let anyone who can restore the table learn when each case was submitted, to the second (restore at T and look whether the case is there), which breaks the promise that nothing keeps a time finer than the ISO week. The table is backed up instead by an AWS Backup plan once a week, at the start of the week in the configured time zone, kept for 5 weeks: a restore then shows only which week a case came in.',
    });

    // One snapshot per week, taken as the week turns (Monday 00:00 in the
    // organisation's time zone, the same weeks cases are filed under).
    const vault = new BackupVault(this, 'BackupVault', { removalPolicy: RemovalPolicy.RETAIN });
    this.backupPlan = new BackupPlan(this, 'WeeklyBackup', {
      backupVault: vault,
      backupPlanRules: [
        new BackupPlanRule({
          ruleName: 'WeeklyAtWeekStart',
          scheduleExpression: Schedule.cron({ minute: '0', hour: '0', weekDay: 'MON', month: '*', year: '*' }),
          scheduleExpressionTimezone: TimeZone.of(config.timezone),
          startWindow: Duration.hours(1),
          completionWindow: Duration.hours(8),
          deleteAfter: Duration.days(35),
        }),
      ],
    });
    const selection = this.backupPlan.addSelection('Table', {
      resources: [BackupResource.fromDynamoDbTable(this.table)],
    });
    Validations.of(selection.node.findChild('Role')).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason:
        "The role that AWS Backup assumes to snapshot the table uses AWS Backup's own service-role policy, which AWS maintains as backup-capable services change; it is assumable only by backup.amazonaws.com and this selection names the one table.",
    });

    this.pepperSecret = new Secret(this, 'Pepper', {
      description:
        'Listening Post HMAC pepper for case codes and SMS senders; generated by CloudFormation, readable only by the intake function',
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.pepperSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The pepper is not a credential for another system: it keys the HMACs under which case codes (and SMS senders) are stored, and those codes cannot be recovered to re-key them. Automatic rotation would make every open case code unusable, so the pepper is rotated only by hand, as a planned break of old codes. Only the intake and inbound-SMS roles can read it.',
    });

    this.linkSigningKeySecret = new Secret(this, 'LinkSigningKey', {
      description:
        "Listening Post key that signs sponsors' escalation links; generated by CloudFormation, readable only by the functions that make or check links",
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.linkSigningKeySecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The link-signing key is not a credential for another system: it signs the expiring links in escalation emails already sent to sponsors, and those emails cannot be re-sent with new links. Automatic rotation would break every open link at once, so the key is rotated only by hand, as a planned break of old links (the SLA sweep then sends fresh ones). Only the intake, escalate, sweep and digest roles can read it.',
    });

    this.twilioSecret = new Secret(this, 'TwilioAuthToken', {
      description:
        'Listening Post Twilio auth token, which checks X-Twilio-Signature on the SMS webhook. Created with a placeholder: put your Twilio account auth token in it (aws secretsmanager put-secret-value --secret-id <TwilioSecretArn> --secret-string <token>); until then the webhook answers 503.',
      secretStringValue: SecretValue.unsafePlainText(TWILIO_PLACEHOLDER),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.twilioSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The Twilio auth token is issued by Twilio, not by AWS: only the operator can make a new one, in the Twilio console, and Twilio keeps signing with the old token until then. Secrets Manager rotation cannot create a Twilio token, so the operator rotates it by hand in Twilio and puts the new value here. Only the intake role can read it.',
    });

    this.digestArchive = new DigestArchiveBucket(this, 'DigestArchive', {
      retention: Duration.days(config.retention.digestDays),
    });

    new CfnOutput(this, 'TableName', { value: this.table.tableName, description: 'The single DynamoDB table' });
    new CfnOutput(this, 'TwilioSecretArn', {
      value: this.twilioSecret.secretArn,
      description: `Created holding the placeholder ${TWILIO_PLACEHOLDER}: put your Twilio auth token in this secret, or the Twilio SMS webhook refuses every text`,
    });
    new CfnOutput(this, 'DigestBucketName', {
      value: this.digestArchive.bucket.bucketName,
      description: 'The digest archive: every digest built, as JSON under digests/',
    });
  }
}
