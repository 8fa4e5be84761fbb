import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { lambdaNode } from '../../../bench/lambda-node';
import { EXEC_WRAPPER_FILE, writeExecWrapper } from '../../../infra/constructs/regexps-compiled-at-once';
import { startArguments } from '../../support/child-stack';

const run = promisify(execFile);

// V8's regexp tier-up off must be on node's command line (set at run time it made test workers exit): a Lambda gets it
// from the exec wrapper its runtime starts node through, `npm start` from package.json.
describe('patterns compiled at once, given on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lp-exec-wrapper-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeExecWrapper(dir);
  const wrapper = join(dir, EXEC_WRAPPER_FILE);

  it("Should start node with the flag just before the runtime's entry, every other argument as it was", async () => {
    expect(statSync(wrapper).mode & 0o777).toBe(0o755);
    const fakeNode = join(dir, 'node');
    writeFileSync(fakeNode, '#!/bin/sh\nfor a do printf "%s\\n" "$a"; done\n', { mode: 0o755 });
    const { stdout } = await run(wrapper, [
      fakeNode,
      '--max-semi-space-size=8',
      '--expose-gc',
      "it's  spaced",
      '/e.mjs',
    ]);
    expect(stdout.split('\n').slice(0, -1)).toEqual([
      '--max-semi-space-size=8',
      '--expose-gc',
      "it's  spaced",
      '--no-regexp-tier-up',
      '/e.mjs',
    ]);
  });

  it("Should be a flag the Lambda's Node takes: it runs the entry with V8 told so", async () => {
    const entry = join(dir, 'entry.mjs');
    writeFileSync(entry, 'console.log(JSON.stringify(process.execArgv));\n');
    const { stdout } = await run(wrapper, [lambdaNode() ?? process.execPath, entry]);
    expect(JSON.parse(stdout)).toEqual(['--no-regexp-tier-up']);
  });

  it('Should be given by npm start, and so to every stack a test starts as a child', () => {
    expect(startArguments()).toEqual(['--no-regexp-tier-up', '--import', 'tsx', 'local/main.ts']);
  });
});
