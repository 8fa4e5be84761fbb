import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What each Lambda is handed on its first invocation in the cold-start
 * bench, and its SDK baseline: a bundle that creates the same SDK clients at
 * module scope and makes the one call the function makes first (a secret, or
 * a table read), against the same stand-ins. What a function costs beyond
 * its baseline is the project's own code.
 */

/** An account and message SID Twilio's API stand-in knows nothing of: erasing them is done at once (404 means gone). */
export const BENCH_TWILIO_ACCOUNT = `AC${'1'.repeat(32)}`;
const BENCH_MESSAGE_SID = `SM${'2'.repeat(32)}`;

const sqsRecord = (body: unknown) => ({
  messageId: 'm1',
  receiptHandle: 'r1',
  body: JSON.stringify(body),
  attributes: { ApproximateReceiveCount: '1' },
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:bench',
  awsRegion: 'us-east-1',
});

const httpGet = (path: string) => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: path,
  rawQueryString: '',
  headers: { host: 'bench.local', accept: 'application/json' },
  requestContext: {
    http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
    stage: '$default',
    requestId: 'r',
    domainName: 'bench.local',
    timeEpoch: 0,
  },
  isBase64Encoded: false,
});

/** An employee's report posted to the intake's JSON API. */
const httpPostJson = (path: string, body: unknown) => {
  const get = httpGet(path);
  return {
    ...get,
    headers: { ...get.headers, 'content-type': 'application/json' },
    requestContext: { ...get.requestContext, http: { ...get.requestContext.http, method: 'POST' } },
    body: JSON.stringify(body),
  };
};

/**
 * What the intake is handed instead with `--first-submission` (bench/cold-start-profile.ts): a calm report,
 * which the intake reads for urgency to choose its analysis lane before queueing it.
 */
export const FIRST_SUBMISSION = httpPostJson('/feedback', {
  text: 'The new schedule is great but parking is a nightmare',
  site: 'hq',
});

export const EVENTS: Record<string, unknown> = {
  // The pepper is fetched on the first request, whatever its path.
  intake: httpGet('/health'),
  // One message, analysed by Comprehend (the stand-in answers) and stored in DynamoDB.
  analyze: {
    Records: [
      sqsRecord({
        id: '00000000-0000-4000-8000-000000000001',
        caseKey: 'b'.repeat(64),
        channel: 'web',
        week: '2026-W47',
        escalate: false,
        text: 'The new schedule is great but parking is a nightmare',
      }),
    ],
  },
  // Its dependencies (the link-signing key among them) are built on the first invocation.
  escalate: { Records: [] },
  sweep: {},
  // A payload it cannot parse: dropped at once, after the pepper is fetched.
  'sms-inbound': { Records: [{ EventSource: 'aws:sns', Sns: { Message: '{}' } }] },
  // A link with a token that is not signed: refused, after the link-signing key is fetched.
  sponsor: httpGet('/ack/not-a-signed-token'),
  // An empty week: read from the table, rendered, archived to S3 and emailed.
  digest: { week: '2026-W47' },
  // A rate table with nothing to forget: one scan.
  'forget-windows': {},
  // One erasure job: the Twilio token fetched, one DELETE to Twilio's API stand-in.
  'sms-erase': { Records: [sqsRecord({ accountSid: BENCH_TWILIO_ACCOUNT, messageSids: [BENCH_MESSAGE_SID] })] },
};

const SECRET = (arnVariable: string) =>
  `await c.SecretsManagerClient.send(new GetSecretValueCommand({ SecretId: process.env.${arnVariable} }))`;
const SECRETS = { 'client-secrets-manager': ['SecretsManagerClient', 'GetSecretValueCommand'] };

/** Each function's SDK clients (package → client class first, then what the call needs) and its first call. */
export const BASELINES: Record<string, { clients: Record<string, string[]>; call: string }> = {
  intake: {
    clients: { 'client-dynamodb': ['DynamoDBClient'], 'client-sqs': ['SQSClient'], ...SECRETS },
    call: SECRET('PEPPER_SECRET_ARN'),
  },
  analyze: {
    clients: {
      'client-dynamodb': ['DynamoDBClient'],
      'client-sqs': ['SQSClient'],
      'client-comprehend': ['ComprehendClient', 'BatchDetectSentimentCommand'],
    },
    call: "await c.ComprehendClient.send(new BatchDetectSentimentCommand({ TextList: ['The new schedule is great'], LanguageCode: 'en' }))",
  },
  escalate: {
    clients: {
      'client-dynamodb': ['DynamoDBClient'],
      'client-sesv2': ['SESv2Client'],
      'client-translate': ['TranslateClient'],
      ...SECRETS,
    },
    call: SECRET('LINK_SIGNING_KEY_SECRET_ARN'),
  },
  sweep: {
    clients: { 'client-dynamodb': ['DynamoDBClient'], 'client-sesv2': ['SESv2Client'], ...SECRETS },
    call: SECRET('LINK_SIGNING_KEY_SECRET_ARN'),
  },
  'sms-inbound': {
    clients: {
      'client-dynamodb': ['DynamoDBClient'],
      'client-sqs': ['SQSClient'],
      'client-pinpoint-sms-voice-v2': ['PinpointSMSVoiceV2Client'],
      ...SECRETS,
    },
    call: SECRET('PEPPER_SECRET_ARN'),
  },
  sponsor: {
    clients: { 'client-dynamodb': ['DynamoDBClient'], 'client-s3': ['S3Client'], ...SECRETS },
    call: SECRET('LINK_SIGNING_KEY_SECRET_ARN'),
  },
  digest: {
    clients: {
      'client-dynamodb': ['DynamoDBClient'],
      'client-s3': ['S3Client'],
      'client-sesv2': ['SESv2Client'],
      ...SECRETS,
    },
    call: SECRET('LINK_SIGNING_KEY_SECRET_ARN'),
  },
  'forget-windows': {
    clients: { 'client-dynamodb': ['DynamoDBClient', 'ScanCommand'] },
    call: 'await c.DynamoDBClient.send(new ScanCommand({ TableName: process.env.RATE_STATE_TABLE_NAME, Limit: 1 }))',
  },
  'sms-erase': { clients: { 'client-sqs': ['SQSClient'], ...SECRETS }, call: SECRET('TWILIO_SECRET_ARN') },
};

/** Writes each baseline's entry file; returns their bundle names (`<function>-sdk-baseline`) and paths. */
export function writeBaselineEntries(dir: string, functions: string[]): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  return Object.fromEntries(
    functions.map((name) => {
      const { clients, call } = BASELINES[name]!;
      const lines = Object.entries(clients).map(
        ([pkg, names]) => `import { ${names.join(', ')} } from '@aws-sdk/${pkg}';`,
      );
      lines.push(
        `const c = { ${Object.values(clients)
          .map(([client]) => `${client}: new ${client}({})`)
          .join(', ')} };`,
      );
      lines.push(`export const handler = async () => { ${call}; return { statusCode: 200 }; };`);
      const file = join(dir, `${name}-sdk-baseline.ts`);
      writeFileSync(file, `${lines.join('\n')}\n`);
      return [`${name}-sdk-baseline`, file];
    }),
  );
}
