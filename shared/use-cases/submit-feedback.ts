import { randomUUID } from 'node:crypto';
import type { Config } from '../config/schema';
import { caseKeyFor, newCaseCode, weeklyTokenFor } from '../domain/case-code';
import type { AnalysisMessage, CaseRecord, Channel } from '../domain/feedback';
import { expiryForWeek, isoWeekOf } from '../domain/iso-week';
import { siteByName, siteNamesList } from '../domain/site-by-name';
import { ConflictError, ServiceUnavailableError, ValidationError } from '../errors';
import type { Clock } from '../ports/clock';
import type { CaseStore } from '../ports/case-store';
import type { Metrics } from '../ports/metrics';
import type { Queue } from '../ports/queue';
import type { RateAndReplayState, ReplayClaim } from './rate-and-replay-state';
import { webSource } from './quiet-source';

export interface SubmitFeedbackDeps {
  config: Config;
  cases: CaseStore;
  queue: Queue<AnalysisMessage>;
  clock: Clock;
  pepper: string;
  /** Where a keyed submission's first delivery is remembered for its retries, unlinkably once the hour has passed. */
  rateState: RateAndReplayState;
  /** Counts each new case as a `Submissions` metric by channel; none locally. */
  metrics?: Metrics;
}

export interface Submission {
  channel: Channel;
  text: string;
  site?: string;
  topic?: string;
  /**
   * Details that follow an urgent report and were filed apart: that report's urgent topic, which routes them and
   * makes them urgent as a chosen topic would, but travels on the analysis message only. Stored as the case's
   * topic it would mark the case as the follow-up of the other (an SMS can choose no topic), linking the two.
   */
  followsTopic?: string;
  escalate: boolean;
  /** The employee said it is about their own management (form, kiosk, JSON, `MGMT` by SMS). */
  aboutManagement?: boolean;
  /**
   * Set by channels whose clients retry (a Twilio MessageSid, a kiosk's key,
   * a web client's `Idempotency-Key`), prefixed by channel. Within the hour
   * and the next, the same key gives the same case and case code, and only
   * the first delivery's content is kept.
   */
  idempotencyKey?: string;
  /**
   * What a key already used for other content gets. `refuse` (the default)
   * for keys a client picks, which another client may pick too: a 409 that
   * reveals no case code and keeps nothing. `first-write-wins` only for keys
   * scoped to one sender (a kiosk's own key, a MessageSid Twilio signed):
   * the first delivery's case code, the retry's content dropped.
   */
  onKeyReuse?: 'refuse' | 'first-write-wins';
  /**
   * What a topic id the config does not have gets. `refuse` (the default):
   * a 400 naming the configured topics, for JSON clients, programs that
   * still hold what they sent and whose makers must learn the ids changed.
   * `no-topic` where the person may be gone by the time it arrives (a
   * kiosk's outbox, sent after a config change) or chose from a list we gave
   * them (a form loaded before the change): the text and urgency are kept,
   * the case goes to the site's default routing, analysis still reads
   * topics and urgency from the words, and it is escalated as if its urgent
   * box were ticked (the topic gone may have been an urgent one).
   */
  onUnknownTopic?: 'refuse' | 'no-topic';
  /** A kiosk tap's rating, 1 (very unhappy) to 4 (very happy). */
  rating?: number;
  /**
   * Who sent it, as the intake's rate limits know them (`quiet-source.ts`: an SMS number, a kiosk); the web
   * form's is its site's. Only counted in the hour's rate state: never stored or queued.
   */
  source?: string;
}

export interface Receipt {
  caseCode: string;
  status: 'received';
}

/** A receipt, and what the stored case holds that a reply may repeat: for a retry, its first delivery's, whatever the retry said. */
export interface Accepted extends Receipt {
  escalateRequested: boolean;
  /** Present (true) when this was a copy of an earlier delivery (its key claimed before): it spends no budget. */
  copy?: true;
  /** Present (true) when the copy said something else than the first delivery: nothing of its own words may be answered. */
  otherContent?: true;
}

