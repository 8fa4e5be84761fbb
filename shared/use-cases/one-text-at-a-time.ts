import { normalisePhoneNumber } from '../domain/sms-message';
import type { RateAndReplayState } from './rate-and-replay-state';

/*
 * One text of a number is handled at a time, in the order the texts reach the webhook.
 *
 * Why: what a text becomes often depends on what the number's text before it left behind: the urgent case its
 * details follow ("its the one behind bay 4 not bay 3" after "URGENT the fire exit is chained shut"), an opener's
 * marks (`URGENT` sent alone), the words a split report is read with. A phone sends two texts back to back, and the
 * provider delivers them to the webhook at the same moment (Twilio does not wait for one webhook before the next);
 * handled side by side, the second was read before the first had left anything, so the details of an urgent report
 * were filed as an ordinary report of their own: "Thank you. Your case code is …", and no senior leader read where the
 * danger was (attack att37, F1). Texts of one number now take turns (`RateAndReplayState.takeTurn`: a record keyed
 * by an HMAC of the number under the hour's key, deleted when the text is answered; one taken in an hour's last
 * seconds is held in the next hour's record too, so texts either side of the hour's edge take turns as well), so the
 * second is read as it is when it comes a second later. Texts of different numbers never wait on each other, a provider's copy of a text
 * never waits on the first delivery, and no text waits more than `WAIT_AT_MOST_MS`: the webhook must answer within
 * Twilio's 15 seconds, and a text whose turn never came is handled all the same, as before.
 */

/** The longest a text waits for its number's text before it: well inside Twilio's 15-second webhook timeout. */
export const WAIT_AT_MOST_MS = 8_000;
const POLL_MS = 40;

/**
 * Takes the sender's turn for this delivery (`holder`: its id, sender and words), waiting while another text of
 * the same number is being handled. The returned `end` must be called once the text is answered; a state that
 * fails costs the order, never the text.
 */
export async function takeSendersTurn(
  rateState: Pick<RateAndReplayState, 'takeTurn'>,
  from: string,
  holder: string,
  { waitAtMostMs = WAIT_AT_MOST_MS, pollMs = POLL_MS }: { waitAtMostMs?: number; pollMs?: number } = {},
): Promise<() => Promise<void>> {
  if (typeof rateState.takeTurn !== 'function') return async () => {};
  const turn = await rateState
    .takeTurn(`sms-turn:${normalisePhoneNumber(from)}`, holder, { waitAtMostMs, pollMs })
    .catch(() => undefined);
  return async () => {
    await turn?.end().catch(() => undefined);
  };
}
