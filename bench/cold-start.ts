import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { startDynamoDb } from '../local/dynamodb-stand-in';
import { close, listen } from '../local/listen';
import { startSes } from '../local/ses-stand-in';
import { startSqs } from '../local/sqs-stand-in';
import { startComprehendStandIn } from '../test/support/comprehend-stand-in';
import { bundleFunctions, FUNCTION_ENTRIES, type SdkSource } from './bundle';
import { lambdaNode } from './lambda-node';
import { median, ratio, round } from './stats';

const run = promisify(execFile);

// Runs in a fresh Node process, as a Lambda cold start does: import the bundle (init), call its handler once (first invocation).
const CHILD = `
const t0 = performance.now();
const mod = await import(process.argv[1]);
const t1 = performance.now();
const context = { functionName: 'bench', awsRequestId: 'bench', getRemainingTimeInMillis: () => 60000 };
const result = await mod.handler(JSON.parse(process.argv[2]), context);
const t2 = performance.now();
const failed = result && Array.isArray(result.batchItemFailures) && result.batchItemFailures.length > 0;
console.log(JSON.stringify({ initMs: t1 - t0, firstInvocationMs: t2 - t1, ok: !failed && !(result && result.statusCode >= 500) }));
`;

const sqsRecord = (body: unknown) => ({
  messageId: 'm1',
  receiptHandle: 'r1',
  body: JSON.stringify(body),
  attributes: {},
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:analysis',
  awsRegion: 'us-east-1',
});

