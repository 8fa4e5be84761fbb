import type { EscalationMessage } from '../domain/escalation';
import type { Queue } from '../ports/queue';

/** The escalation queue's lanes, read in this order: the normal lane only while the priority lane is empty. */
export interface EscalationLaneQueues {
  /** Escalations raised by what a report says or is about: the urgency detector, an urgent topic. */
  priority: Queue<EscalationMessage>;
  /** Everything else: escalations only asked for (the box, `URGENT` by SMS, "es urgente"), and patterns. */
  normal: Queue<EscalationMessage>;
}

/**
 * Whether an escalation cannot wait behind any other: its report's own
 * words (or topic) are urgent. Asking is free for anyone, so an escalation
 * raised only because it was asked for is not.
 */
export function isUrgentInItsWords(escalation: EscalationMessage): boolean {
  return escalation.reasons.includes('urgent-topic');
}

/**
 * The escalation queue as analysis sees it: two lanes, as the analysis
 * queue has. Sending an escalation takes the mail service (SES in its
 * sandbox sends about one a second), so a flood of reports only ticked
 * urgent, once analysed, would otherwise stand in one first-in, first-out
 * queue in front of a report whose words say someone is in danger. The
 * priority lane is taken first: locally the escalate worker drains it
 * before the normal lane; on AWS it has its own queue, DLQ, alarms, consumer
 * and event source mapping. The message is the same in either lane, and
 * which lane it took is neither stored nor logged.
 */
export function escalationLanes(lanes: EscalationLaneQueues): Queue<EscalationMessage> {
  return {
    async enqueue(escalation, options) {
      return (isUrgentInItsWords(escalation) ? lanes.priority : lanes.normal).enqueue(escalation, options);
    },
  };
}
