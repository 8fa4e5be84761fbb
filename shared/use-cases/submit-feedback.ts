import { randomUUID } from 'node:crypto';
import type { Config } from '../config/schema';
import { caseCodeForIdempotencyKey, caseKeyFor, newCaseCode } from '../domain/case-code';
import type { CaseRecord, Channel } from '../domain/feedback';
import { expiryForWeek, isoWeekOf } from '../domain/iso-week';
import { ServiceUnavailableError, ValidationError } from '../errors';
import type { AnalysisQueue } from '../ports/analysis-queue';
import type { Clock } from '../ports/clock';
import type { FeedbackStore } from '../ports/feedback-store';
import type { Metrics } from '../ports/metrics';

export interface SubmitFeedbackDeps {
  config: Config;
  store: FeedbackStore;
  queue: AnalysisQueue;
  clock: Clock;
  pepper: string;
  /** Counts each new case as a `Submissions` metric by channel; none locally. */
  metrics?: Metrics;
}

export interface Submission {
  channel: Channel;
  text: string;
  site?: string;
  topic?: string;
  escalate: boolean;
  /**
   * Set by channels whose clients retry (a Twilio MessageSid, a kiosk's key),
   * prefixed by channel. The same key always gives the same case.
   */
  idempotencyKey?: string;
  /** A kiosk tap's rating, 1 (very unhappy) to 4 (very happy). */
  rating?: number;
}

export interface Receipt {
  caseCode: string;
  status: 'received';
}


/**
 * Accepts one piece of feedback: stores a case without its text and hands
 * the text to the analysis queue. Nothing slow happens here.
 *
 * Order matters for "nothing accepted is lost": the case is written first and
 * the message sent second; only when both succeed is the submission accepted.
 * If the send fails the case is removed again and the caller gets a 503 to
 * retry, so no case can sit in `received` forever without a message behind it.
 */
export async function submitFeedback(deps: SubmitFeedbackDeps, submission: Submission): Promise<Receipt> {
  const { config, store, queue, clock, pepper } = deps;
  if (submission.site !== undefined && !config.sites.some((s) => s.id === submission.site)) {
    throw new ValidationError(`site '${submission.site}' is not one of this organisation's sites`, [
      { path: 'site', message: `must be one of: ${config.sites.map((s) => s.id).join(', ')}` },
    ]);
  }
  if (submission.topic !== undefined && !config.topics.some((t) => t.id === submission.topic)) {
    throw new ValidationError(`topic '${submission.topic}' is not one of the configured topics`, [
      { path: 'topic', message: `must be one of: ${config.topics.map((t) => t.id).join(', ')}` },
    ]);
  }

  const now = clock.now();
  const caseCode = submission.idempotencyKey ? caseCodeForIdempotencyKey(submission.idempotencyKey, pepper) : newCaseCode();
  const caseKey = caseKeyFor(caseCode, pepper);
  const record: CaseRecord = {
    id: randomUUID(),
    caseKey,
    channel: submission.channel,
    week: isoWeekOf(now, config.timezone),
    site: submission.site,
    topic: submission.topic,
    escalateRequested: submission.escalate,
    rating: submission.rating,
    status: 'received',
  };

  let created: boolean;
  try {
    created = await store.createCase(record, expiryForWeek(record.week, config.retention.feedbackDays));
  } catch (cause) {
    throw new ServiceUnavailableError('feedback could not be saved just now; please try again', { cause });
  }
  // A retry of a keyed submission finds its case already there. It is queued
  // again all the same (analysis is idempotent per case), because the first
  // attempt may still fail to queue and remove the case; the retry must not
  // report success for a submission that could then be lost.
  if (!created) record.id = (await store.findCase(caseKey))?.id ?? record.id;
  try {
    await queue.enqueue({
      id: record.id,
      caseKey,
      channel: record.channel,
      week: record.week,
      site: record.site,
      topic: record.topic,
      escalate: record.escalateRequested,
      rating: record.rating,
      text: submission.text,
    });
  } catch (cause) {
    if (created) await store.deleteCase(caseKey).catch(() => undefined);
    throw new ServiceUnavailableError('feedback could not be queued just now; please try again', { cause });
  }
  // A retry finds its case already made and is not counted again.
  if (created) deps.metrics?.count('Submissions', 1, { channel: record.channel });
  return { caseCode, status: 'received' };
}
