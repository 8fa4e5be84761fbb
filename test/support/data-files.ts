import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file and folder under `dir` (`.` for `dir` itself) with what its file
 * system shows anyone who lists it: times, size, kind. Links are listed, not
 * followed. Nothing is read: what someone holding the laptop's disk sees first.
 */
export function entriesUnder(dir: string): Map<string, Stats> {
  const found = new Map<string, Stats>();
  const walk = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    found.set(relative(dir, path) || '.', stat);
  };
  walk(dir);
  return found;
}

/** The start of an ISO week (Monday 00:00 UTC): the only time the data files may show. */
export const isWeekStart = (ms: number) => ms % 86_400_000 === 0 && new Date(ms).getUTCDay() === 1;

/** A sponsor's message from a case's own page (as its form posts it). */
export const sponsorMessage = (message: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
  body: new URLSearchParams({ action: 'message', message }).toString(),
  redirect: 'manual' as const,
});
