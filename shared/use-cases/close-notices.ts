import { acknowledgedByClose, type DeskCase } from '../domain/case-desk';
import { closeWitnesses, lastClose } from '../domain/close-witness';
import {
  type Escalation,
  fullTimeFrom,
  hourStamp,
  recipientsAt,
  rerouteForAnswer,
  slaHours,
} from '../domain/escalation';
import { escalationLink } from '../domain/escalation-link';
import { verifyLink } from '../domain/signed-link';
import { readTakeSubject, takeLink } from '../domain/take-link';
import type { Config } from '../config/schema';
import type { CaseRouting } from '../ports/case-routing';
import type { CaseThread } from '../ports/case-thread';
import type { Clock } from '../ports/clock';
import type { EscalationStore } from '../ports/escalation-store';
import type { LegalClocks } from '../ports/legal-clocks';
import { LinkRefusedError } from './answer-escalation';
import { acknowledgementUndone } from './legal-clocks';
import { mailFailureOf, reportMailFailure } from './mail-failure';
import { AddressRefusedError } from '../ports/mailer';
import type { EscalationDeps } from './raise-escalation';
import { sendToEach } from './send-to-each';

/**
 * Run by the sweep: each close listed to be seen by someone other than its closer (a case that was urgent
 * or went around a sponsor: `close-witness.ts`) is shown, once it is in effect, to the closer's backup (or the
 * leadership list): the matter, its redacted text, who closed it, and a link to take it and open it again.
 * With the sweep, after the close's hour: never at the minute of the close, and a close kept open within its
 * hour tells no one. A case open again by then (kept open, or reopened by an answer) is dropped from the list.
 */
export async function tellCloses(deps: EscalationDeps): Promise<{ told: number; failed: number }> {
  const result = { told: 0, failed: 0 };
  const now = deps.clock.now();
  for (const e of (await deps.escalations.listClosesToTell()) as DeskCase[]) {
    try {
      if (e.closedAt && Date.parse(e.closedAt) > now.getTime()) continue; // still closing: kept open, it tells no one
      if (e.closedAt) {
        const witnesses = closeWitnesses(deps.config, e);
        const closer = lastClose(deps.config, e)?.name ?? '';
        const link = takeLink(deps.config, e.id, e.closedAt, deps.publicUrl, now, deps.linkSigningKey);
        // Loaded on the first notice: a sweep with none never reads the renderer or its catalogues.
        const { closeNoticeEmail } = await import('../email/close-notice-email');
        const show = (emails: string[]) =>
          sendToEach(deps, `closed:${e.id}:${e.closedAt}`, emails, (to) =>
            closeNoticeEmail(deps.config, e, [to], { closer, link }),
          );
        try {
          if (witnesses.emails.length) await show(witnesses.emails);
        } catch (error) {
          // The closer's backup refused for good never reads it, and an urgent close must be seen by someone who
          // can undo it: the leadership list is shown it instead, the refusal logged for the operator. At the
          // top (no one past the list), it is tried again at the next sweep, as before.
          const past = closeWitnesses(deps.config, e, { past: true });
          if (!(error instanceof AddressRefusedError) || !past.emails.length) throw error;
          deps.mailFailed?.(mailFailureOf('close notice', error));
          await show(past.emails);
        }
        result.told += 1;
      }
      await deps.escalations.closeTold(e.id);
    } catch (error) {
      reportMailFailure(deps, 'close notice', error);
      result.failed += 1; // tried again at the next sweep; one failing must not hold up the others
    }
  }
  return result;
}

/** What taking a closed case needs: the sponsor side's stores, with the routing that moves it. */
export interface TakeDeps {
  config: Config;
  escalations: EscalationStore;
  routing: CaseRouting;
  clock: Clock;
  linkSigningKey: string;
  publicUrl: string;
  threads?: CaseThread;
  clocks?: LegalClocks;
}

/** What a take link did: `taken`, with where the case is now; `open`, someone opened it again already. */
export type Taken = { outcome: 'taken' | 'open'; escalation: Escalation; holder: string; link?: string };

