import { asksForUrgency } from '../analysis/asks-for-urgency';
import type { AnalysisMessage } from '../domain/feedback';
import type { Queue } from '../ports/queue';
import type { QuietSources, UrgentKind } from './quiet-source';

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
  /** Each source's urgent reports this hour: one within its first few is marked `quietSource`. Without it, none is. */
  sources?: QuietSources,
): Queue<AnalysisMessage> {
  return {
    async enqueue(message, options = {}) {
      const { source, ...rest } = options;
      const kind: UrgentKind | undefined = (await readsUrgentInItself(message, urgency.readsUrgent))
        ? 'words'
        : // Asking in words escalates as the box does (`requested`): it waits where the box's reports wait.
          message.escalate || asksForUrgency(message.text)
          ? 'ticked'
          : undefined;
      const lane = kind === 'words' ? lanes.priority : kind === 'ticked' ? lanes.marked : lanes.normal;
      const quiet = kind && source && sources ? await isQuiet(sources, kind, source) : false;
      return lane.enqueue(quiet ? { ...message, quietSource: true } : message, rest);
    },
  };
}

/** A count that cannot be read never costs the report: it goes on as from a busy source, emailed as before. */
async function isQuiet(sources: QuietSources, kind: UrgentKind, source: string): Promise<boolean> {
  try {
    return await sources.quiet(kind, source);
  } catch {
    return false;
  }
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
