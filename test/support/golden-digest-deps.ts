import type { Config } from '../../shared/config/schema';
import type { DigestInput } from '../../shared/digest/build-digest';
import type { ClockEvent, LegalClocks, PassedDeadline } from '../../shared/ports/legal-clocks';
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

/** Legal clocks with passed deadlines only: enough for the digest's list. */
export class PassedClocks implements LegalClocks {
  constructor(private readonly passed: PassedDeadline[]) {}
  async schedule(): Promise<void> {}
  async dueBy(): Promise<ClockEvent[]> {
    return [];
  }
  async between(): Promise<ClockEvent[]> {
    return [];
  }
  async remove(): Promise<void> {}
  async recordPassed(): Promise<void> {}
  async met(): Promise<void> {}
  async listPassed(): Promise<PassedDeadline[]> {
    return this.passed;
  }
}

/**
 * Everything publishDigest needs, in memory: by default over the golden
 * weeks of the example config at `now`; a test names only what it is about
 * (another config, its own figures, no comments or escalations). `lines`
 * collects what it reports as it goes.
 */
export function inMemoryDigestDeps(
  over: Partial<Pick<DigestInput, 'figures' | 'candidates' | 'escalations'>> & { config?: Config; now?: string } = {},
) {
  const golden = seededDigestInput();
  const {
    config = exampleConfig,
    now = '2026-11-23T14:00:00Z',
    figures = golden.figures,
    candidates = golden.candidates,
    escalations = golden.escalations,
  } = over;
  const progress: string[] = [];
  const d = {
    config,
    figures: new InMemoryFigures(figures),
    snapshots: new InMemorySnapshots(),
    verbatims: new InMemoryCandidates([...candidates]),
    escalations: new InMemoryEscalationHistory(escalations),
    archive: new InMemoryArchive(),
    deliveries: new InMemoryDeliveries(),
    mailer: new RecordingMailer(),
    clock: fixedClock(now),
    linkSigningKey: DIGEST_LINK_KEY,
    publicUrl: 'https://feedback.example.com',
    progress: (line: string) => progress.push(line),
    sleep: async () => undefined,
    clocks: new PassedClocks([]) as LegalClocks,
  } satisfies DigestDeps;
  return { ...d, lines: progress };
}

/** The golden weeks of the example config, at `now`. */
export const goldenDigestDeps = (now?: string) => inMemoryDigestDeps({ now });
