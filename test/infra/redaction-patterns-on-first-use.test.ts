import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { LAMBDA_NODE_MAJOR, lambdaNode } from '../../bench/lambda-node';
import { removeTempDirs, tempOutdir } from './helpers';

const run = promisify(execFile);

/*
 * A Lambda's cold start pays for every regular expression its modules make at import: V8 reads a pattern when it is
 * made and looks each Unicode property escape (`\p{L}` …) up in ICU again for every new pattern (about 0.035 ms
 * each). Redaction's rules are made on first use (shared/analysis/lazy-pattern.ts) so that a first message pays only
 * for the ones it reaches (docs/performance-log.md, "lazy33"). This imports redaction as the Lambda bundle has it
 * (esbuild for the Lambda's Node, which writes each `\p{…}` literal as `new RegExp`) and lists what it makes at
 * import: a new rule file written the old way (`const X = /(?<![\p{L}])…/u` at its top level) fails here; write it
 * `lazyPattern(String.raw\`…\`, 'u')` and read it with `X.get()`, or hand the holder to maskMatches / onlyWith.
 */

// What is still made at import, by file, and why; a count may fall, never rise.
const LEFT: Record<string, number> = {
  // `/^\p{Ll}+$/u` asked of each role word while the role pattern's source is built: the same pattern each time,
  // which V8 keeps, so it costs about 0.5 µs after the first.
  'shared/analysis/redact-names-role-wordlike.ts': 189,
  'shared/analysis/redact-names-unlisted.ts': 378,
  // Exported constants other modules read directly, and patterns in tables of several shapes.
  'shared/analysis/redact-names-lone-initial.ts': 1,
  'shared/analysis/redact-names-words.ts': 1,
  'shared/analysis/redact-names-verb-forms.ts': 5,
  'shared/analysis/redact-names-calendar.ts': 4,
};

// Loaded before the bundle: counts each `new RegExp` with a property escape, by the source file that made it.
const HOOK = `
const Native = RegExp;
const made = {};
globalThis.RegExp = new Proxy(Native, {
  construct(target, args, newTarget) {
    const pattern = Reflect.construct(target, args, newTarget);
    if (/\\\\[pP]\\{/.test(pattern.source)) {
      const stack = new Error().stack.split('\\n').slice(2).join('\\n');
      // The nearest source file but the holder's own (a holder made at import counts against its module).
      const files = [...stack.matchAll(/(shared\\/[^\\s():]+\\.ts):\\d+/g)].map((m) => m[1]);
      const file = files.find((f) => !f.endsWith('lazy-pattern.ts')) ?? '(elsewhere)';
      made[file] = (made[file] ?? 0) + 1;
    }
    return pattern;
  },
});
process.on('exit', () => process.stdout.write(JSON.stringify(made)));
`;

afterAll(removeTempDirs);

describe('redaction at import, as a Lambda cold start runs it', () => {
  it('makes no pattern with a Unicode property escape at import, but those listed', async () => {
    const dir = tempOutdir();
    const entry = join(dir, 'redact.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, '../../shared/analysis/redact.ts')],
      outfile: entry,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: `node${LAMBDA_NODE_MAJOR}`,
      sourcemap: 'inline',
      logLevel: 'silent',
    });
    const hook = join(dir, 'hook.mjs');
    writeFileSync(hook, HOOK);
    const node = lambdaNode() ?? process.execPath;
    const { stdout } = await run(node, ['--enable-source-maps', '--import', hook, entry], { cwd: dir });
    const made = JSON.parse(stdout) as Record<string, number>;
    const relative = Object.fromEntries(
      Object.entries(made).map(([file, count]) => [file.replace(/^.*?(shared\/)/, '$1'), count]),
    );
    const redaction = Object.entries(relative).filter(
      ([file]) => /\/redact[^/]*\.ts$/.test(file) && (relative[file] ?? 0) > (LEFT[file] ?? 0),
    );
    expect(Object.fromEntries(redaction)).toEqual({});
  }, 60_000);
});
