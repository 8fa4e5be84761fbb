import type { Config } from '../config/schema';
import { deadlineDay } from '../domain/deadlines';
import { fullTimeFrom, hourStamp, recipientsAt, type Escalation } from '../domain/escalation';
import { escalationLink } from '../domain/escalation-link';
import type { CaseThread } from '../ports/case-thread';
import type { ClockEvent } from '../ports/legal-clocks';
import type { ClockSweepDeps } from './legal-clocks';
import { sendToEach } from './send-to-each';

/**
 * An urgent case acknowledged and then left: promise 1 asks that someone is still chasing it until something
 * is done. One click on "Acknowledge" used to stop every automatic follow-up until the law's feedback deadline
 * (three months). Now an acknowledged urgent case on which nothing is done (no message to the employee, no
 * answer published, no hand-over, no close) within the urgent service level (`slas.urgentHours`) reminds its
 * holder; one service level later, still nothing, the one after them (their backup, or the leadership list) is
 * told, as a close of an urgent case is shown to them. Both go by the legal clocks' schedule (events on the
 * hour, as every time an escalation keeps), so nothing finer than the hour of the acknowledgement is kept.
 */

/** The two moments of an acknowledged urgent case: its holder reminded, then the one after them told. */
export function actClockEvents(config: Config, escalation: Escalation): ClockEvent[] {
  if (!escalation.urgent || !escalation.acknowledgedAt) return [];
  const hours = config.slas.urgentHours;
  const from = new Date(escalation.acknowledgedAt);
  const remind = fullTimeFrom(from, hours);
  const above = fullTimeFrom(from, 2 * hours);
  return [
    { at: remind, stage: 'reminder' as const },
    { at: above, stage: 'passed' as const },
  ].map(({ at, stage }) => ({
    escalationId: escalation.id,
    deadline: 'act' as const,
    stage,
    at: hourStamp(new Date(at)),
    day: deadlineDay(new Date(at), config.timezone),
  }));
}

/** What counts as something done on a case after its acknowledgement, by its history. */
const ACTS = new Set(['responded', 'handed-over', 'rerouted', 'closed']);

/**
 * Whether anything has been done on the case since it was acknowledged: an answer published, a hand-over, a
 * close (made, even if not yet in effect), or a message written to the employee in its conversation.
 */
export async function actedOn(threads: CaseThread | undefined, escalation: Escalation): Promise<boolean> {
  if (escalation.status === 'responded' || (escalation as { closedAt?: string }).closedAt) return true;
  const acknowledged = escalation.audit.findIndex((entry) => entry.event === 'acknowledged');
  if (escalation.audit.slice(Math.max(acknowledged, 0)).some((entry) => ACTS.has(entry.event))) return true;
  if (!escalation.caseKey || !threads) return false;
  return (await threads.list(escalation.caseKey)).some((message) => message.from === 'sponsor');
}

/**
 * Acts on one `act` event: nothing done yet, the holder is reminded (`reminder`), or the one after them is told
 * (`passed`; at the top, with no one after, the leadership list holding it is reminded again). Sent once per
 * reader (the email ledger), so a retry tells only those not yet told. Returns whether anyone was emailed.
 */
export async function chaseActedOn(deps: ClockSweepDeps, escalation: Escalation, event: ClockEvent): Promise<boolean> {
  if (escalation.status === 'raised' || (await actedOn(deps.threads, escalation))) return false;
  const bypassed = escalation.reroute?.bypassed;
  const holder = recipientsAt(deps.config, escalation.sponsorId, escalation.level, bypassed);
  const above = recipientsAt(deps.config, escalation.sponsorId, Math.min(escalation.level + 1, 2), bypassed);
  const same = (a: string) => (b: string) => a.toLowerCase() === b.toLowerCase();
  const toAbove = event.stage === 'passed' && !above.emails.every((r) => holder.emails.some(same(r)));
  const readers = toAbove ? above.emails.filter((r) => !holder.emails.some(same(r))) : holder.emails;
  const link = escalationLink(deps.config, escalation, deps.publicUrl, deps.clock.now(), deps.linkSigningKey);
  // Loaded on the first email: a sweep with nothing to send never reads the renderers or their catalogues.
  const { conversationEmail } = await import('../email/conversation-email');
  const told = await sendToEach(deps, `act:${escalation.id}:${event.stage}:${event.at}`, readers, (reader) =>
    conversationEmail(deps.config, escalation, [reader], link, {
      kind: 'not-acted-on',
      audience: toAbove ? 'above' : 'holder',
      holder: holder.names,
    }),
  );
  return told > 0;
}
