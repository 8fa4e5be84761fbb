import { HOUR_MS } from '../domain/durations';
import type { Escalation } from '../domain/escalation';
import type { EscalationStore } from '../ports/escalation-store';
import type { EscalationDeps } from './raise-escalation';

/**
 * The open (unacknowledged) escalations a sweep run works through: sent when
 * unsent, climbed when overdue, reminded before their deadline. Listed once
 * per run, every page of them, however many an all-hands left open; those the
 * run itself has changed since (emailed, climbed, reminded) are read again one
 * by one, so a later step never acts on what an earlier one moved on (which
 * would email the next holder twice).
 */
export interface OpenEscalations {
  /** Every open escalation due within the longest service level (so every one), oldest first, as it stands now. */
  list(): Promise<Escalation[]>;
}

/** For one sweep run: the deps its steps use (whose escalation store notes what they change), and what is open. */
export function sweepRun<Deps extends EscalationDeps>(deps: Deps): { deps: Deps; open: OpenEscalations } {
  const changed = new Set<string>();
  return {
    deps: { ...deps, escalations: noteChanges(deps.escalations, changed) },
    open: openEscalations(deps, changed),
  };
}

/** What is open now, listed once; `changed` names those to read again before they are next listed. */
export function openEscalations(
  deps: Pick<EscalationDeps, 'config' | 'clock' | 'escalations'>,
  changed: Set<string> = new Set(),
): OpenEscalations {
  let listed: Escalation[] | undefined;
  return {
    async list() {
      if (!listed) {
        // Every open escalation is due within its service level of now: listing up to the longest finds them all.
        const longest = Math.max(deps.config.slas.standardHours, deps.config.slas.urgentHours);
        listed = await deps.escalations.listOpen(new Date(deps.clock.now().getTime() + (longest + 1) * HOUR_MS));
        changed.clear();
      }
      const ids = [...changed];
      changed.clear();
      const fresh = new Map(await Promise.all(ids.map(async (id) => [id, await deps.escalations.get(id)] as const)));
      listed = listed.flatMap((e) => {
        const now = fresh.has(e.id) ? fresh.get(e.id) : e;
        return now && now.status === 'raised' ? [now] : [];
      });
      return listed;
    },
  };
}

/** The store, noting in `changed` every escalation written through it. */
function noteChanges(store: EscalationStore, changed: Set<string>): EscalationStore {
  const noting =
    <A extends unknown[], R>(write: (id: string, ...rest: A) => Promise<R>) =>
    (id: string, ...rest: A): Promise<R> => {
      changed.add(id);
      return write.call(store, id, ...rest);
    };
  return {
    create: (escalation: Escalation, expiresAt: Date) => {
      changed.add(escalation.id);
      return store.create(escalation, expiresAt);
    },
    get: (id) => store.get(id),
    listOpen: (dueBefore) => store.listOpen(dueBefore),
    markNotified: noting(store.markNotified),
    acknowledge: noting(store.acknowledge),
    addText: noting(store.addText),
    respond: noting(store.respond),
    markReminded: noting(store.markReminded),
    // Not noted: no later step reads it, and noting it would read the escalation again for nothing.
    markPassedOnShown: (id) => store.markPassedOnShown(id),
    raiseLevel: noting(store.raiseLevel),
    listUntold: () => store.listUntold(),
    listClosesToTell: () => store.listClosesToTell(),
    closeTold: (id) => store.closeTold(id),
    passOnUntold: noting(store.passOnUntold),
  };
}
