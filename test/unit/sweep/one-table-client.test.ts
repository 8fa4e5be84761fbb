import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sweepDepsFromEnv } from '../../../functions/sweep/deps';
import { documentClient } from '../../../shared/runtime/aws-clients';
import { ENV } from '../../../shared/runtime/env-names';
import { exampleConfig } from '../../support/fixtures';

// Counts the table clients built, each its own pool of connections (and, on the laptop, its own grants).
vi.mock('../../../shared/runtime/aws-clients', async (original) => {
  const actual = await original<typeof import('../../../shared/runtime/aws-clients')>();
  return { documentClient: vi.fn(actual.documentClient) };
});

describe("the sweep Lambda's table", () => {
  const saved = { ...process.env };
  const secretsManager = mockClient(SecretsManagerClient);
  afterEach(() => {
    process.env = { ...saved };
    secretsManager.reset();
  });

  it('Should reach the table through one client, the held patterns as the escalations', async () => {
    Object.assign(process.env, {
      [ENV.config]: JSON.stringify(exampleConfig),
      [ENV.tableName]: 'listening-post',
      [ENV.linkSigningKeySecretArn]: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:link-key',
      [ENV.publicUrl]: 'https://feedback.example.com',
      [ENV.sesConfigurationSet]: 'listening-post',
      AWS_REGION: 'eu-west-1',
    });
    secretsManager.on(GetSecretValueCommand).resolves({ SecretString: 'k'.repeat(32) });

    const deps = await sweepDepsFromEnv();

    expect(deps.heldPatterns).toBeDefined();
    expect(vi.mocked(documentClient)).toHaveBeenCalledTimes(1);
  });
});
