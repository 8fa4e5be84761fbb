import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaNode } from '../../../bench/lambda-node';
import { functionBuildOptions } from '../../../infra/constructs/function-bundling';
import { loadConfigFile } from '../../../shared/config/load-config';

/*
 * zod writes and compiles code (`new Function`) for each object schema the first time it checks one, which a Lambda
 * pays at every cold start for one message; its `jitless` setting checks the same objects with the same results and
 * no code written (function-bundling.ts, ZOD_WITHOUT_GENERATED_CODE). Here the analysis message's schema is bundled
 * as the functions are, and a fresh process counts the code written while it reads a valid and an invalid message.
 */
const run = promisify(execFile);
const FEEDBACK = fileURLToPath(new URL('../../../shared/domain/feedback.ts', import.meta.url));
const ENTRY = `import { analysisMessageSchema } from ${JSON.stringify(FEEDBACK)};
export const handler = (body) => analysisMessageSchema.safeParse(body);
`;
const MESSAGE = {
  id: '00000000-0000-4000-8000-000000000001',
  caseKey: 'b'.repeat(64),
  channel: 'web',
  week: '2026-W47',
  escalate: false,
  text: 'The forklift in bay 3 has no working horn',
};

describe('zod in a Lambda bundle', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lp-zod-bundle-'));
    const entry = join(dir, 'entry.mjs');
    writeFileSync(entry, ENTRY);
    await build({
      ...functionBuildOptions({ entry, outdir: join(dir, 'out'), config: loadConfigFile() }),
      logLevel: 'silent',
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('Should check a queued message without writing code at run time, and read it as before', async () => {
    // Function is replaced before the bundle loads, so every `new Function` zod could make is counted.
    const script = `let written = 0;
const Native = Function;
globalThis.Function = new Proxy(Native, { construct(target, args) { written += 1; return Reflect.construct(target, args); } });
const { handler } = await import(${JSON.stringify(pathToFileURL(join(dir, 'out', 'index.mjs')).href)});
const valid = handler(${JSON.stringify(MESSAGE)});
const invalid = handler(${JSON.stringify({ ...MESSAGE, caseKey: 'not a key', escalate: 'yes' })});
console.log(JSON.stringify({ written, valid, invalid: invalid.error.issues.map((i) => i.path.join('.')) }));`;
    const { stdout } = await run(lambdaNode() ?? process.execPath, ['--input-type=module', '--eval', script], {
      env: { PATH: process.env.PATH },
    });
    const seen = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(seen.written).toBe(0);
    expect(seen.valid).toEqual({ success: true, data: MESSAGE });
    expect(seen.invalid).toEqual(['caseKey', 'escalate']);
  });
});
