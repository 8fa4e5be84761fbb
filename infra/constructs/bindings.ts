import { Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IConfigurationSet } from 'aws-cdk-lib/aws-ses';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import {
  TABLE_ACCESS,
  UPDATE_ATTRIBUTES,
  type KeyPattern,
  type TableAccess,
  type TableOperation,
  type TableRole,
} from '../table-access';
import { ENV, type EnvName } from '../../shared/runtime/env-names';

/**
 * Gives a function the table: sets `TABLE_NAME` and allows exactly what
 * `TABLE_ACCESS[role]` (`infra/table-access.ts`) says: each item call only
 * on the partition keys listed for it (`dynamodb:LeadingKeys`), so that a
 * key the function may read is not thereby writable. The same map is
 * enforced on the local stack, where every integration test runs under it.
 * Nothing here allows Scan, batch writes or table management; a batch read
 * (`BatchGetItem`) only where the map lists it, on the same keys.
 *
 * @example
 * bindTable(intake, table, 'intake');
 */
export function bindTable(fn: LambdaFunction, table: ITable, role: TableRole): void {
  fn.addEnvironment(ENV.tableName, table.tableName);
  const attributes = UPDATE_ATTRIBUTES[role];
  const { UpdateItem, ...rest }: TableAccess = TABLE_ACCESS[role];
  // An update narrowed to some attributes is a statement of its own, so the narrowing binds it alone.
  const narrowed = attributes && UpdateItem ? [{ operations: ['UpdateItem' as const], patterns: UpdateItem }] : [];
  const access = narrowed.length ? rest : TABLE_ACCESS[role];
  for (const { operations, patterns } of [...statementsOf(access), ...narrowed]) {
    const attributeCondition =
      attributes && operations.includes('UpdateItem')
        ? { 'ForAllValues:StringEquals': { 'dynamodb:Attributes': [...attributes] } }
        : {};
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: operations.map((operation) => `dynamodb:${operation}`),
        resources: [table.tableArn],
        conditions: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...patterns] },
          ...attributeCondition,
        },
      }),
    );
  }
}

/** The operations allowed on the same keys, together: one IAM statement each. */
function statementsOf(access: TableAccess): { operations: TableOperation[]; patterns: readonly KeyPattern[] }[] {
  const statements = new Map<string, { operations: TableOperation[]; patterns: readonly KeyPattern[] }>();
  for (const [operation, patterns] of Object.entries(access) as [TableOperation, readonly KeyPattern[]][]) {
    const sorted = [...patterns].sort();
    const statement = statements.get(sorted.join(' ')) ?? { operations: [], patterns: sorted };
    statement.operations.push(operation);
    statements.set(sorted.join(' '), statement);
  }
  return [...statements.values()];
}

/**
 * Lets a function send to a queue, and tells it where the queue is through
 * `envName` (e.g. `ANALYSIS_QUEUE_URL`).
 *
 * @example
 * bindQueueSender(intake, analysisQueue, ENV.analysisQueueUrl);
 */
export function bindQueueSender(fn: LambdaFunction, queue: IQueue, envName: EnvName): void {
  fn.addEnvironment(envName, queue.queueUrl);
  queue.grantSendMessages(fn);
}

/**
 * Lets a function read one secret, whose ARN it finds in `envName`
 * (e.g. `PEPPER_SECRET_ARN`).
 *
 * @example
 * bindSecret(intake, pepper, ENV.pepperSecretArn);
 */
export function bindSecret(fn: LambdaFunction, secret: ISecret, envName: EnvName): void {
  fn.addEnvironment(envName, secret.secretArn);
  secret.grantRead(fn);
}

/**
 * What a function may do with the digest archive: read (`get`) or write
 * (`put`) the digests' objects, and `list` the bucket. The last is there for
 * a function that reads digests which may not exist yet: without
 * `s3:ListBucket`, S3 answers a request for a missing object with 403 Access
 * Denied instead of 404, which `S3DigestArchive.get` rightly reads as a
 * failure rather than as "not archived".
 */
export type DigestArchiveOperation = 'get' | 'put' | 'list';

const DIGEST_ARCHIVE_ACTIONS: Record<Exclude<DigestArchiveOperation, 'list'>, string> = {
  get: 's3:GetObject',
  put: 's3:PutObject',
};

/**
 * Gives a function the digest archive: sets `DIGEST_BUCKET` and allows
 * exactly `operations` on the objects under `prefix` (`list` on the bucket),
 * in a policy of its own so that its one wildcard, the digests' keys, can be
 * reviewed (and acknowledged) on its own. Nothing here allows deleting,
 * tagging or changing an object's ACL or retention.
 *
 * @example
 * bindDigestArchive(intake, archiveBucket, 'digests/', ['get']);
 */
