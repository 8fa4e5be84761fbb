import { describe, expect, it } from 'vitest';
import { openDeskLink } from '../../../shared/domain/case-desk';
import { publishDigest, type DigestDeps } from '../../../shared/use-cases/publish-digest';
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

/** Issue 14, item 2: each sponsor's digest carries the link to their case desk. */
describe("the sponsor's digest and their case desk", () => {
  it('Should give each sponsor, and only a sponsor, a link to their own desk', async () => {
    const input = seededDigestInput();
    const deps = {
      config: exampleConfig,
      figures: new InMemoryFigures(input.figures),
      snapshots: new InMemorySnapshots(),
      verbatims: new InMemoryCandidates([...input.candidates]),
      escalations: new InMemoryEscalationHistory(input.escalations),
      archive: new InMemoryArchive(),
      deliveries: new InMemoryDeliveries(),
      mailer: new RecordingMailer(),
      clock: fixedClock('2026-11-23T14:00:00Z'),
      linkSigningKey: KEY,
      publicUrl: 'https://feedback.example.com',
      progress: () => undefined,
      sleep: async () => undefined,
    } satisfies DigestDeps;
    await publishDigest(deps, { week: GOLDEN_WEEK });
    const [leadership, ...sponsors] = deps.mailer.sent;
    expect(leadership!.text).not.toContain('/desk/');
    expect(leadership!.html).not.toContain('/desk/');
    for (const email of sponsors) {
      const link = email.text!.match(/https:\/\/feedback\.example\.com\/desk\/([\w.-]+)/);
      expect(link, email.to[0]).not.toBeNull();
      expect(email.html).toContain(`/desk/${link![1]}`);
      const opened = openDeskLink(exampleConfig, link![1]!, KEY, new Date('2026-11-24T00:00:00Z'));
      expect(opened.ok && opened.sponsor.email).toBe(email.to[0]);
    }
  });
});
