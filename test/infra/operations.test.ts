import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS_NAMESPACE } from '../../shared/ports/metrics';
import {
  alarmTopicIdOf,
  allowedActionsOf,
  functionOf,
  removeTempDirs,
  synthTemplates,
  type Templates,
  type Resources,
} from './helpers';

const SERVICES = [
  'intake',
  'analyze',
  'analyze-priority',
  'analyze-marked',
  'escalate',
  'escalate-priority',
  'sweep',
  'sms-inbound',
  'digest',
  'sms-erase',
];

interface DashboardMetric {
  namespace: string;
  name: string;
  dimensions: Record<string, unknown>;
}

describe('operations: alarms and dashboard', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  beforeAll(() => {
    templates = synthTemplates();
  });

  const alarms = () =>
    Object.values(templates.service.findResources('AWS::CloudWatch::Alarm') as Resources).map(
      (alarm) => alarm.Properties,
    );

  /** The dashboard body with every CloudFormation reference written as its JSON, parsed. */
  function dashboardBody(): { widgets: { type: string; properties: Record<string, any> }[] } {
    const dashboards = Object.values(templates.service.findResources('AWS::CloudWatch::Dashboard') as Resources);
    expect(dashboards).toHaveLength(1);
    const body = dashboards[0]!.Properties.DashboardBody;
    const parts: unknown[] = typeof body === 'string' ? [body] : body['Fn::Join'][1];
    return JSON.parse(
      parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(part).replace(/"/g, "'"))).join(''),
    );
  }

  /** Every metric a graph on the dashboard draws. */
  function dashboardMetrics(): DashboardMetric[] {
    return dashboardBody()
      .widgets.filter((widget) => widget.type === 'metric')
      .flatMap((widget) => widget.properties.metrics as unknown[][])
      .map((row) => {
        const [namespace, name, ...rest] = row.filter((cell) => typeof cell === 'string') as string[];
        const dimensions: Record<string, unknown> = {};
        for (let i = 0; i + 1 < rest.length; i += 2) dimensions[rest[i]!] = rest[i + 1];
        return { namespace: namespace!, name: name!, dimensions };
      });
  }

  it.each(SERVICES)(
    '%s raises an alarm to the operator topic when it errors, and another when it is throttled',
    (service) => {
      const fn = functionOf(templates.service, service).id;
      for (const metricName of ['Errors', 'Throttles']) {
        templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/Lambda',
          MetricName: metricName,
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: fn } }],
          ComparisonOperator: 'GreaterThanThreshold',
          Threshold: 0,
          AlarmActions: [{ Ref: alarmTopicIdOf(templates.service) }],
        });
      }
    },
  );

  it('a 5xx from the intake API raises an alarm to the operator topic', () => {
    const apiId = Object.keys(templates.service.findResources('AWS::ApiGatewayV2::Api'))[0];
    templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      Dimensions: [{ Name: 'ApiId', Value: { Ref: apiId } }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      AlarmActions: [{ Ref: alarmTopicIdOf(templates.service) }],
    });
  });

  it('a message left in either DLQ for half its retention raises an alarm, before SQS deletes it', () => {
    const built = templates.built.service;
    for (const dlq of [built.analysis.deadLetterQueue, built.escalations.deadLetterQueue]) {
      const queueId = built.resolve(dlq.queueArn)['Fn::GetAtt'][0];
      const retention = (templates.service.findResources('AWS::SQS::Queue') as Resources)[queueId]!.Properties
        .MessageRetentionPeriod as number;
      templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateAgeOfOldestMessage',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
        Threshold: retention / 2,
        AlarmActions: [{ Ref: alarmTopicIdOf(templates.service) }],
      });
    }
  });

  it('overdue escalations the sweep could not pass on, two runs in a row, raise an alarm to the operator topic', () => {
    templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: METRICS_NAMESPACE,
      MetricName: 'SweepFailures',
      Dimensions: [{ Name: 'service', Value: 'sweep' }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      EvaluationPeriods: 2,
      AlarmActions: [{ Ref: alarmTopicIdOf(templates.service) }],
    });
  });

  it.each(['analyze', 'analyze-priority', 'analyze-marked'])(
    'analysis messages %s receives in a shape it does not read raise an alarm at the first, before the DLQ does',
    (service) => {
      templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: METRICS_NAMESPACE,
        MetricName: 'MisshapenMessages',
        Dimensions: [{ Name: 'service', Value: service }],
        Statistic: 'Sum',
        Period: 300,
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: 0,
        EvaluationPeriods: 1,
        AlarmActions: [{ Ref: alarmTopicIdOf(templates.service) }],
      });
    },
  );

  it('every alarm tells the operator, and again when it clears', () => {
    const topic = { Ref: alarmTopicIdOf(templates.service) };
    for (const alarm of alarms()) expect(alarm.OKActions, alarm.AlarmDescription).toEqual([topic]);
  });

  it('every alarm description starts with a distinct title, then says what happened and what to do', () => {
    const titles = alarms().map((alarm) => {
      expect(alarm.AlarmDescription).toMatch(/^[^:]{5,60}: .{40,}/);
      return (alarm.AlarmDescription as string).split(':')[0];
    });
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('functions publish metrics through their logs (EMF): none may call cloudwatch:PutMetricData', () => {
    for (const service of SERVICES)
      expect(allowedActionsOf(templates.service, service).filter((action) => action.startsWith('cloudwatch:'))).toEqual(
        [],
      );
    for (const service of SERVICES) {
      expect(functionOf(templates.service, service).properties.Environment.Variables.POWERTOOLS_METRICS_NAMESPACE).toBe(
        METRICS_NAMESPACE,
      );
    }
  });

  it('the dashboard shows submissions by channel, from the intake and the End User Messaging function', () => {
    const submissions = dashboardMetrics().filter((m) => m.namespace === METRICS_NAMESPACE && m.name === 'Submissions');
    expect(submissions.map((m) => m.dimensions)).toEqual(
      expect.arrayContaining([
        { service: 'intake', channel: 'web' },
        { service: 'intake', channel: 'kiosk' },
        { service: 'intake', channel: 'sms' },
        { service: 'sms-inbound', channel: 'sms' },
      ]),
    );
  });

  it('the dashboard shows analysis (every lane) and its failures, escalations raised (both lanes) and overdue, and digests sent', () => {
    const business = dashboardMetrics().filter((m) => m.namespace === METRICS_NAMESPACE);
    expect(business).toEqual(
      expect.arrayContaining([
        { namespace: METRICS_NAMESPACE, name: 'FeedbackAnalysed', dimensions: { service: 'analyze' } },
        { namespace: METRICS_NAMESPACE, name: 'AnalysisFailures', dimensions: { service: 'analyze' } },
        { namespace: METRICS_NAMESPACE, name: 'FeedbackAnalysed', dimensions: { service: 'analyze-priority' } },
        { namespace: METRICS_NAMESPACE, name: 'AnalysisFailures', dimensions: { service: 'analyze-priority' } },
        { namespace: METRICS_NAMESPACE, name: 'FeedbackAnalysed', dimensions: { service: 'analyze-marked' } },
        { namespace: METRICS_NAMESPACE, name: 'AnalysisFailures', dimensions: { service: 'analyze-marked' } },
        { namespace: METRICS_NAMESPACE, name: 'EscalationsRaised', dimensions: { service: 'escalate' } },
        { namespace: METRICS_NAMESPACE, name: 'EscalationsRaised', dimensions: { service: 'escalate-priority' } },
        { namespace: METRICS_NAMESPACE, name: 'EscalationsOverdue', dimensions: { service: 'sweep' } },
        { namespace: METRICS_NAMESPACE, name: 'SweepFailures', dimensions: { service: 'sweep' } },
        { namespace: METRICS_NAMESPACE, name: 'DigestsSent', dimensions: { service: 'digest' } },
      ]),
    );
  });

  it('the dashboard shows every queue, every function and the API', () => {
    const metrics = dashboardMetrics();
    const names = (namespace: string) => new Set(metrics.filter((m) => m.namespace === namespace).map((m) => m.name));
    expect(names('AWS/SQS')).toEqual(new Set(['ApproximateNumberOfMessagesVisible', 'ApproximateAgeOfOldestMessage']));
    expect(
      metrics.filter((m) => m.namespace === 'AWS/SQS' && m.name === 'ApproximateNumberOfMessagesVisible'),
    ).toHaveLength(12);
    expect(names('AWS/Lambda')).toEqual(new Set(['Errors', 'Duration', 'Throttles']));
    for (const service of SERVICES) {
      const fn = JSON.stringify({ Ref: functionOf(templates.service, service).id }).replace(/"/g, "'");
      expect(
        metrics.filter((m) => m.namespace === 'AWS/Lambda' && m.dimensions.FunctionName === fn),
        service,
      ).toHaveLength(3);
    }
    expect(names('AWS/ApiGateway')).toEqual(new Set(['Count', '4xx', '5xx', 'Latency']));
  });

  it("the dashboard shows every alarm's state", () => {
    const widget = dashboardBody().widgets.find((w) => w.type === 'alarm');
    expect(widget?.properties.alarms).toHaveLength(alarms().length);
  });

  it('outputs the dashboard URL', () => {
    const dashboardId = Object.keys(templates.service.findResources('AWS::CloudWatch::Dashboard'))[0];
    const url = templates.service.findOutputs('DashboardUrl').DashboardUrl?.Value;
    expect(url['Fn::Join'][1]).toContainEqual({ Ref: dashboardId });
    expect(url['Fn::Join'][1][0]).toMatch(/^https:\/\/console\.aws\.amazon\.com\/cloudwatch\//);
  });
});
