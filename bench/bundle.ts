import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { loadConfigFile } from '../shared/config/load-config';
import { ANALYSIS_ENGINE_DEFINE } from '../shared/runtime/build-constants';
import { LAMBDA_NODE_MAJOR } from './lambda-node';

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
 * Bundles Lambda entries the way the CDK stack does (ListeningPostFunction:
 * ESM, minified, the Lambda's Node, the config inlined, a source map beside
 * it without the sources), with the AWS SDK left to the runtime or bundled,
 * so that sizes and load times here are those of what is deployed. A hello
 * world that imports nothing comes with them. `bytes` is the bundle alone.
 */
export async function bundleFunctions(
  outDir: string,
  entries: Record<string, string> = FUNCTION_ENTRIES,
  { sdk = 'bundled' }: { sdk?: SdkSource } = {},
) {
  mkdirSync(outDir, { recursive: true });
  const config = loadConfigFile();
  const helloEntry = join(outDir, 'hello-world.ts');
  writeFileSync(helloEntry, "export const handler = async () => ({ statusCode: 200, body: 'ok' });\n");
  const all = { ...entries, 'hello-world': helloEntry };
  const bundles: Record<string, { path: string; bytes: number }> = {};
  for (const [name, entry] of Object.entries(all)) {
    const path = join(outDir, name, 'index.mjs');
    await build({
      entryPoints: [entry],
      outfile: path,
      bundle: true,
      minify: true,
      sourcemap: true,
      sourcesContent: false,
      platform: 'node',
      target: `node${LAMBDA_NODE_MAJOR}`,
      format: 'esm',
      mainFields: ['module', 'main'],
      external: sdk === 'external' ? ['@aws-sdk/*'] : [],
      // As ListeningPostFunction does: only the configured analysis engine's code is bundled.
      define: { [ANALYSIS_ENGINE_DEFINE]: JSON.stringify(config.analysis.engine) },
      banner: {
        js: [
          "import { createRequire as __lpCreateRequire } from 'node:module';",
          'const require = __lpCreateRequire(import.meta.url);',
          `process.env.LISTENING_POST_CONFIG = ${JSON.stringify(JSON.stringify(config))};`,
        ].join(' '),
      },
      logLevel: 'silent',
      logOverride: { 'empty-glob': 'silent' },
    });
    bundles[name] = { path, bytes: statSync(path).size };
  }
  return bundles;
}
