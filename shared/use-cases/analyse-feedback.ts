import type { Config } from '../config/schema';
import type { AnalysisMessage } from '../domain/feedback';
import { expiryForWeek } from '../domain/iso-week';
import { detectTopics } from '../domain/topics';
import type { Analysis, Analyzer } from '../ports/analyzer';
import type { Clock } from '../ports/clock';
import type { FeedbackStore } from '../ports/feedback-store';
import type { EscalationQueue } from '../ports/escalation-queue';
import type { PatternCounter } from '../ports/pattern-counter';
import type { VerbatimCandidates } from '../ports/verbatim-candidates';
import type { WeeklyFiguresStore } from '../ports/weekly-figures-store';
import { escalateIfNeeded } from './escalate-if-needed';

export interface AnalyseFeedbackDeps {
  config: Config;
  store: FeedbackStore;
  analyzer: Analyzer;
  figures: WeeklyFiguresStore;
  clock: Clock;
  /** Where escalations go; without it nothing escalates (tests of analysis alone). */
  escalation?: {
    queue: EscalationQueue;
    patterns: PatternCounter;
    /** Urgent matters found in the raw text (safety, harassment, …), whatever its sentiment. */
    detectUrgency: (text: string) => string[];
  };
  /** The weekly digest's sample of redacted comments; without it none are offered. */
  verbatims?: VerbatimCandidates;
}


/**
 * `case-missing`: the case was removed because its submission was refused
 * (the queue send looked failed to the intake), or it is past retention.
 * Nothing was accepted, so there is nothing to keep.
 */
export type SaveOutcome = 'saved' | 'case-missing';

/**
 * Analyses a batch in one analyzer call (Comprehend bills and throttles per
 * call), then returns one saver per message so the caller can report each
 * message's success or failure on its own.
 */
export async function analyseBatch(
  deps: AnalyseFeedbackDeps,
  messages: AnalysisMessage[],
): Promise<Map<string, () => Promise<SaveOutcome>>> {
  const withText = messages.filter((m) => m.text.length > 0);
  const results = withText.length ? await deps.analyzer.analyze(withText.map((m) => ({ id: m.id, text: m.text }))) : new Map();
  const savers = new Map<string, () => Promise<SaveOutcome>>();
  for (const message of messages) {
    const result = message.text.length > 0 ? results.get(message.id) : analysisOfRatingAlone(message.rating);
    savers.set(message.id, () => saveOne(deps, message, result));
  }
  return savers;
}

async function saveOne(deps: AnalyseFeedbackDeps, message: AnalysisMessage, result: Analysis | Error | undefined): Promise<SaveOutcome> {
  if (result === undefined) throw new Error(`the analyzer returned nothing for ${message.id}`);
  if (result instanceof Error) throw result;
  const topics = new Set(detectTopics(message.text, deps.config.topics));
  if (message.topic) topics.add(message.topic);
  const saved = await deps.store.saveAnalysis(message.caseKey, {
    language: result.language,
    sentiment: result.sentiment,
    sentimentScores: result.sentimentScores,
    redactedText: result.redactedText,
    keyPhrases: result.keyPhrases,
    topics: [...topics],
  });
  // A case that no longer exists was refused to its sender (or is past
  // retention): it must not be counted either, or a resubmission counts twice.
  if (!saved) return 'case-missing';
  // Each step from here is idempotent per case, so a retry after a crash
  // half-way (the message is not deleted until all of them succeed)
  // completes what is missing and repeats nothing.
  const expiresAt = expiryForWeek(message.week, deps.config.retention.feedbackDays);
  await deps.figures.record(
    message.id,
    {
      week: message.week,
      channel: message.channel,
      site: message.site,
      topics: [...topics],
      sentiment: result.sentiment,
      rating: message.rating,
      keyPhrases: result.keyPhrases,
    },
    expiresAt,
  );
  // Only comments with a topic: a digest quotes one only from a (site, topic, channel) group of at least kQuote.
  if (deps.verbatims && result.redactedText) {
    for (const topic of topics) {
      await deps.verbatims.offer(
        { week: message.week, site: message.site, topic, channel: message.channel, sentiment: result.sentiment, redactedText: result.redactedText },
        expiresAt,
      );
    }
  }
  // Escalations last; each has an id of its cause, so queueing again on a retry is harmless.
  if (deps.escalation) {
    const { queue, patterns, detectUrgency } = deps.escalation;
    await escalateIfNeeded(
      { config: deps.config, patterns, clock: deps.clock, cases: deps.store, queue },
      { message, sentiment: result.sentiment, topics: [...topics], redactedText: result.redactedText, urgentCategories: message.text ? detectUrgency(message.text) : [] },
    );
  }
  return 'saved';
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
