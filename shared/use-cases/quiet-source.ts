import { normalisePhoneNumber } from '../domain/sms-message';
import type { RateAndReplayState } from './rate-and-replay-state';

/**
 * Whether an urgent report comes from a source that has sent few of them this hour: one person cannot spend
 * everyone's urgency. Each holder is emailed one by one about at most `escalation.urgentEmailsPerHour` reports
 * urgent in their words an hour (and `markedUrgentEmailsPerHour` only ticked), and past that the rest wait for
 * the sweep's list. One web client that posted 31 × "Fire in the storage room…" in six seconds spent the Plant 2
 * manager's hour, and the next real report, texted by someone else ("Carlos got his arm caught in the
 * conveyor…"), reached them two minutes later as one line of a list (attack round 40, F11). So the intake counts,
 * per source and per kind, the urgent reports it queues this hour, and marks one within the source's first
 * `escalation.urgentReportsPerSourcePerHour` as from a quiet source (`quietSource` on its messages): when its
 * holder's emails one by one are spent, it is still emailed on its own, from a second allowance of the same size
 * that only such reports spend (`urgent-words-allowance.ts`). The flooder's reports past their first few never
 * touch it; they are emailed and listed as before.
 *
 * A source is what the intake already keeps for its rate limits, and no more: an SMS sender's number, a kiosk,
 * and for the web form (which keeps nothing of a browser: no address, no cookie) the web channel at the site the
 * report names. Counted in the rate and replay state (an HMAC under the hour's random key, forgotten after the
 * hour and one more), as the SMS senders' counts are: a number, never a case, a text or a time. Only one bit
 * travels on the report's queue messages (quiet or not), never the source, and it is stored nowhere.
 */
export interface QuietSources {
  /** Counts one urgent report of `kind` from `source` this hour; true while the source's count is within its allowance. */
  quiet(kind: UrgentKind, source: string): Promise<boolean>;
}

/** Urgent by its words or topic (the priority lane), or only ticked or asked (the marked lane): counted apart. */
export type UrgentKind = 'words' | 'ticked';

export function quietSources(rateState: RateAndReplayState, perSourcePerHour: number): QuietSources {
  return {
    async quiet(kind, source) {
      return (await rateState.count(`urgent-source:${kind}:${source}`)) <= perSourcePerHour;
    },
  };
}

/** The source of a text: its sender's number, in one form however it was written. */
export const smsSource = (from: string): string => `sms:${normalisePhoneNumber(from)}`;
/** The source of a kiosk's report: the kiosk. */
export const kioskSource = (kioskId: string): string => `kiosk:${kioskId}`;
/** The source of a web report: the web form at the site it names (the form keeps nothing of a browser). */
export const webSource = (site: string | undefined): string => `web:${site ?? ''}`;
