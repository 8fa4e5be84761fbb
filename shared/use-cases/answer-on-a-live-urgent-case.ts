import { readsAllClear } from '../analysis/answer-all-clear';
import type { Config } from '../config/schema';
import type { CaseRecord } from '../domain/feedback';
import { isCourtesyOnly } from '../domain/sms-message';
import { readsAsThanks } from '../domain/sms-thanks';
import type { ThreadSummary } from '../ports/case-thread';

/**
 * An employee's answer on an urgent case that is still live reaches its holder at once, whatever its words.
 *
 * Why (attack att42, F0): on a fire still waiting to be acknowledged, "REPLY <code> ahora hay dos en el piso y no
 * despiertan" ("now two are on the floor and won't wake up") and "the smell is stronger now and another guy got
 * dizzy" were held for the hour, the texter told "sent", because the detector alone decided whether an answer was
 * urgent, and it missed them. Worse news on a live emergency comes in any words, in any language; no list of them
 * can be complete. So the case decides, not the words: while the case is live, an answer that says anything goes now.
 *
 * Live: urgent in what it reports (an urgent topic chosen or found in its words, not only ticked "urgent", whose
 * answers keep to their hour as its emails keep to an allowance), marked urgent on its conversation, not closed nor
 * closing, and not yet acknowledged. Once its holder has acknowledged it, answers keep to the rules of any urgent case (urgent
 * words, or an answer to the holder's question, go at once); nothing more is stored to decide it.
 *
 * Not sent at once even then: courtesy alone ("thanks", "ok", "gracias", "👍"), which says nothing to act on and
 * stays on the case's page, and an all-clear alone ("all good now, thanks"), which keeps to its hour as on any
 * case (`readsAllClear`). Both keep the batching that hides the minute an employee wrote.
 *
 * Read by the intake, which tells the employee so ("sent to the senior leader now"), and carried on the answer
 * (`atOnce`): analysis honours it, so what the employee was told is what happens, even if the case is acknowledged
 * in the seconds between.
 */
export function answerReachesAtOnce(
  config: Pick<Config, 'topics'>,
  record: Pick<CaseRecord, 'status' | 'topic' | 'analysis'>,
  summary: ThreadSummary,
  text: string,
): boolean {
  return liveUrgentCase(config, record, summary) && saysSomething(text);
}

/** Whether the case is urgent in what it reports, open, and not yet acknowledged. */
export function liveUrgentCase(
  config: Pick<Config, 'topics'>,
  record: Pick<CaseRecord, 'status' | 'topic' | 'analysis'>,
  summary: ThreadSummary,
): boolean {
  if (summary.urgent !== true || summary.closed === true || !urgentByWhatItReports(config, record)) return false;
  // Its holder pressed close (in effect at the end of the hour): they have acted on it, as an acknowledgement says,
  // and an answer then keeps to its hour, to reopen it or to be read when kept open (keep-open-before-the-close).
  if (summary.closing === true) return false;
  // The clock to acknowledge met (by an acknowledgement, or a close) starts the one for feedback.
  return record.status === 'escalated' && summary.feedbackBy === undefined;
}

/** Anything but courtesy alone or an all-clear alone: a fact, a question, a name, a place, a plea. */
const saysSomething = (text: string): boolean => !readsAsThanks(text) && !isCourtesyOnly(text) && !readsAllClear(text);

/**
 * Whether the case reports something urgent, not only that its sender ticked "urgent": an urgent topic
 * chosen or found in its words (the detector's findings count as their topics), or words that could not be
 * analysed (escalated on their raw text). A ticked case with calm words keeps its answers to their hour, as
 * its emails are kept to an allowance (`marked-urgent-allowance.ts`).
 */
export function urgentByWhatItReports(
  config: Pick<Config, 'topics'>,
  record: Pick<CaseRecord, 'topic' | 'analysis'>,
): boolean {
  if (!record.analysis) return true;
  const urgentTopic = (id: string | undefined) => config.topics.some((t) => t.id === id && t.urgent);
  return urgentTopic(record.topic) || record.analysis.topics.some(urgentTopic);
}
