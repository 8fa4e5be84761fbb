import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/constructs/listening-post-function';
import { exampleConfig, removeTempDirs, tempOutdir } from './helpers';

const run = promisify(execFile);

describe('config at synth', () => {
  afterAll(removeTempDirs);
  it('a bad config fails synth naming the field', async () => {
    const dir = tempOutdir();
    const badConfig = join(dir, 'bad.config.json');
    writeFileSync(badConfig, JSON.stringify({ ...exampleConfig, anonymity: { k: 2, kQuote: 10 } }));

    const synth = run(join(REPO_ROOT, 'node_modules/.bin/tsx'), ['infra/app.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, CONFIG: badConfig, CDK_OUTDIR: join(dir, 'cdk.out') },
    });

    await expect(synth).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('anonymity.k') });
  });
});
