import type { Config } from '../config/schema';
import type { EscalationMessage, EscalationReason } from '../domain/escalation';
import type { AnalysisMessage, Sentiment } from '../domain/feedback';
import type { Clock } from '../ports/clock';
import type { CaseStore } from '../ports/case-store';
import type { Queue } from '../ports/queue';
import type { PatternCounter } from '../ports/pattern-counter';
import { asksForUrgency } from '../analysis/asks-for-urgency';
import { readsUrgentTopic } from '../analysis/urgency/topic-keywords';
import { sponsorsNamedIn } from '../domain/conflicts';
import { topicsOfItsKind } from '../domain/topics';
import { DAY_MS } from '../domain/durations';
import { expiryForWeek, isoWeekOf, patternWeeks } from '../domain/iso-week';
import { nextPatternRelease } from '../domain/pattern-release';

export interface EscalationInputs {
  message: AnalysisMessage;
  sentiment: Sentiment;
  topics: string[];
  redactedText: string;
  /** From the urgency detector: safety, harassment, … found in the text itself. */
  urgentCategories: string[];
  /** The language the analysis found. */
  language?: string;
}

/**
 * The escalation a case's own words or request raise, if any: pure, so it is
 * decided before anything is read or written.
 */
export function caseEscalation(config: Config, input: EscalationInputs): EscalationMessage | undefined {
  const { message } = input;
  const reasons: EscalationReason[] = [];
  // The one reading the intake's lane uses too: a keyword of an urgent topic counts only where it reports a problem.
  // Details filed apart from an urgent report are urgent under its topic, as if it were chosen (it is not stored).
  const read = { topic: message.topic ?? message.followsTopic, text: message.text };
  if (readsUrgentTopic(config.topics, read, input.urgentCategories)) reasons.push('urgent-topic');
  // Asking in words ("es urgente", "c'est urgent") is asking as the checkbox does.
  if (message.escalate || asksForUrgency(message.text)) reasons.push('requested');
  if (!reasons.length) return undefined;
  // Read in the raw text, the only place a name still is: the case goes around whoever it names.
  const namedSponsors = sponsorsNamedIn(config, message.text, message.site);
  return {
    ...(namedSponsors.length ? { namedSponsors } : {}),
    ...(message.aboutManagement ? { aboutManagement: true } : {}),
    ...(message.quietSource ? { quietSource: true as const } : {}),
    escalationId: `case:${message.id}`, // one escalation per case, whichever delivery raises it
    reasons,
    caseKey: message.caseKey,
    channel: message.channel,
    week: message.week,
    site: message.site,
    // Harassment or discrimination goes to whoever owns it, not to the owner of the gear it names (topicsOfItsKind).
    topics: topicsOfItsKind(config.topics, input.topics, input.urgentCategories, read.topic),
    urgentCategories: input.urgentCategories,
    redactedText: input.redactedText,
    language: input.language,
  };
}

/**
 * For a message the analyzer cannot analyse: the escalation it still owes
 * its sponsor when the employee asked for one or the raw text looks urgent,
 * with the text withheld (it was never redacted). Undefined when neither.
 */
export function withheldEscalation(
  config: Config,
  message: AnalysisMessage,
  found: { topics: string[]; urgentCategories: string[] },
): EscalationMessage | undefined {
  const escalation = caseEscalation(config, {
    message,
    sentiment: 'NEUTRAL',
    topics: found.topics,
    redactedText: '',
    urgentCategories: found.urgentCategories,
  });
  return escalation && { ...escalation, textWithheld: true };
}

/**
 * Applies the escalation rules and queues what they raise, the case's own
 * escalation first: it needs nothing read or written before it. Each has an
 * id of its cause, so queueing it again (on a retry) makes no second one.
 * The rules, each with its reason recorded:
 * - an urgent topic: chosen by the employee, found by the urgency detector, or
 *   named by a keyword where the text reports a problem (`readsUrgentTopic`);
 * - the employee asked (URGENT by SMS, the checkbox on the form or kiosk);
 * - a pattern: at least N negative submissions on one site and topic within
 *   the window, escalated once per window, not once per submission; a
 *   report that goes around anyone is not counted in it. It is held, not
 *   queued, until the day's release (`escalation.patternReleaseHour`).
 *
 * Returns what it raised, held patterns included.
 */
