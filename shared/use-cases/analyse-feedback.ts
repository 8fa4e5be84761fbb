import type { Config } from '../config/schema';
import { maskSponsorNames, sponsorsNamedIn } from '../domain/conflicts';
import type { EscalationMessage } from '../domain/escalation';
import { quoteGoesAround } from '../digest/around-sponsors';
import { singlesSomeoneOut } from '../digest/quotes-singling-out';
import type { AnalysisMessage } from '../domain/feedback';
import { expiryForWeek } from '../domain/iso-week';
import { detectTopics, topicsForUrgency } from '../domain/topics';
import type { Analysis, Analyzer } from '../ports/analyzer';
import type { Clock } from '../ports/clock';
import type { CaseStore } from '../ports/case-store';
import type { Queue } from '../ports/queue';
import type { PatternCounter } from '../ports/pattern-counter';
import type { VerbatimCandidates } from '../ports/verbatim-candidates';
import type { WeeklyFiguresStore } from '../ports/weekly-figures-store';
import { caseEscalation, escalateIfNeeded, withheldEscalation } from './escalate-if-needed';
import type { ReadableParts } from './readable-parts';
import { misshapenEscalationId, redactedForIdOnly } from './misshapen-escalation-id';
import type { CaseThread } from '../ports/case-thread';
import { saveObjection, saveThreadAnswer } from './save-thread-answer';
import { detectorOn } from './detector-on-clock';
import {
  DETAIL_WAIT_AGAIN_SECONDS,
  detailAsReport,
  isDetailBehindReport,
  waitingAgain,
  whereDetailGoes,
} from './detail-and-its-case';

export interface AnalyseFeedbackDeps {
  config: Config;
  cases: CaseStore;
  analyzer: Analyzer;
  figures: WeeklyFiguresStore;
  clock: Clock;
  /** Where escalations go; without it nothing escalates (tests of analysis alone). */
  escalation?: {
    queue: Queue<EscalationMessage>;
    patterns: PatternCounter;
    /**
     * Urgent matters found in the raw text (safety, harassment, …), whatever its sentiment, read on `clock`: "in
     * 2025 …" is last year's history on a 2026 clock (reading-year.ts). Always given the deps' clock (`detectorOn`).
     */
    detectUrgency: (text: string, clock: Clock) => string[];
  };
  /** The weekly digest's sample of redacted comments; without it none are offered. */
  verbatims?: VerbatimCandidates;
  /** Cases' conversations, where employees' answers go; without it an answer cannot be saved (and is retried). */
  threads?: CaseThread;
  /**
   * The analysis queue, where details read before their case reached its holder wait behind it again
   * (`detail-and-its-case.ts`); without it they go into the conversation at once, and wait for their hour.
   */
  detailsQueue?: Queue<AnalysisMessage>;
}

/**
 * `case-missing`: the case was removed because its submission was refused
 * (the queue send looked failed to the intake), or it is past retention.
 * Nothing was accepted, so there is nothing to keep.
 */
export type SaveOutcome = 'saved' | 'case-missing';

/**
 * Analyses a batch in one analyzer call (Comprehend bills and throttles per
 * call). Returns each message's result by message id, an Error for one the
 * analyzer could not analyse, so that each is saved, and fails, on its own
 * (`saveAnalysisOf`). Throws only when the analyzer call fails as a whole.
 */
export async function analyseBatch(
  deps: AnalyseFeedbackDeps,
  messages: AnalysisMessage[],
): Promise<Map<string, Analysis | Error>> {
  const withText = messages.filter((m) => m.text.length > 0);
  const analysed = withText.length
    ? await deps.analyzer.analyze(
        // A sponsor named in a spelling only the conflict matcher reads ("L3e M4rsh") is hidden before anything reads it.
        // Never the screen's language (a message queued before carries a kiosk's): a language is stored only
        // when the words show it, or a wordless report would name the kiosk, or the person, that wrote it.
        withText.map((m) => ({ id: m.id, text: maskSponsorNames(deps.config, m.text, m.site) })),
      )
    : new Map<string, Analysis | Error>();
  const results = new Map<string, Analysis | Error>();
  for (const message of messages) {
    const result = message.text.length > 0 ? analysed.get(message.id) : analysisOfRatingAlone(message.rating);
    results.set(message.id, result ?? new Error('the analyzer returned nothing for this message'));
  }
  return results;
}

/**
 * The urgency detector's reading of each message's raw text, by message id,
 * for the whole batch at once: after the analyzer, before any save. Read so,
 * the detector's tables stay in the processor's cache for the batch instead
 * of being pushed out at every message by the analyzer's and the saves'
 * (docs/performance-log.md, tenth and eleventh sessions). A reading that fails
 * is no category, as when read one at a time. Empty when nothing escalates.
 */
