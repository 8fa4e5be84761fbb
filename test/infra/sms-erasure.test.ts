import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alarmTopicIdOf,
  functionOf,
  importedRef,
  removeTempDirs,
  statementsOf,
  synthTemplates,
  type Templates,
  type Resources,
} from './helpers';

describe('SMS erasure from Twilio', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  let queueId: string;
  let deadLetterQueueId: string;
  beforeAll(() => {
    templates = synthTemplates();
    const consumer = functionOf(templates.service, 'sms-erase');
    const mappings = Object.values(
      templates.service.findResources('AWS::Lambda::EventSourceMapping') as Resources,
    ).filter((mapping) => mapping.Properties.FunctionName?.Ref === consumer.id);
    expect(mappings).toHaveLength(1);
    queueId = mappings[0]!.Properties.EventSourceArn['Fn::GetAtt'][0];
    deadLetterQueueId = queue(queueId).RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0];
  });
  const queue = (id: string) => (templates.service.findResources('AWS::SQS::Queue') as Resources)[id]!.Properties;

  it('a job in the DLQ raises an alarm to the operator topic, saying the exchange is still at Twilio', () => {
    templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmDescription: Match.stringLikeRegexp("^SMS erasure DLQ not empty: .*still in Twilio's message log"),
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetterQueueId, 'QueueName'] } }],
      AlarmActions: [{ Ref: alarmTopicIdOf(templates.service) }],
    });
  });

  it('sms-erase knows its queue (to back off) and the Twilio secret, and nothing else', () => {
    const variables = functionOf(templates.service, 'sms-erase').properties.Environment.Variables;
    expect(variables.SMS_ERASE_QUEUE_URL).toEqual({ Ref: queueId });
    expect(variables.TWILIO_SECRET_ARN).toEqual(importedRef(templates, templates.built.data.twilioSecret.secretArn));
    expect(Object.keys(variables).filter((name) => /TABLE|PEPPER|LINK|BUCKET|ANALYSIS|ESCALATION/.test(name))).toEqual(
      [],
    );
  });

  it('sms-erase may consume its own queue and read the Twilio secret, and do nothing else: no table, no other queue, no sending', () => {
    const allowed = statementsOf(templates.service, 'sms-erase').filter((statement) => statement.Effect === 'Allow');
    const twilioSecret = importedRef(templates, templates.built.data.twilioSecret.secretArn);
    for (const statement of allowed) {
      const actions = [statement.Action].flat();
      if (actions.every((action) => action.startsWith('logs:'))) continue;
      if (actions.every((action) => action.startsWith('sqs:'))) {
        expect(statement.Resource).toEqual({ 'Fn::GetAtt': [queueId, 'Arn'] });
        expect(actions).not.toContain('sqs:SendMessage');
        expect(actions).toContain('sqs:ChangeMessageVisibility');
        continue;
      }
      expect(actions.sort()).toEqual(['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue']);
      expect(statement.Resource).toEqual(twilioSecret);
    }
    expect(
      allowed
        .flatMap((statement) => [statement.Action].flat())
        .filter((action) => /^(dynamodb|s3|ses|sms-voice|kms|comprehend):/.test(action)),
    ).toEqual([]);
  });

  it('the intake may queue erasures, and is told where', () => {
    const intake = functionOf(templates.service, 'intake');
    expect(intake.properties.Environment.Variables.SMS_ERASE_QUEUE_URL).toEqual({ Ref: queueId });
    const sends = statementsOf(templates.service, 'intake').filter((statement) =>
      [statement.Action].flat().includes('sqs:SendMessage'),
    );
    expect(sends.map((statement) => statement.Resource)).toContainEqual({ 'Fn::GetAtt': [queueId, 'Arn'] });
  });
});
