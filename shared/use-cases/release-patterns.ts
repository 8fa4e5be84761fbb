import type { HeldPatterns } from '../ports/held-patterns';
import { raiseEscalation, type EscalationDeps } from './raise-escalation';
import { reportMailFailure } from './mail-failure';

/**
 * Run by the sweep: the patterns held for a release that has come are raised and emailed, stamped
 * with that release (never the hour the report completing them was analysed), so their deadlines
 * count from it. Each is forgotten only once raised and emailed: a crash before repeats it, and the
 * repeat finds the escalation made and its email sent (its id is its cause), so no one is told twice.
 */
export async function releasePatterns(
  deps: EscalationDeps & { heldPatterns?: HeldPatterns },
  // Every pattern due, however many: with a cap, patterns that keep failing would sit first in line and block the rest.
  { limit = Number.POSITIVE_INFINITY } = {},
): Promise<{ released: number; failed: number }> {
  const result = { released: 0, failed: 0 };
  if (!deps.heldPatterns) return result;
  for (const held of await deps.heldPatterns.due(deps.clock.now(), limit)) {
    try {
      const release = new Date(held.releaseAt);
      await raiseEscalation({ ...deps, clock: { now: () => release } }, held.escalation);
      await deps.heldPatterns.released(held);
      result.released += 1;
    } catch (error) {
      reportMailFailure(deps, 'release patterns', error);
      result.failed += 1; // one failing email must not hold up the others
    }
  }
  return result;
}
