import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startDynamoDb } from '../infra/local/dynamodb-stand-in';
import { close, listen } from '../infra/local/listen';
import { bundleFunctions } from './bundle';
import { median, ratio, round } from './stats';

const run = promisify(execFile);

// Runs in a fresh Node process: import the bundle, call its handler once.
const CHILD = `
const start = performance.now();
const mod = await import(process.argv[1]);
const loaded = performance.now();
const event = JSON.parse(process.argv[2]);
const context = { functionName: 'bench', awsRequestId: 'bench', getRemainingTimeInMillis: () => 10000 };
await mod.handler(event, context); // SNS handlers answer nothing; not throwing is the answer
const answered = performance.now();
console.log(JSON.stringify({ loadMs: loaded - start, firstResponseMs: answered - start, sinceProcessStartMs: answered, ok: true }));
`;

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
  analyze: {
    Records: [
      {
        messageId: 'm1',
        receiptHandle: 'r1',
        body: JSON.stringify({ id: '00000000-0000-4000-8000-000000000001', caseKey: 'b'.repeat(64), channel: 'web', week: '2026-W47', escalate: false, text: 'The new schedule is great but parking is a nightmare' }),
        attributes: {},
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:analysis',
        awsRegion: 'us-east-1',
      },
    ],
  },
  escalate: { Records: [] },
  sweep: {},
  // A payload it cannot parse: dropped at once, so no reply is attempted.
  'sms-inbound': { Records: [{ EventSource: 'aws:sns', Sns: { Message: '{}' } }] },
  'hello-world': {},
};

/** A stand-in for Secrets Manager's GetSecretValue on 127.0.0.1, so no bundle reaches AWS. */
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
  bytes: number;
  loadMs: number;
  firstResponseMs: number;
  bytesRatio: number;
  firstResponseRatio: number;
}

/** Bundle size and module-load-to-first-response of each Lambda in fresh Node processes, beside a hello-world bundle. */
export async function measureColdStarts({ runs = 7, dataDir }: { runs?: number; dataDir: string }): Promise<ColdStartRow[]> {
  const bundles = await bundleFunctions(join(process.cwd(), 'bench/.build'));
  const dynamodb = await startDynamoDb({ port: 0, path: join(dataDir, 'cold-start-db'), tableName: 'bench' });
  const secrets = await secretsStub();
  const env = {
    ...process.env,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.endpoint,
    AWS_ENDPOINT_URL_SQS: 'http://127.0.0.1:9',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    TABLE_NAME: 'bench',
    ANALYSIS_QUEUE_URL: 'http://127.0.0.1:9/000000000000/analysis',
    PEPPER_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:pepper',
    LINK_SIGNING_KEY_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:link',
    ESCALATION_QUEUE_URL: 'http://127.0.0.1:9/000000000000/escalation',
    AWS_ENDPOINT_URL_SESV2: 'http://127.0.0.1:9',
    AWS_ENDPOINT_URL_COMPREHEND: 'http://127.0.0.1:9',
    AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2: 'http://127.0.0.1:9',
    PUBLIC_URL: 'https://feedback.example.com',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  };
  try {
    const results: Record<string, { load: number[]; first: number[] }> = {};
    for (let i = 0; i < runs; i += 1) {
      for (const [name, bundle] of Object.entries(bundles)) {
        const { stdout } = await run(process.execPath, ['--input-type=module', '-e', CHILD, bundle.path, JSON.stringify(EVENTS[name] ?? {})], { env });
        const sample = JSON.parse(stdout.trim().split('\n').pop()!) as { loadMs: number; firstResponseMs: number; ok: boolean };
        if (!sample.ok) throw new Error(`${name} gave no response`);
        (results[name] ??= { load: [], first: [] }).load.push(sample.loadMs);
        results[name]!.first.push(sample.firstResponseMs);
      }
    }
    const hello = { bytes: bundles['hello-world']!.bytes, first: median(results['hello-world']!.first) };
    return Object.entries(bundles).map(([name, bundle]) => ({
      name,
      bytes: bundle.bytes,
      loadMs: round(median(results[name]!.load)),
      firstResponseMs: round(median(results[name]!.first)),
      bytesRatio: round(ratio(bundle.bytes, hello.bytes)),
      firstResponseRatio: round(ratio(median(results[name]!.first), hello.first)),
    }));
  } finally {
    await secrets.close();
    await dynamodb.close();
  }
}
