import { loadLocalSecrets } from '../../local/local-secrets';
import type { useConversationStack } from './conversation-stack';
import { linkIn } from './conversation-stack';
import { form, json } from './fixtures';
import { waitUntilHeld } from './held-answers';
import { waitFor } from './outbox';
import { signedTwilioRequest } from './sms';

/** Plant 2's manager: who is told of a Plant 2 case first. */
export const PLANT2_SPONSOR = 'plant2-gm@example.com';

/**
 * What the tests of "an answer is stored once and told once" do over and
 * over on a conversation stack: raise a Plant 2 case, answer it under a
 * delivery key, wait until the answer has settled, count how often its
 * holder was told, and sweep after the hour.
 *
 * @example
 * const conversation = useConversationStack();
 * const { escalatedCase, post, settled, sweepAt, toldToSponsor } = answersTold(conversation);
 */
export function answersTold({
  stack,
  clock,
  dataDir,
  emailsTo,
  employeeView,
}: ReturnType<typeof useConversationStack>) {
  /** A report from Plant 2, escalated to its manager. */
  const escalatedCase = async (text: string) => {
    const { caseCode } = await stack.submit({ text, site: 'plant2', escalate: true });
    await stack.waitForStatus(caseCode, 'escalated');
    return caseCode;
  };
  /**
   * A report from Plant 2, escalated to its manager, who acknowledges it: an answer on an urgent case nobody has
   * acknowledged reaches its holder at once (`answer-on-a-live-urgent-case.ts`); on this one it keeps to its hour.
   */
  const acknowledgedCase = async (text: string) => {
    const caseCode = await escalatedCase(text);
    const email = await waitFor('the sponsor email', async () =>
      (await emailsTo(PLANT2_SPONSOR)).findLast((e) => e.body.text?.includes(text.slice(0, 40))),
    );
    const res = await fetch(linkIn(email), form({ action: 'acknowledge' }));
    if (![200, 303].includes(res.status)) throw new Error(`acknowledging the case answered ${res.status}`);
    await stack.waitForStatus(caseCode, 'acknowledged');
    return caseCode;
  };
  /** Answers as an API client does, under an Idempotency-Key. */
  const post = (caseCode: string, text: string, key: string) =>
    fetch(`${stack.urls.app}/status/${caseCode}/messages`, json({ text }, { 'idempotency-key': key }));
  /** Delivers these fields as Twilio does, signed: the same fields twice are one delivery retried. */
  const deliverSms = (fields: Record<string, string>) =>
    fetch(
      stack.urls.smsTwilio,
      signedTwilioRequest(fields, {
        url: stack.urls.smsTwilio,
        token: loadLocalSecrets(dataDir, {}).TWILIO_AUTH_TOKEN,
      }),
    );
  /** The employee's answers as their status page lists them (placed, or still on their way). */
  const answersOf = async (caseCode: string) =>
    (await employeeView(caseCode)).messages.filter((m) => m.from === 'employee').map((m) => m.text);
  /** Until the answer is in the thread and held for its hour, and a moment more for any copy still on its way. */
  const settled = async (caseCode: string, text: string) => {
    await waitFor('the answer in the thread', async () =>
      (await answersOf(caseCode)).includes(text) ? true : undefined,
    );
    await waitUntilHeld(stack, text);
    await new Promise((r) => setTimeout(r, 1500));
  };
  /** How often the sponsor has been told `text`, across every email they were sent. */
  const toldToSponsor = async (text: string) =>
    (await emailsTo(PLANT2_SPONSOR)).reduce((n, e) => n + (e.body.text ?? '').split(text).length - 1, 0);
  /** The sweep after the hour is over places the hour's answers and emails them; waits until `text` has been told. */
  const sweepAt = async (at: string, text: string) => {
    clock.set(at);
    await waitFor('the held answers emailed', async () => {
      await stack.sweep();
      return (await toldToSponsor(text)) > 0 ? true : undefined;
    });
    await new Promise((r) => setTimeout(r, 500)); // a second email, if one were sent, lands too
  };
  return { escalatedCase, acknowledgedCase, post, deliverSms, answersOf, settled, toldToSponsor, sweepAt };
}
