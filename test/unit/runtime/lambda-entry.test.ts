import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ENV } from '../../../shared/runtime/env-names';
import { lambdaEntry } from '../../../shared/runtime/lambda-entry';
import { secretFromEnv } from '../../../shared/runtime/secrets';
import { tableFromEnv } from '../../../shared/runtime/table-adapters';
import { captureOutput } from '../../support/capture-output';

/** The CloudWatch metric documents (EMF) among the lines `act` wrote. */
async function metricsWrittenBy(act: () => Promise<unknown>): Promise<Record<string, any>[]> {
  const output = captureOutput();
  try {
    await act().catch(() => undefined);
  } finally {
    output.restore();
  }
  return output
    .text()
    .split('\n')
    .filter((line) => line.includes('"_aws"'))
    .map((line) => JSON.parse(line) as Record<string, any>);
}

describe('a Lambda entry', () => {
  it("writes the invocation's counts even when the handler fails, named after its function", async () => {
    const handler = lambdaEntry('intake', ({ metrics }) => async (fail: boolean) => {
      metrics.count('Submissions');
      if (fail) throw new Error('table unreachable');
      return 'ok';
    });
    for (const fail of [false, true]) {
      const written = await metricsWrittenBy(() => handler(fail));
      expect(written).toHaveLength(1);
      expect(written[0]).toMatchObject({ Submissions: 1, service: 'intake' });
    }
  });

  it('builds its handler on the first invocation only, and again after a failed build rather than failing for good', async () => {
    let builds = 0;
    const handler = lambdaEntry('sweep', () => {
      builds += 1;
      if (builds === 1) throw new Error('secret not reachable yet');
      return async () => `built ${builds} times`;
    });
    expect(builds).toBe(0);
    await expect(handler()).rejects.toThrow('secret not reachable yet');
    expect(await handler()).toBe('built 2 times');
    expect(await handler()).toBe('built 2 times');
  });
});

describe('what a Lambda reads from its environment', () => {
  const saved = { ...process.env };
  const secretsManager = mockClient(SecretsManagerClient);
  afterEach(() => {
    process.env = { ...saved };
    secretsManager.reset();
  });

  it('names the missing variable as the function starts, before any secret is fetched', () => {
    delete process.env[ENV.pepperSecretArn];
    delete process.env[ENV.tableName];
    expect(() => secretFromEnv('pepper')).toThrow(ENV.pepperSecretArn);
    expect(() => tableFromEnv()).toThrow(ENV.tableName);
    expect(secretsManager.calls()).toHaveLength(0);
  });

  it('refuses a secret shorter than it must be, and says which one', async () => {
    process.env[ENV.twilioSecretArn] = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:twilio-short';
    process.env[ENV.linkSigningKeySecretArn] = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:link-key';
    secretsManager
      .on(GetSecretValueCommand, { SecretId: process.env[ENV.twilioSecretArn] })
      .resolves({ SecretString: 'too-short' });
    secretsManager
      .on(GetSecretValueCommand, { SecretId: process.env[ENV.linkSigningKeySecretArn] })
      .resolves({ SecretString: 'k'.repeat(32) });
    await expect(secretFromEnv('twilioAuthToken')()).rejects.toThrow(
      'Twilio auth token secret must be a string of at least 16 characters',
    );
    expect(await secretFromEnv('linkSigningKey')()).toBe('k'.repeat(32));
  });
});
