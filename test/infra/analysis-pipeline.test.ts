import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alarmTopicIdOf, exampleConfig, functionOf, removeTempDirs, synthTemplates, type Templates } from './helpers';

type Resources = Record<string, { Properties: Record<string, any> }>;

describe('analysis pipeline', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  beforeAll(() => {
    templates = synthTemplates();
  });

  /** The queue the analyze function consumes, found through its event source mapping. */
  function analysisQueue(): { id: string; properties: Record<string, any> } {
    const consumer = functionOf(templates.service, 'analyze');
    const mappings = Object.values(templates.service.findResources('AWS::Lambda::EventSourceMapping') as Resources).filter(
      (mapping) => mapping.Properties.FunctionName?.Ref === consumer.id,
    );
    expect(mappings).toHaveLength(1);
    const queueId = mappings[0]!.Properties.EventSourceArn['Fn::GetAtt'][0] as string;
    const queue = (templates.service.findResources('AWS::SQS::Queue') as Resources)[queueId];
    if (!queue) throw new Error(`no queue ${queueId}`);
    return { id: queueId, properties: queue.Properties };
  }

  it('analysis queue sends to a DLQ after 5 receives', () => {
    const { properties } = analysisQueue();
    expect(properties.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] }, maxReceiveCount: 5 });
  });

  it("analysis consumer runs at most analysis.maxConcurrency invocations at once (2 by default), which share Comprehend's per-account quotas", () => {
    const consumer = functionOf(templates.service, 'analyze').id;
    expect(exampleConfig.analysis.maxConcurrency).toBe(2);
    templates.service.hasResourceProperties('AWS::Lambda::EventSourceMapping', { FunctionName: { Ref: consumer }, ScalingConfig: { MaximumConcurrency: 2 } });
    const wider = synthTemplates({ ...exampleConfig, analysis: { ...exampleConfig.analysis, maxConcurrency: 6 } });
    wider.service.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: functionOf(wider.service, 'analyze').id },
      ScalingConfig: { MaximumConcurrency: 6 },
    });
  });

  it('analysis consumer reports batch item failures', () => {
    templates.service.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: functionOf(templates.service, 'analyze').id },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it('analysis consumer takes batches of up to 100, gathered for at most 5 seconds, so that rare languages share Comprehend requests', () => {
    templates.service.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: functionOf(templates.service, 'analyze').id },
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 5,
    });
  });

  it("queue visibility timeout is at least 6 × the consumer's timeout plus the batching window", () => {
    const timeout = functionOf(templates.service, 'analyze').properties.Timeout as number;
    const visibility = analysisQueue().properties.VisibilityTimeout as number;
    const mapping = Object.values(templates.service.findResources('AWS::Lambda::EventSourceMapping') as Resources).find(
      (candidate) => candidate.Properties.FunctionName?.Ref === functionOf(templates.service, 'analyze').id,
    );
    const batchingWindow = (mapping?.Properties.MaximumBatchingWindowInSeconds as number | undefined) ?? 0;
    expect(timeout).toBeGreaterThan(0);
    expect(visibility).toBeGreaterThanOrEqual(6 * timeout + batchingWindow);
  });

  it('a message that fails every time reaches the DLQ before the one-hour backlog alarm would fire for it', () => {
    const { properties } = analysisQueue();
    expect(properties.RedrivePolicy.maxReceiveCount * properties.VisibilityTimeout).toBeLessThan(3600);
  });

  it('queues keep messages for 14 days, the SQS maximum', () => {
    const queues = Object.values(templates.service.findResources('AWS::SQS::Queue') as Resources);
    expect(queues.length).toBeGreaterThanOrEqual(2);
    for (const queue of queues) expect(queue.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
  });

  it('queues are encrypted at rest', () => {
    const queues = Object.values(templates.service.findResources('AWS::SQS::Queue') as Resources);
    for (const queue of queues) expect(queue.Properties.SqsManagedSseEnabled ?? queue.Properties.KmsMasterKeyId).toBeTruthy();
  });

  it('queues refuse requests that do not use TLS', () => {
    const queueIds = Object.keys(templates.service.findResources('AWS::SQS::Queue'));
    for (const queueId of queueIds) {
      templates.service.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queueId }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('a message in the DLQ raises an alarm', () => {
    const deadLetterQueueId = analysisQueue().properties.RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0];
    templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetterQueueId, 'QueueName'] } }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
    });
  });

  it('feedback waiting more than an hour for analysis raises an alarm', () => {
    templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateAgeOfOldestMessage',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [analysisQueue().id, 'QueueName'] } }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 3600,
    });
  });

  it('every alarm notifies the operator topic', () => {
    const topicId = alarmTopicIdOf(templates.service);
    expect(Object.keys(templates.service.findResources('AWS::SNS::Topic'))).toContain(topicId);
    const alarms = Object.values(templates.service.findResources('AWS::CloudWatch::Alarm') as Resources);
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
  });

  it('outputs the analysis queue and DLQ URLs', () => {
    const queue = analysisQueue();
    templates.service.hasOutput('AnalysisQueueUrl', { Value: { Ref: queue.id } });
    templates.service.hasOutput('AnalysisDeadLetterQueueUrl', { Value: { Ref: queue.properties.RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0] } });
  });
});
