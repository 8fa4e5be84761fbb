import type { AnalysisMessage } from '../domain/feedback';
import type { Queue } from '../ports/queue';

/** Whether raw text reads as urgent (the offline urgency detector, which needs no service). */
export type ReadsUrgent = (text: string) => boolean | Promise<boolean>;

/**
 * The analysis queue as the intake sees it: two lanes. A message the
 * employee marked urgent (the form's box, the kiosk's, URGENT by SMS,
 * `escalate: true`), that names an urgent topic, or whose raw text the urgency detector flags goes to the
 * priority lane, which a backlog on the other cannot hold up: on AWS it has
 * its own consumer, event source mapping and concurrency; locally the worker
 * drains it first. The message is the same in either lane, and which lane it
 * took is neither stored nor logged.
 *
 * A detector that throws never costs the submission: the message goes to
 * the priority lane, where analysis decides again.
 */
export function urgentLane(
  lanes: { normal: Queue<AnalysisMessage>; priority: Queue<AnalysisMessage> },
  urgency: { readsUrgent: ReadsUrgent; urgentTopics: readonly string[] },
): Queue<AnalysisMessage> {
  return {
    async enqueue(message, options) {
      return ((await isUrgent(message, urgency)) ? lanes.priority : lanes.normal).enqueue(message, options);
    },
  };
}

async function isUrgent(
  message: AnalysisMessage,
  { readsUrgent, urgentTopics }: { readsUrgent: ReadsUrgent; urgentTopics: readonly string[] },
): Promise<boolean> {
  // A topic the config marks urgent (safety, harassment) escalates whatever the text says.
  if (message.escalate || (message.topic !== undefined && urgentTopics.includes(message.topic))) return true;
  if (!message.text) return false;
  try {
    return await readsUrgent(message.text);
  } catch {
    return true;
  }
}