export function urgencyOfBatch(deps: AnalyseFeedbackDeps, messages: AnalysisMessage[]): Map<string, string[]> {
  const urgency = new Map<string, string[]>();
  if (!deps.escalation) return urgency;
  for (const message of messages)
    urgency.set(message.id, urgentCategoriesOf(detectorOn(deps.escalation, deps.clock), message.text));
  return urgency;
}

/**
 * Saves one message's analysis: escalation first, then the case, the week's
 * figures and the digest's sample. An Error in its place is thrown back,
 * after what cannot wait has gone to its sponsor with the text withheld.
 * `urgency` is the message's reading from `urgencyOfBatch`; without it the
 * text is read here.
 */
export async function saveAnalysisOf(
  deps: AnalyseFeedbackDeps,
  queued: AnalysisMessage,
  result: Analysis | Error,
  urgency?: string[],
): Promise<SaveOutcome> {
  const message = queued;
  // Details queued behind their report go where the case went: its conversation, behind it again while it is still
  // on its way, or, passed to no one, read as reports of their own under it (detail-and-its-case.ts).
  if (isDetailBehindReport(message) && !(result instanceof Error)) {
    const goes = await whereDetailGoes(deps.cases, message);
    if (goes === 'wait' && deps.detailsQueue) {
      await deps.detailsQueue.enqueue(waitingAgain(message), { delaySeconds: DETAIL_WAIT_AGAIN_SECONDS });
      return 'saved';
    }
    if (goes === 'report') return saveDetailAsReport(deps, detailAsReport(message), result, urgency);
  }
  // The employee's objection has no words to analyse: it only moves the case (save-thread-answer.ts).
  if (message.threadAnswer && message.objection) return saveObjection(deps, message);
  if (result instanceof Error) {
    await escalateUnanalysable(deps, message);
    throw result;
  }
  const readUrgency = urgency ? () => urgency : urgentCategoriesOf;
  // An answer in a case's conversation is added to its thread, never counted (save-thread-answer.ts).
  if (message.threadAnswer)
    return saveThreadAnswer(deps, message, result, { topicsOf, urgentCategoriesOf: readUrgency });
  const urgentCategories = deps.escalation ? readUrgency(detectorOn(deps.escalation, deps.clock), message.text) : [];
  const topics = [...topicsOf(deps.config, message, urgentCategories)];

  // Urgent first (promise 8): the escalation is decided from this message
  // alone and queued before any bookkeeping, so a failing figures table or
  // sample can never hold it up. Queueing it again on a retry is harmless:
  // its id is its case.
  if (deps.escalation && (await caseMayExist(deps, message)))
    await raiseIfUrgent(deps.escalation, deps, message, result, topics, urgentCategories);

  // Bookkeeping. The first analysis stored for a case stands: a later message
  // for the same case (a retry with other words) neither rewrites it nor is
  // counted, because what is counted below is what the case holds, under the
  // case's id. Each step is idempotent per case, so a retry after a failure
  // half-way completes what is missing and repeats nothing.
  const saved = await deps.cases.saveAnalysis(message.caseKey, {
    language: result.language,
    sentiment: result.sentiment,
    sentimentScores: result.sentimentScores,
    redactedText: result.redactedText,
    keyPhrases: result.keyPhrases,
    topics,
  });
  // A case that no longer exists was refused to its sender (or is past
  // retention): it must not be counted either, or a resubmission counts twice.
  if (!saved) return 'case-missing';
  const { caseId, analysis } = saved;
  await countAndOffer(deps, message, analysis, caseId);
  // Last, so that `analysed` means everything the case needs is done.
  await deps.cases.markAnalysed(message.caseKey);
  return 'saved';
}

/** Queues the message's escalation when what it says or is about cannot wait (escalate-if-needed.ts). */
function raiseIfUrgent(
  { queue, patterns }: NonNullable<AnalyseFeedbackDeps['escalation']>,
  deps: AnalyseFeedbackDeps,
  message: AnalysisMessage,
  result: Analysis,
  topics: string[],
  urgentCategories: string[],
): Promise<unknown> {
  return escalateIfNeeded(
    { config: deps.config, patterns, clock: deps.clock, cases: deps.cases, queue },
    {
      message,
      sentiment: result.sentiment,
      topics,
      redactedText: result.redactedText,
      urgentCategories,
      language: result.language,
    },
  );
}

/**
 * Details read as a report of their own under the case they followed (`detailAsReport`): their own urgency read and
 * raised as any report's, then counted and offered to the digest under their own token. The case keeps its analysis.
 */
