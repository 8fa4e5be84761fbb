import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { padCasePages } from '../../../functions/intake/middleware/pad-case-pages';

// Found following the README as a newcomer: its `curl … /status/<code>` printed the JSON and then 16 KiB of spaces
// (every answer about a case is padded so its length does not tell which case was looked up), which filled the
// terminal and pushed the answer off the top: the screen looked empty. The README's command now drops them.

const README = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');

/** What the README's status command does with curl's output: everything after the address, up to its comment. */
const statusPipe = () => {
  const line = README.split('\n').find((l) => /^curl .*\/status\/[0-9A-Z-]+/.test(l)) ?? '';
  const after = line.replace(/^curl .*\/status\/[0-9A-Z-]+/, '');
  return (/^\s*\|([^#]*)/.exec(after)?.[1] ?? '').trim();
};

describe('the README’s curl of a case’s status, run in a terminal', () => {
  it('Should show the case’s JSON on one short line, not a screen of padding after it', async () => {
    const app = new Hono();
    app.use('/status/*', padCasePages);
    app.get('/status/:code', (c) =>
      c.json({ caseCode: c.req.param('code'), status: 'escalated', week: '2026-W49', acknowledgeBy: '2026-12-08' }),
    );
    const answered = await (
      await app.request('/status/7KQ4M-XW9TR', { headers: { accept: 'application/json' } })
    ).text();
    expect(answered.length).toBe(16 * 1024);

    const pipe = statusPipe();
    expect(pipe, 'the README pipes the answer through something that drops the padding').not.toBe('');
    const shown = execSync(pipe, { input: answered, encoding: 'utf8', shell: '/bin/sh' });
    expect(shown.trimEnd()).toBe(answered.trimEnd());
    expect(shown.length).toBeLessThan(200);
    expect(JSON.parse(shown)).toMatchObject({ caseCode: '7KQ4M-XW9TR', status: 'escalated' });
  });
});
