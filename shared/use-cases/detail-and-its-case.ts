import { createHash } from 'node:crypto';
import type { AnalysisMessage } from '../domain/feedback';
import type { CaseRecord } from '../domain/feedback';
import type { CaseStore } from '../ports/case-store';

/*
 * Details queued behind a report still on its way to a sponsor (`details-behind-their-report.ts`: words texted minutes
 * after an urgent report, a long kiosk comment's other parts) are read by analysis about 20 seconds later. What they
 * become then depends on where their case went, read here from the case alone:
 * - the case reached its holder (raised, acknowledged, answered): they are answers in its conversation, as before;
 * - the case is still on its way (not yet analysed, or analysed and waiting for the escalation stage: a queue slower
 *   than those seconds): they wait behind it again, so they reach the holder with the case, not at the sweep or at the
 *   end of their hour (sms40, item 2);
 * - the case was analysed and passed to no one (the intake read it urgent on the safe side, or the model disagreed):
 *   its conversation has no reader, and the texter was told their words were added to the case. They are read as the
 *   case's report is, each on its own: their own urgency (urgent words raise it to a sponsor, as the case's words
 *   would have), counted in the week's figures and offered to the digest like any report (sms40, item 1). Until
 *   2026-12-06 they were kept in a conversation nobody would ever read.
 */

/** Where a detail read by analysis goes (see the file's comment). */
export type DetailGoes = 'conversation' | 'wait' | 'report';

/** How many times a detail waits behind its case again (`DETAIL_WAIT_AGAIN_SECONDS` each): five minutes in all. */
export const MAX_DETAIL_WAITS = 30;
/** How long a detail waits again behind a case still on its way. */
export const DETAIL_WAIT_AGAIN_SECONDS = 10;

/** Whether the message is details queued behind its report, read by this file's rules (never courtesy or an objection). */
export function isDetailBehindReport(message: AnalysisMessage): boolean {
  return message.threadAnswer === true && message.followUp === true && !message.courtesy && !message.objection;
}

/** Where the detail goes, from its case as stored. A case that cannot be read keeps the conversation, as before. */
export async function whereDetailGoes(
  cases: Pick<CaseStore, 'findCase'>,
  message: AnalysisMessage,
): Promise<DetailGoes> {
  const record = await cases.findCase(message.caseKey).catch(() => undefined);
  if (!record) return 'conversation';
  if (onItsWay(record)) return (message.waitedBehind ?? 0) < MAX_DETAIL_WAITS ? 'wait' : 'conversation';
  return record.status === 'analysed' ? 'report' : 'conversation';
}

/** Received and not yet analysed, or analysed and queued for the escalation stage, which has not raised it yet. */
function onItsWay(record: CaseRecord): boolean {
  return record.status === 'received' || (record.status === 'analysed' && record.beingPassedOn === true);
}

/** The detail, once more behind its case. */
export function waitingAgain(message: AnalysisMessage): AnalysisMessage {
  return { ...message, waitedBehind: (message.waitedBehind ?? 0) + 1 };
}

/**
 * The detail as a report of its own words under its case: no longer an answer, counted under a token of its own
 * (from its random message id, which nothing stored holds), so the case's own count is not taken for it.
 */
export function detailAsReport(message: AnalysisMessage): AnalysisMessage {
  const { threadAnswer: _a, followUp: _f, turn: _t, hour: _h, waitedBehind: _w, ...report } = message;
  const weeklyToken = createHash('sha256').update(`detail-as-report:${message.id}`, 'utf8').digest('hex');
  return { ...report, weeklyToken };
}
