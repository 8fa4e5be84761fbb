import type { DigestDeps } from '../../shared/use-cases/publish-digest';
import { seededDigestInput } from './digest-fixtures';
import { exampleConfig, fixedClock } from './fixtures';
import {
  InMemoryArchive,
  InMemoryCandidates,
  InMemoryDeliveries,
  InMemoryEscalationHistory,
  InMemoryFigures,
  InMemorySnapshots,
  RecordingMailer,
} from './in-memory-digest';

/** The key the golden deps sign digest links with. */
export const DIGEST_LINK_KEY = 'k'.repeat(64);

/**
 * Everything publishDigest needs, in memory, over the golden weeks of the
 * example config, at `now`; `lines` collects what it reports as it goes.
 */
export function goldenDigestDeps(now = '2026-11-23T14:00:00Z') {
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
    linkSigningKey: DIGEST_LINK_KEY,
    publicUrl: 'https://feedback.example.com',
    progress: (line: string) => progress.push(line),
    sleep: async () => undefined,
  } satisfies DigestDeps;
  return { ...d, lines: progress };
}
