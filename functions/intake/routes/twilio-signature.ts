import type { Context } from 'hono';
// Only the webhook helper (a few KB, Node built-ins only), never the `twilio`
// package's index, which pulls the whole REST client (~3.75 MB) into the bundle.
import { validateRequest } from 'twilio/lib/webhooks/webhooks';
import { ForbiddenError, ServiceUnavailableError } from '../../../shared/errors';
import { parseForm, readText } from '../middleware/read-body';
import type { SmsChannelDeps } from '../deps';

/** The form's fields as Twilio signed them: every field, repeated ones as arrays. */
export async function readSignedForm(c: Context, maxBytes: number): Promise<Record<string, string | string[]>> {
  const fields = new Map<string, string[]>();
  for (const [name, value] of parseForm(await readText(c, maxBytes)))
    fields.set(name, [...(fields.get(name) ?? []), value]);
  // fromEntries defines own properties, so a field named __proto__ stays a field.
  return Object.fromEntries([...fields].map(([name, values]) => [name, values.length === 1 ? values[0]! : values]));
}

/** Where Twilio is told to call us: the public URL, or else the origin the request came in on, without a trailing `/`. */
export function publicBaseOf(sms: SmsChannelDeps, requestUrl: string): string {
  return (sms.publicUrl || new URL(requestUrl).origin).replace(/\/+$/, '');
}

/**
 * Refuses with 403 a request whose `X-Twilio-Signature` is missing or does
 * not match `fields` posted to `path` (and the query string as received)
 * under the public URL; 503 when the auth token cannot be read just now.
 */
export async function verifyTwilioSignature(
  c: Context,
  sms: SmsChannelDeps,
  path: string,
  fields: Record<string, string | string[]>,
): Promise<void> {
  let authToken: string;
  try {
    authToken = typeof sms.twilioAuthToken === 'string' ? sms.twilioAuthToken : await sms.twilioAuthToken();
  } catch (cause) {
    throw new ServiceUnavailableError('SMS is unavailable just now', { cause });
  }
  const signature = c.req.header('x-twilio-signature');
  const url = `${publicBaseOf(sms, c.req.url)}${path}${new URL(c.req.url).search}`;
  // validateRequest tries the URL with and without the default port (:443), as Twilio may sign either.
  if (!signature || !validateRequest(authToken, signature, url, fields)) {
    throw new ForbiddenError('X-Twilio-Signature is missing or does not match this request');
  }
}
