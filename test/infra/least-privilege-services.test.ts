import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allowedActionsOf,
  exampleConfig,
  functionOf,
  importedArn,
  importedRef,
  logicalIdOf,
  removeTempDirs,
  schedulerStatementsFor,
  statementsOf,
  synthTemplates,
  type Templates,
  thisAccountsArn,
} from './helpers';
import { allows, type Resources, SERVICES, type Statement } from './least-privilege.shared';

const COMPREHEND_DETECT = [
  'comprehend:BatchDetectDominantLanguage',
  'comprehend:BatchDetectSentiment',
  'comprehend:BatchDetectKeyPhrases',
  'comprehend:DetectPiiEntities',
];
const DIGEST_OBJECT_ACTIONS = ['s3:GetObject', 's3:PutObject'];

describe('least privilege beyond the table: secrets, queues, Comprehend, S3, mail, texts, schedules and routes', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  beforeAll(() => {
    templates = synthTemplates();
  });

  const actions = (service: string) => allowedActionsOf(templates.service, service);

  /** The functions allowed to read the secret that `pick` names. */
  function readersOf(pick: (data: Templates['built']['data']) => { secretArn: string }): string[] {
    const secret = JSON.stringify(importedRef(templates, pick(templates.built.data).secretArn));
    return SERVICES.filter((service) =>
      statementsOf(templates.service, service).some(
        (statement) =>
          allows(statement, 'secretsmanager:GetSecretValue') && JSON.stringify(statement.Resource).includes(secret),
      ),
    );
  }

  it("the sponsors' routes go to the sponsor function, everything else to the intake", () => {
    const targetOf = (routeKey: string) => {
      const routes = Object.values(
        templates.service.findResources('AWS::ApiGatewayV2::Route', {
          Properties: { RouteKey: routeKey },
        }) as Resources,
      );
      expect(routes, routeKey).toHaveLength(1);
      const integrationId = routes[0]!.Properties.Target['Fn::Join'][1][1].Ref as string;
      const integration = (templates.service.findResources('AWS::ApiGatewayV2::Integration') as Resources)[
        integrationId
      ]!;
      return JSON.stringify(integration.Properties.IntegrationUri);
    };
    const sponsor = JSON.stringify({ 'Fn::GetAtt': [functionOf(templates.service, 'sponsor').id, 'Arn'] });
    const intake = JSON.stringify({ 'Fn::GetAtt': [functionOf(templates.service, 'intake').id, 'Arn'] });
    expect(targetOf('ANY /ack/{token}')).toBe(sponsor);
    expect(targetOf('GET /digest/{week}')).toBe(sponsor);
    for (const routeKey of ['POST /feedback', 'GET /status/{code}', 'POST /sms/twilio', 'POST /kiosk/feedback'])
      expect(targetOf(routeKey), routeKey).toBe(intake);
  });

  it('the intake holds no link-signing key and no digest archive; the sponsor function no pepper, queue or Twilio token', () => {
    const env = (service: string) =>
      Object.keys(functionOf(templates.service, service).properties.Environment.Variables);
    expect(env('intake')).not.toContain('LINK_SIGNING_KEY_SECRET_ARN');
    expect(env('intake')).not.toContain('DIGEST_BUCKET');
    for (const name of ['PEPPER_SECRET_ARN', 'ANALYSIS_QUEUE_URL', 'TWILIO_SECRET_ARN', 'RATE_STATE_TABLE_NAME'])
      expect(env('sponsor')).not.toContain(name);
    expect(actions('sponsor').filter((action) => action.startsWith('sqs:'))).toEqual([]);
  });

  it('intake may send to the analysis queue but not receive from or purge it', () => {
    expect(actions('intake')).toContain('sqs:SendMessage');
    for (const action of ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:PurgeQueue', 'sqs:ChangeMessageVisibility']) {
      expect(actions('intake')).not.toContain(action);
    }
  });

  it('only the intake and sms-inbound may read the pepper', () => {
    expect(readersOf((data) => data.pepperSecret)).toEqual(['intake', 'sms-inbound']);
  });

  it('only the sponsor function, escalate (both lanes), sweep and digest may read the link-signing key', () => {
    expect(readersOf((data) => data.linkSigningKeySecret)).toEqual([
      'sponsor',
      'escalate',
      'escalate-priority',
      'sweep',
      'digest',
    ]);
  });

  it('only the intake (to check signatures) and sms-erase (to delete messages from Twilio) may read the Twilio auth token', () => {
    expect(readersOf((data) => data.twilioSecret)).toEqual(['intake', 'sms-erase']);
  });

  it('analyze consumes the analysis queue but cannot send to it', () => {
    const analysisQueueArn = JSON.stringify({
      'Fn::GetAtt': [logicalIdOfQueue('ANALYSIS_QUEUE_URL', 'intake'), 'Arn'],
    });
    const onAnalysisQueue = statementsOf(templates.service, 'analyze').filter(
      (statement) => JSON.stringify(statement.Resource) === analysisQueueArn,
    );
    expect(onAnalysisQueue.flatMap((statement) => [statement.Action].flat())).toEqual(
      expect.arrayContaining(['sqs:ReceiveMessage', 'sqs:DeleteMessage']),
    );
    expect(onAnalysisQueue.some((statement) => allows(statement, 'sqs:SendMessage'))).toBe(false);
  });

  it('analyze may send to the escalation queue, and only the escalate consumer receives from it', () => {
    const escalationQueueArn = JSON.stringify({
      'Fn::GetAtt': [logicalIdOfQueue('ESCALATION_QUEUE_URL', 'analyze'), 'Arn'],
    });
    const on = (service: string) =>
      statementsOf(templates.service, service).filter(
        (statement) => JSON.stringify(statement.Resource) === escalationQueueArn,
      );
    expect(on('analyze').some((statement) => allows(statement, 'sqs:SendMessage'))).toBe(true);
    expect(on('analyze').some((statement) => allows(statement, 'sqs:ReceiveMessage'))).toBe(false);
    expect(
      SERVICES.filter((service) => on(service).some((statement) => allows(statement, 'sqs:ReceiveMessage'))),
    ).toEqual(['escalate']);
  });

  it('every analysis lane may send to the priority escalation queue, and only the escalate-priority consumer receives from it', () => {
    const priorityEscalationQueueArn = JSON.stringify({
      'Fn::GetAtt': [logicalIdOfQueue('PRIORITY_ESCALATION_QUEUE_URL', 'analyze'), 'Arn'],
    });
    const on = (service: string) =>
      statementsOf(templates.service, service).filter(
        (statement) => JSON.stringify(statement.Resource) === priorityEscalationQueueArn,
      );
    for (const service of ['analyze', 'analyze-priority', 'analyze-marked']) {
      expect(
        on(service).some((statement) => allows(statement, 'sqs:SendMessage')),
        service,
      ).toBe(true);
    }
    expect(
      SERVICES.filter((service) => on(service).some((statement) => allows(statement, 'sqs:ReceiveMessage'))),
    ).toEqual(['escalate-priority']);
  });

  it('analyze may call the four Comprehend detect APIs when the engine is Comprehend', () => {
    expect(actions('analyze')).toEqual(expect.arrayContaining(COMPREHEND_DETECT));
  });

  it('analyze may not call Comprehend when the engine is offline', () => {
    const offline = synthTemplates({ ...exampleConfig, analysis: { ...exampleConfig.analysis, engine: 'offline' } });
    expect(allowedActionsOf(offline.service, 'analyze').filter((action) => action.startsWith('comprehend:'))).toEqual(
      [],
    );
  });

  it.each(['escalate', 'sweep', 'digest'])(
    '%s may send email only from the configured address, through its SES identity and the configuration set',
    (service) => {
      const sends = statementsOf(templates.service, service).filter((statement) =>
        allows(statement, 'ses:SendEmail'),
      ) as Statement[];
      expect(sends).toHaveLength(1);
      const { Resource, Condition } = sends[0]!;
      expect(Condition).toEqual({ StringEquals: { 'ses:FromAddress': exampleConfig.mail.from } });
      const domain = exampleConfig.mail.from.split('@')[1];
      const configurationSet = JSON.stringify({
        Ref: logicalIdOf(
          templates.built.service,
          templates.built.service.emailDelivery.configurationSet.configurationSetName,
        ),
      });
      for (const resource of [Resource].flat()) {
        const text = JSON.stringify(resource);
        if (text.includes(':configuration-set/')) expect(text).toContain(configurationSet);
        else expect(text).toMatch(new RegExp(`:identity/(${exampleConfig.mail.from}|${domain})"`));
      }
    },
  );

  it("only escalate (both lanes), sweep, digest and the sponsors' function (a hand-over from a desk) may send email", () => {
    expect(SERVICES.filter((service) => actions(service).some((action) => action.startsWith('ses:')))).toEqual([
      'sponsor',
      'escalate',
      'escalate-priority',
      'sweep',
      'digest',
    ]);
  });

  it('digest may read and write the objects under digests/ of the archive, and nothing else in it', () => {
    const onObjects = s3Statements('digest').filter(
      (statement) => JSON.stringify(statement.Resource) === JSON.stringify(digestObjects()),
    );
    expect(onObjects.flatMap((statement) => [statement.Action].flat()).sort()).toEqual([
      's3:GetObject',
      's3:PutObject',
    ]);
  });

  it('digest may list the archive only so that a digest not archived yet reads as missing, not as access denied', () => {
    const listing = s3Statements('digest').filter((statement) => allows(statement, 's3:ListBucket'));
    expect(listing).toEqual([
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: importedArn(templates, digestBucketId()) },
    ]);
  });

  it('digest cannot delete digests, nor change their ACLs, tags, retention or the bucket', () => {
    for (const action of s3Statements('digest').flatMap((statement) => [statement.Action].flat())) {
      expect(['s3:GetObject', 's3:PutObject', 's3:ListBucket'], action).toContain(action);
    }
  });

  it('the sponsor function may only read digests, for the web view: no write, delete or listing (so a missing digest is a 403, which the archive reads as absent)', () => {
    expect(s3Statements('sponsor')).toEqual([{ Effect: 'Allow', Action: 's3:GetObject', Resource: digestObjects() }]);
  });

  it('only the digest function may write to the digest archive, and no function may delete from it', () => {
    expect(SERVICES.filter((service) => actions(service).includes('s3:PutObject'))).toEqual(['digest']);
    expect(
      SERVICES.filter((service) =>
        actions(service).some((action) => /^s3:(Delete|PutBucket|PutObjectAcl|PutLifecycle)/.test(action)),
      ),
    ).toEqual([]);
  });

  it('only the sponsor function and digest may touch S3 at all', () => {
    expect(SERVICES.filter((service) => actions(service).some((action) => action.startsWith('s3:')))).toEqual([
      'sponsor',
      'digest',
    ]);
  });

  it("sms-inbound may send text messages, only from this account's numbers in this Region", () => {
    const sends = statementsOf(templates.service, 'sms-inbound').filter((statement) =>
      allows(statement, 'sms-voice:SendTextMessage'),
    );
    expect(sends).toHaveLength(1);
    expect(sends[0]!.Resource).toEqual(thisAccountsArn('sms-voice'));
  });

  it('only sms-inbound may send text messages', () => {
    expect(SERVICES.filter((service) => actions(service).some((action) => action.startsWith('sms-voice:')))).toEqual([
      'sms-inbound',
    ]);
  });

  it('no function is allowed a wildcard, but for the reviewed Comprehend, End User Messaging, SES suppression-list and digest archive grants', () => {
    for (const service of SERVICES) {
      for (const statement of statementsOf(templates.service, service)) {
        const statementActions = [statement.Action].flat();
        for (const action of statementActions) expect(action, `${service}: ${action}`).not.toContain('*');
        const reviewed =
          (service.startsWith('analyze') && statementActions.every((action) => COMPREHEND_DETECT.includes(action))) ||
          (service === 'sms-inbound' && statementActions.every((action) => action === 'sms-voice:SendTextMessage')) ||
          // SES's suppression-list look-up has no resource-level permissions.
          statementActions.every((action) => action === 'ses:GetSuppressedDestination') ||
          (statementActions.every((action) => DIGEST_OBJECT_ACTIONS.includes(action)) &&
            JSON.stringify(statement.Resource) === JSON.stringify(digestObjects()));
        if (!reviewed) expect(JSON.stringify(statement.Resource), service).not.toMatch(/"\*"|:\*"|\/\*"/);
      }
    }
  });

  it('the scheduler has one role per schedule, for the sweep, the digest and the rate-state forgetter', () => {
    const roles = templates.service.findResources('AWS::IAM::Role', {
      Properties: { AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: 'scheduler.amazonaws.com' } }] } },
    });
    expect(Object.keys(roles)).toHaveLength(3);
  });

  it.each(['sweep', 'digest', 'forget-windows'])(
    'the scheduler may invoke the %s function and nothing else, not even its versions',
    (service) => {
      expect(schedulerStatementsFor(templates.service, service)).toEqual([
        {
          Effect: 'Allow',
          Action: 'lambda:InvokeFunction',
          Resource: { 'Fn::GetAtt': [functionOf(templates.service, service).id, 'Arn'] },
        },
      ]);
    },
  );

  it('no role carries an AWS managed policy', () => {
    const roles = Object.values(templates.service.findResources('AWS::IAM::Role') as Resources);
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(role.Properties.ManagedPolicyArns ?? []).toEqual([]);
  });

  const digestBucketId = () => logicalIdOf(templates.built.data, templates.built.data.digestArchive.bucket.bucketName);
  /** The objects under `digests/` of the archive bucket, as the service stack names them. */
  const digestObjects = () => ({ 'Fn::Join': ['', [importedArn(templates, digestBucketId()), '/digests/*']] });
  const s3Statements = (service: string) =>
    statementsOf(templates.service, service).filter((statement) =>
      [statement.Action].flat().some((action) => action.startsWith('s3:')),
    );

  /** The queue whose URL `service` finds in `envName`. */
  function logicalIdOfQueue(envName: string, service: string): string {
    const ref = functionOf(templates.service, service).properties.Environment.Variables[envName]?.Ref;
    if (typeof ref !== 'string') throw new Error(`${service} has no ${envName}`);
    return ref;
  }
});
