import { MAX_TEXT_CHARACTERS } from '../domain/limits';

/**
 * Whether a report reads urgent: the employee asked (`URGENT …`, the form's
 * or kiosk's box, `escalate: true`), or the offline urgency detector flags
 * its words (no service; about 0.4 ms for a short text, 5 ms at 1,600 characters,
 * and seconds once per process to load the detector). The one reading behind
 * every exception to a budget: a sender's hourly limit (SMS) and a channel's
 * (`rate-limit.ts`). Only the first `MAX_TEXT_CHARACTERS` are read: the most
 * a submission may hold, so a refused flood costs a bounded read each.
 */
export async function readsUrgent(escalate: boolean, text: string | undefined): Promise<boolean> {
  if (escalate) return true;
  if (!text) return false;
  try {
    return (await (detector ??= import('../analysis/urgency'))).detectUrgency(text.slice(0, MAX_TEXT_CHARACTERS))
      .urgent;
  } catch {
    // A detector that cannot load costs no report: it is read as urgent, and so kept.
    return true;
  }
}
// Loaded on the first report that needs it: a keyword (HELP, STATUS) or a calm day never does.
let detector: Promise<typeof import('../analysis/urgency')> | undefined;
