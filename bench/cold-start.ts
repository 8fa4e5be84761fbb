import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { BuildOptions } from 'esbuild';
import { startDynamoDb } from '../local/dynamodb-stand-in';
import { close, listen } from '../local/listen';
import { startSes } from '../local/ses-stand-in';
import { startSqs } from '../local/sqs-stand-in';
import { startComprehendStandIn } from '../test/support/comprehend-stand-in';
import { startS3StandIn } from '../test/support/s3-stand-in';
import { startTwilioApiStandIn } from '../test/support/twilio-api-stand-in';
import { bundleFunctions, ENTRY_FILE, FUNCTION_ENTRIES, type SdkSource } from './bundle';
import { BENCH_TWILIO_ACCOUNT, EVENTS, writeBaselineEntries } from './cold-start-subjects';
import { REGEXPS_COMPILED_AT_ONCE } from '../infra/constructs/regexps-compiled-at-once';
import { lambdaNode } from './lambda-node';
import { median, ratio, round } from './stats';

const run = promisify(execFile);

// Runs in a fresh Node process, as a Lambda cold start does: import the bundle (init), call its handler once (first invocation).
// CPU time (all threads) beside wall time: on a shared machine the CPU figure moves far less with the load.
const CHILD = `
const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
const c0 = cpu(), t0 = performance.now(), h0 = process.hrtime.bigint();
const mod = await import(process.argv[1]);
const c1 = cpu(), t1 = performance.now(), h1 = process.hrtime.bigint();
const context = { functionName: 'bench', awsRequestId: 'bench', getRemainingTimeInMillis: () => 60000 };
const result = await mod.handler(JSON.parse(process.argv[2]), context);
const c2 = cpu(), t2 = performance.now(), h2 = process.hrtime.bigint();
const failed = result && Array.isArray(result.batchItemFailures) && result.batchItemFailures.length > 0;
console.log(JSON.stringify({ initMs: t1 - t0, firstInvocationMs: t2 - t1, initCpuMs: c1 - c0, firstInvocationCpuMs: c2 - c1, ok: !failed && !(result && result.statusCode >= 500), answer: result && result.statusCode >= 500 ? String(result.body).slice(0, 300) : undefined, marksUs: [h0, h1, h2].map((h) => Number(h / 1000n)) }));
`;

/** Every secret's value in the bench: long enough for the pepper, the link-signing key and the Twilio token. */
const BENCH_SECRET = 'p'.repeat(64);

/** Secrets Manager's GetSecretValue on 127.0.0.1, so no bundle reaches AWS. */
async function secretsStub() {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/x-amz-json-1.1');
      res.end(
        JSON.stringify({
          ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:pepper',
          Name: 'pepper',
          SecretString: BENCH_SECRET,
        }),
      );
    });
  });
  return { endpoint: await listen(server, 0), close: () => close(server) };
}

export interface ColdStartRow {
  name: string;
  sdk: SdkSource;
  /** The bundle's files together, and what its import reads (the entry and the chunks it imports statically). */
  bytes: number;
  entryBytes: number;
  initMs: number;
  firstInvocationMs: number;
  /** CPU time of the same (user + system, all threads), medians. */
  initCpuMs: number;
  firstInvocationCpuMs: number;
  baseline: {
    bytes: number;
    initMs: number;
    firstInvocationMs: number;
    initCpuMs: number;
    firstInvocationCpuMs: number;
  };
  /** The function's init ÷ its SDK baseline's. */
  initRatio: number;
  /** The function's first invocation ÷ its SDK baseline's. */
  firstInvocationRatio: number;
  /** (init + first invocation) of the function ÷ that of its SDK baseline; the goal is ≤ 1.5. */
  coldStartRatio: number;
  /** The same ratio in CPU time. */
  coldStartCpuRatio: number;
  /** Whether the function ran with V8's regexp tier-up off (`--no-regexp-tier-up`), as deployed. */
  patternsAtOnce: boolean;
  /** The same bundle with the flag the other way (on when deployed without it, and back), for `READ_PATTERNS`. */
  otherWay?: {
    patternsAtOnce: boolean;
    initMs: number;
    firstInvocationMs: number;
    initCpuMs: number;
    firstInvocationCpuMs: number;
    coldStartRatio: number;
    coldStartCpuRatio: number;
  };
  /** The earlier build's bundle (`before`), measured in the same rounds, against the same baseline. */
  before?: {
    initMs: number;
    firstInvocationMs: number;
    initCpuMs: number;
    firstInvocationCpuMs: number;
    coldStartRatio: number;
    coldStartCpuRatio: number;
  };
}

