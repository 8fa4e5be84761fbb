import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alarmTopicIdOf,
  exampleConfig,
  functionOf,
  importedRef,
  removeTempDirs,
  synthTemplates,
  type Templates,
  type Resources,
} from './helpers';

/** Each queue a Lambda consumes, as its people rely on it. */
const CONSUMERS = [
  {
    service: 'analyze',
    receives: 5,
    backlogSeconds: 3600,
    outputs: { queue: 'AnalysisQueueUrl', deadLetters: 'AnalysisDeadLetterQueueUrl' },
  },
  {
    service: 'analyze-priority',
    receives: 5,
    backlogSeconds: 3600,
    outputs: { deadLetters: 'PriorityAnalysisDeadLetterQueueUrl' },
  },
  {
    service: 'analyze-marked',
    receives: 5,
    backlogSeconds: 3600,
    outputs: { deadLetters: 'MarkedAnalysisDeadLetterQueueUrl' },
  },
  {
    service: 'escalate',
    receives: 5,
    backlogSeconds: 15 * 60,
    outputs: { queue: 'EscalationQueueUrl', deadLetters: 'EscalationDeadLetterQueueUrl' },
  },
  {
    service: 'escalate-priority',
    receives: 5,
    backlogSeconds: 15 * 60,
    outputs: { deadLetters: 'PriorityEscalationDeadLetterQueueUrl' },
  },
  {
    service: 'sms-erase',
    receives: 20,
    backlogSeconds: 24 * 3600,
    outputs: { deadLetters: 'SmsErasureDeadLetterQueueUrl' },
  },
] as const;

