import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
import type { Config } from '../../shared/config/schema';
import { ANALYSIS_ENGINE_DEFINE } from '../../shared/runtime/build-constants';
import { ENV } from '../../shared/runtime/env-names';
import { rawStringsAsPlainIn } from './raw-strings-as-plain';

/** The Node.js major of the Lambda runtime the functions are deployed on (ListeningPostFunction: nodejs24.x). */
export const LAMBDA_NODE_MAJOR = 24;

/** The file Lambda loads (`index.handler`); the lazily loaded chunks sit beside it. */
export const ENTRY_FILE = 'index.mjs';

/**
 * The lines every file of a bundle starts with. The first two let ESM load
 * CommonJS dependencies that `require()` Node built-ins. The last inlines the
 * config validated at synth: `configFromEnv()` reads the variable by a
 * computed name (`process.env[name]`), which esbuild's `define` cannot see.
 * Every chunk carries it, not only the entry: a chunk the entry imports runs
 * before the entry's own first line, so each file sets the variable before
 * any of its code could read it (4.5 KB each for the example config).
 * Between them, zod is told to check objects without writing code for them
 * (ZOD_WITHOUT_GENERATED_CODE).
 */
function bundleBanner(config: Config): string {
  return [
    "import { createRequire as __lpCreateRequire } from 'node:module';",
    'const require = __lpCreateRequire(import.meta.url);',
    ZOD_WITHOUT_GENERATED_CODE,
    `process.env.${ENV.config} = ${asciiStringLiteral(JSON.stringify(config))};`,
  ].join(' ');
}

/**
 * zod 4 checks an object, the first time a schema is used, by code it writes for that schema's keys and compiles
 * with `new Function`: a Lambda parses one message or request with a schema and pays for writing and compiling
 * that code at every cold start (the analysis message's first parse: 12-22 ms of CPU on Node 24, 9-11 without;
 * docs/performance-log.md, "helper cold38"). Its `jitless` setting checks objects as it does where code cannot be
 * generated, with the same results (every exported schema of shared/domain, shared/digest and shared/config gave
 * the same output on 3,033 valid and invalid inputs either way). zod reads its settings from this global when its
 * module is evaluated, and each schema reads `jitless` when it is made, so it is set in every file's first line.
 */
export const ZOD_WITHOUT_GENERATED_CODE = '(globalThis.__zod_globalConfig ??= {}).jitless = true;';

/**
 * A JavaScript string literal of `text` written in ASCII only: every other
 * character as a `\uXXXX` escape, which reads back as the same text.
 * esbuild escapes what it emits, but not the banner, and one non-ASCII
 * character (a site named "Siège") in a file makes Node decode all of it as
 * UTF-8 into two-byte text, where an ASCII file is copied as it is
 * (decoding all of the sweep's files: 31 ms of CPU, 10 once ASCII;
 * docs/performance.md, "Eleventh round").
 */
export function asciiStringLiteral(text: string): string {
  return JSON.stringify(text).replace(
    /[^\x00-\x7f]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Node built-ins the bundle reads through CommonJS (`process.getBuiltinModule`,
 * in `./builtins/<name>.cjs`) instead of an ESM `import`. Importing a built-in
 * as ESM makes Node build its namespace, reading every export, lazy ones
 * included: `node:http`'s `WebSocket`, `CloseEvent` and `MessageEvent` load and
 * compile undici, about 60 ms of CPU that no function uses (`node:http` as ESM
 * 84 ms, as CommonJS 11, on Node 24.21, medians of 5 fresh processes;
 * `node:process` 18 against 2, `node:util` 9 against 2). Every bundle imports
 * `node:http` (the AWS SDK's HTTP handler), so every cold start paid it
 * (docs/performance.md, "2026-12-03: built-ins as CommonJS"). Only these three:
 * the others cost the same either way, and `fs`'s subpaths (`fs/promises`)
 * would need shims of their own.
 */
export const BUILTINS_THROUGH_REQUIRE = ['http', 'process', 'util'] as const;

function builtinAliases(): Record<string, string> {
  return Object.fromEntries(
    BUILTINS_THROUGH_REQUIRE.flatMap((name) => {
      // Absolute: esbuild resolves an alias's target from the working directory.
      const shim = fileURLToPath(new URL(`./builtins/${name}.cjs`, import.meta.url));
      return [
        [name, shim],
        [`node:${name}`, shim],
      ];
    }),
  );
}

/**
 * How a Lambda entry is bundled, for the CDK stack and the cold-start bench
 * alike: ESM for the Lambda's Node, minified, the AWS SDK bundled (the lock
 * file's version, tree-shaken), a source map beside each file without the
 * sources, the config inlined and the analysis engine fixed from it.
 *
 * Split (esbuild's `splitting`): what a function reaches only through
 * `import()` (redaction, for one) goes to a chunk of its own beside
 * `index.mjs`, read from disk the first time it is needed. One file would
 * still make V8 read and pre-parse those bytes at every cold start; as a
 * chunk they cost nothing until used (docs/performance.md, "Cold start").
 */
export function functionBuildOptions({
  entry,
  outdir,
  config,
  external = [],
}: {
  /** The entry file's absolute path; it exports `handler`. */
  entry: string;
  outdir: string;
  config: Config;
  /** Packages left to the runtime (the bench's `--sdk-external` only). */
  external?: string[];
}): BuildOptions {
  return {
    entryPoints: { index: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${LAMBDA_NODE_MAJOR}`,
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    external,
    alias: builtinAliases(),
    // Only the configured analysis engine's code is bundled: the offline engine's
    // sentiment weights are about 0.6 MB that a Comprehend cold start would read.
    define: { [ANALYSIS_ENGINE_DEFINE]: JSON.stringify(config.analysis.engine) },
    banner: { js: bundleBanner(config) },
    logLevel: 'warning',
    // sentiment require()s other languages by a computed path inside a
    // try/catch; only English is used, so esbuild's empty-glob warning is noise.
    logOverride: { 'empty-glob': 'silent' },
  };
}

/**
 * What is done to a bundle after esbuild has written it to `outdir` with `functionBuildOptions`, by the CDK stack
 * and the bench alike: its `String.raw` templates written as plain strings, which V8 compiles and runs in about half
 * the time (`raw-strings-as-plain.ts`).
 */
export function finishBundle(outdir: string): void {
  rawStringsAsPlainIn(bundleFiles(outdir).files);
}

/** The JavaScript files of a bundle (entry and chunks) and their bytes together, source maps aside. */
export function bundleFiles(dir: string): { files: string[]; bytes: number } {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.mjs'))
    .map((name) => join(dir, name));
  return { files, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
}
