import type { Config } from '../config/schema';
import type { Clock } from '../ports/clock';
import type { AnalysisMessage } from '../domain/feedback';
import type { Queue } from '../ports/queue';
import { urgentLane, type AnalysisLaneQueues } from '../use-cases/urgent-lane';
import type { QuietSources } from '../use-cases/quiet-source';

/**
 * The intake's analysis queue: the priority lane for what analysis will
 * escalate by what it says or is about (`readsUrgentTopic`: an urgent topic,
 * an urgent topic's keyword reporting a problem, raw text the offline urgency
 * detector flags in every language it reads; well under a millisecond a
 * text, see docs/performance.md), the marked lane for
 * what the employee only marked urgent, the normal lane for the rest.
 */
export function analysisLanes(
  config: Pick<Config, 'topics'>,
  lanes: AnalysisLaneQueues,
  /** The time reports are read on (the stack's `CLOCK`), as analysis reads them: "in 2025" is last year on it. */
  clock?: Clock,
  /** Each source's urgent reports this hour (`quiet-source.ts`); without it, no report is marked from a quiet source. */
  sources?: QuietSources,
): Queue<AnalysisMessage> {
  // Loaded on the first submission, not at start-up: most intake requests
  // (pages, status look-ups) never need the detector's rules and tables.
  let detector: Promise<typeof import('../analysis/urgency')> | undefined;
  let topicReading: Promise<typeof import('../analysis/urgency/topic-keywords')> | undefined;
  return urgentLane(
    lanes,
    {
      // The same reading analysis escalates by (escalate-if-needed.ts), so what will escalate never waits behind a calm flood.
      readsUrgent: async (report) => {
        const { readsUrgentTopic } = await (topicReading ??= import('../analysis/urgency/topic-keywords'));
        // A topic chosen or a keyword decides before the detector is loaded; an empty text has nothing more to read.
        const withoutDetector = readsUrgentTopic(config.topics, report, []);
        if (withoutDetector || !report.text) return withoutDetector;
        const { detectUrgency } = await (detector ??= import('../analysis/urgency'));
        return readsUrgentTopic(config.topics, report, detectUrgency(report.text, clock).categories);
      },
    },
    sources,
  );
}
