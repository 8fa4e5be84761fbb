import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
// Only the webhook helper (a few KB, Node built-ins only), never the `twilio`
// package's index, which pulls the whole REST client (~3.75 MB) into the bundle.
import { validateRequest } from 'twilio/lib/webhooks/webhooks';
import { ForbiddenError, ServiceUnavailableError } from '../../../shared/errors';
import { parseForm, readText } from '../middleware/read-body';
import type { SmsChannelDeps } from '../deps';

const FORM = 'application/x-www-form-urlencoded';

/**
 * Whether a Content-Type is the one Twilio signs: a form, in UTF-8 if a
 * charset is named. Twilio's signature covers the URL and the form's fields
 * only, so a body of any other type could carry a valid signature copied from
 * a real form post while its content says something else.
 */
function isTwilioForm(contentType: string | undefined): boolean {
  const [essence = '', ...parameters] = (contentType ?? '').split(';');
  if (essence.trim().toLowerCase() !== FORM) return false;
  return parameters.every((p) => {
    const [name = '', value = ''] = p.split('=');
    if (name.trim().toLowerCase() !== 'charset') return true;
    return ['utf-8', 'utf8'].includes(
      value
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .toLowerCase(),
    );
  });
}

/**
 * The door of Twilio's webhooks: before a byte of the body is read or parsed,
 * a request (they are mounted on POST) that is not a UTF-8 form carrying an
 * `X-Twilio-Signature`, or whose body is larger than Twilio ever sends,
 * gets 403. Only Twilio calls these routes, so nothing else deserves an
 * answer in words (a TwiML 200 would tell a prober it got through).
 */
export function twilioFormsOnly(maxBytes: number): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ForbiddenError(
        'This request is larger than anything Twilio sends, so its X-Twilio-Signature was not checked',
      );
    },
  });
  return async function signedFormsOnly(c, next) {
    if (!isTwilioForm(c.req.header('content-type')) || !c.req.header('x-twilio-signature'))
      throw new ForbiddenError(
        'Only form posts signed by Twilio (X-Twilio-Signature) are taken here; this request is not one',
      );
    return limit(c, next);
  };
}

/**
 * What every field name Twilio sends looks like (`Body`, `MediaUrl0`, `AddOns`): letters and digits. Its
 * signature covers the names and values run together, so the split between them can be moved while the
 * signature still holds: `Body=All good. ` and a field named `Danger: the gas valve…`. A name with a space
 * or punctuation is such a forgery, never Twilio; no list of Twilio's names is kept, so a field it adds
 * tomorrow is still taken.
 */
const TWILIO_FIELD_NAME = /^[A-Za-z0-9]{1,128}$/;

/**
 * The form's fields as Twilio signed them: every field, repeated ones as arrays. A field name Twilio never
 * sends is refused (403), as a bad signature is, before the signature is checked.
 */
export async function readSignedForm(c: Context, maxBytes: number): Promise<Record<string, string | string[]>> {
  const fields = new Map<string, string[]>();
  for (const [name, value] of parseForm(await readText(c, maxBytes))) {
    if (!TWILIO_FIELD_NAME.test(name))
      throw new ForbiddenError('This request has a field name Twilio never sends, so it is not a request from Twilio');
    fields.set(name, [...(fields.get(name) ?? []), value]);
  }
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
