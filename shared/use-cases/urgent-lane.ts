import { asksForUrgency } from '../analysis/asks-for-urgency';
import type { AnalysisMessage } from '../domain/feedback';
import type { Queue } from '../ports/queue';

/**
 * Whether a report is urgent by what it says or is about, as analysis will escalate it (`readsUrgentTopic`:
 * an urgent topic chosen, the offline urgency detector's findings, an urgent topic's keyword reporting a problem).
 */
export type ReadsUrgentInItself = (report: { topic?: string; text: string }) => boolean | Promise<boolean>;

/** The analysis queue's lanes, read in this order: each only while the ones before it are empty. */
export interface AnalysisLaneQueues {
  /** Reports whose own words the detector flags or whose urgent topic's keyword reports a problem, or on a topic the config marks urgent. */
  priority: Queue<AnalysisMessage>;
  /** Reports only ticked urgent (the box, `URGENT` by SMS, `escalate: true`) or asked in words ("es urgente"), their words calm. */
  marked: Queue<AnalysisMessage>;
  /** Everything else. */
  normal: Queue<AnalysisMessage>;
}

/**
 * The analysis queue as the intake sees it: three lanes. A report that
 * analysis will escalate by what it says or is about (its raw text the
 * urgency detector flags, an urgent topic chosen, or an urgent topic's
 * keyword reporting a problem: "oil on the floor by press 4") goes to
 * the priority lane; one the employee only marked urgent (the form's box,
 * the kiosk's, URGENT by SMS, `escalate: true`, "es urgente") to the marked lane; the rest
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
  urgency: { readsUrgent: ReadsUrgentInItself },
): Queue<AnalysisMessage> {
  return {
    async enqueue(message, options) {
      const lane = (await readsUrgentInItself(message, urgency.readsUrgent))
        ? lanes.priority
        : // Asking in words escalates as the box does (`requested`): it waits where the box's reports wait.
          message.escalate || asksForUrgency(message.text)
          ? lanes.marked
          : lanes.normal;
      return lane.enqueue(message, options);
    },
  };
}

/** Urgent by what the report says or is about, whatever box was ticked. */
async function readsUrgentInItself(message: AnalysisMessage, readsUrgent: ReadsUrgentInItself): Promise<boolean> {
  try {
    const topic = message.topic ?? message.followsTopic;
    return await readsUrgent({ ...(topic !== undefined ? { topic } : {}), text: message.text });
  } catch {
    return true;
  }
}
