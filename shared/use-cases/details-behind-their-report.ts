import { createHash } from 'node:crypto';
import type { Config } from '../config/schema';
import { hourStamp } from '../domain/escalation';
import type { AnalysisMessage, Channel } from '../domain/feedback';
import { isoWeekOf } from '../domain/iso-week';
import type { CaseThread } from '../ports/case-thread';
import type { Clock } from '../ports/clock';
import type { Queue } from '../ports/queue';

/*
 * Details of a report that has not reached its holder yet: a long kiosk comment's other parts (kiosk-long-comment.ts),
 * or words texted minutes after an urgent report still on its way to a sponsor (follow-up-details.ts). Both go into
 * that case's conversation once it has one, never as a case of their own: a second case, filed apart, would show the
 * operator and the sponsor two records of one person side by side (an outside attack, op39: "The vending machine ate
 * my dollar" texted a minute after a knife report became a second urgent safety case), and would count one person's
 * words twice in the digest.
 */

export interface DetailsDeps {
  config: Pick<Config, 'timezone'>;
  queue: Queue<AnalysisMessage>;
  clock: Clock;
  threads?: Pick<CaseThread, 'takeTurn'>;
}

/**
 * Queues `details` as the employee's details in the conversation of the case `caseKey` (at `site`), in order, after
 * its report has reached its holder: analysis redacts and adds each (`save-thread-answer.ts`), and its holder is told
 * at once, as texted details are. Each detail's id comes from `onceKey` and its place, so a delivery sent again adds
 * each once. Read sooner (a slow queue), a detail waits in the conversation for its hour like any answer.
 */
export async function queueDetailsBehindReport(
  deps: DetailsDeps,
  { caseKey, site, channel, onceKey }: { caseKey: string; site?: string; channel: Channel; onceKey: string },
  details: readonly string[],
): Promise<void> {
  for (const [i, text] of details.entries()) {
    const turn = await deps.threads?.takeTurn?.(caseKey).catch(() => undefined);
    await deps.queue.enqueue(
      {
        id: detailId(onceKey, i),
        caseKey,
        channel,
        ...(turn ? { turn } : {}),
        week: isoWeekOf(deps.clock.now(), deps.config.timezone),
        ...(site ? { site } : {}),
        escalate: false,
        text,
        threadAnswer: true,
        followUp: true,
        hour: hourStamp(deps.clock.now()),
      },
      { delaySeconds: DETAILS_DELAY_SECONDS },
    );
  }
}

/** How long details wait behind their report: analysis and escalation take about a second. */
export const DETAILS_DELAY_SECONDS = 20;

/** The same id for the same detail, however often it is queued: a UUID's shape, from a digest. */
function detailId(onceKey: string, index: number): string {
  const hex = createHash('sha256').update(`${onceKey}:${index}`, 'utf8').digest('hex');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
