import { describe, expect, it } from 'vitest';
import type { Config } from '../../../shared/config/schema';
import type { Digest } from '../../../shared/digest/model';
import { publishDigest, type DigestDeps } from '../../../shared/use-cases/publish-digest';
import { GOLDEN_WEEK, seededDigestInput } from '../../support/digest-fixtures';
import { exampleConfig } from '../../support/fixtures';
import { inMemoryDigestDeps, PassedClocks } from '../../support/golden-digest-deps';
import { offeredToDigest } from '../../support/offered-to-digest';

// Issue 14 review, item 3: a report that goes around a sponsor (it names
// them, or is about the employee's management) is never quoted, listed or
// counted in a digest they read: their own variant, or the leadership
// digest when their address is on the leadership list.

function run(config: Config, mark: (input: ReturnType<typeof seededDigestInput>) => void) {
  const input = seededDigestInput();
  mark(input);
  const raised = input.escalations.raised;
  const deps = {
    ...inMemoryDigestDeps({ ...input, config }),
    clocks: new PassedClocks(raised.map((e) => ({ escalationId: e.id, deadline: 'acknowledge', day: '2026-11-20' }))),
  } satisfies DigestDeps;
  return { deps, archive: deps.archive, mailer: deps.mailer, input };
}

const quoted = (d: Digest | undefined) => d!.verbatims.map((v) => v.text);
const answered = (d: Digest | undefined) => d!.escalations.responses.map((r) => r.response);

describe('a digest read by a sponsor a report goes around', () => {
  it("Should quote none of its comments and list none of its cases' responses in that sponsor's digest, and only there", async () => {
    const plain = run(exampleConfig, () => undefined);
    await publishDigest(plain.deps, { week: GOLDEN_WEEK });
    const gmBefore = await plain.archive.get({ week: GOLDEN_WEEK, sponsorId: 'plant2-gm' });
    expect(quoted(gmBefore).length).toBeGreaterThan(0);

    const marked = run(exampleConfig, (input) => {
      input.candidates = input.candidates.map((c) => ({ ...c, around: ['plant2-gm'] }));
      const around = { reasons: ['named' as const], bypassed: ['plant2-gm'] };
      input.escalations.responded = input.escalations.responded.map((e) => ({ ...e, reroute: around }));
      input.escalations.raised = input.escalations.raised.map((e) => ({ ...e, reroute: around }));
    });
    await publishDigest(marked.deps, { week: GOLDEN_WEEK });
    const gm = await marked.archive.get({ week: GOLDEN_WEEK, sponsorId: 'plant2-gm' });
    expect(quoted(gm)).toEqual([]);
    expect(answered(gm)).toEqual([]);
    // Everyone else reads them as before: the mark is about one reader, not the report.
    const leadership = await marked.archive.get({ week: GOLDEN_WEEK });
    expect(quoted(leadership)).toEqual(quoted(await plain.archive.get({ week: GOLDEN_WEEK })));
    expect(quoted(await marked.archive.get({ week: GOLDEN_WEEK, sponsorId: 'coo' }))).toEqual(
      quoted(await plain.archive.get({ week: GOLDEN_WEEK, sponsorId: 'coo' })),
    );
  });

  it('Should send a reader of the leadership list who is a sponsor gone around a leadership digest without those reports or their legal deadlines', async () => {
    const config: Config = {
      ...exampleConfig,
      digest: { ...exampleConfig.digest, recipients: ['leadership@example.com', 'COO@example.com'] },
    };
    const marked = run(config, (input) => {
      // One case still waiting for acknowledgement, so on the legal-deadline list, goes around the COO.
      const waiting = input.escalations.raised.findIndex((e) => e.status === 'raised');
      input.escalations.raised = input.escalations.raised.map((e, i) =>
        i === waiting ? { ...e, reroute: { reasons: ['named'], bypassed: ['coo'] } } : e,
      );
      // Every other comment of each group goes around the COO, so both digests have some to quote (only groups
      // whose mood k share are quoted: suppression rule 9).
      const seenIn = new Map<string, number>();
      input.candidates = input.candidates.map((c) => {
        const group = `${c.site}#${c.topic}#${c.channel}#${c.sentiment}`;
        const n = seenIn.get(group) ?? 0;
        seenIn.set(group, n + 1);
        return n % 2 ? { ...c, around: ['coo'] } : c;
      });
    });
    await publishDigest(marked.deps, { week: GOLDEN_WEEK });
    const toLeadership = marked.mailer.sent.filter((e) => e.to.includes('leadership@example.com'));
    const toCoo = marked.mailer.sent.filter((e) => e.to.includes('COO@example.com'));
    expect(toLeadership).toHaveLength(1);
    expect(toCoo).toHaveLength(1);
    expect(toLeadership[0]!.to).toEqual(['leadership@example.com']);

    const full = await marked.archive.get({ week: GOLDEN_WEEK });
    const apart = await marked.archive.get({ week: GOLDEN_WEEK, sponsorId: 'leadership-coo' });
    const kept = marked.input.candidates.filter((c) => !c.around?.includes('coo')).map((c) => c.redactedText);
    const fromKept = (text: string) => kept.some((k) => k.replace(/\s+/g, ' ').startsWith(text.replace(/…$/, '')));
    expect(quoted(apart).length).toBeGreaterThan(0);
    expect(quoted(apart).every(fromKept)).toBe(true);
    expect(quoted(full).every(fromKept)).toBe(false);
    const deadlines = full!.escalations.legalDeadlines!.length;
    expect(deadlines).toBeGreaterThan(0);
    // The case that goes around the COO is the only one the leadership list holds: its group is gone.
    expect(apart!.escalations.legalDeadlines).toHaveLength(deadlines - 1);
    expect(apart!.escalations.legalDeadlines!.map((g) => g.holder)).not.toContain('the leadership list');
    // Its web view is its own: the link in the email opens the digest without them.
    expect(toCoo[0]!.text).toContain('/digest/');
    expect(toCoo[0]!.text).not.toEqual(toLeadership[0]!.text);
  });
});

