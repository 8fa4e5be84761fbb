import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it } from 'vitest';
import { createDigestHandler } from '../../../functions/digest/handler';
import { runDigestCli } from '../../../scripts/digest';
import { openDigestLink } from '../../../shared/digest/links';
import { publishDigest, STALE_CLAIM_WAIT_MS, type DigestDeps } from '../../../shared/use-cases/publish-digest';
import { GOLDEN_WEEK, seededDigestInput } from '../../support/digest-fixtures';
import { exampleConfig, fixedClock } from '../../support/fixtures';
import {
  InMemoryArchive,
  InMemoryCandidates,
  InMemoryDeliveries,
  InMemoryEscalationHistory,
  InMemoryFigures,
  InMemorySnapshots,
  RecordingMailer,
} from '../../support/in-memory-digest';

const KEY = 'k'.repeat(64);

function deps(now = '2026-11-23T14:00:00Z') {
  const input = seededDigestInput();
  const progress: string[] = [];
  const d = {
    config: exampleConfig,
    figures: new InMemoryFigures(input.figures),
    snapshots: new InMemorySnapshots(),
    verbatims: new InMemoryCandidates([...input.candidates]),
    escalations: new InMemoryEscalationHistory(input.escalations),
    archive: new InMemoryArchive(),
    deliveries: new InMemoryDeliveries(),
    mailer: new RecordingMailer(),
    clock: fixedClock(now),
    linkSigningKey: KEY,
    publicUrl: 'https://feedback.example.com',
    progress: (line: string) => progress.push(line),
    sleep: async () => undefined,
  } satisfies DigestDeps;
  return { ...d, lines: progress };
}

