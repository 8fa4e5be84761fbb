import type { AnalysisMessage } from '../domain/feedback';
import type { Queue } from '../ports/queue';

/** Whether raw text reads as urgent (the offline urgency detector, which needs no service). */
export type ReadsUrgent = (text: string) => boolean | Promise<boolean>;

/** The analysis queue's lanes, read in this order: each only while the ones before it are empty. */
export interface AnalysisLaneQueues {
  /** Reports whose own words the detector flags, or on a topic the config marks urgent. */
  priority: Queue<AnalysisMessage>;
  /** Reports only ticked urgent (the box, `URGENT` by SMS, `escalate: true`), their words calm. */
  marked: Queue<AnalysisMessage>;
  /** Everything else. */
  normal: Queue<AnalysisMessage>;
}

/**
 * The analysis queue as the intake sees it: three lanes. A report whose raw
 * text the urgency detector flags, or that names an urgent topic, goes to
 * the priority lane; one the employee only marked urgent (the form's box,
 * the kiosk's, URGENT by SMS, `escalate: true`) to the marked lane; the rest
 * to the normal lane. Each lane is taken before the next, and on AWS has its
 * own consumer, event source mapping and concurrency, so a backlog on one
 * never holds up the lane above it: ticking the box is free for anyone, so a
 * flood of ticked reports must never stand in front of a report whose words
 * say someone is in danger. Every report is still read by the detector, ticked
 * or not. The message is the same in every lane, and which lane it took is
 * neither stored nor logged.
 *
 * A detector that throws never costs the submission: the message goes to
 * the priority lane, where analysis decides again.
 */
export function urgentLane(
  lanes: AnalysisLaneQueues,
  urgency: { readsUrgent: ReadsUrgent; urgentTopics: readonly string[] },
): Queue<AnalysisMessage> {
  return {
    async enqueue(message, options) {
      const lane = (await readsUrgentInItself(message, urgency))
        ? lanes.priority
        : message.escalate
          ? lanes.marked
          : lanes.normal;
      return lane.enqueue(message, options);
    },
  };
}

/** Urgent by what the report says or is about, whatever box was ticked. */
async function readsUrgentInItself(
  message: AnalysisMessage,
  { readsUrgent, urgentTopics }: { readsUrgent: ReadsUrgent; urgentTopics: readonly string[] },
): Promise<boolean> {
  // A topic the config marks urgent (safety, harassment) escalates whatever the text says.
  if (message.topic !== undefined && urgentTopics.includes(message.topic)) return true;
  if (!message.text) return false;
  try {
    return await readsUrgent(message.text);
  } catch {
    return true;
  }
}