describe('the mark analysis leaves on a comment the digest may quote', () => {
  it('Should mark a comment that names a sponsor, or is about the employee’s management, with whom it goes around', async () => {
    const messages = [
      { text: 'Lee Marsh never fixes the broken lockers in the changing room at plant two' },
      { text: 'The rota for the night shift is changed every week without notice', aboutManagement: true },
      { text: 'The rota for the day shift is fine and the canteen is good' },
    ].map((m, i) => ({
      id: `00000000-0000-4000-8000-00000000000${i}`,
      caseKey: String(i).padStart(64, 'c'),
      channel: 'web' as const,
      week: '2026-W47',
      escalate: false,
      site: 'plant2',
      topic: 'workload',
      ...m,
    }));
    const offeredComments = await offeredToDigest(messages);
    const aroundOf = (start: string) => {
      const offered = offeredComments.find((c) => c.redactedText.startsWith(start));
      return offered ? (offered.around ?? []) : 'not offered';
    };
    // Around every sponsor: the stored mark does not say which one "[NAME]" is.
    expect(aroundOf('[NAME] never fixes')).toEqual(exampleConfig.sponsors.map((s) => s.id));
    expect(aroundOf('The rota for the night shift')).toContain('plant2-gm');
    expect(aroundOf('The rota for the day shift')).toEqual([]);
  });

  it('Should store the same mark whichever sponsor a comment names: the table does not say whom its "[NAME]" hides', async () => {
    const messages = ['Lee Marsh', 'Dana Whitfield', 'Sam Okafor', 'Alex Romero'].map((name, i) => ({
      id: `00000000-0000-4000-8000-00000000001${i}`,
      caseKey: String(i).padStart(64, 'd'),
      channel: 'web' as const,
      week: '2026-W47',
      escalate: false,
      site: 'plant2',
      topic: 'workload',
      text: `${name} never answers about the broken lockers in the changing room at plant two`,
    }));
    const marks = (await offeredToDigest(messages)).map((c) => c.around);
    expect(marks).toHaveLength(4);
    for (const mark of marks) expect(mark).toEqual(exampleConfig.sponsors.map((s) => s.id));
  });
});