/** The case a take link names, as it is now, or a refusal saying why the link opens nothing. */
export async function caseToTake(
  deps: Pick<TakeDeps, 'escalations' | 'clock' | 'linkSigningKey'>,
  token: string,
): Promise<{ escalation: DeskCase; closedAt: string }> {
  const check = verifyLink(token, deps.linkSigningKey, deps.clock.now());
  if (!check.ok) throw new LinkRefusedError(check.reason);
  const subject = readTakeSubject(check.claims.subject);
  if (!subject) throw new LinkRefusedError('unknown');
  const escalation = (await deps.escalations.get(subject.id)) as DeskCase | undefined;
  if (!escalation) throw new LinkRefusedError('unknown');
  // Closed again since, by whoever has it now: that close has a notice and a link of its own.
  if (escalation.closedAt && escalation.closedAt !== subject.closedAt) throw new LinkRefusedError('replaced');
  return { escalation, closedAt: subject.closedAt };
}

/**
 * Someone shown a close takes the case (`tellCloses`): it opens again, conversation included, and goes around
 * whoever closed it, as an answer naming them would take it, to the next outside them (their backup, else the
 * leadership list), with the full time to acknowledge; the closer's links stop opening it. Its history says
 * it was reopened by whoever was shown the close. Pressed again, or after someone else did, it changes nothing.
 */
export async function takeClosedCase(deps: TakeDeps, token: string): Promise<Taken> {
  const { escalation: e } = await caseToTake(deps, token);
  const now = deps.clock.now();
  if (!e.closedAt) return { outcome: 'open', escalation: e, holder: whereNow(deps, e).holder };
  const closer = lastClose(deps.config, e);
  const witnesses = closeWitnesses(deps.config, e);
  // The conversation first, as when an answer reopens a case: a failure after it leaves the case closed, and pressing again does the rest.
  if (e.caseKey) await deps.threads?.reopen(e.caseKey);
  if (acknowledgedByClose(e)) await acknowledgementUndone({ ...deps, clock: deps.clock }, e, e.acknowledgedAt);
  const at = hourStamp(now);
  await deps.routing.reopen(e.id, { at, event: 'reopened', detail: `by ${witnesses.names}, shown the close` });
  // Whoever took it knows it is open again: no later email need say so.
  await deps.routing.reopenTold(e.id);
  const reopened = (await deps.escalations.get(e.id)) ?? e;
  const route = closer?.by ? rerouteForAnswer(deps.config, reopened, [closer.by]) : undefined;
  if (route) {
    const after = recipientsAt(deps.config, route.sponsorId, route.level, route.reroute.bypassed);
    const due = reopened.status === 'raised' ? fullTimeFrom(now, slaHours(deps.config, reopened.urgent)) : undefined;
    await deps.routing.reroute(
      e.id,
      reopened,
      route,
      { at, event: 'rerouted', detail: `now with ${after.names}` },
      due,
    );
  }
  const moved = (await deps.escalations.get(e.id)) ?? reopened;
  const { holder, link } = whereNow(deps, moved);
  // The case's own page, for whoever took it when it is now theirs; otherwise they are told who has it.
  const theirs = recipientsAt(deps.config, moved.sponsorId, moved.level, moved.reroute?.bypassed).emails.some((m) =>
    witnesses.emails.some((w) => w.toLowerCase() === m.toLowerCase()),
  );
  return { outcome: 'taken', escalation: moved, holder, ...(theirs ? { link } : {}) };
}

function whereNow(deps: Pick<TakeDeps, 'config' | 'clock' | 'linkSigningKey' | 'publicUrl'>, e: Escalation) {
  const { names } = recipientsAt(deps.config, e.sponsorId, e.level, e.reroute?.bypassed);
  return {
    escalation: e,
    holder: names,
    link: escalationLink(deps.config, e, deps.publicUrl, deps.clock.now(), deps.linkSigningKey),
  };
}
