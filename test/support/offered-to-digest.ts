import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import type { AnalysisMessage } from '../../shared/domain/feedback';
import { analyseBatch, saveAnalysisOf } from '../../shared/use-cases/analyse-feedback';
import { exampleConfig, fixedClock } from './fixtures';
import { InMemoryCaseStore, InMemoryWeeklyFigures } from './in-memory';
import { InMemoryCandidates } from './in-memory-digest';

/**
 * The comments the offline analysis offers the digest's sample once these
 * messages are analysed and saved, each message's case stored as intake left
 * it (received, no escalation asked for, its site and rating as sent).
 */
export async function offeredToDigest(messages: readonly AnalysisMessage[]) {
  const cases = new InMemoryCaseStore();
  for (const m of messages)
    await cases.createCase({
      id: m.id,
      caseKey: m.caseKey,
      channel: m.channel,
      week: m.week,
      site: m.site,
      escalateRequested: false,
      status: 'received',
      ...(m.rating === undefined ? {} : { rating: m.rating }),
    });
  const verbatims = new InMemoryCandidates();
  const deps = {
    config: exampleConfig,
    cases,
    analyzer: new OfflineAnalyzer(),
    figures: new InMemoryWeeklyFigures(),
    clock: fixedClock(),
    verbatims,
  };
  const results = await analyseBatch(deps, [...messages]);
  for (const m of messages) await saveAnalysisOf(deps, m, results.get(m.id)!);
  return verbatims.candidates;
}
