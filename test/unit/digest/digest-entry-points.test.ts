import { Logger } from '@aws-lambda-powertools/logger';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDigestHandler } from '../../../functions/digest/handler';
import { runDigestCli } from '../../../scripts/digest';
import { GOLDEN_WEEK, seededDigestInput } from '../../support/digest-fixtures';
import { goldenDigestDeps as deps, PassedClocks } from '../../support/golden-digest-deps';

/* The digest's two ways in: the scheduled Lambda and `npm run digest`. */
describe('the digest Lambda entry', () => {
  const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });

  it('Should report the last complete week when the schedule invokes it with {}, and count the digests sent, once', async () => {
    const d = deps('2026-11-23T14:00:00Z'); // Monday 08:00 in Chicago
    const counted: [string, number | undefined][] = [];
    const metrics = { count: (name: string, value?: number) => void counted.push([name, value]) };
    const run = await createDigestHandler({ ...d, logger, metrics })({});
    expect(run.week).toBe('2026-W47');
    expect(d.mailer.sent).toHaveLength(5);
    const again = await createDigestHandler({ ...d, logger, metrics })({});
    expect(again.digests.every((x) => x.skipped === 'already sent')).toBe(true);
    expect(d.mailer.sent).toHaveLength(5);
    expect(counted).toEqual([['DigestsSent', 5]]);
  });

  it('Should build a named week again on demand, and refuse an event it does not understand', async () => {
    const d = deps();
    expect((await createDigestHandler({ ...d, logger })({ week: '2026-W46', dryRun: true })).week).toBe('2026-W46');
    await expect(createDigestHandler({ ...d, logger })({ week: 'last week' })).rejects.toThrow(
      'invalid digest event: week: must be an ISO week such as 2026-W47',
    );
  });
});