describe('queues and their consumers', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  beforeAll(() => {
    templates = synthTemplates();
  });

  const mappingOf = (service: string) => {
    const consumer = functionOf(templates.service, service);
    const mappings = Object.values(
      templates.service.findResources('AWS::Lambda::EventSourceMapping') as Resources,
    ).filter((mapping) => mapping.Properties.FunctionName?.Ref === consumer.id);
    expect(mappings).toHaveLength(1);
    return mappings[0]!.Properties;
  };
  /** The queue the function consumes, found through its event source mapping, and its DLQ. */
  const queuesOf = (service: string) => {
    const queues = templates.service.findResources('AWS::SQS::Queue') as Resources;
    const id = mappingOf(service).EventSourceArn['Fn::GetAtt'][0] as string;
    const properties = queues[id]?.Properties;
    if (!properties) throw new Error(`no queue ${id}`);
    const deadLetterId = properties.RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0] as string;
    return { id, properties, deadLetterId, deadLetterProperties: queues[deadLetterId]!.Properties };
  };

  describe.each(CONSUMERS)('$service', ({ service, receives, backlogSeconds, outputs }) => {
    it(`its queue sends a message to a DLQ after ${receives} receives`, () => {
      expect(queuesOf(service).properties.RedrivePolicy).toEqual({
        deadLetterTargetArn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] },
        maxReceiveCount: receives,
      });
    });

    it('reports batch item failures, so one bad message never fails its batch', () => {
      expect(mappingOf(service).FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    });

    it("its queue hides a message at least 6 × the consumer's timeout plus the batching window", () => {
      const timeout = functionOf(templates.service, service).properties.Timeout as number;
      const batchingWindow = (mappingOf(service).MaximumBatchingWindowInSeconds as number | undefined) ?? 0;
      expect(timeout).toBeGreaterThan(0);
      expect(queuesOf(service).properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout + batchingWindow);
    });

    it('its queue and DLQ keep messages 14 days, the SQS maximum, encrypted, and refuse requests without TLS', () => {
      const { id, properties, deadLetterId, deadLetterProperties } = queuesOf(service);
      for (const [queueId, queue] of [
        [id, properties],
        [deadLetterId, deadLetterProperties],
      ] as const) {
        expect(queue.MessageRetentionPeriod, queueId).toBe(14 * 24 * 3600);
        expect(queue.SqsManagedSseEnabled, queueId).toBe(true);
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

    it('a message in its DLQ raises an alarm to the operator topic', () => {
      templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queuesOf(service).deadLetterId, 'QueueName'] } }],
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: 0,
        AlarmActions: [{ Ref: alarmTopicIdOf(templates.service) }],
      });
    });

    it(`a message waiting more than ${backlogSeconds / 60} minutes raises an alarm to the operator topic`, () => {
      templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateAgeOfOldestMessage',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queuesOf(service).id, 'QueueName'] } }],
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: backlogSeconds,
        AlarmActions: [{ Ref: alarmTopicIdOf(templates.service) }],
      });
    });

    it('the stack outputs where its messages wait', () => {
      const { id, deadLetterId } = queuesOf(service);
      if ('queue' in outputs) templates.service.hasOutput(outputs.queue, { Value: { Ref: id } });
      templates.service.hasOutput(outputs.deadLetters, { Value: { Ref: deadLetterId } });
    });
  });

  it('urgent reports have a lane of their own: another queue and consumer, whose mapping takes small batches at once, never behind the backlog', () => {
    const priority = mappingOf('analyze-priority');
    expect(priority).toMatchObject({ BatchSize: 10, ScalingConfig: { MaximumConcurrency: 2 } });
    expect(priority.MaximumBatchingWindowInSeconds ?? 0).toBe(0);
    expect(queuesOf('analyze-priority').id).not.toBe(queuesOf('analyze').id);
    expect(queuesOf('analyze-priority').deadLetterId).not.toBe(queuesOf('analyze').deadLetterId);
    // The intake and the End User Messaging function are told where each lane is.
    for (const service of ['intake', 'sms-inbound']) {
      const variables = functionOf(templates.service, service).properties.Environment.Variables;
      expect(variables.PRIORITY_ANALYSIS_QUEUE_URL, service).toEqual({ Ref: queuesOf('analyze-priority').id });
      expect(variables.ANALYSIS_QUEUE_URL, service).toEqual({ Ref: queuesOf('analyze').id });
    }
  });

  it('reports only ticked urgent have a lane apart from the one for reports urgent in their words, so a flood of ticks never holds up a real danger', () => {
    const marked = mappingOf('analyze-marked');
    expect(marked).toMatchObject({ BatchSize: 10, ScalingConfig: { MaximumConcurrency: 2 } });
    expect(marked.MaximumBatchingWindowInSeconds ?? 0).toBe(0);
    const ids = ['analyze', 'analyze-priority', 'analyze-marked'].map((service) => queuesOf(service));
    expect(new Set(ids.map((q) => q.id)).size).toBe(3);
    expect(new Set(ids.map((q) => q.deadLetterId)).size).toBe(3);
    // Its own event source mapping: the priority lane's pollers never read the marked lane's backlog.
    expect(mappingOf('analyze-priority').EventSourceArn).not.toEqual(marked.EventSourceArn);
    for (const service of ['intake', 'sms-inbound']) {
      const variables = functionOf(templates.service, service).properties.Environment.Variables;
      expect(variables.MARKED_ANALYSIS_QUEUE_URL, service).toEqual({ Ref: queuesOf('analyze-marked').id });
    }
  });

  it('analyze takes batches of up to 100, gathered for at most 5 seconds, so that rare languages share Comprehend requests', () => {
    expect(mappingOf('analyze')).toMatchObject({ BatchSize: 100, MaximumBatchingWindowInSeconds: 5 });
  });

  it("analyze runs at most analysis.maxConcurrency invocations at once (2 by default), which share Comprehend's per-account quotas", () => {
    expect(exampleConfig.analysis.maxConcurrency).toBe(2);
    expect(mappingOf('analyze').ScalingConfig).toEqual({ MaximumConcurrency: 2 });
    const wider = synthTemplates({ ...exampleConfig, analysis: { ...exampleConfig.analysis, maxConcurrency: 6 } });
    wider.service.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: functionOf(wider.service, 'analyze').id },
      ScalingConfig: { MaximumConcurrency: 6 },
    });
  });

  it('a feedback message that fails every time reaches the DLQ before the one-hour backlog alarm would fire for it', () => {
    const { properties } = queuesOf('analyze');
    expect(properties.RedrivePolicy.maxReceiveCount * properties.VisibilityTimeout).toBeLessThan(3600);
  });

  it('escalations go out at once: no batching window', () => {
    expect(mappingOf('escalate').MaximumBatchingWindowInSeconds).toBeUndefined();
    expect(mappingOf('escalate-priority').MaximumBatchingWindowInSeconds).toBeUndefined();
  });

  it('escalations of reports urgent in their words have a lane of their own, never behind a backlog of escalations only asked for', () => {
    const priority = mappingOf('escalate-priority');
    const normal = mappingOf('escalate');
    // The same batch and concurrency as the escalation lane: only the queue differs.
    expect(priority.BatchSize).toBe(normal.BatchSize);
    expect(priority.ScalingConfig).toEqual(normal.ScalingConfig);
    expect(priority.EventSourceArn).not.toEqual(normal.EventSourceArn);
    expect(queuesOf('escalate-priority').id).not.toBe(queuesOf('escalate').id);
    expect(queuesOf('escalate-priority').deadLetterId).not.toBe(queuesOf('escalate').deadLetterId);
    // Every analysis lane is told where both escalation lanes are: which one a case takes depends on what analysis finds.
    for (const service of ['analyze', 'analyze-priority', 'analyze-marked']) {
      const variables = functionOf(templates.service, service).properties.Environment.Variables;
      expect(variables.PRIORITY_ESCALATION_QUEUE_URL, service).toEqual({ Ref: queuesOf('escalate-priority').id });
      expect(variables.ESCALATION_QUEUE_URL, service).toEqual({ Ref: queuesOf('escalate').id });
    }
  });

  it('every queue in the stack, consumed or not, keeps messages 14 days, encrypted, and refuses requests without TLS', () => {
    const queues = Object.entries(templates.service.findResources('AWS::SQS::Queue') as Resources);
    expect(queues.length).toBeGreaterThanOrEqual(2 * CONSUMERS.length);
    for (const [id, queue] of queues) {
      expect(queue.Properties.MessageRetentionPeriod, id).toBe(14 * 24 * 3600);
      expect(queue.Properties.SqsManagedSseEnabled ?? queue.Properties.KmsMasterKeyId, id).toBeTruthy();
      templates.service.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('every alarm notifies the operator topic', () => {
    const topicId = alarmTopicIdOf(templates.service);
    expect(Object.keys(templates.service.findResources('AWS::SNS::Topic'))).toContain(topicId);
    const alarms = Object.values(templates.service.findResources('AWS::CloudWatch::Alarm') as Resources);
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
  });

  it('analyze knows the escalation queue from its environment', () => {
    expect(functionOf(templates.service, 'analyze').properties.Environment.Variables.ESCALATION_QUEUE_URL).toEqual({
      Ref: queuesOf('escalate').id,
    });
  });

  it('escalate knows its table and link-signing key from its environment', () => {
    const variables = functionOf(templates.service, 'escalate').properties.Environment.Variables;
    expect(variables.TABLE_NAME).toEqual(importedRef(templates, templates.built.data.table.tableName));
    expect(variables.LINK_SIGNING_KEY_SECRET_ARN).toEqual(
      importedRef(templates, templates.built.data.linkSigningKeySecret.secretArn),
    );
  });

  it("sponsors' links start with the API's endpoint, which has no trailing slash", () => {
    const apiId = Object.keys(templates.service.findResources('AWS::ApiGatewayV2::Api'))[0];
    expect(functionOf(templates.service, 'escalate').properties.Environment.Variables.PUBLIC_URL).toEqual({
      'Fn::GetAtt': [apiId, 'ApiEndpoint'],
    });
  });

  it("sponsors' links start with the configured public URL when there is one", () => {
    const custom = synthTemplates({ ...exampleConfig, publicUrl: 'https://feedback.example.com/' });
    expect(functionOf(custom.service, 'escalate').properties.Environment.Variables.PUBLIC_URL).toBe(
      'https://feedback.example.com',
    );
  });
});
