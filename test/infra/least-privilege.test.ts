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
} from './helpers';
import {
  TABLE_ACCESS,
  TABLE_ROLES,
  UPDATE_ATTRIBUTES,
  type TableAccess,
  type TableOperation,
  type TableRole,
} from '../../infra/table-access';

type Resources = Record<string, { Properties: Record<string, any> }>;
type Statement = ReturnType<typeof statementsOf>[number] & { Condition?: Record<string, Record<string, unknown>> };

const SERVICES = [
  'intake',
  'sponsor',
  'analyze',
  'escalate',
  'sweep',
  'sms-inbound',
  'digest',
  'forget-windows',
  'sms-erase',
];
const COMPREHEND_DETECT = [
  'comprehend:BatchDetectDominantLanguage',
  'comprehend:BatchDetectSentiment',
  'comprehend:BatchDetectKeyPhrases',
  'comprehend:DetectPiiEntities',
];
const DIGEST_OBJECT_ACTIONS = ['s3:GetObject', 's3:PutObject'];
const NEVER_ON_THE_TABLE = [
  'dynamodb:Scan',
  'dynamodb:BatchWriteItem',
  'dynamodb:DeleteTable',
  'dynamodb:UpdateTable',
  'dynamodb:PartiQLDelete',
];

describe('least privilege', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  beforeAll(() => {
    templates = synthTemplates();
  });

  const actions = (service: string) => allowedActionsOf(templates.service, service);
  const allows = (statement: Statement, action: string) =>
    statement.Effect === 'Allow' && [statement.Action].flat().includes(action);

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

  it('intake may get, put and delete single items of the table, and update or query only case threads (what the employee has read)', () => {
    const onTable = tableStatements('intake').flatMap((statement) => [statement.Action].flat());
    expect([...new Set(onTable)].sort()).toEqual([
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ]);
    for (const pk of ['CASE#abc', 'ESC#e-1', 'WEEK#2026-W47', 'DIGEST#2026-W47']) {
      expect(mayOnTable('intake', 'dynamodb:UpdateItem', pk), pk).toBe(false);
      expect(mayOnTable('intake', 'dynamodb:Query', pk), pk).toBe(false);
    }
    expect(mayOnTable('intake', 'dynamodb:UpdateItem', 'THREAD#abc')).toBe(true);
    expect(mayOnTable('intake', 'dynamodb:PutItem', 'THREAD#abc')).toBe(false);
  });

  /** Whether `service` is allowed `action` on the table item(s) with partition key `pk`, evaluating LeadingKeys as IAM does. */
  function mayOnTable(service: string, action: string, pk: string): boolean {
    return tableStatements(service).some((statement) => {
      if (!allows(statement, action)) return false;
      const condition = statement.Condition;
      if (!condition) return true;
      const patterns = condition['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'];
      // Narrowing which attributes an update names (UPDATE_ATTRIBUTES) leaves the keys as they are.
      const onKeys = Object.keys(condition).filter(
        (key) => !(key === 'ForAllValues:StringEquals' && condition[key]?.['dynamodb:Attributes']),
      );
      if (onKeys.length !== 1 || !Array.isArray(patterns)) return false;
      return patterns.some((pattern: string) =>
        new RegExp(
          `^${pattern
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')
            .replace(/\?/g, '.')}$`,
        ).test(pk),
      );
    });
  }
  /** The statements on the single table (not on the rate and replay table, which holds no cases). */
  const tableStatements = (service: string) => {
    const table = JSON.stringify(
      importedArn(templates, logicalIdOf(templates.built.data, templates.built.data.table.tableName)),
    );
    return (statementsOf(templates.service, service) as Statement[]).filter((statement) =>
      JSON.stringify(statement.Resource).includes(table),
    );
  };

  it.each([
    'ESC#e-1',
    'ESC_OPEN',
    'ESCWEEK#2026-W47',
    'KIOSK#k-1',
    'KIOSKTOKEN#abc',
    'WEEK#2026-W47',
    'PATTERN#plant2#safety',
    'DIGEST#2026-W47',
  ])('the intake cannot write %s: no escalation, kiosk, kiosk token, weekly figure or digest record', (pk) => {
    for (const action of ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'])
      expect(mayOnTable('intake', action, pk), action).toBe(false);
  });

  it('the intake may write only cases, and read only cases and kiosk tokens', () => {
    expect(mayOnTable('intake', 'dynamodb:PutItem', 'CASE#abc')).toBe(true);
    expect(mayOnTable('intake', 'dynamodb:GetItem', 'CASE#abc')).toBe(true);
    expect(mayOnTable('intake', 'dynamodb:GetItem', 'KIOSKTOKEN#abc')).toBe(true);
    expect(mayOnTable('intake', 'dynamodb:PutItem', 'KIOSKTOKEN#abc')).toBe(false);
    for (const pk of ['ESC#e-1', 'KIOSK#k-1', 'WEEK#2026-W47', 'DIGEST#2026-W47'])
      expect(mayOnTable('intake', 'dynamodb:GetItem', pk), pk).toBe(false);
  });

  it.each(TABLE_ROLES)(
    'every table statement of %s is limited to key prefixes (dynamodb:LeadingKeys) on the table alone',
    (service) => {
      const statements = tableStatements(service);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        // An update narrowed to some attributes (UPDATE_ATTRIBUTES) carries that narrowing too, and nothing else.
        const narrowed =
          UPDATE_ATTRIBUTES[service as TableRole] !== undefined && allows(statement, 'dynamodb:UpdateItem');
        expect(Object.keys(statement.Condition ?? {}), JSON.stringify(statement.Action)).toEqual(
          narrowed ? ['ForAllValues:StringLike', 'ForAllValues:StringEquals'] : ['ForAllValues:StringLike'],
        );
        expect(statement.Condition!['ForAllValues:StringLike']).toEqual({ 'dynamodb:LeadingKeys': expect.any(Array) });
        expect([statement.Resource].flat()).toHaveLength(1);
      }
    },
  );

  it.each(['intake', 'sms-inbound'] as const)(
    '%s may update a thread only to note what the employee read (dynamodb:Attributes), in a statement of its own',
    (service) => {
      const updates = tableStatements(service).filter((statement) => allows(statement, 'dynamodb:UpdateItem'));
      expect(updates).toHaveLength(1);
      expect([updates[0]!.Action].flat()).toEqual(['dynamodb:UpdateItem']);
      expect(updates[0]!.Condition!['ForAllValues:StringEquals']).toEqual({
        'dynamodb:Attributes': ['pk', 'sk', 'employeeReadThrough'],
      });
    },
  );

  it.each(TABLE_ROLES)('%s is allowed on the table exactly what infra/table-access.ts says, and no more', (role) => {
    const access: TableAccess = TABLE_ACCESS[role];
    const operations: TableOperation[] = ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem'];
    const probes = [
      'CASE#x',
      'ESC#x',
      'ESC_OPEN',
      'ESC_OPENX',
      'ESCWEEK#x',
      'WEEK#x',
      'PATTERN#x',
      'KIOSK#x',
      'KIOSKTOKEN#x',
      'DIGEST#x',
      'OTHER#x',
    ];
    for (const operation of operations) {
      for (const pk of probes) {
        const expected = (access[operation] ?? []).some((pattern) =>
          pattern.endsWith('*') ? pk.startsWith(pattern.slice(0, -1)) : pk === pattern,
        );
        expect(mayOnTable(role, `dynamodb:${operation}`, pk), `${operation} ${pk}`).toBe(expected);
      }
    }
  });

  it('the sponsor function may write escalations but not kiosk tokens, kiosks or new cases', () => {
    expect(mayOnTable('sponsor', 'dynamodb:UpdateItem', 'ESC#e-1')).toBe(true);
    for (const action of ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem']) {
      expect(mayOnTable('sponsor', action, 'KIOSKTOKEN#abc'), action).toBe(false);
      expect(mayOnTable('sponsor', action, 'KIOSK#k-1'), action).toBe(false);
    }
    expect(mayOnTable('sponsor', 'dynamodb:PutItem', 'CASE#abc')).toBe(false);
  });

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

  it('intake may not scan the table nor change it, and may query only a case thread (whose key it must already know)', () => {
    for (const action of NEVER_ON_THE_TABLE) expect(actions('intake')).not.toContain(action);
    for (const pk of ['CASE#abc', 'ESC_OPEN', 'ESCWEEK#2026-W47', 'WEEK#2026-W47', 'KIOSKTOKEN#abc', 'DIGEST#2026-W47'])
      expect(mayOnTable('intake', 'dynamodb:Query', pk), pk).toBe(false);
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

  it('only the sponsor function, escalate, sweep and digest may read the link-signing key', () => {
    expect(readersOf((data) => data.linkSigningKeySecret)).toEqual(['sponsor', 'escalate', 'sweep', 'digest']);
  });

  it('only the intake (to check signatures) and sms-erase (to delete messages from Twilio) may read the Twilio auth token', () => {
    expect(readersOf((data) => data.twilioSecret)).toEqual(['intake', 'sms-erase']);
  });

  it('analyze may get, put, update, delete and query items', () => {
    expect(actions('analyze')).toEqual(
      expect.arrayContaining([
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:Query',
      ]),
    );
  });

  it.each(['analyze', 'escalate', 'sweep', 'sms-inbound', 'digest'])(
    '%s may not scan the table, write batches or change the table',
    (service) => {
      for (const action of NEVER_ON_THE_TABLE) expect(actions(service)).not.toContain(action);
    },
  );

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

  it('analyze may call the four Comprehend detect APIs when the engine is Comprehend', () => {
    expect(actions('analyze')).toEqual(expect.arrayContaining(COMPREHEND_DETECT));
  });

  it('analyze may not call Comprehend when the engine is offline', () => {
    const offline = synthTemplates({ ...exampleConfig, analysis: { ...exampleConfig.analysis, engine: 'offline' } });
    expect(allowedActionsOf(offline.service, 'analyze').filter((action) => action.startsWith('comprehend:'))).toEqual(
      [],
    );
  });

  it.each(['digest', 'sweep'])(
    '%s may read escalations in batches (BatchGetItem) on exactly the keys it may get one by one, and nothing else',
    (service) => {
      const batchReads = tableStatements(service).filter((statement) => allows(statement, 'dynamodb:BatchGetItem'));
      expect(batchReads).toHaveLength(1);
      expect(batchReads[0]!.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['ESC#*'] } });
      expect(allows(batchReads[0]!, 'dynamodb:GetItem')).toBe(true);
      for (const pk of ['CASE#x', 'WEEK#2026-W47', 'KIOSKTOKEN#x', 'ESC_OPEN', 'ESCWEEK#2026-W47', 'DIGEST#2026-W47'])
        expect(mayOnTable(service, 'dynamodb:BatchGetItem', pk), pk).toBe(false);
    },
  );

  it("no other function may read the table in batches (the sponsors' desks list escalations 100 to a call)", () => {
    expect(SERVICES.filter((service) => actions(service).includes('dynamodb:BatchGetItem'))).toEqual([
      'sponsor',
      'sweep',
      'digest',
    ]);
  });

  it('sweep may get, put, update, delete and query items', () => {
    expect(actions('sweep')).toEqual(
      expect.arrayContaining([
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:Query',
      ]),
    );
  });

  it('escalate may get, put and update items, and neither delete nor query them', () => {
    expect(actions('escalate')).toEqual(
      expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']),
    );
    for (const action of ['dynamodb:DeleteItem', 'dynamodb:Query']) expect(actions('escalate')).not.toContain(action);
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

  it("only escalate, sweep, digest and the sponsors' function (a hand-over from a desk) may send email", () => {
    expect(SERVICES.filter((service) => actions(service).some((action) => action.startsWith('ses:')))).toEqual([
      'sponsor',
      'escalate',
      'sweep',
      'digest',
    ]);
  });

  it('digest may get and query items, and write only its delivery records (partition keys DIGEST#…)', () => {
    const onTable = actions('digest').filter((action) => action.startsWith('dynamodb:'));
    expect(onTable.sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ]);
    const writes = statementsOf(templates.service, 'digest').filter((statement) =>
      allows(statement, 'dynamodb:PutItem'),
    );
    expect(writes.map((statement) => ('Condition' in statement ? statement.Condition : undefined))).toEqual([
      { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['DIGEST#*'] } },
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
    expect(sends[0]!.Resource).toEqual({
      'Fn::Join': [
        '',
        [
          'arn:',
          { Ref: 'AWS::Partition' },
          ':sms-voice:',
          { Ref: 'AWS::Region' },
          ':',
          { Ref: 'AWS::AccountId' },
          ':*',
        ],
      ],
    });
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
          (service === 'analyze' && statementActions.every((action) => COMPREHEND_DETECT.includes(action))) ||
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
