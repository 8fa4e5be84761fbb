import type { ProviderMessageEraser } from '../../ports/provider-message-eraser';

export const TWILIO_API_URL = 'https://api.twilio.com';

/** Twilio's error code for "Cannot delete this resource before it is complete". */
export const TWILIO_NOT_DELETABLE_YET = 20009;

/**
 * Twilio answered something other than "deleted" or "not found". Names the
 * HTTP status and Twilio's error code only: never the message SID, which
 * Twilio can match to a phone number.
 */
export class TwilioApiError extends Error {
  constructor(
    readonly status: number,
    readonly twilioCode: number | undefined,
  ) {
    super(
      twilioCode === TWILIO_NOT_DELETABLE_YET
        ? 'Twilio cannot delete the message yet (error 20009); it will be tried again'
        : `Twilio answered HTTP ${status}${twilioCode ? ` (error ${twilioCode})` : ''} to a message deletion`,
    );
    this.name = twilioCode === TWILIO_NOT_DELETABLE_YET ? 'MessageNotDeletableYetError' : 'TwilioApiError';
  }
}

export interface TwilioMessageEraserOptions {
  /** The account's auth token, or a function that fetches it (cached) from Secrets Manager. */
  authToken: string | (() => Promise<string>);
  /** @default 'https://api.twilio.com' (tests point it at a local stand-in) */
  apiUrl?: string;
  /** @default 10_000 */
  timeoutMs?: number;
}

/**
 * Deletes message records through Twilio's REST API
 * (`DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json`, HTTP basic
 * auth with the account SID and auth token). 204 is deleted; 404 is already
 * gone, which is what was wanted. A plain `fetch`: the `twilio` package's
 * REST client would add megabytes to the bundle for one call.
 */
export class TwilioMessageEraser implements ProviderMessageEraser {
  private readonly apiUrl: string;

  constructor(private readonly options: TwilioMessageEraserOptions) {
    this.apiUrl = (options.apiUrl ?? TWILIO_API_URL).replace(/\/+$/, '');
  }

  async erase(accountSid: string, messageSid: string): Promise<void> {
    const token = typeof this.options.authToken === 'string' ? this.options.authToken : await this.options.authToken();
    const url = `${this.apiUrl}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages/${encodeURIComponent(messageSid)}.json`;
    const res = await fetch(url, {
      method: 'DELETE',
      headers: {
        authorization: `Basic ${Buffer.from(`${accountSid}:${token}`).toString('base64')}`,
        accept: 'application/json',
      },
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      redirect: 'error',
    });
    if (res.status === 204 || res.status === 200 || res.status === 404) {
      await res.body?.cancel();
      return;
    }
    throw new TwilioApiError(res.status, await twilioCodeOf(res));
  }
}

/** The `code` of Twilio's JSON error body, if it has one. */
async function twilioCodeOf(res: Response): Promise<number | undefined> {
  try {
    const body: unknown = await res.json();
    if (typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'number') return body.code;
  } catch {
    // not JSON: the status alone says enough
  }
  return undefined;
}
