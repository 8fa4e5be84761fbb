import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../support/local-stack';

const run = promisify(execFile);

// A newcomer who starts npm start with DATA_DIR=/tmp/lp-data and forgets to export it in the next terminal runs the
// helpers against a folder no stack uses: they must say to set DATA_DIR, not "start the stack" (it is running),
// and must not make secrets of their own (the digest then printed links the stack refused as forged).
describe('npm run sms and npm run digest, given a data folder no npm start uses', () => {
  // Nothing listens on port 1: were a helper to get past its data folder, it would fail there, not reach a stack.
  const envFor = (dataDir: string) => {
    const { TWILIO_AUTH_TOKEN: _t, LINK_SIGNING_KEY: _l, ...env } = process.env;
    return { ...env, DATA_DIR: dataDir, PORT: '1', DYNAMODB_PORT: '1', SES_PORT: '1', CONFIG: '' };
  };
  const failure = (error: { code: number; stderr: string }) => error;

  it('Should tell the sms helper to use the DATA_DIR npm start was started with', async () => {
    const dataDir = tempDataDir();
    const result = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/sms.ts', '--from', '+15551234567', 'hello'],
      { env: envFor(dataDir.path) },
    ).catch(failure);
    expect(result).toMatchObject({ code: 1 });
    const { stderr } = result as { stderr: string };
    expect(stderr).toContain(`No npm start keeps its data in ${dataDir.path}`);
    expect(stderr).toContain('Run it with the DATA_DIR that npm start was started with');
    dataDir.remove();
  }, 60_000);

  it('Should stop the digest before it makes secrets of its own, and say to use the same DATA_DIR', async () => {
    const dataDir = tempDataDir();
    const result = await run(process.execPath, ['--import', 'tsx', 'scripts/digest.ts', '--dry-run'], {
      env: envFor(dataDir.path),
    }).catch(failure);
    expect(result).toMatchObject({ code: 1 });
    const { stderr } = result as { stderr: string };
    expect(stderr).toContain(`No npm start keeps its data in ${dataDir.path}`);
    expect(stderr).toContain('Run it with the DATA_DIR that npm start was started with');
    expect(existsSync(dataDir.path) ? readdirSync(dataDir.path) : []).toEqual([]);
    dataDir.remove();
  }, 60_000);
});