describe('publishing a week’s digest', () => {
  it('Should send leadership and every sponsor their digest, archive each, and link each to its own web view', async () => {
    const d = deps();
    const run = await publishDigest(d, { week: GOLDEN_WEEK });
    expect(d.mailer.sent.map((e) => e.to)).toEqual([
      ['leadership@example.com'],
      ['coo@example.com'],
      ['chro@example.com'],
      ['plant2-gm@example.com'],
      ['ceo@example.com'],
    ]);
    expect([...d.archive.files.keys()]).toEqual([
      '2026-W47.json',
      '2026-W47.sponsor-coo.json',
      '2026-W47.sponsor-chro.json',
      '2026-W47.sponsor-plant2-gm.json',
      '2026-W47.sponsor-ceo.json',
    ]);
    expect(await d.deliveries.list(GOLDEN_WEEK)).toContainEqual({
      week: GOLDEN_WEEK,
      audience: 'leadership',
      recipient: 'leadership@example.com',
      sentInWeek: '2026-W48',
      sends: 1,
      state: 'sent',
      run: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    const plant2 = run.digests.find((x) => x.key.sponsorId === 'plant2-gm')!;
    const token = new URL(plant2.webView).searchParams.get('t')!;
    expect(openDigestLink(token, GOLDEN_WEEK, KEY, new Date('2026-11-24T00:00:00Z'))).toEqual({
      ok: true,
      key: { week: GOLDEN_WEEK, sponsorId: 'plant2-gm' },
    });
    expect(d.mailer.sent[3]!.text).toContain(plant2.webView);
  });

  it('Should read the 8 weeks of the trend and nothing older, whatever history is kept', async () => {
    const d = deps();
    await publishDigest(d, { week: GOLDEN_WEEK, dryRun: true });
    expect(d.figures.reads).toEqual([
      '2026-W40',
      '2026-W41',
      '2026-W42',
      '2026-W43',
      '2026-W44',
      '2026-W45',
      '2026-W46',
      '2026-W47',
    ]);
  });

  it('Should send nothing the second time, by hand or by a retried schedule, and say who already had it and when', async () => {
    const d = deps();
    await publishDigest(d, { week: GOLDEN_WEEK });
    const sent = d.mailer.sent.length;
    await publishDigest(d, { week: GOLDEN_WEEK, dryRun: true });
    d.clock.set('2026-12-02T09:00:00Z'); // a week later
    const again = await publishDigest(d, { week: GOLDEN_WEEK });
    expect(d.mailer.sent).toHaveLength(sent);
    expect(again.digests.every((x) => x.sentTo.length === 0 && x.skipped === 'already sent')).toBe(true);
    expect(again.alreadySent).toBe(
      'The digest for 2026-W47 was already sent to 5 recipients in week 2026-W48; use --resend to send it again.',
    );
    expect(d.lines.at(-1)).toBe(again.alreadySent);
  });

  it('Should send again with resend, once more to each recipient, and count the sends', async () => {
    const d = deps();
    await publishDigest(d, { week: GOLDEN_WEEK });
    await publishDigest(d, { week: GOLDEN_WEEK, resend: true });
    expect(d.mailer.sent).toHaveLength(10);
    expect((await d.deliveries.list(GOLDEN_WEEK)).map((r) => r.sends)).toEqual([2, 2, 2, 2, 2]);
  });

  it('Should keep no time finer than the week in a delivery record', async () => {
    const d = deps();
    await publishDigest(d, { week: GOLDEN_WEEK });
    for (const record of await d.deliveries.list(GOLDEN_WEEK))
      expect(JSON.stringify(record)).not.toMatch(/T\d\d:|\d{4}-\d\d-\d\d/);
  });

  it('Should send to a sponsor added after the first run, and to nobody else again', async () => {
    const d = deps();
    await publishDigest(d, { week: GOLDEN_WEEK });
    const config = {
      ...d.config,
      digest: { ...d.config.digest, recipients: [...d.config.digest.recipients, 'new-vp@example.com'] },
    };
    await publishDigest({ ...d, config }, { week: GOLDEN_WEEK });
    expect(d.mailer.sent.slice(5).map((e) => e.to)).toEqual([['new-vp@example.com']]);
  });

  it('Should send nothing on a dry run, but still archive and say so', async () => {
    const d = deps();
    const run = await publishDigest(d, { week: GOLDEN_WEEK, dryRun: true });
    expect(d.mailer.sent).toEqual([]);
    expect(run.digests.every((x) => x.skipped === 'dry run' && x.archivedAt.startsWith('memory://'))).toBe(true);
    expect(d.lines.at(-1)).toMatch(
      /^Archived the Alex Romero \(CEO\) digest to memory:\/\/2026-W47\.sponsor-ceo\.json \(not sent: dry run\)\.$/,
    );
  });

  it('Should send only the leadership digest, and only to --to, without marking the week delivered', async () => {
    const d = deps();
    await publishDigest(d, { week: GOLDEN_WEEK, to: ['me@example.com'] });
    expect(d.mailer.sent.map((e) => e.to)).toEqual([['me@example.com']]);
    expect(await d.deliveries.list(GOLDEN_WEEK)).toEqual([]);
    await publishDigest(d, { week: GOLDEN_WEEK });
    expect(d.mailer.sent).toHaveLength(6); // the test send did not count as the week's delivery
  });

  it('Should send nothing twice when a scheduled run is retried after a partial failure', async () => {
    const d = deps();
    let failures = 1;
    const flaky = {
      sent: d.mailer.sent,
      async send(email: (typeof d.mailer.sent)[number]) {
        if (email.to.includes('chro@example.com') && failures-- > 0) throw new Error('SES throttled');
        d.mailer.sent.push(email);
      },
    };
    await expect(publishDigest({ ...d, mailer: flaky }, { week: GOLDEN_WEEK })).rejects.toThrow('SES throttled');
    await publishDigest({ ...d, mailer: flaky }, { week: GOLDEN_WEEK });
    expect(d.mailer.sent.map((e) => e.to[0])).toEqual([
      'leadership@example.com',
      'coo@example.com',
      'chro@example.com',
      'plant2-gm@example.com',
      'ceo@example.com',
    ]);
  });

  it('Should send, after a run stopped between claiming a recipient and sending, to everyone it never sent to, and to nobody twice', async () => {
    const d = deps();
    // The first run stops dead at the third email, as a killed process would: its claim stays `sending`.
    let stopped!: () => void;
    const stoppedAt = new Promise<void>((resolve) => (stopped = resolve));
    const dying = {
      async send(email: (typeof d.mailer.sent)[number]) {
        if (email.to.includes('chro@example.com')) {
          stopped();
          return new Promise<void>(() => undefined);
        }
        d.mailer.sent.push(email);
      },
    };
    void publishDigest({ ...d, mailer: dying }, { week: GOLDEN_WEEK });
    await stoppedAt;
    expect((await d.deliveries.list(GOLDEN_WEEK)).find((r) => r.recipient === 'chro@example.com')?.state).toBe(
      'sending',
    );

    const waits: number[] = [];
    const rerun = await publishDigest({ ...d, sleep: async (ms) => void waits.push(ms) }, { week: GOLDEN_WEEK });
    expect(d.mailer.sent.map((e) => e.to[0])).toEqual([
      'leadership@example.com',
      'coo@example.com',
      'chro@example.com',
      'plant2-gm@example.com',
      'ceo@example.com',
    ]);
    expect(rerun.digests.filter((x) => x.sentTo.length).map((x) => x.key.sponsorId)).toEqual([
      'chro',
      'plant2-gm',
      'ceo',
    ]);
    expect(waits).toEqual([STALE_CLAIM_WAIT_MS]);
    expect(d.lines).toContain(
      'An earlier run began sending to 1 recipient without finishing; waiting 60 s to be sure it has stopped before sending in its place…',
    );
    expect((await d.deliveries.list(GOLDEN_WEEK)).every((r) => r.state === 'sent' && r.sends === 1)).toBe(true);
    await publishDigest(d, { week: GOLDEN_WEEK });
    expect(d.mailer.sent).toHaveLength(5);
  });

  it('Should not wait for a claim left for someone no longer a recipient', async () => {
    const d = deps();
    await d.deliveries.claim({
      week: GOLDEN_WEEK,
      audience: 'leadership',
      recipient: 'former-vp@example.com',
      sentInWeek: '2026-W48',
      run: 'stopped',
    });
    const waits: number[] = [];
    await publishDigest({ ...d, sleep: async (ms) => void waits.push(ms) }, { week: GOLDEN_WEEK });
    expect(waits).toEqual([]);
    expect(d.mailer.sent.flatMap((e) => e.to)).not.toContain('former-vp@example.com');
    expect(d.mailer.sent).toHaveLength(5);
  });

  it('Should not send in place of a run that was only slow, and finished while this one watched', async () => {
    const d = deps();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let reached!: () => void;
    const atChro = new Promise<void>((resolve) => (reached = resolve));
    const slow = {
      async send(email: (typeof d.mailer.sent)[number]) {
        if (email.to.includes('chro@example.com')) {
          reached();
          await held;
        }
        d.mailer.sent.push(email);
      },
    };
    const first = publishDigest({ ...d, mailer: slow }, { week: GOLDEN_WEEK });
    await atChro;
    const second = await publishDigest(
      {
        ...d,
        sleep: async () => {
          release();
          await first;
        },
      },
      { week: GOLDEN_WEEK },
    );
    expect(second.digests.every((x) => x.sentTo.length === 0)).toBe(true);
    expect(d.mailer.sent.map((e) => e.to[0]).sort()).toEqual([
      'ceo@example.com',
      'chro@example.com',
      'coo@example.com',
      'leadership@example.com',
      'plant2-gm@example.com',
    ]);
  });

  it('Should fall back to the earlier send when a deliberate resend fails, so a plain rerun sends nothing more', async () => {
    const d = deps();
    await publishDigest(d, { week: GOLDEN_WEEK });
    const failing = {
      async send() {
        throw new Error('SES throttled');
      },
    };
    await expect(publishDigest({ ...d, mailer: failing }, { week: GOLDEN_WEEK, resend: true })).rejects.toThrow(
      'SES throttled',
    );
    expect((await d.deliveries.list(GOLDEN_WEEK)).find((r) => r.audience === 'leadership')).toMatchObject({
      state: 'sent',
      sends: 1,
    });
    await publishDigest(d, { week: GOLDEN_WEEK });
    expect(d.mailer.sent).toHaveLength(5);
  });

  it('Should refuse a week that has not ended, saying when it can be built', async () => {
    const d = deps('2026-11-18T15:00:00Z'); // Wednesday of week 47 in Chicago
    await expect(publishDigest(d, { week: GOLDEN_WEEK, dryRun: true })).rejects.toThrow(
      'The week 2026-W47 (Mon 16 – Sun 22 November 2026) is not over yet; its digest can be built once it is, and then counts the whole week.',
    );
    expect(d.archive.files.size).toBe(0);
    expect(d.snapshots.weeks.size).toBe(0);
  });

  it('Should show every week as its first digest did, whatever is analysed for it afterwards', async () => {
    const d = deps();
    const first = await publishDigest(d, { week: GOLDEN_WEEK, dryRun: true });
    const before = structuredClone(d.archive.files);
    // A late submission for week 47, and one for week 45, after the digest went out.
    const figures = new Map(seededDigestInput().figures);
    for (const week of ['2026-W47', '2026-W45']) {
      const f = structuredClone(figures.get(week)!);
      f.groups[0]!.total += 1;
      f.groups[0]!.sentiment.NEGATIVE += 1;
      figures.set(week, f);
    }
    const late = { ...d, figures: new InMemoryFigures(figures) };
    await publishDigest(late, { week: GOLDEN_WEEK, dryRun: true });
    for (const [name, digest] of before)
      expect({ ...d.archive.files.get(name)!, generatedAt: '' }).toEqual({ ...digest, generatedAt: '' });
    expect(first.total).toBeGreaterThan(0);
    expect(late.figures.reads).toEqual([]);
  });

  it('Should refuse a week that is not an ISO week', async () => {
    await expect(publishDigest(deps(), { week: '2026-47' })).rejects.toThrow(
      "week must be an ISO week such as 2026-W47, not '2026-47'",
    );
  });
});

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
    expect(out).toContain('leadership');
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

  it('Should refuse a week 53 in a year that has only 52, naming the last week', async () => {
    const { d, err, deps: cliDeps } = cli();
    expect(await runDigestCli(['--week', '2025-W53'], cliDeps)).toBe(2);
    expect(err).toEqual(['2025 has no week 53: its last week is 2025-W52.']);
    expect(d.mailer.sent).toEqual([]);
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
