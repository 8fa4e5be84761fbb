import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, removeTempDirs } from './helpers';

/** cdk-nag's wildcard finding on the objects under `digests/` of the archive bucket, imported from the data stack. */
const DIGEST_OBJECTS_FINDING =
  /^AwsSolutions-IAM5\[Resource::ListeningPost-Data:ExportsOutputFnGetAttDigestArchiveBucket[A-Za-z0-9]+\/digests\/\*\]$/;

interface ValidationReport {
  pluginReports: { pluginName: string; conclusion?: string; violations: { ruleName: string; severity: string }[] }[];
}

describe('cdk-nag', () => {
  afterAll(removeTempDirs);
  it('cdk-nag AwsSolutions reports no unacknowledged findings', () => {
    const { app } = buildApp();
    const assembly = app.synth();
    const report = JSON.parse(
      readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'),
    ) as ValidationReport;
    const findings = report.pluginReports
      .filter((plugin) => plugin.pluginName === 'AwsSolutions')
      .flatMap((plugin) => plugin.violations.map((violation) => `${violation.severity} ${violation.ruleName}`));
    expect(findings).toEqual([]);
  });

  it('an unacknowledged cdk-nag finding fails synth', () => {
    const { app, service } = buildApp();
    new Queue(service, 'QueueWithoutDlqOrTls');
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS4/);
  });

  it('cdk-nag acknowledgements are exactly the reviewed ones, each with a reason', () => {
    const { app } = buildApp();
    const acknowledged: Record<string, string[]> = {};
    for (const construct of app.node.findAll()) {
      for (const entry of construct.node.metadata) {
        if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
        for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
          expect(reason.length, `${construct.node.path} ${id}`).toBeGreaterThan(80);
          (acknowledged[construct.node.path] ??= []).push(id.replace(/^annotation::/i, ''));
        }
      }
    }
    expect(acknowledged).toEqual({
      // Rotating the pepper would orphan every case code.
      'ListeningPost-Data/Pepper': ['AwsSolutions-SMG4'],
      // Rotating the link-signing key would break every link already emailed to a sponsor.
      'ListeningPost-Data/LinkSigningKey': ['AwsSolutions-SMG4'],
      // Twilio issues the auth token; Secrets Manager cannot make a new one.
      'ListeningPost-Data/TwilioAuthToken': ['AwsSolutions-SMG4'],
      // The digest archive's log bucket cannot log into itself.
      'ListeningPost-Data/DigestArchive/AccessLogs': ['AwsSolutions-S1'],
      // Point-in-time recovery would date every case to the second; the table is backed up weekly instead.
      'ListeningPost-Data/Table': ['AwsSolutions-DDB3'],
      // AWS Backup's own service-role policy, on the role only backup.amazonaws.com can assume.
      'ListeningPost-Data/WeeklyBackup/Table/Role': [
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      ],
      // Rate and replay state must not be restorable once its window's key is forgotten.
      'ListeningPost-Service/RateAndReplay/Table': ['AwsSolutions-DDB3'],
      // Comprehend's detect APIs have no resource-level permissions: Resource "*", four actions, one policy.
      'ListeningPost-Service/Analysis/ComprehendPolicy': ['AwsSolutions-IAM5[Resource::*]'],
      'ListeningPost-Service/PriorityAnalysis/ComprehendPolicy': ['AwsSolutions-IAM5[Resource::*]'],
      'ListeningPost-Service/MarkedAnalysis/ComprehendPolicy': ['AwsSolutions-IAM5[Resource::*]'],
      // SES's suppression-list look-up has no resource-level permissions; senders check recipients before sending.
      'ListeningPost-Service/Escalations/Consumer/SuppressionListPolicy': ['AwsSolutions-IAM5[Resource::*]'],
      'ListeningPost-Service/PriorityEscalations/Consumer/SuppressionListPolicy': ['AwsSolutions-IAM5[Resource::*]'],
      'ListeningPost-Service/Intake/Sponsor/SuppressionListPolicy': ['AwsSolutions-IAM5[Resource::*]'],
      'ListeningPost-Service/SlaSweep/Handler/SuppressionListPolicy': ['AwsSolutions-IAM5[Resource::*]'],
      'ListeningPost-Service/Digest/Handler/SuppressionListPolicy': ['AwsSolutions-IAM5[Resource::*]'],
      // Replies go from whichever number was texted; phone-number ARNs do not exist at synth.
      'ListeningPost-Service/InboundSms/Handler/SmsSendPolicy': [
        'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:*]',
      ],
      // Digests are one object per week and audience under digests/ of the archive bucket: the keys cannot be named at synth.
      'ListeningPost-Service/Intake/Sponsor/DigestArchivePolicy': [expect.stringMatching(DIGEST_OBJECTS_FINDING)],
      'ListeningPost-Service/Digest/Handler/DigestArchivePolicy': [expect.stringMatching(DIGEST_OBJECTS_FINDING)],
      // Anonymous by design: the app authenticates kiosks, Twilio and signed links itself.
      'ListeningPost-Service/Intake/Api': ['AwsSolutions-APIG4'],
    });
  });
});
