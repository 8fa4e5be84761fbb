import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Table, AttributeType } from 'aws-cdk-lib/aws-dynamodb';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InboundSms } from '../../infra/constructs/inbound-sms';
import {
  alarmTopicIdOf,
  exampleConfig,
  functionOf,
  importedRef,
  logicalIdOf,
  removeTempDirs,
  statementsOf,
  synthTemplates,
  tempOutdir,
  type Templates,
  thisAccountsArn,
  type Resources,
} from './helpers';

const FROM_THIS_ACCOUNTS_NUMBERS = {
  StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
  ArnLike: {
    'aws:SourceArn': thisAccountsArn('sms-voice'),
  },
};

describe('inbound SMS (AWS End User Messaging)', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  let topicId: string;
  beforeAll(() => {
    templates = synthTemplates();
    topicId = logicalIdOf(templates.built.service, templates.built.service.inboundSms.topic.topicArn);
  });

  const topic = () => (templates.service.findResources('AWS::SNS::Topic') as Resources)[topicId]!;

  it('inbound SMS topic is encrypted with a customer managed key that rotates', () => {
    const keyId = topic().Properties.KmsMasterKeyId?.['Fn::GetAtt']?.[0];
    expect(typeof keyId).toBe('string');
    expect(
      Object.keys(templates.service.findResources('AWS::KMS::Key', { Properties: { EnableKeyRotation: true } })),
    ).toContain(keyId);
  });

  it("End User Messaging may use the topic's key, acting for this account's numbers only", () => {
    const keyId = topic().Properties.KmsMasterKeyId['Fn::GetAtt'][0];
    const key = (templates.service.findResources('AWS::KMS::Key') as Resources)[keyId]!;
    expect(key.Properties.KeyPolicy.Statement).toContainEqual({
      Effect: 'Allow',
      Principal: { Service: 'sms-voice.amazonaws.com' },
      Action: ['kms:GenerateDataKey*', 'kms:Decrypt'],
      Resource: '*',
      Condition: FROM_THIS_ACCOUNTS_NUMBERS,
    });
  });

  it("End User Messaging may publish to the topic, acting for this account's numbers only", () => {
    templates.service.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'sms-voice.amazonaws.com' },
            Action: 'sns:Publish',
            Resource: { Ref: topicId },
            Condition: FROM_THIS_ACCOUNTS_NUMBERS,
          }),
        ]),
      },
    });
  });

  it('inbound SMS topic refuses publishing that does not use TLS', () => {
    templates.service.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('sms-inbound is subscribed to the topic', () => {
    const handler = functionOf(templates.service, 'sms-inbound');
    templates.service.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'lambda',
      TopicArn: { Ref: topicId },
      Endpoint: { 'Fn::GetAtt': [handler.id, 'Arn'] },
    });
    templates.service.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'sns.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [handler.id, 'Arn'] },
      SourceArn: { Ref: topicId },
    });
  });

  it('sms-inbound knows its table, analysis queue and pepper from its environment', () => {
    const variables = functionOf(templates.service, 'sms-inbound').properties.Environment.Variables;
    expect(variables.TABLE_NAME).toEqual(importedRef(templates, templates.built.data.table.tableName));
    expect(variables.ANALYSIS_QUEUE_URL).toEqual({
      Ref: logicalIdOf(templates.built.service, templates.built.service.analysis.queue.queueUrl),
    });
    expect(variables.PEPPER_SECRET_ARN).toEqual(importedRef(templates, templates.built.data.pepperSecret.secretArn));
  });

  it('without a configured origination identity, sms-inbound replies from the number that was texted', () => {
    expect(functionOf(templates.service, 'sms-inbound').properties.Environment.Variables).not.toHaveProperty(
      'SMS_ORIGINATION_IDENTITY',
    );
  });

  it('with an origination identity, sms-inbound sends only from it and is told which it is', () => {
    const app = new App({
      outdir: tempOutdir(),
      builtinCloudFormationValidation: false,
      stackTraces: false,
      context: { 'aws:cdk:bundling-stacks': [] },
    });
    const stack = new Stack(app, 'Test');
    const pool = 'arn:aws:sms-voice:eu-west-1:123456789012:pool/pool-0123456789abcdef';
    new InboundSms(stack, 'InboundSms', {
      config: exampleConfig,
      table: new Table(stack, 'Table', { partitionKey: { name: 'pk', type: AttributeType.STRING } }),
      analysisQueue: new Queue(stack, 'Queue'),
      priorityAnalysisQueue: new Queue(stack, 'PriorityQueue'),
      markedAnalysisQueue: new Queue(stack, 'MarkedQueue'),
      pepperSecret: new Secret(stack, 'Pepper'),
      originationIdentity: pool,
    });
    const template = Template.fromStack(stack);
    expect(functionOf(template, 'sms-inbound').properties.Environment.Variables.SMS_ORIGINATION_IDENTITY).toBe(pool);
    const sends = statementsOf(template, 'sms-inbound').filter((statement) =>
      [statement.Action].flat().includes('sms-voice:SendTextMessage'),
    );
    expect(sends.map((statement) => statement.Resource)).toEqual([pool]);
  });

  it('an inbound SMS dropped after its retries raises an alarm to the operator topic', () => {
    templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'AsyncEventsDropped',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionOf(templates.service, 'sms-inbound').id } }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      AlarmActions: [{ Ref: alarmTopicIdOf(templates.service) }],
    });
  });

  it('outputs the topic ARN as InboundSmsTopicArn', () => {
    templates.service.hasOutput('InboundSmsTopicArn', { Value: { Ref: topicId } });
  });
});

describe('an origination identity in the config', () => {
  it('Should reach the inbound SMS function from config.sms.originationIdentity', () => {
    const number = 'arn:aws:sms-voice:eu-west-1:123456789012:phone-number/phone-0123456789abcdef';
    const { service } = synthTemplates({ ...exampleConfig, sms: { originationIdentity: number } });
    expect(functionOf(service, 'sms-inbound').properties.Environment.Variables.SMS_ORIGINATION_IDENTITY).toBe(number);
    const sends = statementsOf(service, 'sms-inbound').filter((statement) =>
      [statement.Action].flat().includes('sms-voice:SendTextMessage'),
    );
    expect(sends.map((statement) => statement.Resource)).toEqual([number]);
  });
});