/** A client-chosen key came back with other content: the first submission's code stays with its sender. */
export class IdempotencyKeyReusedError extends ConflictError {
  constructor() {
    super(
      'idempotency_key_reused',
      'This Idempotency-Key was already used for a different submission; send it with a new key',
      [{ path: 'Idempotency-Key', message: 'already used for a different submission' }],
    );
    this.name = 'IdempotencyKeyReusedError';
  }
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
export async function submitFeedback(deps: SubmitFeedbackDeps, sent: Submission): Promise<Accepted> {
  const { config, cases, queue, clock, pepper } = deps;
  // A site given by its name in any language ("usine2", "Planta 2") is that site, as an SMS `#tag` is.
  const site = sent.site === undefined ? undefined : (siteByName(config, sent.site) ?? sent.site);
  const submission = withTopicKnownOrNone(config, { ...sent, site });
  if (submission.site !== undefined && !config.sites.some((s) => s.id === submission.site)) {
    throw new ValidationError(`site '${submission.site}' is not one of this organisation's sites`, [
      { path: 'site', message: `must be one of: ${siteNamesList(config)}` },
    ]);
  }
  if (submission.topic !== undefined && !config.topics.some((t) => t.id === submission.topic)) {
    throw new ValidationError(`topic '${submission.topic}' is not one of the configured topics`, [
      { path: 'topic', message: `must be one of: ${config.topics.map((t) => t.id).join(', ')}` },
    ]);
  }

  const now = clock.now();
  // Random on every channel: a code derived from a key the provider keeps
  // (a MessageSid in Twilio's log) would tie the case to the sender's number.
  let caseCode = newCaseCode();
  let release: (() => Promise<void>) | undefined;
  if (submission.idempotencyKey) {
    let claim: ReplayClaim;
    try {
      claim = await deps.rateState.claim(submission.idempotencyKey, caseCode, contentOf(submission), {
        escalateRequested: submission.escalate,
      });
    } catch (cause) {
      throw new ServiceUnavailableError('feedback could not be saved just now; please try again', { cause });
    }
    if (claim.kind === 'retry') {
      // A key reused with other content must not rewrite or double-count the
      // case the first delivery made. Where another client may have chosen
      // the same key, it must not learn that case's code either.
      if (!claim.sameContent) {
        if ((submission.onKeyReuse ?? 'refuse') === 'refuse') throw new IdempotencyKeyReusedError();
        // The first delivery made its case: it stands. If it stopped before
        // making one, there is nothing first to keep, and this delivery
        // makes the case under the code the key was given.
        if (await caseExists(deps, claim.caseCode))
          return {
            caseCode: claim.caseCode,
            status: 'received',
            escalateRequested: claim.recorded.escalateRequested,
            copy: true,
            otherContent: true,
          };
      }
      caseCode = claim.caseCode;
    } else {
      release = claim.release;
    }
  }
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
    created = await cases.createCase(record, expiryForWeek(record.week, config.retention.feedbackDays));
  } catch (cause) {
    // Best effort: if even this fails, a retry with the same content still
    // makes the case under the claimed code, as the claim holds the code.
    await release?.().catch(() => undefined);
    throw new ServiceUnavailableError('feedback could not be saved just now; please try again', { cause });
  }
  // A retry of a keyed submission finds its case already there. It is queued
  // again all the same (analysis is idempotent per case), because the first
  // attempt may still fail to queue and remove the case; the retry must not
  // report success for a submission that could then be lost.
  if (!created) record.id = (await cases.findCase(caseKey))?.id ?? record.id;
  try {
    await queue.enqueue(
      {
        id: record.id,
        caseKey,
        weeklyToken: weeklyTokenFor(caseCode, pepper),
        channel: record.channel,
        week: record.week,
        site: record.site,
        topic: record.topic,
        ...(followsTopicKnown(config, submission.followsTopic) ? { followsTopic: submission.followsTopic } : {}),
        escalate: record.escalateRequested,
        rating: record.rating,
        text: submission.text,
        ...(submission.aboutManagement ? { aboutManagement: true } : {}),
      },
      { source: submission.channel === 'web' ? webSource(submission.site) : submission.source },
    );
  } catch (cause) {
    if (created) await cases.deleteCase(caseKey).catch(() => undefined);
    // The retry this 503 asks for then starts afresh, as a first delivery.
    await release?.().catch(() => undefined);
    throw new ServiceUnavailableError('feedback could not be queued just now; please try again', { cause });
  }
  // A retry finds its case already made and is not counted again.
  if (created) deps.metrics?.count('Submissions', 1, { channel: record.channel });
  return {
    caseCode,
    status: 'received',
    escalateRequested: record.escalateRequested,
    ...(release || !submission.idempotencyKey ? {} : { copy: true as const }),
  };
}

/**
 * The submission with a topic the config no longer has dropped, where its channel says so; else as sent.
 * Dropped, it is read as the urgent choice it may have been (`health-safety` renamed `safety` while a
 * tablet was offline): the item goes on as if its urgent box were ticked, to a senior leader, never to
 * "analysed" with nobody told. Nothing knows whether the old topic was urgent, so the safe reading is that
 * it was. No client gains a way to mark anything urgent it did not have (the urgent box is one field away),
 * and the intake's budget counts an unknown topic under the urgent allowance (`urgencyOf`), as it does the box.
 */
function withTopicKnownOrNone(config: Config, submission: Submission): Submission {
  const unknown = submission.topic !== undefined && !config.topics.some((t) => t.id === submission.topic);
  return unknown && submission.onUnknownTopic === 'no-topic'
    ? { ...submission, topic: undefined, escalate: true }
    : submission;
}

/** A followed report's topic, only when the config still has it (a topic renamed since routes nowhere). */
function followsTopicKnown(config: Config, topic: string | undefined): topic is string {
  return topic !== undefined && config.topics.some((t) => t.id === topic);
}

/** Whether the case of a code exists; if the table cannot say, it is taken to (the first delivery's answer stands). */
async function caseExists(deps: SubmitFeedbackDeps, caseCode: string): Promise<boolean> {
  try {
    return (await deps.cases.findCase(caseKeyFor(caseCode, deps.pepper))) !== undefined;
  } catch {
    return true;
  }
}

/** What a retry must repeat to be the same submission: everything the employee chose or wrote. */
function contentOf(submission: Submission): string {
  const { channel, text, site, topic, escalate, rating, aboutManagement } = submission;
  return JSON.stringify([
    channel,
    text,
    site ?? null,
    topic ?? null,
    escalate,
    rating ?? null,
    aboutManagement === true,
  ]);
}
