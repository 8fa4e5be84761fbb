import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WINDOW_STATE_TABLE_KEYS } from '../../shared/adapters/aws/dynamodb-window-state-store';
import { logicalIdOf, removeTempDirs, synthTemplates, type Templates } from './helpers';

type Resource = { Type: string; Properties?: Record<string, any>; DeletionPolicy?: string };

/** Every function in the service stack whose role is allowed anything on the rate and replay table, with those actions. */
function reachersOf(template: Template, tableId: string): Record<string, string[]> {
  const functions = template.findResources('AWS::Lambda::Function') as Record<string, Resource>;
  const policies = Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>);
  const reach: Record<string, string[]> = {};
  for (const fn of Object.values(functions)) {
    const service = fn.Properties?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME as string;
    const roleId = fn.Properties?.Role?.['Fn::GetAtt']?.[0];
    const statements = policies
      .filter((p) => (p.Properties?.Roles ?? []).some((r: { Ref?: string }) => r.Ref === roleId))
      .flatMap(
        (p) =>
          (p.Properties?.PolicyDocument?.Statement ?? []) as {
            Effect: string;
            Action: string | string[];
            Resource: unknown;
          }[],
      );
    const actions = statements
      .filter((s) => s.Effect === 'Allow' && JSON.stringify(s.Resource).includes(`"${tableId}"`))
      .flatMap((s) => [s.Action].flat());
    if (actions.length) reach[service] = [...new Set(actions)].sort();
  }
  return reach;
}

describe('rate and replay table', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  let tableId: string;
  let table: Resource;
  beforeAll(() => {
    templates = synthTemplates();
    tableId = logicalIdOf(templates.built.service, templates.built.service.rateAndReplay.table.tableName);
    table = (templates.service.findResources('AWS::DynamoDB::Table') as Record<string, Resource>)[tableId]!;
  });

  it('has no point-in-time recovery, so no restore brings back a forgotten window', () => {
    expect(table.Properties?.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: false });
  });

  it('has no stream that could replay its writes in order', () => {
    expect(table.Properties?.StreamSpecification).toBeUndefined();
    expect(
      templates.service.findResources('AWS::Lambda::EventSourceMapping', {
        Properties: { EventSourceArn: { 'Fn::GetAtt': [tableId, 'StreamArn'] } },
      }),
    ).toEqual({});
  });

  it('expires items by TTL and keeps nothing when the stack goes', () => {
    expect(table.Properties?.TimeToLiveSpecification).toEqual({
      AttributeName: WINDOW_STATE_TABLE_KEYS.timeToLive,
      Enabled: true,
    });
    expect(table.DeletionPolicy).toBe('Delete');
  });

  it('is not the main table, which the data stack keeps (and backs up weekly) in a stack of its own', () => {
    expect(Object.keys(templates.service.findResources('AWS::DynamoDB::Table'))).toEqual([tableId]);
    expect(Object.keys(templates.data.findResources('AWS::DynamoDB::Table'))).toHaveLength(1);
    expect(templates.data.findResources('AWS::Backup::BackupSelection')).not.toEqual({});
    expect(templates.service.findResources('AWS::Backup::BackupSelection')).toEqual({});
  });

  it('can be read and written only by the intake, sms-inbound, escalate and the sweep, item by item; the forgetter may only query and delete', () => {
    const single = ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'];
    expect(reachersOf(templates.service, tableId)).toEqual({
      intake: single,
      'sms-inbound': single,
      // Each holder's hourly count of emails about reports only marked urgent: spent where they are sent.
      escalate: single,
      sweep: single,
      'forget-windows': ['dynamodb:DeleteItem', 'dynamodb:Query'],
    });
  });

  it('is named to escalate and the sweep, which count marked-urgent emails there; never to escalate-priority, which sends none', () => {
    const functions = templates.service.findResources('AWS::Lambda::Function') as Record<string, Resource>;
    const named = Object.values(functions)
      .filter((fn) => fn.Properties?.Environment?.Variables?.RATE_STATE_TABLE_NAME)
      .map((fn) => fn.Properties?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME as string)
      .sort();
    expect(named).toEqual(['escalate', 'forget-windows', 'intake', 'sms-inbound', 'sweep']);
  });

  it('runs the forgetter on a schedule, so keys go even when no text or tap follows', () => {
    templates.service.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'rate(10 minutes)' });
  });
});