const EVENTS: Record<string, unknown> = {
  intake: {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/health',
    rawQueryString: '',
    headers: { host: 'bench.local', accept: 'application/json' },
    requestContext: { http: { method: 'GET', path: '/health', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' }, stage: '$default', requestId: 'r', domainName: 'bench.local', timeEpoch: 0 },
    isBase64Encoded: false,
  },
  // One message, analysed by Comprehend (the stand-in answers) and stored in DynamoDB.
  analyze: {
    Records: [
      sqsRecord({ id: '00000000-0000-4000-8000-000000000001', caseKey: 'b'.repeat(64), channel: 'web', week: '2026-W47', escalate: false, text: 'The new schedule is great but parking is a nightmare' }),
    ],
  },
  escalate: { Records: [] },
  sweep: {},
  // A payload it cannot parse: dropped at once, so no reply is attempted.
  'sms-inbound': { Records: [{ EventSource: 'aws:sns', Sns: { Message: '{}' } }] },
  'hello-world': {},
};

/**
 * Each function's SDK baseline: the same SDK clients created at module
 * scope, and one call to a stand-in that answers. What a function costs
 * beyond this is the project's own code.
 */
const BASELINES: Record<string, { clients: Record<string, string[]>; call: string }> = {
  intake: {
    clients: { 'client-dynamodb': ['DynamoDBClient'], 'client-sqs': ['SQSClient'], 'client-secrets-manager': ['SecretsManagerClient', 'GetSecretValueCommand'] },
    call: 'await c2.send(new GetSecretValueCommand({ SecretId: process.env.PEPPER_SECRET_ARN }))',
  },
  analyze: {
    clients: { 'client-dynamodb': ['DynamoDBClient'], 'client-sqs': ['SQSClient'], 'client-comprehend': ['ComprehendClient', 'BatchDetectSentimentCommand'] },
    call: "await c2.send(new BatchDetectSentimentCommand({ TextList: ['The new schedule is great'], LanguageCode: 'en' }))",
  },
  escalate: {
    clients: { 'client-dynamodb': ['DynamoDBClient'], 'client-sesv2': ['SESv2Client'], 'client-translate': ['TranslateClient'], 'client-secrets-manager': ['SecretsManagerClient', 'GetSecretValueCommand'] },
    call: 'await c3.send(new GetSecretValueCommand({ SecretId: process.env.LINK_SIGNING_KEY_SECRET_ARN }))',
  },
  sweep: {
    clients: { 'client-dynamodb': ['DynamoDBClient'], 'client-sesv2': ['SESv2Client'], 'client-secrets-manager': ['SecretsManagerClient', 'GetSecretValueCommand'] },
    call: 'await c2.send(new GetSecretValueCommand({ SecretId: process.env.LINK_SIGNING_KEY_SECRET_ARN }))',
  },
  'sms-inbound': {
    clients: { 'client-dynamodb': ['DynamoDBClient'], 'client-sqs': ['SQSClient'], 'client-pinpoint-sms-voice-v2': ['PinpointSMSVoiceV2Client'], 'client-secrets-manager': ['SecretsManagerClient', 'GetSecretValueCommand'] },
    call: 'await c3.send(new GetSecretValueCommand({ SecretId: process.env.PEPPER_SECRET_ARN }))',
  },
};

function writeBaselineEntries(dir: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  return Object.fromEntries(
    Object.entries(BASELINES).map(([name, { clients, call }]) => {
      const lines = Object.entries(clients).map(([pkg, names]) => `import { ${names.join(', ')} } from '@aws-sdk/${pkg}';`);
      lines.push(...Object.values(clients).map((names, i) => `const c${i} = new ${names[0]}({});`));
      lines.push(`export const handler = async () => { ${call}; return { statusCode: 200 }; };`);
      const file = join(dir, `${name}-sdk-baseline.ts`);
      writeFileSync(file, `${lines.join('\n')}\n`);
      return [`${name}-sdk-baseline`, file];
    }),
  );
}

/** Secrets Manager's GetSecretValue on 127.0.0.1, so no bundle reaches AWS. */
async function secretsStub() {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/x-amz-json-1.1');
      res.end(JSON.stringify({ ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:pepper', Name: 'pepper', SecretString: 'p'.repeat(64) }));
    });
  });
  return { endpoint: await listen(server, 0), close: () => close(server) };
}

export interface ColdStartRow {
  name: string;
  sdk: SdkSource;
  bytes: number;
  initMs: number;
  firstInvocationMs: number;
  baseline: { bytes: number; initMs: number; firstInvocationMs: number };
  /** (init + first invocation) of the function ÷ that of its SDK baseline; the goal is ≤ 1.5. */
  coldStartRatio: number;
}

/**
 * Each Lambda bundle beside its SDK baseline, with the SDK left external and
 * bundled, each in fresh processes of the Lambda's Node major (when one is
 * installed, else this Node), against stand-ins that answer: init (import)
 * and first invocation separately, medians of `runs`. Bundled variants run
 * from a folder with no node_modules, as in a Lambda; external ones resolve
 * the repository's SDK, standing in for the runtime's.
 */
export async function measureColdStarts({ runs = 7, dataDir }: { runs?: number; dataDir: string }): Promise<{ node: string; rows: ColdStartRow[] }> {
  const node = lambdaNode() ?? process.execPath;
  const { stdout: nodeVersion } = await run(node, ['--version']);
  const buildDir = join(process.cwd(), 'bench/.build');
  const entries = { ...FUNCTION_ENTRIES, ...writeBaselineEntries(join(buildDir, 'baselines')) };
  const isolated = mkdtempSync(join(tmpdir(), 'lp-cold-start-'));
  const dynamodb = await startDynamoDb({ port: 0, path: join(dataDir, 'cold-start-db'), tableName: 'bench' });
  const secrets = await secretsStub();
  const comprehend = await startComprehendStandIn();
  const ses = await startSes({ port: 0 });
  const sqs = await startSqs({ port: 0, dataDir: join(dataDir, 'cold-start-sqs'), encryptionKey: 'k'.repeat(64) });
  try {
    const analysis = await sqs.createQueuePair('analysis', { visibilityTimeoutSeconds: 60, maxReceiveCount: 5 });
    const escalation = await sqs.createQueuePair('escalation', { visibilityTimeoutSeconds: 60, maxReceiveCount: 5 });
    const env = {
      PATH: process.env.PATH,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'bench',
      AWS_SECRET_ACCESS_KEY: 'bench',
      AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.endpoint,
      AWS_ENDPOINT_URL_SQS: sqs.endpoint,
      AWS_ENDPOINT_URL_SESV2: ses.endpoint,
      AWS_ENDPOINT_URL_COMPREHEND: comprehend.endpoint,
      AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2: 'http://127.0.0.1:9',
      AWS_ENDPOINT_URL_TRANSLATE: 'http://127.0.0.1:9',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      TABLE_NAME: 'bench',
      RATE_STATE_TABLE_NAME: 'bench',
      ANALYSIS_QUEUE_URL: analysis.url,
      ESCALATION_QUEUE_URL: escalation.url,
      PEPPER_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:pepper',
      LINK_SIGNING_KEY_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:link',
      SES_CONFIGURATION_SET: 'bench',
      PUBLIC_URL: 'https://feedback.example.com',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      POWERTOOLS_METRICS_DISABLED: 'true',
    };
    const rows: ColdStartRow[] = [];
    for (const sdk of ['external', 'bundled'] as const) {
      const built = await bundleFunctions(join(buildDir, sdk), entries, { sdk });
      // A bundled SDK must not need node_modules: run those from a folder that has none.
      const pathOf = (name: string) => {
        if (sdk === 'external') return built[name]!.path;
        const copy = join(isolated, sdk, name, 'index.mjs');
        mkdirSync(dirname(copy), { recursive: true });
        cpSync(built[name]!.path, copy);
        return copy;
      };
      const samples: Record<string, { init: number[]; first: number[] }> = {};
      for (let i = 0; i < runs; i += 1) {
        for (const name of Object.keys(built)) {
          const event = EVENTS[name.replace(/-sdk-baseline$/, '')] ?? {};
          const { stdout } = await run(node, ['--input-type=module', '-e', CHILD, pathToFileURL(pathOf(name)).href, JSON.stringify(event)], { env });
          const sample = JSON.parse(stdout.trim().split('\n').pop()!) as { initMs: number; firstInvocationMs: number; ok: boolean };
          if (!sample.ok) throw new Error(`${name} (SDK ${sdk}) did not answer its event successfully`);
          (samples[name] ??= { init: [], first: [] }).init.push(sample.initMs);
          samples[name]!.first.push(sample.firstInvocationMs);
        }
      }
      for (const name of Object.keys(FUNCTION_ENTRIES)) {
        const base = `${name}-sdk-baseline`;
        const fn = { init: median(samples[name]!.init), first: median(samples[name]!.first) };
        const baseline = { init: median(samples[base]!.init), first: median(samples[base]!.first) };
        rows.push({
          name,
          sdk,
          bytes: built[name]!.bytes,
          initMs: round(fn.init),
          firstInvocationMs: round(fn.first),
          baseline: { bytes: built[base]!.bytes, initMs: round(baseline.init), firstInvocationMs: round(baseline.first) },
          coldStartRatio: round(ratio(fn.init + fn.first, baseline.init + baseline.first)),
        });
      }
    }
    return { node: nodeVersion.trim(), rows };
  } finally {
    rmSync(isolated, { recursive: true, force: true });
    await sqs.close();
    await ses.close();
    await comprehend.close();
    await secrets.close();
    await dynamodb.close();
  }
}
