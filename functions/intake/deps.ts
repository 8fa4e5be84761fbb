import type { Logger } from '@aws-lambda-powertools/logger';
import type { Config } from '../../shared/config/schema';
import type { AnalysisQueue } from '../../shared/ports/analysis-queue';
import type { Clock } from '../../shared/ports/clock';
import type { EscalationStore } from '../../shared/ports/escalation-store';
import type { FeedbackStore } from '../../shared/ports/feedback-store';

/** Everything the intake app needs; each runtime (Lambda, local, tests) builds its own. */
export interface IntakeDeps {
  config: Config;
  store: FeedbackStore;
  queue: AnalysisQueue;
  clock: Clock;
  /** Secret used to hash case codes (and, later, SMS senders). */
  pepper: string;
  logger: Logger;
  /** Requests per second the whole app accepts on its write routes before answering 429. */
  writeRateLimit?: { perSecond: number; burst: number };
  /** Sponsors' signed links (`/ack/:token`); without it every link is refused. */
  escalations?: { store: EscalationStore; linkSigningKey: string };
}

export type IntakeEnv = { Variables: { deps: IntakeDeps } };
