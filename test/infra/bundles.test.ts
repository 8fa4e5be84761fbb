import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAMBDA_NODE_INSTALL, LAMBDA_NODE_MAJOR, lambdaNode } from '../../bench/lambda-node';
import { bundleFiles } from '../../infra/constructs/function-bundling';
import { EXEC_WRAPPER_FILE, EXEC_WRAPPER_PATH } from '../../infra/constructs/regexps-compiled-at-once';
import { buildApp, removeTempDirs, tempOutdir } from './helpers';

const run = promisify(execFile);
// The AWS SDK clients a function uses are in its bundle (about 0.2 to 0.4 MB of it). 3 MB since the thirty-sixth
// redaction round (2026-12-06: numbered spots in nine languages, two-letter names, word-names acting): the sponsor
// function, which redacts what a sponsor writes before an employee reads it, weighs 2.51 MB with its source maps,
// its entry 0.45 MB, the redaction rules in chunks it loads on first need.
const MAX_BUNDLE_BYTES = 3 * 1024 * 1024;
/**
 * The intake and sms-inbound carry the offline urgency detector (its rules and
 * word tables, ~1 MB), to send urgent reports to the priority lane of analysis
 * (issue 12); the two analysis functions carry it too, beside redaction, the
 * sentiment model and the sponsor-name readings for a dozen scripts (issue
 * 14): what they may weigh beside it. The intake's detector and redaction
 * sit in chunks it loads on demand (its entry is under 0.3 MB), so most of
 * the weight is read only by the requests that need it; 3.5 MB since the
 * eleventh urgency round and the blind redaction round (2026-12-01), 4 MB since
 * the rules for medical emergencies, injuries and hazards in eleven languages,
 * sentence-by-sentence reading and the ninth redaction round (2026-12-03: the
 * intake 3.48 → 3.62 MB with its source maps; its entry still 0.3 MB), 4.5 MB since the twelfth rounds
 * (2026-12-03, afternoon: emergency phrase tables for thirteen more languages, harm to those in someone's care,
 * the redaction of brands, places and names beside hidden ones: the intake 4.04 MB, its entry still 0.3 MB), 5 MB
 * since the twenty-ninth rounds (2026-12-05: Swahili's table, a danger back again or bursting, labelled surnames and
 * roles of five more scripts: the intake 4.55 MB, its entry 0.33 MB, the analysis bundles 4.0 MB), 6 MB since the
 * thirty-fifth rounds (2026-12-06: a firing then a killing in eight languages, campaigns and denials, hazing; bare
 * initials and codes in words in eight languages: the intake 5.02 MB with its source maps, its entry 0.33 MB, the
 * analysis bundles 4.44 MB), 7 MB since session 41 (2026-12-07: medical signs in ten languages, retaliation idioms,
 * hiring limits, names each with their unit, superlatives and dated events warned about, complaint numbers: the
 * intake 6.05 MB with its source maps). What a cold start pays for it is measured by `npm run bench -- cold-start`.
 */
const MAX_ROUTING_BUNDLE_BYTES = 7 * 1024 * 1024;
const ROUTES_BY_URGENCY = ['intake', 'sms-inbound', 'analyze', 'analyze-priority', 'analyze-marked'];
const LAMBDA_NODE = lambdaNode();
if (!LAMBDA_NODE)
  console.warn(
    `No Node ${LAMBDA_NODE_MAJOR} binary here: the bundles are not loaded on the Lambda's Node major. Install one with: ${LAMBDA_NODE_INSTALL}`,
  );

interface Bundle {
  service: string;
  file: string;
  memorySize: number;
  /** The function's environment, references to other resources replaced by stand-ins. */
  environment: Record<string, string>;
}

/** A plausible value for an environment variable CloudFormation fills in at deploy time. */
function standIn(name: string): string {
  if (name === 'PUBLIC_URL') return 'https://abcdef1234.execute-api.eu-west-1.amazonaws.com';
  if (name.endsWith('_URL')) return `https://sqs.eu-west-1.amazonaws.com/123456789012/${name.toLowerCase()}`;
  if (name.endsWith('_ARN')) return `arn:aws:secretsmanager:eu-west-1:123456789012:secret:${name.toLowerCase()}`;
  return name.toLowerCase();
}

