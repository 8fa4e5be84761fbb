import { detectUrgency } from '../../shared/analysis/urgency';
import type { Config } from '../../shared/config/schema';
import type { EscalationMessage } from '../../shared/domain/escalation';
import type { AnalysisMessage } from '../../shared/domain/feedback';
import { type AnalyseFeedbackDeps, escalateUnanalysable } from '../../shared/use-cases/analyse-feedback';

/**
 * What the analyze stage raises for a report it could not analyse, read with
 * the real urgency detector: whether it escalated the report, and the
 * escalations it queued for the sponsors.
 */
export async function escalateUnread(
  config: Config,
  message: AnalysisMessage,
): Promise<{ escalated: boolean; queued: EscalationMessage[] }> {
  const queued: EscalationMessage[] = [];
  const deps = {
    config,
    // The case reads "being passed on" once its escalation is queued; these tests read only the escalations.
    cases: { markBeingPassedOn: async () => undefined },
    escalation: {
      queue: { enqueue: async (m: EscalationMessage) => void queued.push(m) },
      detectUrgency: (t: string) => detectUrgency(t).categories,
    },
  } as unknown as AnalyseFeedbackDeps;
  const escalated = await escalateUnanalysable(deps, message);
  return { escalated, queued };
}
