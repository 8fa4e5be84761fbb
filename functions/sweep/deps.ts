import type { HeldPatterns } from '../../shared/ports/held-patterns';
import { escalationDepsFromEnv } from '../../shared/runtime/escalation-deps';
import { heldPatterns, tableFromEnv } from '../../shared/runtime/table-adapters';
import type { EscalationDeps } from '../../shared/use-cases/raise-escalation';

/** What the sweep works with: the escalations' deps and the patterns held for their release, on one table client. */
export async function sweepDepsFromEnv(): Promise<EscalationDeps & { heldPatterns: HeldPatterns }> {
  const table = tableFromEnv();
  return {
    ...(await escalationDepsFromEnv({ table })),
    // Patterns found since the last release wait for the day's release hour.
    heldPatterns: heldPatterns(table),
  };
}
