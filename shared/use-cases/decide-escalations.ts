import type { Config } from '../config/schema';
import type { EscalationMessage, EscalationReason } from '../domain/escalation';
import type { AnalysisMessage, Sentiment } from '../domain/feedback';
import type { Clock } from '../ports/clock';
import type { PatternCounter } from '../ports/pattern-counter';

export interface EscalationInputs {
  message: AnalysisMessage;
  sentiment: Sentiment;
  topics: string[];
  redactedText: string;
  /** From the urgency detector: safety, harassment, … found in the text itself. */
  urgentCategories: string[];
}

const DAY_MS = 86_400_000;

/**
 * The escalation rules, each with its reason recorded:
 * - an urgent topic (configured as urgent, or found by the urgency detector);
 * - the employee asked (URGENT by SMS, the checkbox on the form or kiosk);
 * - a pattern: at least N negative submissions on one site and topic within
 *   the window, escalated once per window, not once per submission.
 */
export async function decideEscalations(
  deps: { config: Config; patterns: PatternCounter; clock: Clock },
  input: EscalationInputs,
): Promise<EscalationMessage[]> {
  const { config, patterns, clock } = deps;
  const { message } = input;
  const urgentTopics = input.topics.filter((t) => config.topics.find((c) => c.id === t)?.urgent);
  const reasons: EscalationReason[] = [];
  if (urgentTopics.length || input.urgentCategories.length) reasons.push('urgent-topic');
  if (message.escalate) reasons.push('requested');

  const out: EscalationMessage[] = [];
  if (reasons.length) {
    out.push({
      escalationId: `case:${message.id}`,
      reasons,
      caseKey: message.caseKey,
      channel: message.channel,
      week: message.week,
      site: message.site,
      topics: input.topics,
      urgentCategories: input.urgentCategories,
      redactedText: input.redactedText,
    });
  }

  if (input.sentiment === 'NEGATIVE' && message.site) {
    const { patternThreshold, patternWindowDays } = config.escalation;
    const now = clock.now();
    const day = now.toISOString().slice(0, 10);
    for (const topic of input.topics) {
      const count = await patterns.addAndCount(message.site, topic, day, patternWindowDays, new Date(now.getTime() + (patternWindowDays + 1) * DAY_MS));
      if (count < patternThreshold) continue;
      if (!(await patterns.claim(message.site, topic, now, new Date(now.getTime() + patternWindowDays * DAY_MS)))) continue;
      out.push({
        escalationId: `pattern:${message.site}:${topic}:${day}`,
        reasons: ['pattern'],
        week: message.week,
        site: message.site,
        topics: [topic],
        urgentCategories: [],
        redactedText: '',
        pattern: { count, windowDays: patternWindowDays },
      });
    }
  }
  return out;
}
