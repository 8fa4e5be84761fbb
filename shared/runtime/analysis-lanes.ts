import type { Config } from '../config/schema';
import type { AnalysisMessage } from '../domain/feedback';
import type { Queue } from '../ports/queue';
import { urgentLane, type AnalysisLaneQueues } from '../use-cases/urgent-lane';

/**
 * The intake's analysis queue: the priority lane for an urgent topic or raw
 * text the offline urgency detector flags (in every language it reads; well
 * under a millisecond a text, see docs/performance.md), the marked lane for
 * what the employee only marked urgent, the normal lane for the rest.
 */
export function analysisLanes(config: Pick<Config, 'topics'>, lanes: AnalysisLaneQueues): Queue<AnalysisMessage> {
  // Loaded on the first submission, not at start-up: most intake requests
  // (pages, status look-ups) never need the detector's rules and tables.
  let detector: Promise<typeof import('../analysis/urgency')> | undefined;
  return urgentLane(lanes, {
    readsUrgent: async (text) => (await (detector ??= import('../analysis/urgency'))).detectUrgency(text).urgent,
    urgentTopics: config.topics.filter((t) => t.urgent).map((t) => t.id),
  });
}
