import type { EscalationMessage } from '../domain/escalation';

/** Hands escalations from analysis to the escalate stage (SQS, with a DLQ and an alarm on its depth). */
export interface EscalationQueue {
  enqueue(message: EscalationMessage): Promise<void>;
}
