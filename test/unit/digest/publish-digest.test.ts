import { describe, expect, it } from 'vitest';
import { openDigestLink } from '../../../shared/digest/links';
import { publishDigest, STALE_CLAIM_WAIT_MS } from '../../../shared/use-cases/publish-digest';
import { GOLDEN_WEEK, seededDigestInput } from '../../support/digest-fixtures';
import { InMemoryFigures } from '../../support/in-memory-digest';
import { DIGEST_LINK_KEY as KEY, goldenDigestDeps as deps } from '../../support/golden-digest-deps';

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

  it('Should send nothing twice when a scheduled run is retried after a partial failure, and the others at once', async () => {
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
    // One reader's failure keeps nobody else waiting for the retry.
    expect(d.mailer.sent.map((e) => e.to[0])).toEqual([
      'leadership@example.com',
      'coo@example.com',
      'plant2-gm@example.com',
      'ceo@example.com',
    ]);
    await publishDigest({ ...d, mailer: flaky }, { week: GOLDEN_WEEK });
    expect(d.mailer.sent.map((e) => e.to[0])).toEqual([
      'leadership@example.com',
      'coo@example.com',
      'plant2-gm@example.com',
      'ceo@example.com',
      'chro@example.com',
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
    const first = await publishDigest(d, { week: GOLDEN_WEEK });
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

  it('Should leave no trace of a dry run on what later digests show: a comment analysed after it still counts', async () => {
    for (const trial of [{ dryRun: true }, { dryRun: true, to: ['me@example.com'] }]) {
      const d = deps();
      await publishDigest(d, { week: GOLDEN_WEEK, ...trial });
      await publishDigest(d, { week: GOLDEN_WEEK, ...trial }); // tried twice, still nothing kept
      expect(d.snapshots.weeks.size).toBe(0);
      expect(d.lines.join('\n')).toContain(
        'the figures of 2026-W40 to 2026-W47 are read as they stand now and not fixed',
      );
      // A late comment for the week itself and one for an earlier week of its trend, analysed after the trial.
      const figures = new Map(seededDigestInput().figures);
      const totals = new Map<string, number>();
      for (const week of [GOLDEN_WEEK, '2026-W45']) {
        const f = structuredClone(figures.get(week)!);
        f.groups[0]!.total += 1;
        f.groups[0]!.sentiment.NEGATIVE += 1;
        figures.set(week, f);
        totals.set(
          week,
          f.groups.reduce((n, g) => n + g.total, 0),
        );
      }
      const sent = await publishDigest({ ...d, figures: new InMemoryFigures(figures) }, { week: GOLDEN_WEEK });
      expect(sent.total).toBe(totals.get(GOLDEN_WEEK));
      const trend = d.archive.files.get('2026-W47.json')!.headline.trend;
      expect(trend.find((p) => p.week === '2026-W45')?.total).toBe(totals.get('2026-W45'));
      expect(d.mailer.sent.at(-1)!.text).toContain(totals.get(GOLDEN_WEEK)!.toLocaleString('en-US'));
    }
  });

  it('Should refuse a week that is not an ISO week', async () => {
    await expect(publishDigest(deps(), { week: '2026-47' })).rejects.toThrow(
      "week must be an ISO week such as 2026-W47, not '2026-47'",
    );
  });
});
