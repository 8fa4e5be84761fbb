import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaNode } from '../../../bench/lambda-node';
import { finishBundle, functionBuildOptions } from '../../../infra/constructs/function-bundling';
import { loadConfigFile } from '../../../shared/config/load-config';

const run = promisify(execFile);
const MODULE = fileURLToPath(new URL('../../../shared/runtime/readable-stack-traces.ts', import.meta.url));
const NODES = [process.execPath, lambdaNode()].filter(
  (node, i, all): node is string => !!node && all.indexOf(node) === i,
);

const exampleConfig = loadConfigFile();

/**
 * A handler that fails on line 6 of its source, bundled as the CDK stack
 * bundles the functions: minified into one line, a source map beside it.
 */
const ENTRY = `import ${JSON.stringify(MODULE)};
export class ForkliftError extends Error {
  override name = 'ForkliftError';
}
export function handler(): never {
  throw new ForkliftError('the horn in bay 3 is broken');
}
`;

/** Imports the bundle in a fresh process without source maps enabled, runs `before`, then answers the handler's error's stack. */
async function stackOf(node: string, bundle: string, { before = '', nodeOptions = '' } = {}): Promise<string> {
  const script = `const m = await import(${JSON.stringify(pathToFileURL(bundle).href)}); ${before}; try { m.handler(); } catch (e) { console.log(e.stack); }`;
  const { stdout } = await run(node, ['--input-type=module', '--eval', script], {
    env: { PATH: process.env.PATH, NODE_OPTIONS: nodeOptions },
  });
  return stdout;
}

describe('stack traces of a deployed bundle', () => {
  let dir: string;
  let bundle: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lp-stack-traces-'));
    writeFileSync(join(dir, 'failing-handler.ts'), ENTRY);
    bundle = join(dir, 'out', 'index.mjs');
    await bundleEntry();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bundleEntry = () =>
    build({
      entryPoints: [join(dir, 'failing-handler.ts')],
      outfile: bundle,
      bundle: true,
      minify: true,
      sourcemap: true,
      sourcesContent: false,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
    });

  it.each(NODES)(
    'Should name the source file and line an error came from, without --enable-source-maps (%s)',
    async (node) => {
      const stack = await stackOf(node, bundle);
      expect(stack).toMatch(/^ForkliftError: the horn in bay 3 is broken\n/);
      expect(stack).toMatch(/failing-handler\.ts:6:\d+/);
      expect(stack).not.toMatch(/index\.mjs:\d+:/);
    },
  );

  it('Should read the source map only when a trace is first written, never at start-up', async () => {
    // The map goes bad after the import: had it been read then, the trace would still be mapped.
    const stack = await stackOf(NODES[0]!, bundle, {
      before: `(await import('node:fs')).writeFileSync(${JSON.stringify(`${bundle}.map`)}, 'not a source map')`,
    });
    expect(stack).toMatch(/^ForkliftError: the horn in bay 3 is broken\n/);
    expect(stack).toMatch(/index\.mjs:\d+:\d+/);
  });

  it('Should leave the traces to Node when source maps are enabled there, and still give a trace with no map at all', async () => {
    await bundleEntry();
    expect(await stackOf(NODES[0]!, bundle, { nodeOptions: '--enable-source-maps' })).toMatch(
      /failing-handler\.ts:6:\d+/,
    );
    rmSync(`${bundle}.map`);
    const stack = await stackOf(NODES[0]!, bundle);
    expect(stack).toMatch(/^ForkliftError: the horn in bay 3 is broken\n/);
    expect(stack).toMatch(/index\.mjs:\d+:\d+/);
  });
});

describe('stack traces of a bundle split into chunks loaded on demand', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lp-stack-traces-split-'));
    writeFileSync(
      join(dir, 'entry.ts'),
      `import ${JSON.stringify(MODULE)};\nexport const handler = async () => (await import('./horn')).checkHorn();\n`,
    );
    // A pattern written as the rules are, over two lines, before the line that throws: the bundle's `String.raw`
    // templates are rewritten as strings after esbuild (finishBundle), and the map must follow the code.
    writeFileSync(
      join(dir, 'horn.ts'),
      [
        'const HORN = String.raw`\\bhorn’s',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a module's code, written as text
        '\\b${String.raw`(?:bay|dock) \\d+`}`;',
        'export function checkHorn(): never {',
        "  throw new RangeError('the horn in bay 3 is broken', { cause: HORN });",
        '}',
        '',
      ].join('\n'),
    );
    // As the CDK stack bundles the functions (infra/constructs/function-bundling.ts).
    await build({
      ...functionBuildOptions({ entry: join(dir, 'entry.ts'), outdir: join(dir, 'out'), config: exampleConfig }),
      logLevel: 'silent',
    });
    finishBundle(join(dir, 'out'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(NODES)('Should name the source file and line of an error thrown in a chunk (%s)', async (node) => {
    const script = `const m = await import(${JSON.stringify(pathToFileURL(join(dir, 'out', 'index.mjs')).href)}); try { await m.handler(); } catch (e) { console.log(e.stack); }`;
    const { stdout } = await run(node, ['--input-type=module', '--eval', script], { env: { PATH: process.env.PATH } });
    expect(stdout).toMatch(/^RangeError: the horn in bay 3 is broken\n/);
    expect(stdout).toMatch(/horn\.ts:4:\d+/);
    expect(stdout).not.toMatch(/chunk-\w+\.mjs:\d+:/);
  });
});
