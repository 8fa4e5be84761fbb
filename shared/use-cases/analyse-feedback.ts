import type { Config } from '../config/schema';
import type { AnalysisMessage } from '../domain/feedback';
import { detectTopics } from '../domain/topics';
import type { Analysis, Analyzer } from '../ports/analyzer';
import type { FeedbackStore } from '../ports/feedback-store';

export interface AnalyseFeedbackDeps {
  config: Config;
  store: FeedbackStore;
  analyzer: Analyzer;
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
  const results = messages.length ? await deps.analyzer.analyze(messages.map((m) => ({ id: m.id, text: m.text }))) : new Map();
  const savers = new Map<string, () => Promise<SaveOutcome>>();
  for (const message of messages) {
    savers.set(message.id, () => saveOne(deps, message, results.get(message.id)));
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
  return saved ? 'saved' : 'case-missing';
}
