import type { Config } from '../config/schema';
import { expiryForWeek, patternWeeks } from '../domain/iso-week';
import type { CaseStore } from '../ports/case-store';
import type { PatternCounter } from '../ports/pattern-counter';

/**
 * A case that now goes around a sponsor (an employee's answer names them) leaves every pattern count it
 * was in, and is never counted again: a pattern's email goes to the site's and topic's sponsor with its
 * count, and a sponsor gone around must not see the report even as one in a count (as a report that
 * names them from the start is never counted, `escalateIfNeeded`). Safe to run again, after a crash
 * anywhere in it: the case says the same counts each time, and the counter takes each off once
 * (`PatternCounter.remove`, by the case's token). A case counted before tokens is taken off by the
 * first call alone. Without a counter (nothing counts patterns there), nothing changes.
 */
export async function takeOffPatterns(
  deps: { config: Config; cases: CaseStore; patterns?: PatternCounter },
  caseKey: string | undefined,
): Promise<void> {
  if (!caseKey || !deps.patterns) return;
  const off = await deps.cases.patternTakeOff(caseKey);
  if (!off || (off.token === undefined && !off.first)) return;
  // The expiry the count was written with: the week's bucket keeps its whole window, no finer time.
  const weeks = patternWeeks(off.week, deps.config.escalation.patternWindowDays);
  const expiresAt = expiryForWeek(off.week, 7 * weeks.length);
  for (const topic of off.topics) await deps.patterns.remove(off.site, topic, off.week, expiresAt, off.token);
}
