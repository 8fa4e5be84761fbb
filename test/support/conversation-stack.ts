import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { loadLocalSecrets } from '../../local/local-secrets';
import { fixedClock, json } from './fixtures';
import { tempDataDir } from './local-stack';
import { outbox, waitFor, type OutboxEmail } from './outbox';
import { PLANT2_NUMBER, repliesOf, signedTwilioRequest, twilioFields } from './sms';
import { type TestStack, type TestStackOptions, useTestStack } from './test-stack';

/** The link of `kind` in a sponsor's email: the case's own page (`ack`) or the sponsor's case desk (`desk`). */
export const linkIn = (email: OutboxEmail, kind: 'ack' | 'desk' = 'ack') =>
  email.body.text!.match(new RegExp(`(http://127\\.0\\.0\\.1:\\d+/${kind}/[\\w.-]+)`))![1]!;

/** The cases a desk page lists, as the paths of their pages, in the desk's order. */
export const caseLinksIn = (page: string) =>
  [...page.matchAll(/href="(\/desk\/[\w.-]+\/case\/[^"]+)"/g)].map((m) => m[1]!);

/** What the employee's status page says of a case, as its JSON. */
export interface EmployeeView {
  status: string;
  messages: { from: string; text: string; day: string; waiting?: boolean }[];
  newMessages: boolean;
  canAnswer: boolean;
  acknowledgeBy?: string;
  feedbackBy?: string;
}

export interface ConversationStackOptions extends Omit<TestStackOptions, 'clock' | 'configPath'> {
  /** Where the stack's clock starts; tests move it with `clock.set`. */
  at?: string;
  /** Changes to the example configuration (a time zone, say) the stack runs with. */
  config?: Record<string, unknown>;
}

/**
 * The local stack for one `describe` of a conversation between an employee
 * and the sponsors of their case, on a clock the tests move, with what those
 * tests do over and over: read the emails someone was sent, wait for one
 * about a case, answer as the employee, read what the employee reads.
 */
export function useConversationStack({
  at = '2026-11-18T15:00:00Z',
  config,
  ...options
}: ConversationStackOptions = {}) {
  const clock = fixedClock(at);
  const dataDir = tempDataDir();
  const configPath = config ? { configPath: configWith(config) } : {};
  const stack: TestStack = useTestStack({ ...options, clock, ...configPath }, dataDir);

  /** Every email sent to `address` so far, oldest first. */
  const emailsTo = async (address: string) =>
    (await outbox(stack.urls.outbox)).filter((e) => e.destination.to.includes(address));
  /** Waits for an email to `address` whose text matches `about`, among those sent after the first `after`. */
  const emailAbout = (address: string, about: RegExp, after = 0) =>
    waitFor(`the email to ${address} about ${about}`, async () =>
      (await emailsTo(address)).slice(after).find((e) => about.test(e.body.text ?? '')),
    );
  /** What the employee's status page says of the case. */
  const employeeView = async (caseCode: string) =>
    (await (
      await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'application/json' } })
    ).json()) as EmployeeView;
  /** Waits until the employee's page shows `count` messages (analysis has taken an answer), and returns it. */
  const threadOf = (caseCode: string, count: number) =>
    waitFor('the answer in the thread', async () => {
      const view = await employeeView(caseCode);
      return view.messages.length === count ? view : undefined;
    });
  /** Answers as the employee does from their status page. */
  const answer = (caseCode: string, text: string) =>
    fetch(`${stack.urls.app}/status/${caseCode}/messages`, json({ text }));

  /** Texts Plant 2's number as an employee's phone does, through Twilio's signed webhook: the replies it shows. */
  const text = async (body: string) => {
    const token = loadLocalSecrets(dataDir.path, {}).TWILIO_AUTH_TOKEN;
    const fields = twilioFields({ Body: body, To: PLANT2_NUMBER });
    const res = await fetch(stack.urls.smsTwilio, signedTwilioRequest(fields, { url: stack.urls.smsTwilio, token }));
    expect(res.status).toBe(200);
    return repliesOf(res);
  };

  return { stack, clock, dataDir: dataDir.path, emailsTo, emailAbout, employeeView, threadOf, answer, text };
}

/** The example configuration with `changes`, in a file removed after the `describe`. */
function configWith(changes: Record<string, unknown>): string {
  const dir = tempDataDir();
  afterAll(() => dir.remove());
  const example = JSON.parse(readFileSync('config/example.config.json', 'utf8')) as Record<string, unknown>;
  const path = join(dir.path, 'changed.config.json');
  writeFileSync(path, JSON.stringify({ ...example, ...changes }));
  return path;
}