export async function escalateIfNeeded(
  deps: { config: Config; patterns: PatternCounter; clock: Clock; cases: CaseStore; queue: Queue<EscalationMessage> },
  input: EscalationInputs,
): Promise<EscalationMessage[]> {
  const { config, patterns, clock, cases, queue } = deps;
  const { message } = input;
  const out: EscalationMessage[] = [];
  const escalation = caseEscalation(config, input);
  if (escalation) {
    await queue.enqueue(escalation);
    // Its employee reads it as being passed on from now: "read and sorted by topic" on an urgent report, however
    // briefly (or for as long as the escalation stage has a backlog), reads as read and shelved (att33 F4).
    if (escalation.caseKey) await cases.markBeingPassedOn(escalation.caseKey);
    out.push(escalation);
  }

  // A report that goes around someone (it names a sponsor, or is about the employee's management) is
  // never counted towards a site's pattern: the pattern's escalation (and its count) goes to the site's
  // sponsors, and a sponsor gone around must see nothing of the report, not even as a count.
  const goesAround = () =>
    message.aboutManagement === true ||
    (escalation?.namedSponsors ?? sponsorsNamedIn(config, message.text, message.site)).length > 0;
  if (input.sentiment === 'NEGATIVE' && message.site && input.topics.length && !goesAround()) {
    const { patternThreshold, patternWindowDays } = config.escalation;
    const now = clock.now();
    // Whole ISO weeks of the case (never its day): this one and enough before it to cover the window.
    const weeks = patternWeeks(message.week, patternWindowDays);
    // Counted once per case, however often its message is delivered; a
    // retry after a failure half-way counts what the failure left out.
    const toCount = await cases.patternTopicsToCount(message.caseKey, input.topics);
    for (const topic of input.topics) {
      // Kept past every window that counts this week, and expiring with the whole week.
      if (toCount.topics.includes(topic)) {
        const expiresAt = expiryForWeek(message.week, 7 * weeks.length);
        await patterns.add(message.site, topic, message.week, expiresAt, toCount.token);
        await cases.patternTopicCounted(message.caseKey, topic);
      }
      // Up to the threshold only: a busy site's every negative report reads no more than that many cases.
      if ((await patterns.count(message.site, topic, weeks, patternThreshold)) < patternThreshold) continue;
      const window = await patterns.claim(
        message.site,
        topic,
        now,
        new Date(now.getTime() + patternWindowDays * DAY_MS),
      );
      if (window === undefined) continue;
      // The exact count for the email, read once a window (when the claim is won).
      const count = await patterns.count(message.site, topic, weeks);
      // Known by its window's random name, never by a week or day: `pattern:<site>:<topic>:<week>` named the week of
      // the report that completed it, for as long as escalations are kept (op43). The same name on a retry.
      const release = nextPatternRelease(now, config.escalation.patternReleaseHour, config.timezone);
      const escalation: EscalationMessage = {
        escalationId: `pattern:${message.site}:${topic}:${window}`,
        reasons: ['pattern'],
        // The release's week, which its held item's key already says; the report's own week is read by nothing after.
        week: isoWeekOf(release, config.timezone),
        site: message.site,
        topics: [topic],
        urgentCategories: [],
        redactedText: '',
        pattern: { count, windowDays: 7 * weeks.length },
      };
      // Held for the day's release, never sent now: an email (or a time stored) now would date the
      // report that completed the pattern. The sweep raises it at the release (`releasePatterns`).
      await patterns.hold(escalation, release);
      await patterns.markSent(message.site, topic);
      out.push(escalation);
    }
  }
  return out;
}
