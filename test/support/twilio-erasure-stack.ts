import { afterAll, beforeAll, expect } from 'vitest';
import { lateBound } from './late-bound';
import { startTestStack, tempDataDir } from './local-stack';
import { ACCOUNT_SID, newMessageSid, repliesOf, signedTwilioRequest, statusCallbackFields, twilioFields } from './sms';
import type { TestStackOptions } from './test-stack';
import { startTwilioApiStandIn, type TwilioApiStandIn } from './twilio-api-stand-in';

/** The local stack's own Twilio auth token, fixed so that the stand-in checks the same one. */
export const AUTH_TOKEN = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

/** What the stack answered a text: its Twilio SID, the replies the phone shows, and the status URL they carry. */
export interface Answered {
  inbound: string;
  replies: string[];
  action?: string;
}

/**
 * The local stack erasing SMS exchanges at Twilio's API stand-in, for the
 * tests of one `describe` (call it inside it): no waiting a minute, nor
 * between retries, so the stand-in decides when a message may go. Options
 * (a config, rate limits, a logger) go to the stack as they are; a test that
 * writes its config beside the stack's data passes its own `dataDir`.
 */
export function useStackErasingAtTwilio(options: TestStackOptions = {}, dataDir = tempDataDir()) {
  let twilio: TwilioApiStandIn | undefined;
  let stack: Awaited<ReturnType<typeof startTestStack>> | undefined;

  beforeAll(async () => {
    twilio = await startTwilioApiStandIn({ [ACCOUNT_SID]: AUTH_TOKEN });
    stack = await startTestStack({
      ...options,
      dataDir: dataDir.path,
      env: { ...options.env, TWILIO_AUTH_TOKEN: AUTH_TOKEN },
      smsErasure: { twilioApiUrl: twilio.url, maxDelaySeconds: 0, retryBaseSeconds: 0 },
    });
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    await twilio?.close();
    dataDir.remove();
  });

  const boundStack = lateBound(() => stack, 'the local stack');
  const boundTwilio = lateBound(() => twilio, "Twilio's API stand-in");

  /**
   * Texts the stack as Twilio would (signed with the stack's token), the text in Twilio's log meanwhile,
   * still in progress for `inProgressFor` deletions.
   */
  async function text(
    body: string,
    { from, inProgressFor = 0 }: { from?: string; inProgressFor?: number } = {},
  ): Promise<Answered> {
    const inbound = newMessageSid();
    boundTwilio.holdMessage(ACCOUNT_SID, inbound, { body, inProgressFor });
    const fields = twilioFields({
      Body: body,
      ...(from ? { From: from } : {}),
      MessageSid: inbound,
      SmsSid: inbound,
      SmsMessageSid: inbound,
    });
    const url = boundStack.urls.smsTwilio;
    const res = await fetch(url, signedTwilioRequest(fields, { url, token: AUTH_TOKEN }));
    expect(res.status).toBe(200);
    const xml = await res.clone().text();
    return {
      inbound,
      replies: await repliesOf(res),
      action: /<Message action="([^"]+)" method="POST">/.exec(xml)?.[1]?.replace(/&amp;/g, '&'),
    };
  }

  /** Twilio reporting the reply's status to the URL the reply carried, signed with `token`. */
  const report = (action: string, reply: string, status: string, token = AUTH_TOKEN) =>
    fetch(
      action,
      signedTwilioRequest(statusCallbackFields({ MessageSid: reply, MessageStatus: status }), { url: action, token }),
    );

  return { stack: boundStack, twilio: boundTwilio, text, report };
}

/** Waits until `done`, as the erasure queue works in the background. */
export async function until(what: string, done: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`not ${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
