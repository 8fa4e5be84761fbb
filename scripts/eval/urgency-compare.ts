/**
 * The urgency figures beside those recorded before the last round of
 * changes (eval/urgency/before-round-11.json): per language, precision and
 * recall on the project's own set and on the blind sets, then the false
 * alarms on real text. Part of `npm run eval -- --urgency`, so a change that
 * helps one set and hurts another shows as both.
 */
import { z } from 'zod';
import type { FalseAlarms } from './urgency-false-alarms';
import type { LanguageScores } from './urgency';
import { percent, tableLines } from './table';

export const BEFORE_FILE = 'eval/urgency/before-round-11.json';

const figures = z.object({ precision: z.number(), recall: z.number(), rows: z.number() });
const before = z.object({
  about: z.string(),
  commit: z.string(),
  sets: z.record(z.string(), z.record(z.string(), figures)),
  falseAlarms: z.record(z.string(), z.object({ rows: z.number(), flagged: z.number() })),
});
export type BeforeFigures = z.infer<typeof before>;

export const parseBefore = (content: string): BeforeFigures => before.parse(JSON.parse(content));

// "92.9 → 100.0", or the figure alone when nothing was recorded before.
const change = (was: number | undefined, now: number) =>
  was === undefined ? percent(now) : `${percent(was)} → ${percent(now)}`;

/** The side-by-side lines: one table per set recorded before, then false alarms. */
export function comparisonLines(
  recorded: BeforeFigures,
  scored: readonly { dir: string; scores: readonly LanguageScores[] }[],
  falseAlarms: readonly FalseAlarms[] | null,
): string[] {
  const lines = [`Before → now (before: commit ${recorded.commit}, ${BEFORE_FILE}); precision and recall %, every row`];
  const columns = [
    { title: 'language', width: 10, left: true },
    { title: 'precision', width: 16 },
    { title: 'recall', width: 16 },
  ];
  for (const { dir, scores } of scored) {
    const was = recorded.sets[dir];
    if (!was) continue;
    lines.push('', dir);
    const rows = scores.map((s) => [
      s.code,
      change(was[s.code]?.precision, s.splits.all.precision),
      change(was[s.code]?.recall, s.splits.all.recall),
    ]);
    lines.push(...tableLines(columns, rows));
  }
  if (falseAlarms) {
    lines.push('', 'False alarms, rows escalated before → now');
    for (const alarm of falseAlarms) {
      const was = recorded.falseAlarms[alarm.set];
      const now = Math.round(alarm.detector * alarm.rows);
      lines.push(`  ${alarm.set}: ${was ? `${was.flagged} → ` : ''}${now} of ${alarm.rows}`);
    }
  }
  return lines;
}