// The one real bundling synth of the suite: esbuild runs locally, no Docker.
// Outside the repository, as in a Lambda: nothing a bundle imports can come from node_modules.
describe('bundles', () => {
  afterAll(removeTempDirs);
  let bundles: Bundle[];
  beforeAll(() => {
    const { app, service } = buildApp({ bundling: true, outdir: tempOutdir() });
    const assembly = app.synth();
    const template = assembly.getStackArtifact(service.artifactId).template as {
      Resources: Record<string, { Type: string; Properties: Record<string, any>; Metadata?: Record<string, string> }>;
    };
    bundles = Object.values(template.Resources)
      .filter((resource) => resource.Type === 'AWS::Lambda::Function')
      .map((resource) => {
        const variables = resource.Properties.Environment.Variables as Record<string, unknown>;
        return {
          service: variables.POWERTOOLS_SERVICE_NAME as string,
          file: join(assembly.directory, resource.Metadata!['aws:asset:path']!, 'index.mjs'),
          memorySize: resource.Properties.MemorySize as number,
          environment: Object.fromEntries(
            Object.entries(variables).map(([name, value]) => [name, typeof value === 'string' ? value : standIn(name)]),
          ),
        };
      });
  }, 300_000); // esbuild bundles every function with its SDK clients: a minute here, more on a busy machine

  it('each function has a bundle under 3 MB (7 MB for the five that read urgency)', () => {
    expect(bundles.map((bundle) => bundle.service).sort()).toEqual([
      'analyze',
      'analyze-marked',
      'analyze-priority',
      'digest',
      'escalate',
      'escalate-priority',
      'forget-windows',
      'intake',
      'sms-erase',
      'sms-inbound',
      'sponsor',
      'sweep',
    ]);
    for (const bundle of bundles) {
      // The entry and the chunks it loads on demand: all of it is deployed.
      const { bytes } = bundleFiles(dirname(bundle.file));
      console.info(
        `bundle ${bundle.service}: ${(bytes / 1024).toFixed(0)} KiB, ${(statSync(bundle.file).size / 1024).toFixed(0)} KiB of it in index.mjs`,
      );
      expect(bytes, bundle.service).toBeLessThan(
        ROUTES_BY_URGENCY.includes(bundle.service) ? MAX_ROUTING_BUNDLE_BYTES : MAX_BUNDLE_BYTES,
      );
    }
  });

  it("each bundle carries the AWS SDK it was tested with, rather than importing the runtime's", () => {
    for (const bundle of bundles) {
      for (const file of bundleFiles(dirname(bundle.file)).files) {
        const code = readFileSync(file, 'utf8');
        // Static and dynamic imports; the SDK's own error messages that name packages in prose do not count.
        expect(code, bundle.service).not.toMatch(/(?:\bfrom\s*|\bimport\s*\(\s*)["']@aws-sdk\//);
      }
    }
  });

  it('each bundle ships its source map beside it and maps its own stack traces with it (Node does not, at start-up)', () => {
    for (const bundle of bundles) {
      expect(bundle.environment.NODE_OPTIONS ?? '', bundle.service).not.toContain('--enable-source-maps');
      for (const file of bundleFiles(dirname(bundle.file)).files)
        expect(existsSync(`${file}.map`), `${bundle.service}: ${basename(file)}.map`).toBe(true);
      const map = JSON.parse(readFileSync(`${bundle.file}.map`, 'utf8')) as { sources: string[] };
      expect(map.sources, bundle.service).toContainEqual(
        expect.stringMatching(/shared\/runtime\/readable-stack-traces\.ts$/),
      );
    }
  });

  // One character outside ASCII makes Node decode a whole file into two-byte text at every cold start
  // (docs/performance-log.md, "Eleventh round"): the inlined config is escaped, and so are the entries' own characters.
  it('each file inlines the config in ASCII, and each entry a cold start reads is ASCII (analyze aside)', () => {
    const outsideAscii = (text: string) => text.match(/[^\x00-\x7f]/g) ?? [];
    for (const bundle of bundles) {
      for (const file of bundleFiles(dirname(bundle.file)).files) {
        const banner = readFileSync(file, 'utf8').split('\n', 1)[0]!;
        expect(banner, `${bundle.service}: ${basename(file)}`).toContain('LISTENING_POST_CONFIG');
        expect(outsideAscii(banner), `${bundle.service}: ${basename(file)}`).toEqual([]);
      }
      // The analysis functions' entries carry the urgency rules, whose String.raw sources cannot be escaped.
      if (!bundle.service.startsWith('analyze'))
        expect(outsideAscii(readFileSync(bundle.file, 'utf8')), bundle.service).toEqual([]);
    }
  });

  // What a function never runs, it must not load at every cold start either (docs/performance.md, "Cold start").
  it("loads only its own function's code: no employee channels in the sponsors' bundle, no offline engine beside Comprehend", () => {
    // Every file of the bundle, chunks loaded on demand included: what is not there can never be loaded.
    const sourcesOf = (service: string) => {
      const bundle = bundles.find((b) => b.service === service)!;
      return bundleFiles(dirname(bundle.file)).files.flatMap(
        (file) => (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }).sources,
      );
    };
    const employeeChannels =
      /functions\/intake\/(routes\/(kiosk|kiosk-app|sms-twilio|web-feedback|case-status)\.ts|kiosk\/page\.ts)$/;
    expect(sourcesOf('intake').filter((s) => employeeChannels.test(s)).length).toBeGreaterThanOrEqual(5);
    expect(sourcesOf('sponsor').filter((s) => employeeChannels.test(s))).toEqual([]);
    expect(sourcesOf('sponsor')).toContainEqual(expect.stringMatching(/functions\/intake\/routes\/acknowledge\.ts$/));
    // The sponsors' routes are their function's: the employee-facing intake neither serves nor loads them.
    expect(sourcesOf('intake').filter((s) => /routes\/(acknowledge|case-desk|digest)\.ts$/.test(s))).toEqual([]);
    // The example config uses Comprehend: the offline engine's sentiment weights stay out of the analyze bundle.
    expect(sourcesOf('analyze').filter((s) => s.includes('shared/analysis/learned-sentiment/'))).toEqual([]);
  });

  // The local stack's clock setting (local/set-clock.ts) moves time for a laptop only: on AWS every function runs
  // on the real time, whatever its environment or files hold.
  it('no bundle reads the local clock setting: no CLOCK variable, no clock.json, nothing from local/', () => {
    for (const bundle of bundles) {
      for (const file of bundleFiles(dirname(bundle.file)).files) {
        const sources = (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }).sources;
        expect(
          sources.filter((source) => /(^|\/)local\/[^/]+\.ts$/.test(source) && !source.includes('adapters/local/')),
          bundle.service,
        ).toEqual([]);
        const code = readFileSync(file, 'utf8');
        expect(
          code.match(/env\s*(\.\s*CLOCK\b|\[\s*["'`]CLOCK["'`]\s*\])|clock\.json|--clock/g),
          bundle.service,
        ).toBeNull();
      }
    }
  });

  // Most sweeps find nothing to send: the email renderers and their catalogues (186 KB) load with the first email.
  it("the sweep's start reads no email catalogue: they are loaded with its first email", () => {
    const sweep = bundles.find((b) => b.service === 'sweep')!;
    const sourcesOf = (file: string) =>
      (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }).sources;
    // The entry and the chunks it imports statically (`import … from "./chunk-….mjs"`), as Node reads them at start.
    const atStart = new Set<string>();
    const visit = (file: string) => {
      if (atStart.has(file)) return;
      atStart.add(file);
      for (const [, chunk] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"\.\/(chunk-[\w-]+\.mjs)"/g))
        visit(join(dirname(file), chunk!));
    };
    visit(sweep.file);
    const catalogues = (sources: string[]) => sources.filter((s) => s.includes('shared/i18n/catalogues/'));
    expect([...atStart].flatMap((file) => catalogues(sourcesOf(file)))).toEqual([]);
    // Still in the bundle, for the sweeps that do send.
    expect(
      bundleFiles(dirname(sweep.file)).files.flatMap((file) => catalogues(sourcesOf(file))).length,
    ).toBeGreaterThan(0);
  });

  // V8's regexp tier-up off (infra/constructs/regexps-compiled-at-once.ts): a third less CPU for redaction and urgency,
  // about 100 MB more memory. It must be on node's command line, which a Lambda's runtime gives to an exec wrapper.
  describe('patterns compiled at once, through an exec wrapper on the command line', () => {
    const sourcesOf = (bundle: Bundle) =>
      bundleFiles(dirname(bundle.file)).files.flatMap(
        (file) => (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }).sources,
      );
    const readsPatterns = (bundle: Bundle) =>
      sourcesOf(bundle).some((source) => /shared\/analysis\/(redact|urgency)\.ts$/.test(source));
    const wrapperOf = (bundle: Bundle) => join(dirname(bundle.file), EXEC_WRAPPER_FILE);

    it('the three analysis functions start node through the wrapper in their asset, executable; no other function does', () => {
      const wrapped = bundles.filter((bundle) => bundle.environment.AWS_LAMBDA_EXEC_WRAPPER !== undefined);
      expect(wrapped.map((bundle) => bundle.service).sort()).toEqual(['analyze', 'analyze-marked', 'analyze-priority']);
      for (const bundle of bundles) {
        if (!wrapped.includes(bundle)) {
          expect(existsSync(wrapperOf(bundle)), bundle.service).toBe(false);
          continue;
        }
        expect(bundle.environment.AWS_LAMBDA_EXEC_WRAPPER, bundle.service).toBe(EXEC_WRAPPER_PATH);
        // Lambda unpacks the asset in /var/task; the zip keeps each file's mode.
        expect(EXEC_WRAPPER_PATH).toBe(`/var/task/${EXEC_WRAPPER_FILE}`);
        expect(statSync(wrapperOf(bundle)).mode & 0o111, bundle.service).toBe(0o111);
        expect(readsPatterns(bundle), bundle.service).toBe(true);
        // The machine code it keeps needs room: 819 MB RSS over every eval row on Node 24 (docs/performance.md).
        expect(bundle.memorySize, bundle.service).toBeGreaterThanOrEqual(1024);
      }
      // Those that read patterns but are left to V8's default have 512 MB: too little for the machine code.
      for (const bundle of bundles.filter((b) => readsPatterns(b) && !wrapped.includes(b)))
        expect(bundle.memorySize, bundle.service).toBeLessThan(1024);
    });

    it("the wrapper runs node with the flag before the runtime's entry, every other argument kept in its place", async () => {
      const bundle = bundles.find((b) => b.service === 'analyze')!;
      // A node that prints what it was given, one argument a line, as the runtime calls the wrapper.
      const dir = mkdtempSync(join(tmpdir(), 'lp-exec-wrapper-'));
      const fakeNode = join(dir, 'node');
      writeFileSync(fakeNode, '#!/bin/sh\nfor a do printf "%s\\n" "$a"; done\n', { mode: 0o755 });
      const { stdout } = await run(wrapperOf(bundle), [
        fakeNode,
        '--expose-gc',
        '--max-old-space-size=870',
        'an argument with spaces',
        '/var/runtime/index.mjs',
      ]);
      expect(stdout.split('\n').slice(0, -1)).toEqual([
        '--expose-gc',
        '--max-old-space-size=870',
        'an argument with spaces',
        '--no-regexp-tier-up',
        '/var/runtime/index.mjs',
      ]);
      // And the real Node of the Lambda's major takes the flag: V8 sees it before the entry runs.
      const node = LAMBDA_NODE ?? process.execPath;
      const entry = join(dir, 'entry.mjs');
      writeFileSync(entry, 'console.log(JSON.stringify(process.execArgv));\n');
      const real = await run(wrapperOf(bundle), [node, '--expose-gc', entry]);
      expect(JSON.parse(real.stdout)).toEqual(['--expose-gc', '--no-regexp-tier-up']);
    });
  });

  /**
   * Imports each bundle (config parsing, env reads, SDK clients; no request) under `node` and answers the type of its
   * `handler`, then each chunk it would load on demand, so a chunk that cannot load outside the repository fails here.
   */
  async function loadEachBundle(node: string): Promise<void> {
    for (const bundle of bundles) {
      expect(bundle.environment).not.toHaveProperty('LISTENING_POST_CONFIG');
      const env: NodeJS.ProcessEnv = {
        ...bundle.environment,
        PATH: process.env.PATH,
        AWS_REGION: 'eu-west-1',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      };
      const chunks = bundleFiles(dirname(bundle.file)).files.filter((file) => file !== bundle.file);
      const script = [
        `const m = await import(${JSON.stringify(pathToFileURL(bundle.file).href)}); console.log(typeof m.handler);`,
        `for (const chunk of ${JSON.stringify(chunks.map((file) => pathToFileURL(file).href))}) await import(chunk);`,
        `console.log('chunks loaded');`,
        // Node's own modules loaded so far: undici is Node's fetch, which no function uses.
        `console.log(process.moduleLoadList.some((name) => name.endsWith('internal/deps/undici/undici')) ? 'undici loaded' : 'no undici');`,
      ].join('\n');
      const { stdout } = await run(node, ['--input-type=module', '--eval', script], { env });
      const [handlerType, chunksLoaded, undici] = stdout.trim().split('\n');
      expect([handlerType, chunksLoaded], bundle.service).toEqual(['function', 'chunks loaded']);
      // An ESM import of `node:http` builds its namespace, whose lazy `WebSocket` loads undici: about 60 ms of a
      // cold start's CPU on Node 24 (infra/constructs/function-bundling.ts, BUILTINS_THROUGH_REQUIRE).
      if (node === LAMBDA_NODE) expect(undici, bundle.service).toBe('no undici');
    }
  }

  it('each bundle starts with only the environment its function is given, the config inlined', async () => {
    await loadEachBundle(process.execPath);
  });

  it.skipIf(!LAMBDA_NODE)(
    `each bundle starts on Node ${LAMBDA_NODE_MAJOR}, the Lambda runtime's major, without loading Node's fetch (undici)`,
    async () => {
      const { stdout } = await run(LAMBDA_NODE!, ['--version']);
      expect(stdout.trim()).toMatch(new RegExp(`^v${LAMBDA_NODE_MAJOR}\\.`));
      await loadEachBundle(LAMBDA_NODE!);
    },
  );
});