/** The suffix of an earlier build's subjects (`measureColdStarts`'s `before`). */
const BEFORE = '-before';

/**
 * The functions deployed with V8's regexp tier-up off (`regexpsCompiledAtOnce` in infra/constructs/analysis-pipeline.ts,
 * through the exec wrapper of regexps-compiled-at-once.ts): their processes here get the flag as the wrapper gives it.
 */
export const DEPLOYED_WITH_PATTERNS_AT_ONCE: readonly string[] = ['analyze'];

/**
 * The functions that read redaction or urgency: each also runs the other way in the same rotation (the analysis
 * function without the flag; the 512 MB ones with it, which they are not deployed with), so the flag is measured side
 * by side, against the same baseline.
 */
export const READ_PATTERNS: readonly string[] = ['intake', 'analyze', 'sms-inbound', 'sponsor'];

/** The suffix of a subject run the other way (`READ_PATTERNS`). */
const OTHER_WAY = '-other-way';

/**
 * Each Lambda bundle beside its SDK baseline, in fresh processes of the
 * Lambda's Node major (when one is installed, else this Node), as the
 * functions run (the source map beside each bundle, not enabled at start-up),
 * against stand-ins that answer:
 * init (import) and first invocation separately, medians of `runs`. Each
 * function and its baseline run one after the other, in alternating order,
 * so load on a shared machine falls on both alike. Bundled variants run from
 * a folder with no node_modules, as in a Lambda; external ones (only when
 * asked for) resolve the repository's SDK, standing in for the runtime's.
 */
