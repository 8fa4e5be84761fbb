import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedActionsOf, removeTempDirs, statementsOf, synthTemplates, type Templates } from './helpers';

type Resources = Record<string, { Properties: Record<string, any> }>;

describe('least privilege', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  beforeAll(() => {
    templates = synthTemplates();
  });

  it('intake may get, put, update and delete single items', () => {
    expect(allowedActionsOf(templates.service, 'intake')).toEqual(
      expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem']),
    );
  });

  it('intake may not scan or delete the table beyond its own needs', () => {
    const actions = allowedActionsOf(templates.service, 'intake');
    for (const action of ['dynamodb:Scan', 'dynamodb:Query', 'dynamodb:BatchWriteItem', 'dynamodb:DeleteTable', 'dynamodb:UpdateTable', 'dynamodb:PartiQLDelete']) {
      expect(actions).not.toContain(action);
    }
  });

  it('intake may send to the analysis queue but not receive from or purge it', () => {
    const actions = allowedActionsOf(templates.service, 'intake');
    expect(actions).toContain('sqs:SendMessage');
    for (const action of ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:PurgeQueue', 'sqs:ChangeMessageVisibility']) {
      expect(actions).not.toContain(action);
    }
  });

  it('intake may read the pepper', () => {
    expect(allowedActionsOf(templates.service, 'intake')).toContain('secretsmanager:GetSecretValue');
  });

  it('analyze may read and update items but not delete them or scan the table', () => {
    const actions = allowedActionsOf(templates.service, 'analyze');
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:UpdateItem']));
    for (const action of ['dynamodb:DeleteItem', 'dynamodb:Scan', 'dynamodb:BatchWriteItem', 'dynamodb:PutItem']) {
      expect(actions).not.toContain(action);
    }
  });

  it('analyze consumes the analysis queue but cannot send to it', () => {
    const actions = allowedActionsOf(templates.service, 'analyze');
    expect(actions).toEqual(expect.arrayContaining(['sqs:ReceiveMessage', 'sqs:DeleteMessage']));
    expect(actions).not.toContain('sqs:SendMessage');
  });

  it('only the intake may read the pepper', () => {
    expect(allowedActionsOf(templates.service, 'analyze')).not.toContain('secretsmanager:GetSecretValue');
  });

  it('no function is allowed a wildcard action or resource', () => {
    for (const service of ['intake', 'analyze']) {
      for (const statement of statementsOf(templates.service, service)) {
        for (const action of [statement.Action].flat()) expect(action, `${service}: ${action}`).not.toContain('*');
        expect(JSON.stringify(statement.Resource), service).not.toMatch(/"\*"|:\*"|\/\*"/);
      }
    }
  });

  it('no role carries an AWS managed policy', () => {
    const roles = Object.values(templates.service.findResources('AWS::IAM::Role') as Resources);
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(role.Properties.ManagedPolicyArns ?? []).toEqual([]);
  });
});
