import type { WeeklyContribution, WeeklyFigures } from '../domain/weekly-figures';

/** Counters per ISO week; exact even when a message is delivered twice or a handler dies half-way. */
export interface WeeklyFiguresStore {
  /** Adds one submission's contribution, at most once per `contributionId` whatever the retries. */
  record(contributionId: string, contribution: WeeklyContribution, expiresAt: Date): Promise<void>;
  /** The week's figures; cost bounded by the week's groups, not by the history kept. */
  read(week: string): Promise<WeeklyFigures>;
}
