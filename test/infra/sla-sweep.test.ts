import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alarmTopicIdOf,
  exampleConfig,
  functionOf,
  importedRef,
  removeTempDirs,
  synthTemplates,
  type Templates,
} from './helpers';

describe('SLA sweep', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  beforeAll(() => {
    templates = synthTemplates();
  });

  it('EventBridge Scheduler runs the sweep function', () => {
    templates.service.hasResourceProperties('AWS::Scheduler::Schedule', {
      State: 'ENABLED',
      Target: { Arn: { 'Fn::GetAtt': [functionOf(templates.service, 'sweep').id, 'Arn'] } },
    });
  });

  it(`the sweep runs every escalation.sweepMinutes minutes (${exampleConfig.escalation.sweepMinutes} in the example)`, () => {
    templates.service.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: `rate(${exampleConfig.escalation.sweepMinutes} minutes)`,
    });
  });

  it('a sweep every minute is scheduled as rate(1 minute)', () => {
    const everyMinute = synthTemplates({
      ...exampleConfig,
      escalation: { ...exampleConfig.escalation, sweepMinutes: 1 },
    });
    everyMinute.service.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'rate(1 minute)' });
  });

  it('sweep knows its table, link-signing key and the public URL from its environment', () => {
    const variables = functionOf(templates.service, 'sweep').properties.Environment.Variables;
    expect(variables.TABLE_NAME).toEqual(importedRef(templates, templates.built.data.table.tableName));
    expect(variables.LINK_SIGNING_KEY_SECRET_ARN).toEqual(
      importedRef(templates, templates.built.data.linkSigningKeySecret.secretArn),
    );
    expect(variables.PUBLIC_URL).toEqual(
      functionOf(templates.service, 'escalate').properties.Environment.Variables.PUBLIC_URL,
    );
  });

  it('two failed sweeps in a row raise an alarm to the operator topic', () => {
    templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionOf(templates.service, 'sweep').id } }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      EvaluationPeriods: 2,
      AlarmActions: [{ Ref: alarmTopicIdOf(templates.service) }],
    });
  });
});