export async function measureColdStarts({
  runs = 7,
  dataDir,
  sdks = ['bundled'],
  only,
  nodeArgs,
  onSample,
  buildOverrides,
  before,
  events = EVENTS,
  node: nodeBinary,
}: {
  runs?: number;
  dataDir: string;
  sdks?: SdkSource[];
  only?: string[];
  /** Extra flags for a subject's process (the profiler's, for `bench/cold-start-profile.ts`). */
  nodeArgs?: (subject: string, round: number) => string[];
  /** Each process's start, end of import and end of first invocation (monotonic µs, as a CPU profile's timestamps). */
  onSample?: (subject: string, round: number, marksUs: [number, number, number]) => void;
  /** esbuild options over the deployed ones, for the profiler only (see `bundleFunctions`). */
  buildOverrides?: BuildOptions;
  /**
   * A copy of an earlier build's `bench/.build/bundled` folder: each function's
   * bundle from there runs in the same rotation as the current one and its
   * baseline, so a change is measured side by side under the same load.
   */
  before?: string;
  /** What each function is handed, over `EVENTS`. */
  events?: Record<string, unknown>;
  /** The Node binary the subjects run on, over the Lambda's major (`--node=this`: the bench's own, Node 20 here). */
  node?: string;
}): Promise<{ node: string; rows: ColdStartRow[] }> {
  const node = nodeBinary ?? lambdaNode() ?? process.execPath;
  const { stdout: nodeVersion } = await run(node, ['--version']);
  const functions = Object.keys(FUNCTION_ENTRIES).filter((name) => !only?.length || only.includes(name));
  const buildDir = join(process.cwd(), 'bench/.build');
  const entries = {
    ...Object.fromEntries(functions.map((name) => [name, FUNCTION_ENTRIES[name]!])),
    ...writeBaselineEntries(join(buildDir, 'baselines'), functions),
  };
  const isolated = mkdtempSync(join(tmpdir(), 'lp-cold-start-'));
  const dynamodb = await startDynamoDb({ port: 0, path: join(dataDir, 'cold-start-db'), tableName: 'bench' });
  const secrets = await secretsStub();
  const comprehend = await startComprehendStandIn();
  const s3 = await startS3StandIn();
  const twilio = await startTwilioApiStandIn({ [BENCH_TWILIO_ACCOUNT]: BENCH_SECRET });
  const ses = await startSes({ port: 0 });
  const sqs = await startSqs({ port: 0, dataDir: join(dataDir, 'cold-start-sqs'), encryptionKey: 'k'.repeat(64) });
  try {
    const analysis = await sqs.createQueuePair('analysis', { visibilityTimeoutSeconds: 60, maxReceiveCount: 5 });
    const priorityAnalysis = await sqs.createQueuePair('analysis-priority', {
      visibilityTimeoutSeconds: 60,
      maxReceiveCount: 5,
    });
    const markedAnalysis = await sqs.createQueuePair('analysis-marked', {
      visibilityTimeoutSeconds: 60,
      maxReceiveCount: 5,
    });
    const escalation = await sqs.createQueuePair('escalation', { visibilityTimeoutSeconds: 60, maxReceiveCount: 5 });
    const priorityEscalation = await sqs.createQueuePair('escalation-priority', {
      visibilityTimeoutSeconds: 60,
      maxReceiveCount: 5,
    });
    const erasure = await sqs.createQueuePair('sms-erase', { visibilityTimeoutSeconds: 60, maxReceiveCount: 5 });
    const env = {
      PATH: process.env.PATH,
      // No NODE_OPTIONS, as ListeningPostFunction sets none: the map beside each bundle is read on its first error only.
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'bench',
      AWS_SECRET_ACCESS_KEY: 'bench',
      AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.endpoint,
      AWS_ENDPOINT_URL_SQS: sqs.endpoint,
      AWS_ENDPOINT_URL_SESV2: ses.endpoint,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ENDPOINT_URL_COMPREHEND: comprehend.endpoint,
      AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2: 'http://127.0.0.1:9',
      AWS_ENDPOINT_URL_TRANSLATE: 'http://127.0.0.1:9',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      TABLE_NAME: 'bench',
      RATE_STATE_TABLE_NAME: 'bench',
      ANALYSIS_QUEUE_URL: analysis.url,
      PRIORITY_ANALYSIS_QUEUE_URL: priorityAnalysis.url,
      MARKED_ANALYSIS_QUEUE_URL: markedAnalysis.url,
      ESCALATION_QUEUE_URL: escalation.url,
      PRIORITY_ESCALATION_QUEUE_URL: priorityEscalation.url,
      SMS_ERASE_QUEUE_URL: erasure.url,
      PEPPER_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:pepper',
      LINK_SIGNING_KEY_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:link',
      TWILIO_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:twilio',
      TWILIO_API_URL: twilio.url,
      DIGEST_BUCKET: 'bench-digests',
      SES_CONFIGURATION_SET: 'bench',
      PUBLIC_URL: 'https://feedback.example.com',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      POWERTOOLS_METRICS_DISABLED: 'true',
    };
    const rows: ColdStartRow[] = [];
    for (const sdk of sdks) {
      const built = await bundleFunctions(join(buildDir, sdk), entries, { sdk, overrides: buildOverrides });
      // A bundled SDK must not need node_modules: run those from a folder that has none (source map beside it).
      // The whole folder: the entry, the chunks it loads on demand and their source maps.
      const pathOf = (name: string) => {
        if (name.endsWith(BEFORE)) {
          const copy = join(isolated, 'before', name);
          if (!existsSync(copy)) cpSync(join(before!, name.slice(0, -BEFORE.length)), copy, { recursive: true });
          return join(copy, ENTRY_FILE);
        }
        // The other way runs the same bundle.
        const fn = name.endsWith(OTHER_WAY) ? name.slice(0, -OTHER_WAY.length) : name;
        if (sdk === 'external') return built[fn]!.path;
        const copy = join(isolated, sdk, fn);
        if (!existsSync(copy)) cpSync(dirname(built[fn]!.path), copy, { recursive: true });
        return join(copy, basename(built[fn]!.path));
      };
      const samples: Record<string, { init: number[]; first: number[]; initCpu: number[]; firstCpu: number[] }> = {};
      // As deployed, or the other way for the subject so named; an earlier build's runs as deployed.
      const atOnce = (subject: string) => {
        const fn = subject.replace(new RegExp(`(${BEFORE}|${OTHER_WAY})$`), '');
        return DEPLOYED_WITH_PATTERNS_AT_ONCE.includes(fn) !== subject.endsWith(OTHER_WAY);
      };
      const coldStart = async (name: string, event: unknown, round: number) => {
        const { stdout } = await run(
          node,
          [
            ...(atOnce(name) ? [REGEXPS_COMPILED_AT_ONCE] : []),
            ...(nodeArgs?.(name, round) ?? []),
            '--input-type=module',
            '-e',
            CHILD,
            pathToFileURL(pathOf(name)).href,
            JSON.stringify(event),
          ],
          { env },
        );
        const sample = JSON.parse(stdout.trim().split('\n').pop()!) as {
          initMs: number;
          firstInvocationMs: number;
          initCpuMs: number;
          firstInvocationCpuMs: number;
          ok: boolean;
          answer?: string;
          marksUs: [number, number, number];
        };
        onSample?.(name, round, sample.marksUs);
        if (!sample.ok)
          throw new Error(`${name} (SDK ${sdk}) did not answer its event successfully: ${sample.answer ?? ''}`);
        const into = (samples[name] ??= { init: [], first: [], initCpu: [], firstCpu: [] });
        into.init.push(sample.initMs);
        into.first.push(sample.firstInvocationMs);
        into.initCpu.push(sample.initCpuMs);
        into.firstCpu.push(sample.firstInvocationCpuMs);
      };
      for (let i = 0; i < runs; i += 1) {
        for (const name of functions) {
          const subjects = [
            name,
            `${name}-sdk-baseline`,
            ...(before ? [`${name}${BEFORE}`] : []),
            ...(READ_PATTERNS.includes(name) ? [`${name}${OTHER_WAY}`] : []),
          ];
          // Rotated each round, so no subject always runs first (or right after another).
          const shift = i % subjects.length;
          const order = [...subjects.slice(shift), ...subjects.slice(0, shift)];
          for (const subject of order) await coldStart(subject, events[name] ?? {}, i);
        }
      }
      for (const name of functions) {
        const base = `${name}-sdk-baseline`;
        const medians = (of: string) => ({
          init: median(samples[of]!.init),
          first: median(samples[of]!.first),
          initCpu: median(samples[of]!.initCpu),
          firstCpu: median(samples[of]!.firstCpu),
        });
        const fn = medians(name);
        const baseline = medians(base);
        // Another way of the same function (the flag off, or the tree before), beside the same baseline.
        const againstBaseline = ({ init, first, initCpu, firstCpu }: ReturnType<typeof medians>) => ({
          initMs: round(init),
          firstInvocationMs: round(first),
          initCpuMs: round(initCpu),
          firstInvocationCpuMs: round(firstCpu),
          coldStartRatio: round(ratio(init + first, baseline.init + baseline.first)),
          coldStartCpuRatio: round(ratio(initCpu + firstCpu, baseline.initCpu + baseline.firstCpu)),
        });
        rows.push({
          name,
          sdk,
          bytes: built[name]!.bytes,
          entryBytes: built[name]!.entryBytes,
          initMs: round(fn.init),
          firstInvocationMs: round(fn.first),
          initCpuMs: round(fn.initCpu),
          firstInvocationCpuMs: round(fn.firstCpu),
          baseline: {
            bytes: built[base]!.bytes,
            initMs: round(baseline.init),
            firstInvocationMs: round(baseline.first),
            initCpuMs: round(baseline.initCpu),
            firstInvocationCpuMs: round(baseline.firstCpu),
          },
          initRatio: round(ratio(fn.init, baseline.init)),
          firstInvocationRatio: round(ratio(fn.first, baseline.first)),
          coldStartRatio: round(ratio(fn.init + fn.first, baseline.init + baseline.first)),
          coldStartCpuRatio: round(ratio(fn.initCpu + fn.firstCpu, baseline.initCpu + baseline.firstCpu)),
          patternsAtOnce: atOnce(name),
          ...(READ_PATTERNS.includes(name) && {
            otherWay: {
              patternsAtOnce: atOnce(`${name}${OTHER_WAY}`),
              ...againstBaseline(medians(`${name}${OTHER_WAY}`)),
            },
          }),
          ...(before && {
            before: againstBaseline(medians(`${name}${BEFORE}`)),
          }),
        });
      }
    }
    return { node: nodeVersion.trim(), rows };
  } finally {
    rmSync(isolated, { recursive: true, force: true });
    await sqs.close();
    await ses.close();
    await twilio.close();
    await s3.close();
    await comprehend.close();
    await secrets.close();
    await dynamodb.close();
  }
}