describe('npm run digest', () => {
  function cli() {
    const out: string[] = [];
    const err: string[] = [];
    const d = deps();
    return {
      d,
      out,
      err,
      deps: {
        ...d,
        outboxUrl: 'http://127.0.0.1:8005',
        out: (l: string) => out.push(l),
        err: (l: string) => err.push(l),
      },
    };
  }

  it('Should show its progress and say where each digest went', async () => {
    const { out, deps: cliDeps } = cli();
    expect(await runDigestCli(['--week', GOLDEN_WEEK], cliDeps)).toBe(0);
    expect(out[0]).toBe('Weekly digest for 2026-W47 (Mon 16 – Sun 22 November 2026)');
    expect(out[1]).toMatch(/^ {2}… Reading weekly figures for 2026-W40 to 2026-W47/);
    expect(out).toContain('Digest for the leadership team');
    // Each sponsor named once, readably: never "Dana Whitfield (COO) (sponsor coo)".
    expect(out.filter((l) => l.startsWith('Digest for ')).length).toBeGreaterThan(1);
    expect(out.some((l) => l.includes('(sponsor '))).toBe(false);
    expect(out).toContain('  sent to   leadership@example.com');
    expect(out).toContain('  archive   memory://2026-W47.json');
    expect(out.some((l) => l.startsWith('  web view  https://feedback.example.com/digest/2026-W47?t='))).toBe(true);
    expect(out).toContain('Read the emails in the outbox: http://127.0.0.1:8005');
  });

  it('Should send nothing when run twice for a week, say so, and send again with --resend', async () => {
    const { d, out, deps: cliDeps } = cli();
    expect(await runDigestCli(['--week', GOLDEN_WEEK], cliDeps)).toBe(0);
    out.length = 0;
    expect(await runDigestCli(['--week', GOLDEN_WEEK], cliDeps)).toBe(0);
    expect(d.mailer.sent).toHaveLength(5);
    expect(out).toContain(
      'The digest for 2026-W47 was already sent to 5 recipients in week 2026-W48; use --resend to send it again.',
    );
    expect(out).not.toContain('Read the emails in the outbox: http://127.0.0.1:8005');
    expect(await runDigestCli(['--week', GOLDEN_WEEK, '--resend'], cliDeps)).toBe(0);
    expect(d.mailer.sent).toHaveLength(10);
  });

  it('Should default to the last complete week, and explain bad arguments with the usage', async () => {
    const { out, err, deps: cliDeps } = cli();
    expect(await runDigestCli(['--dry-run'], cliDeps)).toBe(0);
    expect(out[0]).toBe('Weekly digest for 2026-W47 (Mon 16 – Sun 22 November 2026), dry run: nothing will be sent');
    expect(await runDigestCli(['--week', 'W47'], cliDeps)).toBe(2);
    expect(await runDigestCli(['--to', 'not-an-address'], cliDeps)).toBe(2);
    expect(await runDigestCli(['--weak', '2026-W47'], cliDeps)).toBe(2);
    expect(err.join('\n')).toMatch(
      /--week must be an ISO week[\s\S]*--to must be an email address, not 'not-an-address'[\s\S]*Unknown option '--weak'[\s\S]*Usage: npm run digest/,
    );
  });

  it('Should list for leadership the cases past a legal deadline, as the Lambda and the laptop stack do', async () => {
    const { d, deps: cliDeps } = cli();
    const late = seededDigestInput().escalations.raised.find((e) => e.status === 'raised')!;
    const clocks = new PassedClocks([{ escalationId: late.id, deadline: 'acknowledge', day: '2026-11-20' }]);
    expect(await runDigestCli(['--week', GOLDEN_WEEK, '--dry-run'], { ...cliDeps, clocks })).toBe(0);
    const leadership = await d.archive.get({ week: GOLDEN_WEEK });
    expect(leadership!.escalations.legalDeadlines).toEqual([
      expect.objectContaining({ state: 'passed', week: '2026-W47' }),
    ]);
  });

  it('Should read a week typed with a lower-case w, without its dash or with one digit as that week', async () => {
    for (const typed of ['2026-w47', '2026W47', '2026w47', '2026 W47', ' 2026-W47 ']) {
      const { out, err, d, deps: cliDeps } = cli();
      expect(await runDigestCli(['--week', typed, '--dry-run'], cliDeps), typed).toBe(0);
      expect(err, typed).toEqual([]);
      expect(out[0], typed).toBe(
        'Weekly digest for 2026-W47 (Mon 16 – Sun 22 November 2026), dry run: nothing will be sent',
      );
      expect(await d.archive.get({ week: GOLDEN_WEEK }), typed).toBeDefined();
    }
    const { out, deps: cliDeps } = cli();
    expect(await runDigestCli(['--week', '2026-w9', '--dry-run'], cliDeps)).toBe(0);
    expect(out[0]).toMatch(/^Weekly digest for 2026-W09 /);
  });

  it('Should refuse a week it cannot read as one week, saying how to write it and what was typed', async () => {
    // "2026-11" could be November; a day is not a week; no week 0 or 54.
    for (const typed of [
      '2026-11',
      '2026-W47-1',
      '2026-W00',
      '2026-W54',
      '26-W47',
      'W47 2026',
      '2026-W470',
      'last week',
    ]) {
      const { err, d, deps: cliDeps } = cli();
      expect(await runDigestCli(['--week', typed], cliDeps), typed).toBe(2);
      expect(err.join('\n'), typed).toContain(
        `such as 2026-W47 (2026-w47 and 2026W47 are read the same), not '${typed}'`,
      );
      expect(d.mailer.sent).toEqual([]);
    }
  });

  it('Should refuse a week 53 in a year that has only 52, naming the last week', async () => {
    const { d, err, deps: cliDeps } = cli();
    expect(await runDigestCli(['--week', '2025-W53'], cliDeps)).toBe(2);
    expect(err).toEqual(['2025 has no week 53: its last week is 2025-W52.']);
    expect(await runDigestCli(['--week', '2025w53'], cliDeps)).toBe(2);
    expect(err.at(-1)).toBe('2025 has no week 53: its last week is 2025-W52.');
    expect(d.mailer.sent).toEqual([]);
  });

  it('Should write each email a dry run would send to a file it names, to open, and send none', async () => {
    const { d, out, deps: cliDeps } = cli();
    const previewDir = mkdtempSync(join(tmpdir(), 'digest-preview-'));
    try {
      expect(await runDigestCli(['--week', GOLDEN_WEEK, '--dry-run'], { ...cliDeps, previewDir })).toBe(0);
      expect(d.mailer.sent).toEqual([]);
      const opened = out.filter((l) => l.startsWith('  open      ')).map((l) => l.slice(12));
      expect(opened).toContain(join(previewDir, `${GOLDEN_WEEK}.html`));
      expect(opened.length).toBe(1 + d.config.sponsors.length);
      const page = readFileSync(join(previewDir, `${GOLDEN_WEEK}.html`), 'utf8');
      expect(page).toMatch(/^<!DOCTYPE html>/i);
      expect(page).toContain('Open the digest with charts');
      expect(readFileSync(join(previewDir, `${GOLDEN_WEEK}.txt`), 'utf8')).toContain(GOLDEN_WEEK.slice(0, 4));
    } finally {
      rmSync(previewDir, { recursive: true, force: true });
    }
  });

  it('Should tell someone whose week had too few submissions where this week’s feedback will be counted', async () => {
    const { out, deps: cliDeps } = cli();
    expect(await runDigestCli(['--week', '2026-W30', '--dry-run'], cliDeps)).toBe(0);
    expect(out).toContain(
      '2026-W30 had fewer than 5 submissions, too few to show counts without pointing to someone. A week’s feedback is counted in its digest once the week is over: send 5 or more in one week (on a clock of your own, CLOCK=… npm start, then restart it a week on: see docs/digest.md), or see a digest full of figures now with npm run digest:sample.',
    );
    expect(out.join('\n')).not.toMatch(/shown as counted now/);
  });

  it('Should say plainly, with exit code 2, that a week still running cannot be reported yet', async () => {
    const { d, err, deps: cliDeps } = cli();
    expect(await runDigestCli(['--week', '2026-W48'], cliDeps)).toBe(2);
    expect(err).toEqual([
      'The week 2026-W48 (Mon 23 – Sun 29 November 2026) is not over yet; its digest can be built once it is, and then counts the whole week.',
    ]);
    expect(d.mailer.sent).toEqual([]);
  });
});
