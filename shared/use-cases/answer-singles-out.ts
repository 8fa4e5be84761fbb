import type { Config } from '../config/schema';
import type { CaseRecord } from '../domain/feedback';
import type { Clock } from '../ports/clock';
import type { ThreadSummary } from '../ports/case-thread';
import { liveUrgentCase } from './answer-on-a-live-urgent-case';
import { readsUrgent } from './reads-urgent';

/*
 * Why (op44a, after the op43 attack, 2026-12-07): a sponsor asked in a case's conversation "are you the one who works
 * the night shift at the loading dock?", and "yes, the only one on nights" went to them as written, with no warning:
 * only a first report had the preview's "may single you out". Now an employee's answer, on the web or by SMS, whose
 * words the preview would name is not sent at once: the web page shows the words with the answer in its box, to
 * change or send as it is; an SMS is kept for the hour and the reply names the words, how to send it as it is and how
 * to change it. Never held: words that read urgent, or any answer on an urgent case nobody has acknowledged yet
 * (nothing urgent waits for a click).
 */

export { AnswerSinglesOut } from './case-conversation';

/** The phrases of an answer the preview names, unless it must go at once (urgent words, a live urgent case). */
export async function answerSinglesOut(
  deps: { config: Config; clock: Clock },
  record: Pick<CaseRecord, 'status' | 'topic' | 'analysis' | 'site'>,
  summary: ThreadSummary,
  text: string,
): Promise<string[]> {
  if (liveUrgentCase(deps.config, record, summary)) return [];
  const { previewRedactionAt } = await import('./preview-redaction');
  const { singledOut } = await previewRedactionAt(deps.config, text, record.site);
  if (!singledOut.length) return [];
  // Read as analysis will: urgent words go now, whatever else they say.
  if (await readsUrgent(deps.config.topics, { escalate: false, text }, undefined, deps.clock)) return [];
  return singledOut;
}

/** The check `employeeAnswers` runs before sending (`checkSinglesOut`), with these deps. */
export const singlesOutCheck =
  (deps: { config: Config; clock: Clock }) =>
  (record: Pick<CaseRecord, 'status' | 'topic' | 'analysis' | 'site'>, summary: ThreadSummary, text: string) =>
    answerSinglesOut(deps, record, summary, text);
