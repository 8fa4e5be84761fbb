import type { Config } from '../config/schema';
import type { EscalationMessage, EscalationReason } from '../domain/escalation';
import type { AnalysisMessage, Sentiment } from '../domain/feedback';
import type { Clock } from '../ports/clock';
import type { FeedbackStore } from '../ports/feedback-store';
import type { EscalationQueue } from '../ports/escalation-queue';
import type { PatternCounter } from '../ports/pattern-counter';
import { DAY_MS } from '../domain/durations';

export interface EscalationInputs {
  message: AnalysisMessage;
  sentiment: Sentiment;
  topics: string[];
  redactedText: string;
  /** From the urgency detector: safety, harassment, … found in the text itself. */
  urgentCategories: string[];
}

/**
 * Applies the escalation rules and queues what they raise. Each has an id of
 * its cause, so queueing it again (on a retry) makes no second escalation.
 * The rules, each with its reason recorded:
 * - an urgent topic (configured as urgent, or found by the urgency detector);
 * - the employee asked (URGENT by SMS, the checkbox on the form or kiosk);
 * - a pattern: at least N negative submissions on one site and topic within
 *   the window, escalated once per window, not once per submission.
 */
export async function escalateIfNeeded(
  deps: { config: Config; patterns: PatternCounter; clock: Clock; cases: FeedbackStore; queue: EscalationQueue },
  input: EscalationInputs,
): Promise<EscalationMessage[]> {
  const { config, patterns, clock, cases, queue } = deps;
  const { message } = input;
  const urgentTopics = input.topics.filter((t) => config.topics.find((c) => c.id === t)?.urgent);
  const reasons: EscalationReason[] = [];
  if (urgentTopics.length || input.urgentCategories.length) reasons.push('urgent-topic');
  if (message.escalate) reasons.push('requested');

  const out: EscalationMessage[] = [];
  if (reasons.length) {
    const escalation: EscalationMessage = {
      escalationId: `case:${message.id}`,
      reasons,
      caseKey: message.caseKey,
      channel: message.channel,
      week: message.week,
      site: message.site,
      topics: input.topics,
      urgentCategories: input.urgentCategories,
      redactedText: input.redactedText,
    };
    await queue.enqueue(escalation);
    out.push(escalation);
  }

  if (input.sentiment === 'NEGATIVE' && message.site && input.topics.length) {
    const { patternThreshold, patternWindowDays } = config.escalation;
    const now = clock.now();
    const day = now.toISOString().slice(0, 10);
    // Counted once per case, however often its message is delivered.
    const firstTime = await cases.claimPatternCount(message.caseKey);
    for (const topic of input.topics) {
      if (firstTime) await patterns.add(message.site, topic, day, new Date(now.getTime() + (patternWindowDays + 1) * DAY_MS));
      const count = await patterns.count(message.site, topic, day, patternWindowDays);
      if (count < patternThreshold) continue;
      if (!(await patterns.claim(message.site, topic, now, new Date(now.getTime() + patternWindowDays * DAY_MS)))) continue;
      const escalation: EscalationMessage = {
        escalationId: `pattern:${message.site}:${topic}:${day}`,
        reasons: ['pattern'],
        week: message.week,
        site: message.site,
        topics: [topic],
        urgentCategories: [],
        redactedText: '',
        pattern: { count, windowDays: patternWindowDays },
      };
      await queue.enqueue(escalation);
      await patterns.markSent(message.site, topic);
      out.push(escalation);
    }
  }
  return out;
}
