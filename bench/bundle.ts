import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type BuildOptions, build, type Metafile } from 'esbuild';
import { bundleFiles, ENTRY_FILE, finishBundle, functionBuildOptions } from '../infra/constructs/function-bundling';

export { ENTRY_FILE };
import { loadConfigFile } from '../shared/config/load-config';

export const FUNCTION_ENTRIES: Record<string, string> = {
  intake: 'functions/intake/lambda.ts',
  analyze: 'functions/analyze/lambda.ts',
  escalate: 'functions/escalate/lambda.ts',
  sweep: 'functions/sweep/lambda.ts',
  'sms-inbound': 'functions/sms-inbound/lambda.ts',
  sponsor: 'functions/sponsor/lambda.ts',
  digest: 'functions/digest/lambda.ts',
  'forget-windows': 'functions/forget-windows/lambda.ts',
  'sms-erase': 'functions/sms-erase/lambda.ts',
};

/** Where the AWS SDK comes from: left out for the runtime's copy, or bundled (tree-shaken, minified) from the lock file's. */
export type SdkSource = 'external' | 'bundled';

/**
 * Bundles Lambda entries exactly as the CDK stack does (ListeningPostFunction,
 * through `functionBuildOptions`: ESM, minified, the Lambda's Node, the
 * config inlined, split into `index.mjs` and chunks loaded on demand, source
 * maps beside them), with the AWS SDK left to the runtime or bundled, so that
 * sizes and load times here are those of what is deployed. A hello world
 * that imports nothing comes with them. `path` is each bundle's entry file;
 * `bytes` counts its chunks too, `entryBytes` what its import reads: the
 * entry and the chunks it imports statically, not those loaded on demand.
 */
export async function bundleFunctions(
  outDir: string,
  entries: Record<string, string> = FUNCTION_ENTRIES,
  {
    sdk = 'bundled',
    overrides = {},
  }: {
    sdk?: SdkSource;
    /** esbuild options over the deployed ones: only for diagnostics (the profiler's `lineLimit`), never for figures. */
    overrides?: BuildOptions;
  } = {},
) {
  mkdirSync(outDir, { recursive: true });
  const config = loadConfigFile();
  const helloEntry = join(outDir, 'hello-world.ts');
  writeFileSync(helloEntry, "export const handler = async () => ({ statusCode: 200, body: 'ok' });\n");
  const all = { ...entries, 'hello-world': helloEntry };
  const bundles: Record<string, { path: string; bytes: number; entryBytes: number }> = {};
  for (const [name, entry] of Object.entries(all)) {
    const dir = join(outDir, name);
    // A chunk left from an earlier build would be counted and copied with this one.
    rmSync(dir, { recursive: true, force: true });
    const { metafile } = await build({
      ...functionBuildOptions({
        entry: resolve(entry),
        outdir: dir,
        config,
        external: sdk === 'external' ? ['@aws-sdk/*'] : [],
      }),
      ...overrides,
      metafile: true,
      logLevel: 'silent',
    });
    finishBundle(dir);
    const path = join(dir, ENTRY_FILE);
    bundles[name] = { path, bytes: bundleFiles(dir).bytes, entryBytes: bytesAtStart(metafile, path) };
  }
  return bundles;
}

/** The bytes of an output and of every chunk it imports statically, as Node reads them when it is imported. */
function bytesAtStart(metafile: Metafile, entryPath: string): number {
  const key = (path: string) => relative(process.cwd(), path);
  const seen = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const imported of metafile.outputs[output]?.imports ?? [])
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(key(entryPath));
  // As written to disk: finishBundle rewrites them after esbuild has counted them.
  return [...seen].reduce((sum, output) => sum + statSync(resolve(output)).size, 0);
}