async function saveDetailAsReport(
  deps: AnalyseFeedbackDeps,
  message: AnalysisMessage,
  result: Analysis,
  urgency?: string[],
): Promise<SaveOutcome> {
  const urgentCategories = deps.escalation
    ? (urgency ?? urgentCategoriesOf(detectorOn(deps.escalation, deps.clock), message.text))
    : [];
  const topics = [...topicsOf(deps.config, message, urgentCategories)];
  if (deps.escalation) await raiseIfUrgent(deps.escalation, deps, message, result, topics, urgentCategories);
  const analysis = {
    language: result.language,
    sentiment: result.sentiment,
    redactedText: result.redactedText,
    keyPhrases: result.keyPhrases,
    topics,
  };
  await countAndOffer(deps, message, analysis, message.id);
  return 'saved';
}

/** Counts a report in its week's figures (under `message.weeklyToken`, else `caseId`) and offers it to the digest. */
async function countAndOffer(
  deps: AnalyseFeedbackDeps,
  message: AnalysisMessage,
  analysis: Pick<Analysis, 'language' | 'sentiment' | 'redactedText' | 'keyPhrases'> & { topics: string[] },
  caseId: string,
): Promise<void> {
  const expiresAt = expiryForWeek(message.week, deps.config.retention.feedbackDays);
  // Counted under the queue's token, which nothing stored leads to; under the case's id only for a message queued before it.
  await deps.figures.record(
    message.weeklyToken ?? caseId,
    {
      week: message.week,
      channel: message.channel,
      site: message.site,
      topics: analysis.topics,
      sentiment: analysis.sentiment,
      rating: message.rating,
      keyPhrases: analysis.keyPhrases,
      language: analysis.language,
    },
    expiresAt,
  );
  // Only comments with a topic: a digest quotes one only from a (site, topic, channel) group of at least kQuote; never
  // one whose words point to one person (quotes-singling-out.ts), which counts above but is not kept to be quoted.
  if (deps.verbatims && analysis.redactedText && !(await singlesSomeoneOut(analysis.redactedText))) {
    // Whom it names (raw text, the only place a name still is) or is about: never quoted in their digest.
    const around = quoteGoesAround(deps.config, message.site, analysis.topics, {
      named: sponsorsNamedIn(deps.config, message.text, message.site),
      aboutManagement: message.aboutManagement,
    });
    for (const topic of analysis.topics) {
      await deps.verbatims.offer(
        {
          week: message.week,
          site: message.site,
          topic,
          channel: message.channel,
          sentiment: analysis.sentiment,
          redactedText: analysis.redactedText,
          ...(around?.length ? { around } : {}),
        },
        expiresAt,
      );
    }
  }
}

/**
 * A message the analyzer could not analyse (an Error in its slot, or the
 * whole batch's call failing) still reaches its sponsor at once when the
 * employee asked for escalation or its raw text looks urgent, with the text
 * withheld, rather than waiting through its retries into a DLQ. The message
 * itself is still retried; if a retry succeeds, the escalation's id (its
 * case) lets the escalate stage add the redacted text to the same matter.
 */
export async function escalateUnanalysable(deps: AnalyseFeedbackDeps, message: AnalysisMessage): Promise<boolean> {
  if (!deps.escalation) return false;
  const urgentCategories = urgentCategoriesOf(detectorOn(deps.escalation, deps.clock), message.text);
  const found = { topics: safely(() => [...topicsOf(deps.config, message, urgentCategories)], []), urgentCategories };
  const escalation = withheldEscalation(deps.config, message, found);
  if (!escalation) return false;
  await deps.escalation.queue.enqueue(escalation);
  // Being passed on, to its employee, while its words are retried (escalate-if-needed.ts says why).
  if (escalation.caseKey) await deps.cases.markBeingPassedOn(escalation.caseKey).catch(() => undefined);
  return true;
}

/**
 * A message that failed its shape check but whose text could be read (`readableParts`: an older or newer
 * producer, a field gone wrong) is read as far as it can be: the urgency rules run on its text, and
 * what they raise goes to its sponsor at once (the site's, or with no site known the sponsor of its
 * topic company-wide, else the default one), with the text redacted by the analyzer (`result`) or, when
 * that failed, withheld. Only the escalation is written, as a valid message's would be; nothing is
 * counted or kept of the case. The message itself still fails, and waits in the DLQ for the operator.
 * `urgency` is its reading from `urgencyOfBatch`. True when it raised one.
 */
