import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alarmTopicIdOf,
  functionOf,
  logicalIdOf,
  removeTempDirs,
  statementsOf,
  synthTemplates,
  type Templates,
} from './helpers';

const SENDERS = ['escalate', 'sweep', 'digest'];

describe('email delivery', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  let configurationSetId: string;
  let eventsTopicId: string;
  beforeAll(() => {
    templates = synthTemplates();
    const delivery = templates.built.service.emailDelivery;
    configurationSetId = logicalIdOf(templates.built.service, delivery.configurationSet.configurationSetName);
    eventsTopicId = logicalIdOf(templates.built.service, delivery.eventsTopic.topicArn);
  });

  it('the configuration set keeps reputation metrics and applies the suppression list to bounces and complaints', () => {
    templates.service.hasResourceProperties('AWS::SES::ConfigurationSet', {
      ReputationOptions: { ReputationMetricsEnabled: true },
      SendingOptions: { SendingEnabled: true },
      SuppressionOptions: { SuppressedReasons: Match.arrayWith(['BOUNCE', 'COMPLAINT']) },
    });
  });

  it('bounces, complaints and rejects go to an SNS topic', () => {
    templates.service.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: { Ref: configurationSetId },
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: Match.arrayWith(['bounce', 'complaint', 'reject']),
        SnsDestination: { TopicARN: { Ref: eventsTopicId } },
      },
    });
  });

  it('SES may publish to that topic only for this account and configuration set, over TLS for everyone else', () => {
    templates.service.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: eventsTopicId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Action: 'sns:Publish',
            Principal: { Service: 'ses.amazonaws.com' },
            Condition: {
              StringEquals: Match.objectLike({
                'AWS:SourceAccount': Match.anyValue(),
                'AWS:SourceArn': Match.anyValue(),
              }),
            },
          }),
        ]),
      },
    });
  });

  it('an alarm tells the operators as soon as one such event is published', () => {
    templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmDescription: Match.stringLikeRegexp('^Email not delivered: '),
      Namespace: 'AWS/SNS',
      MetricName: 'NumberOfMessagesPublished',
      Dimensions: [{ Name: 'TopicName', Value: { 'Fn::GetAtt': [eventsTopicId, 'TopicName'] } }],
      Statistic: 'Sum',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: alarmTopicIdOf(templates.service) }],
    });
  });

  it.each(SENDERS)('%s sends every email with the configuration set, and may send with it', (service) => {
    const { properties } = functionOf(templates.service, service);
    expect(properties.Environment.Variables.SES_CONFIGURATION_SET).toEqual({ Ref: configurationSetId });
    const send = statementsOf(templates.service, service).find((statement) =>
      [statement.Action].flat().includes('ses:SendEmail'),
    );
    expect(JSON.stringify(send?.Resource)).toContain(`configuration-set/",{"Ref":"${configurationSetId}"}`);
  });

  it.each(SENDERS)('%s may look recipients up in the suppression list, and change nothing in it', (service) => {
    const sesActions = statementsOf(templates.service, service)
      .flatMap((statement) => [statement.Action].flat())
      .filter((action) => action.startsWith('ses:'));
    expect(sesActions.sort()).toEqual(['ses:GetSuppressedDestination', 'ses:SendEmail']);
  });

  it('the operator is told where the delivery events are', () => {
    templates.service.hasOutput('UndeliveredEmailTopicArn', { Value: { Ref: eventsTopicId } });
  });
});
