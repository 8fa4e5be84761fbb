import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, removeTempDirs } from './helpers';

interface ValidationReport {
  pluginReports: { pluginName: string; conclusion?: string; violations: { ruleName: string; severity: string }[] }[];
}

describe('cdk-nag', () => {
  afterAll(removeTempDirs);
  it('cdk-nag AwsSolutions reports no unacknowledged findings', () => {
    const { app } = buildApp();
    const assembly = app.synth();
    const report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8')) as ValidationReport;
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
      // nodejs22.x is pinned on purpose.
      'ListeningPost-Service/Analysis/Consumer': ['AwsSolutions-L1'],
      'ListeningPost-Service/Intake/Handler': ['AwsSolutions-L1'],
      // Anonymous by design: the app authenticates kiosks, Twilio and signed links itself.
      'ListeningPost-Service/Intake/Api': ['AwsSolutions-APIG4'],
    });
  });
});