export function bindDigestArchive(
  fn: LambdaFunction,
  bucket: IBucket,
  prefix: string,
  operations: readonly DigestArchiveOperation[],
): Policy {
  fn.addEnvironment(ENV.digestBucket, bucket.bucketName);
  const objectActions = [
    ...new Set(
      operations.filter((operation) => operation !== 'list').map((operation) => DIGEST_ARCHIVE_ACTIONS[operation]),
    ),
  ];
  const statements: PolicyStatement[] = [];
  if (objectActions.length)
    statements.push(new PolicyStatement({ actions: objectActions, resources: [bucket.arnForObjects(`${prefix}*`)] }));
  if (operations.includes('list'))
    statements.push(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
  const policy = new Policy(fn, 'DigestArchivePolicy', { statements });
  if (!fn.role) throw new Error(`${fn.node.path} has no role to attach the digest archive policy to`);
  policy.attachToRole(fn.role);
  fn.node.addDependency(policy);
  if (objectActions.length) {
    Validations.of(policy).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagNameOfArn(fn, bucket)}/${prefix}*]`,
      reason: `Digests are archived one object per week and audience (${prefix}2026-W47.json, ${prefix}2026-W47.sponsor-<id>.json), so their keys cannot be named at synth; the wildcard covers the objects under ${prefix} of the one digest archive bucket and nothing else. The actions are exactly ${objectActions.join(', ')}: no delete, ACL, tagging or retention change.`,
    });
  }
  return policy;
}

/**
 * How cdk-nag names a bucket's ARN in a finding on a policy in `scope`'s
 * stack: the name of the producing stack's export when the bucket is in
 * another stack (CDK makes the same export for the reference), else
 * `<LogicalId.Arn>`.
 */
function nagNameOfArn(scope: Construct, bucket: IBucket): string {
  const consumer = Stack.of(scope);
  const producer = Stack.of(bucket);
  const resolved: unknown = consumer.resolve(
    producer === consumer ? bucket.bucketArn : producer.exportValue(bucket.bucketArn),
  );
  if (typeof resolved === 'object' && resolved !== null) {
    if ('Fn::ImportValue' in resolved && typeof resolved['Fn::ImportValue'] === 'string')
      return resolved['Fn::ImportValue'];
    if ('Fn::GetAtt' in resolved && Array.isArray(resolved['Fn::GetAtt']))
      return `<${resolved['Fn::GetAtt'].join('.')}>`;
  }
  throw new Error(`cannot tell how cdk-nag names the ARN of ${bucket.node.path}: ${JSON.stringify(resolved)}`);
}

/** The parts of an address SES may authorize a send under: the address itself and its domain. */
function sendingIdentities(fromAddress: string): string[] {
  const domain = fromAddress.slice(fromAddress.lastIndexOf('@') + 1);
  return [fromAddress, domain];
}

/**
 * Lets a function send email through SES as `fromAddress` and as nobody
 * else, always with `configurationSet` (`SES_CONFIGURATION_SET`), whose
 * events make bounces, complaints and rejects visible: `ses:SendEmail` on
 * that address's identity and its domain's (SES authorizes the send against
 * the address if it is verified itself, else against its domain) and on the
 * configuration set, only with that From address. It may also look a
 * recipient up in the account's suppression list, so that it never sends
 * into it unknowingly. (In the SES sandbox, SES also authorizes against each
 * recipient's identity; leave the sandbox to deploy.)
 *
 * @example
 * bindEmailSender(escalate, config.mail.from, emailDelivery.configurationSet);
 */
export function bindEmailSender(fn: LambdaFunction, fromAddress: string, configurationSet: IConfigurationSet): void {
  const stack = Stack.of(fn);
  fn.addEnvironment(ENV.sesConfigurationSet, configurationSet.configurationSetName);
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [
        ...sendingIdentities(fromAddress).map((identity) =>
          stack.formatArn({ service: 'ses', resource: 'identity', resourceName: identity }),
        ),
        stack.formatArn({
          service: 'ses',
          resource: 'configuration-set',
          resourceName: configurationSet.configurationSetName,
        }),
      ],
      conditions: { StringEquals: { 'ses:FromAddress': fromAddress } },
    }),
  );
  const policy = new Policy(fn, 'SuppressionListPolicy', {
    statements: [new PolicyStatement({ actions: ['ses:GetSuppressedDestination'], resources: ['*'] })],
  });
  if (!fn.role) throw new Error(`${fn.node.path} has no role to attach the suppression-list policy to`);
  policy.attachToRole(fn.role);
  Validations.of(policy).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'SES\'s GetSuppressedDestination has no resource-level permissions: it can only be allowed on Resource "*". The policy holds that one read of the account\'s suppression list and nothing else; the sender checks each recipient before sending.',
  });
}

/** What `shared/runtime/intake-from-env.ts` reads from the environment, as resources. */
export interface IntakeRuntime {
  readonly table: ITable;
  /** The queue submissions are handed to. */
  readonly analysisQueue: IQueue;
  /** The analysis queue's priority lane, where reports urgent in their own words (or topic) go. */
  readonly priorityAnalysisQueue: IQueue;
  /** The analysis queue's marked lane, where reports only ticked urgent go. */
  readonly markedAnalysisQueue: IQueue;
  /** The HMAC pepper for case codes and SMS senders. */
  readonly pepperSecret: ISecret;
}

/**
 * Gives a function everything `intakeFromEnv()` needs: the table
 * (`TABLE_NAME`, as `role` may use it), the three lanes of the analysis queue
 * and the pepper.
 *
 * @example
 * bindIntakeRuntime(smsInbound, props, 'sms-inbound');
 */
export function bindIntakeRuntime(fn: LambdaFunction, runtime: IntakeRuntime, role: TableRole): void {
  bindTable(fn, runtime.table, role);
  bindQueueSender(fn, runtime.analysisQueue, ENV.analysisQueueUrl);
  bindQueueSender(fn, runtime.priorityAnalysisQueue, ENV.priorityAnalysisQueueUrl);
  bindQueueSender(fn, runtime.markedAnalysisQueue, ENV.markedAnalysisQueueUrl);
  bindSecret(fn, runtime.pepperSecret, ENV.pepperSecretArn);
}

/** What `shared/runtime/escalation-deps.ts` reads from the environment, as resources. */
export interface EscalationRuntime {
  readonly table: ITable;
  /** The key that signs sponsors' links. */
  readonly linkSigningKey: ISecret;
  /** The address escalation emails come from: `config.mail.from`. */
  readonly mailFrom: string;
  /** The SES configuration set every email is sent with (`EmailDelivery`). */
  readonly configurationSet: IConfigurationSet;
  /** The base URL sponsors' links start with, without a trailing `/`. */
  readonly publicUrl: string;
}

/**
 * Gives a function everything `escalationDepsFromEnv()` needs: the table
 * (`TABLE_NAME`, as `role` may use it), the link-signing key
 * (`LINK_SIGNING_KEY_SECRET_ARN`), SES as `mailFrom` with the configuration
 * set, and `PUBLIC_URL`.
 *
 * @example
 * bindEscalationRuntime(sweep, runtime, 'sweep');
 */
export function bindEscalationRuntime(fn: LambdaFunction, runtime: EscalationRuntime, role: TableRole): void {
  bindTable(fn, runtime.table, role);
  bindSecret(fn, runtime.linkSigningKey, ENV.linkSigningKeySecretArn);
  bindEmailSender(fn, runtime.mailFrom, runtime.configurationSet);
  fn.addEnvironment(ENV.publicUrl, runtime.publicUrl);
}

/**
 * Lets a function send SMS through AWS End User Messaging
 * (`sms-voice:SendTextMessage`), in a policy of its own so that what it
 * allows can be reviewed (and acknowledged) on its own. With an
 * `originationIdentity` (a phone number or pool ARN) the function sends from
 * that identity only, and learns it from `SMS_ORIGINATION_IDENTITY`; without
 * one, it replies from whichever of the account's numbers in this Region
 * was texted.
 *
 * @example
 * const policy = bindSmsSender(smsInbound, { originationIdentity: 'arn:aws:sms-voice:eu-west-1:123456789012:pool/pool-abc' });
 */
export function bindSmsSender(
  fn: LambdaFunction,
  { originationIdentity }: { originationIdentity?: string } = {},
): Policy {
  const stack = Stack.of(fn);
  if (originationIdentity) fn.addEnvironment(ENV.smsOriginationIdentity, originationIdentity);
  const policy = new Policy(fn, 'SmsSendPolicy', {
    statements: [
      new PolicyStatement({
        actions: ['sms-voice:SendTextMessage'],
        resources: [originationIdentity ?? stack.formatArn({ service: 'sms-voice', resource: '*' })],
      }),
    ],
  });
  if (!fn.role) throw new Error(`${fn.node.path} has no role to attach the SMS policy to`);
  policy.attachToRole(fn.role);
  // The function must not run before it may reply.
  fn.node.addDependency(policy);
  return policy;
}

/**
 * Lets a function translate text with Amazon Translate
 * (`translate:TranslateText` and nothing else), in a policy of its own. The
 * escalate function uses it to put an escalation into the leadership's
 * language (`leadershipLanguage` in the config) beside the original.
 *
 * @example
 * bindTranslator(escalate);
 */
export function bindTranslator(fn: LambdaFunction): Policy {
  const policy = new Policy(fn, 'TranslatePolicy', {
    statements: [new PolicyStatement({ actions: ['translate:TranslateText'], resources: ['*'] })],
  });
  if (!fn.role) throw new Error(`${fn.node.path} has no role to attach the Translate policy to`);
  policy.attachToRole(fn.role);
  fn.node.addDependency(policy);
  Validations.of(policy).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'Amazon Translate\'s TranslateText works on text sent with the request; its only resources are custom terminologies and parallel data, which this function does not use, so a plain translation can only be allowed on Resource "*". The policy holds exactly translate:TranslateText and nothing else.',
  });
  return policy;
}
