import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alarmTopicIdOf, exampleConfig, functionOf, importedRef, removeTempDirs, synthTemplates, type Templates } from './helpers';

type Resources = Record<string, { Properties: Record<string, any> }>;

describe('escalation pipeline', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  beforeAll(() => {
    templates = synthTemplates();
  });

  /** The queue the escalate function consumes, found through its event source mapping. */
  function escalationQueue(): { id: string; properties: Record<string, any> } {
    const consumer = functionOf(templates.service, 'escalate');
    const mappings = Object.values(templates.service.findResources('AWS::Lambda::EventSourceMapping') as Resources).filter(
      (mapping) => mapping.Properties.FunctionName?.Ref === consumer.id,
    );
    expect(mappings).toHaveLength(1);
    const queueId = mappings[0]!.Properties.EventSourceArn['Fn::GetAtt'][0] as string;
    const queue = (templates.service.findResources('AWS::SQS::Queue') as Resources)[queueId];
    if (!queue) throw new Error(`no queue ${queueId}`);
    return { id: queueId, properties: queue.Properties };
  }
  const deadLetterQueueId = () => escalationQueue().properties.RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0] as string;

  it('escalation queue sends to a DLQ after 5 receives', () => {
    expect(escalationQueue().properties.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] }, maxReceiveCount: 5 });
  });

  it('escalate consumer reports batch item failures', () => {
    templates.service.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: functionOf(templates.service, 'escalate').id },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it("escalation queue visibility timeout is at least 6 × the consumer's timeout", () => {
    const timeout = functionOf(templates.service, 'escalate').properties.Timeout as number;
    expect(timeout).toBeGreaterThan(0);
    expect(escalationQueue().properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout);
  });

  it('escalation queue and its DLQ are encrypted with SQS-managed keys', () => {
    const queues = templates.service.findResources('AWS::SQS::Queue') as Resources;
    for (const id of [escalationQueue().id, deadLetterQueueId()]) expect(queues[id]?.Properties.SqsManagedSseEnabled, id).toBe(true);
  });

  it('escalation queue and its DLQ refuse requests that do not use TLS', () => {
    for (const id of [escalationQueue().id, deadLetterQueueId()]) {
      templates.service.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
      });
    }
  });

  it('an escalation in the DLQ raises an alarm to the operator topic', () => {
    templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetterQueueId(), 'QueueName'] } }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      AlarmActions: [{ Ref: alarmTopicIdOf(templates.service) }],
    });
  });

  it('an escalation waiting more than 15 minutes to be sent raises an alarm to the operator topic', () => {
    templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateAgeOfOldestMessage',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [escalationQueue().id, 'QueueName'] } }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 15 * 60,
      AlarmActions: [{ Ref: alarmTopicIdOf(templates.service) }],
    });
  });

  it('analyze knows the escalation queue from its environment', () => {
    expect(functionOf(templates.service, 'analyze').properties.Environment.Variables.ESCALATION_QUEUE_URL).toEqual({ Ref: escalationQueue().id });
  });

  it('escalate knows its table and link-signing key from its environment', () => {
    const variables = functionOf(templates.service, 'escalate').properties.Environment.Variables;
    expect(variables.TABLE_NAME).toEqual(importedRef(templates, templates.built.data.table.tableName));
    expect(variables.LINK_SIGNING_KEY_SECRET_ARN).toEqual(importedRef(templates, templates.built.data.linkSigningKeySecret.secretArn));
  });

  it("sponsors' links start with the API's endpoint, which has no trailing slash", () => {
    const apiId = Object.keys(templates.service.findResources('AWS::ApiGatewayV2::Api'))[0];
    expect(functionOf(templates.service, 'escalate').properties.Environment.Variables.PUBLIC_URL).toEqual({ 'Fn::GetAtt': [apiId, 'ApiEndpoint'] });
  });

  it("sponsors' links start with the configured public URL when there is one", () => {
    const custom = synthTemplates({ ...exampleConfig, publicUrl: 'https://feedback.example.com/' });
    expect(functionOf(custom.service, 'escalate').properties.Environment.Variables.PUBLIC_URL).toBe('https://feedback.example.com');
  });

  it('outputs the escalation queue and DLQ URLs', () => {
    templates.service.hasOutput('EscalationQueueUrl', { Value: { Ref: escalationQueue().id } });
    templates.service.hasOutput('EscalationDeadLetterQueueUrl', { Value: { Ref: deadLetterQueueId() } });
  });
});
