import type { Config } from '../config/schema';
import { leadershipReaders, type DeskCase } from './case-desk';
import { type Escalation, recipientsAt } from './escalation';

/**
 * Who is told that a case was closed, when its close must be seen by someone other than whoever closed it:
 * a case that was urgent, or that named or described a sponsor (it went around someone). A sponsor the
 * report is about could otherwise receive it by a slip of the matcher, close it, and nobody would ever see
 * it. The closer's backup is told (the first one outside everyone the case goes around); past a backup, the
 * leadership list; never the closer, never a sponsor it goes around.
 */
export function closeMustBeSeen(e: Pick<Escalation, 'urgent' | 'reroute'>): boolean {
  return e.urgent || (e.reroute?.bypassed.length ?? 0) > 0;
}

/** The close a case's history records last: who made it (an id), and their name as the config gives it now. */
export function lastClose(config: Config, e: Escalation): { by?: string; name?: string } | undefined {
  const entry = e.audit.findLast((a) => a.event === 'closed');
  if (!entry) return undefined;
  const closer = [...config.sponsors, ...leadershipReaders(config)].find((s) => s.id === entry.by);
  return { by: entry.by, name: closer?.name ?? entry.detail.replace(/^by /, '') };
}

/**
 * The addresses a close of `e` is shown to, and how they are named; none when no one else is left. `past`:
 * those after them (the leadership list past a backup), when the mail service refuses the backup's address
 * for good; none when the witnesses are the leadership list already.
 */
export function closeWitnesses(
  config: Config,
  e: DeskCase,
  { past = false } = {},
): { emails: string[]; names: string } {
  if (past && e.level + 1 >= 2) return { emails: [], names: '' };
  const closer = lastClose(config, e)?.by;
  const barred = [...(e.reroute?.bypassed ?? []), ...(closer ? [closer] : [])];
  const closerEmail = [...config.sponsors, ...leadershipReaders(config)]
    .find((s) => s.id === closer)
    ?.email.toLowerCase();
  // One level above the one the closer held it at: their backup, or the leadership list past a backup.
  const { emails, names } = recipientsAt(config, e.sponsorId, past ? 2 : Math.min(e.level + 1, 2), barred);
  return { emails: emails.filter((m) => m.toLowerCase() !== closerEmail), names };
}