export async function escalateReadableParts(
  deps: AnalyseFeedbackDeps,
  parts: ReadableParts,
  result?: Analysis | Error,
  urgency?: string[],
): Promise<boolean> {
  if (!deps.escalation) return false;
  const { message } = parts;
  const urgentCategories = urgency ?? urgentCategoriesOf(detectorOn(deps.escalation, deps.clock), message.text);
  const topics = safely(() => [...topicsOf(deps.config, message, urgentCategories)], []);
  const analysed = result instanceof Error ? undefined : result;
  const raised = caseEscalation(deps.config, {
    message,
    sentiment: analysed?.sentiment ?? 'NEUTRAL',
    topics,
    redactedText: analysed?.redactedText ?? '',
    urgentCategories,
    language: analysed?.language,
  });
  if (!raised) return false;
  // A case the intake removed was refused to its sender, who sends again: as for a valid message.
  if (parts.caseKey && !(await caseMayExist(deps, { ...message, caseKey: parts.caseKey }))) return false;
  // The placeholders stand for nothing: no case to move without its key, no channel this version knows.
  const { caseKey: _caseKey, channel: _channel, ...escalation } = raised;
  // The same body, redriven from the DLQ under a new queue id, is the same escalation: its sponsor is told once.
  // With the text withheld too (its analysis failed): known by the built-in redaction of its words, never by them.
  const withheldId = await misshapenEscalationId(deps.cases, parts, redactedForIdOnly(deps.config, message));
  const id = analysed ? await misshapenEscalationId(deps.cases, parts, analysed.redactedText) : withheldId;
  await deps.escalation.queue.enqueue({
    ...escalation,
    escalationId: `case:${id}`,
    // Analysed by an engine whose redaction differs from the built-in one (Comprehend): the case an earlier
    // delivery raised with the text withheld, if there is one, gets the text instead (`raiseEscalation`).
    ...(id !== withheldId ? { withheldAs: `case:${withheldId}` } : {}),
    ...(parts.caseKey ? { caseKey: parts.caseKey } : {}),
    ...(parts.channel ? { channel: parts.channel } : {}),
    ...(analysed ? {} : { textWithheld: true }),
  });
  return true;
}

/**
 * The configured topics keywords find, the one the employee chose, and those
 * whose urgency categories the detector found (a threat with no urgent topic
 * is health and safety's, `topicsForUrgency`): keywords are in the
 * operator's language, the detector reads every language, so an urgent
 * report in Spanish still reaches the sponsor of its topic and site.
 */
function topicsOf(config: Config, message: AnalysisMessage, urgentCategories: readonly string[]): Set<string> {
  const topics = new Set(detectTopics(message.text, config.topics));
  // A topic renamed or removed since it was queued is no topic: the site's
  // default routing, and no id a sponsor would not recognise in the email.
  if (message.topic && config.topics.some((t) => t.id === message.topic)) topics.add(message.topic);
  // Details filed apart from the urgent report they follow go where it went, under its topic (never stored as chosen).
  if (message.followsTopic && config.topics.some((t) => t.id === message.followsTopic))
    topics.add(message.followsTopic);
  for (const topic of topicsForUrgency(config.topics, urgentCategories, [...topics])) topics.add(topic);
  return topics;
}

/** The urgency detector must never be the reason an urgent message waits: if it fails, the other rules still apply. */
function urgentCategoriesOf(detectUrgency: (text: string) => string[], text: string): string[] {
  return text ? safely(() => detectUrgency(text), []) : [];
}

function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

/**
 * Whether to escalate: not for a case the intake removed (its sender was
 * told it failed, and will send again). If the table cannot be read, the
 * escalation goes ahead: a duplicate is better than a delay.
 */
async function caseMayExist(deps: AnalyseFeedbackDeps, message: AnalysisMessage): Promise<boolean> {
  try {
    return (await deps.cases.findCase(message.caseKey)) !== undefined;
  } catch {
    return true;
  }
}

/** A kiosk tap with no comment: its face is its sentiment (1-2 unhappy, 3-4 happy). */
function analysisOfRatingAlone(rating: number | undefined): Analysis | Error {
  if (rating === undefined) return new Error('a message with no text must carry a rating');
  const sentiment = rating <= 2 ? 'NEGATIVE' : 'POSITIVE';
  const strong = rating === 1 || rating === 4 ? 0.9 : 0.7;
  const rest = (1 - strong) / 3;
  return {
    language: 'und',
    sentiment,
    sentimentScores: {
      positive: sentiment === 'POSITIVE' ? strong : rest,
      negative: sentiment === 'NEGATIVE' ? strong : rest,
      neutral: rest,
      mixed: rest,
    },
    redactedText: '',
    keyPhrases: [],
  };
}
