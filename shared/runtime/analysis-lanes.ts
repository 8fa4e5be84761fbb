import { detectUrgency } from '../analysis/urgency';
import type { Config } from '../config/schema';
import type { AnalysisMessage } from '../domain/feedback';
import type { Queue } from '../ports/queue';
import { urgentLane } from '../use-cases/urgent-lane';

/**
 * The intake's analysis queue: the priority lane for what the employee marked
 * urgent, an urgent topic, or raw text the offline urgency detector flags (in
 * every language it reads; well under a millisecond a text, see
 * docs/performance.md), the normal lane for the rest.
 */
export function analysisLanes(
  config: Pick<Config, 'topics'>,
  lanes: { normal: Queue<AnalysisMessage>; priority: Queue<AnalysisMessage> },
): Queue<AnalysisMessage> {
  return urgentLane(lanes, {
    readsUrgent: (text) => detectUrgency(text).urgent,
    urgentTopics: config.topics.filter((t) => t.urgent).map((t) => t.id),
  });
}
