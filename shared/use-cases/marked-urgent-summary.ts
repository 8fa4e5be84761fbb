import { createHash } from 'node:crypto';
import { deskOwnerAt, deskUrl } from '../domain/case-desk';
import { acknowledgeDeadline } from '../domain/deadlines';
import { hourStamp, recipientsAt, type Escalation } from '../domain/escalation';
import type { MarkedUrgentOccasion } from '../email/marked-urgent-email';
import type { EscalationDeps } from './raise-escalation';
import { sendToEach } from './send-to-each';
import type { Overflow } from './urgent-words-allowance';

/** Cases only marked urgent that go to the same readers, to be told to them in one email. */
export interface ReadersCases {
  readers: { names: string; emails: string[] };
  escalations: Escalation[];
}

/** `escalations` by the readers who hold them now (the same holder and the same addresses), oldest first. */
export function byReaders(deps: Pick<EscalationDeps, 'config'>, escalations: readonly Escalation[]): ReadersCases[] {
  const groups = new Map<string, ReadersCases>();
  for (const escalation of escalations) {
    const { names, emails, holder } = recipientsAt(
      deps.config,
      escalation.sponsorId,
      escalation.level,
      escalation.reroute?.bypassed,
    );
    const key = `${holder}\n${[...emails]
      .map((e) => e.toLowerCase())
      .sort()
      .join('\n')}`;
    const group = groups.get(key) ?? { readers: { names, emails }, escalations: [] };
    group.escalations.push(escalation);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Tells `group`'s readers of its cases in one email, each reader once for `event`; returns how many readers
 * this call told (none when every one had been). Each reader's link is to their own case desk, which lists
 * every case with its deadline; the email names the first of those deadlines. Cases only marked urgent are
 * counted (`markedUrgentEmail`); cases urgent in their words are listed by their texts (`urgentWordsEmail`).
 */
export async function tellTogether(
  deps: EscalationDeps,
  group: ReadersCases,
  occasion: MarkedUrgentOccasion,
  event: string,
  kind: Overflow = 'ticked',
): Promise<number> {
  const { config } = deps;
  const now = deps.clock.now();
  const first = group.escalations
    .map((e) => acknowledgeDeadline(config, e).at)
    .sort()
    .at(0)!;
  const bypassed = [...new Set(group.escalations.flatMap((e) => e.reroute?.bypassed ?? []))];
  const deskOf = (email: string) => {
    const owner = deskOwnerAt(config, email, bypassed);
    return owner ? deskUrl(config, owner, deps.publicUrl, now, deps.linkSigningKey) : undefined;
  };
  // Loaded on the first email: a sweep with nothing to send never reads the renderers or their catalogues (docs/performance-log.md, "2026-12-03: built-ins as CommonJS").
  if (kind === 'words') {
    const { urgentWordsEmail } = await import('../email/urgent-words-email');
    return sendToEach(deps, event, group.readers.emails, (to) =>
      urgentWordsEmail(config, [to], occasion, group.escalations, first, deskOf(to)),
    );
  }
  const { markedUrgentEmail } = await import('../email/marked-urgent-email');
  return sendToEach(deps, event, group.readers.emails, (to) =>
    markedUrgentEmail(config, [to], occasion, group.escalations.length, first, deskOf(to)),
  );
}

/**
 * The email told to these readers at a sweep about the new cases only marked urgent past their emails one by
 * one: one each sweep, as for reports urgent in their words, never one an hour. A ticked report whose words the
 * detector misses (someone under a pallet jack, screaming) waited for the next hour's email, ten minutes and more,
 * when the hour's had gone (attack round 40, F12): a ticked report is read by someone within the sweep's minutes.
 * Still bounded: at most one such email a sweep to a holder, however many are ticked. Named by the very cases
 * and levels (a digest: it names no case), so a sweep retrying it tells only the readers not yet told.
 */
export const newCasesEvent = (group: ReadersCases): string => `marked-urgent:new:${sweepsCases(group)}`;

/**
 * The email told to these readers at a sweep about the new cases urgent in their words past their emails one by
 * one: one each sweep, never one an hour (such a report reaches its holder within the sweep's minutes), named
 * by the very cases and levels, so a sweep retrying it tells only the readers not yet told, and the next
 * sweep's new cases are a new email. Like `casesEvent`, a digest: it names no case.
 */
export const wordsCasesEvent = (group: ReadersCases): string => `urgent-words:new:${sweepsCases(group)}`;

/** The readers and a digest of the very cases and levels a sweep tells them about (the two events above). */
const sweepsCases = (group: ReadersCases): string =>
  `${readersOf(group)}:${digest(
    group.escalations
      .map((e) => `${e.id}:${e.level}`)
      .sort()
      .join('\n'),
  )}`;

/**
 * The email about these very cases at this step (`what`: their reminders, or where they climbed to), so a
 * later sweep retrying it tells only the readers not yet told, and a different set of cases is a new email.
 */
export const casesEvent = (kind: 'remind' | 'climbed', group: ReadersCases, what: readonly string[]): string =>
  `marked-urgent:${kind}:${readersOf(group)}:${digest([...what].sort().join('\n'))}`;

const readersOf = (group: ReadersCases) =>
  digest(
    group.readers.emails
      .map((e) => e.toLowerCase())
      .sort()
      .join('\n'),
  );
const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32);

/** How the trail says a holder was emailed of it, the same whether alone or with others (`notify`). */
export const emailedEntry = (group: ReadersCases, now: Date) => ({
  at: hourStamp(now),
  event: 'notified' as const,
  detail: `emailed ${group.readers.names}`,
});
