import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alarmTopicIdOf,
  exampleConfig,
  functionOf,
  importedRef,
  logicalIdOf,
  removeTempDirs,
  schedulerStatementsFor,
  synthTemplates,
  type Templates,
} from './helpers';

type Resource = { Properties: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string };
type Resources = Record<string, Resource>;

describe('weekly digest', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  beforeAll(() => {
    templates = synthTemplates();
  });

  const bucketId = () => logicalIdOf(templates.built.data, templates.built.data.digestArchive.bucket.bucketName);
  const accessLogsId = () =>
    logicalIdOf(templates.built.data, templates.built.data.digestArchive.accessLogs.bucketName);
  const bucket = (id = bucketId()) => (templates.data.findResources('AWS::S3::Bucket') as Resources)[id]!;
  const lifecycleRules = (id = bucketId()) =>
    bucket(id).Properties.LifecycleConfiguration.Rules as Record<string, any>[];
  const digestSchedule = (template = templates.service) => {
    const fn = functionOf(template, 'digest').id;
    const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule') as Resources).filter(
      (schedule) => schedule.Properties.Target.Arn['Fn::GetAtt']?.[0] === fn,
    );
    expect(schedules).toHaveLength(1);
    return schedules[0]!.Properties;
  };

  describe('the archive bucket', () => {
    it('is in the data stack and kept when the stack is deleted or the bucket replaced', () => {
      expect(bucket().DeletionPolicy).toBe('Retain');
      expect(bucket().UpdateReplacePolicy).toBe('Retain');
    });

    it('is encrypted at rest', () => {
      expect(bucket().Properties.BucketEncryption.ServerSideEncryptionConfiguration).toEqual([
        { ServerSideEncryptionByDefault: { SSEAlgorithm: expect.stringMatching(/^(AES256|aws:kms)$/) } },
      ]);
    });

    it('blocks every kind of public access and uses no ACLs', () => {
      expect(bucket().Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket().Properties.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    });

    it('refuses requests that do not use TLS', () => {
      templates.data.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucketId() },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    });

    it(`expires a digest retention.digestDays after it was written (${exampleConfig.retention.digestDays} in the example)`, () => {
      expect(lifecycleRules()).toContainEqual(
        expect.objectContaining({
          Prefix: 'digests/',
          ExpirationInDays: exampleConfig.retention.digestDays,
          Status: 'Enabled',
        }),
      );
    });

    it('follows a different retention.digestDays', () => {
      const shorter = synthTemplates({ ...exampleConfig, retention: { ...exampleConfig.retention, digestDays: 400 } });
      const id = logicalIdOf(shorter.built.data, shorter.built.data.digestArchive.bucket.bucketName);
      const rules = (shorter.data.findResources('AWS::S3::Bucket') as Resources)[id]!.Properties.LifecycleConfiguration
        .Rules;
      expect(rules).toContainEqual(expect.objectContaining({ Prefix: 'digests/', ExpirationInDays: 400 }));
    });

    it('keeps a replaced or expired digest as an earlier version for 30 days only, then clears its delete marker', () => {
      expect(bucket().Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
      expect(lifecycleRules()).toContainEqual(
        expect.objectContaining({ Prefix: 'digests/', NoncurrentVersionExpiration: { NoncurrentDays: 30 } }),
      );
      expect(lifecycleRules()).toContainEqual(
        expect.objectContaining({ Prefix: 'digests/', ExpiredObjectDeleteMarker: true }),
      );
    });

    it('logs every request to it in a log bucket of its own', () => {
      expect(bucket().Properties.LoggingConfiguration).toEqual({
        DestinationBucketName: { Ref: accessLogsId() },
        LogFilePrefix: expect.any(String),
      });
    });

    it('has a log bucket that is private, encrypted, TLS only, retained and expires its logs', () => {
      const logs = bucket(accessLogsId());
      expect(logs.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(logs.Properties.BucketEncryption.ServerSideEncryptionConfiguration).toEqual([
        { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
      ]);
      expect(logs.DeletionPolicy).toBe('Retain');
      expect(lifecycleRules(accessLogsId())).toContainEqual(
        expect.objectContaining({ ExpirationInDays: expect.any(Number), Status: 'Enabled' }),
      );
      templates.data.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: accessLogsId() },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    });

    it('lets only S3 log delivery, for the archive bucket in this account, write to the log bucket, without ACLs', () => {
      expect(bucket(accessLogsId()).Properties.AccessControl).toBeUndefined();
      expect(bucket(accessLogsId()).Properties.OwnershipControls).toEqual({
        Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }],
      });
      const policy = Object.values(templates.data.findResources('AWS::S3::BucketPolicy') as Resources).find(
        (p) => p.Properties.Bucket.Ref === accessLogsId(),
      )!;
      const allows = (policy.Properties.PolicyDocument.Statement as Record<string, any>[]).filter(
        (statement) => statement.Effect === 'Allow',
      );
      expect(allows).toEqual([
        expect.objectContaining({
          Principal: { Service: 'logging.s3.amazonaws.com' },
          Action: 's3:PutObject',
          Condition: {
            ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [bucketId(), 'Arn'] } },
            StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
          },
        }),
      ]);
    });

    it('outputs the digest bucket name from the data stack', () => {
      templates.data.hasOutput('DigestBucketName', { Value: { Ref: bucketId() } });
    });
  });

  describe('the digest function', () => {
    it('has 512 MB and five minutes to build and send every digest', () => {
      const { properties } = functionOf(templates.service, 'digest');
      expect(properties.MemorySize).toBe(512);
      expect(properties.Timeout).toBe(300);
    });

    it('knows its table, the archive bucket, the link-signing key and the public URL from its environment', () => {
      const variables = functionOf(templates.service, 'digest').properties.Environment.Variables;
      expect(variables.TABLE_NAME).toEqual(importedRef(templates, templates.built.data.table.tableName));
      expect(variables.DIGEST_BUCKET).toEqual(
        importedRef(templates, templates.built.data.digestArchive.bucket.bucketName),
      );
      expect(variables.LINK_SIGNING_KEY_SECRET_ARN).toEqual(
        importedRef(templates, templates.built.data.linkSigningKeySecret.secretArn),
      );
      expect(variables.PUBLIC_URL).toEqual(
        functionOf(templates.service, 'escalate').properties.Environment.Variables.PUBLIC_URL,
      );
    });

    it("makes web-view links on the API's endpoint, or on the configured public URL when there is one", () => {
      const apiId = Object.keys(templates.service.findResources('AWS::ApiGatewayV2::Api'))[0];
      expect(functionOf(templates.service, 'digest').properties.Environment.Variables.PUBLIC_URL).toEqual({
        'Fn::GetAtt': [apiId, 'ApiEndpoint'],
      });
      const custom = synthTemplates({ ...exampleConfig, publicUrl: 'https://feedback.example.com/' });
      expect(functionOf(custom.service, 'digest').properties.Environment.Variables.PUBLIC_URL).toBe(
        'https://feedback.example.com',
      );
    });

    it('a failed digest raises an alarm to the operator topic, and so does a throttled one', () => {
      const fn = functionOf(templates.service, 'digest').id;
      for (const metricName of ['Errors', 'Throttles']) {
        templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/Lambda',
          MetricName: metricName,
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: fn } }],
          ComparisonOperator: 'GreaterThanThreshold',
          Threshold: 0,
          EvaluationPeriods: 1,
          AlarmActions: [{ Ref: alarmTopicIdOf(templates.service) }],
        });
      }
    });
  });

  describe('the web view', () => {
    it('is served by the sponsor function, which finds the archive bucket in its environment', () => {
      expect(functionOf(templates.service, 'sponsor').properties.Environment.Variables.DIGEST_BUCKET).toEqual(
        importedRef(templates, templates.built.data.digestArchive.bucket.bucketName),
      );
    });

    it('has its route declared, so that access logs name the route', () => {
      templates.service.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /digest/{week}' });
    });
  });

  describe('the weekly schedule', () => {
    it(`runs the digest at digest.day and digest.time in the configured time zone (${exampleConfig.digest.day} ${exampleConfig.digest.time}, ${exampleConfig.timezone} in the example)`, () => {
      const schedule = digestSchedule();
      expect(schedule.ScheduleExpression).toBe('cron(0 8 ? * MON *)');
      expect(schedule.ScheduleExpressionTimezone).toBe(exampleConfig.timezone);
      expect(schedule.State).toBe('ENABLED');
    });

    it.each([
      ['FRI', '17:30', 'Europe/London', 'cron(30 17 ? * FRI *)'],
      ['SUN', '00:05', 'Asia/Kolkata', 'cron(5 0 ? * SUN *)'],
      ['WED', '23:59', 'Pacific/Auckland', 'cron(59 23 ? * WED *)'],
    ] as const)('a digest on %s at %s in %s is scheduled as %s', (day, time, timezone, expression) => {
      const other = synthTemplates({ ...exampleConfig, timezone, digest: { ...exampleConfig.digest, day, time } });
      expect(digestSchedule(other.service)).toMatchObject({
        ScheduleExpression: expression,
        ScheduleExpressionTimezone: timezone,
      });
    });

    it('passes {}, so that the digest covers the last complete week and skips digests already delivered', () => {
      expect(JSON.parse(digestSchedule().Target.Input)).toEqual({});
    });

    it('may invoke the digest function and nothing else, not even its versions', () => {
      expect(schedulerStatementsFor(templates.service, 'digest')).toEqual([
        {
          Effect: 'Allow',
          Action: 'lambda:InvokeFunction',
          Resource: { 'Fn::GetAtt': [functionOf(templates.service, 'digest').id, 'Arn'] },
        },
      ]);
    });
  });
});
