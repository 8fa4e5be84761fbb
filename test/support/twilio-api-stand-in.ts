import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { close, listen } from '../../local/listen';

/** A message record as Twilio's log keeps it, and how many deletions it refuses before it is complete. */
interface StoredMessage {
  accountSid: string;
  from: string;
  to: string;
  body: string;
  refusalsLeft: number;
}

const MESSAGE_PATH = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/Messages\/([A-Z]{2}[0-9a-f]{32})\.json$/;

/**
 * The part of Twilio's REST API that erases messages, on 127.0.0.1:
 * `DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json` answers 204
 * and forgets the message, 404 (Twilio's error 20404) for one it does not
 * hold, and 409 with Twilio's error 20009 ("Cannot delete this resource
 * before it is complete") while the message is still in progress. Every
 * request must carry HTTP basic auth with the account SID and its auth
 * token, or gets 401 (error 20003), as Twilio answers.
 *
 * @example
 * const twilio = await startTwilioApiStandIn({ [ACCOUNT_SID]: TOKEN });
 * twilio.holdMessage(ACCOUNT_SID, sid, { inProgressFor: 2 });
 */
export async function startTwilioApiStandIn(authTokens: Record<string, string>) {
  const messages = new Map<string, StoredMessage>();
  const deleted: string[] = [];
  const requests: { method: string; path: string; status: number }[] = [];

  const answer = (res: ServerResponse, status: number, code?: number, message?: string) => {
    if (code === undefined) {
      res.writeHead(status);
      return res.end();
    }
    res.writeHead(status, { 'content-type': 'application/json' });
    return res.end(JSON.stringify({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }));
  };

  const authorised = (req: IncomingMessage, accountSid: string) => {
    const [scheme, encoded = ''] = String(req.headers.authorization ?? '').split(' ');
    if (scheme !== 'Basic') return false;
    const [user, ...rest] = Buffer.from(encoded, 'base64').toString('utf8').split(':');
    return user === accountSid && authTokens[accountSid] !== undefined && rest.join(':') === authTokens[accountSid];
  };

  const handle = (req: IncomingMessage, res: ServerResponse): ServerResponse => {
    const path = new URL(req.url ?? '/', 'http://twilio').pathname;
    const match = MESSAGE_PATH.exec(path);
    if (!match) return answer(res, 404, 20404, 'The requested resource was not found');
    const [, accountSid, sid] = match as unknown as [string, string, string];
    if (!authorised(req, accountSid)) return answer(res, 401, 20003, 'Authenticate');
    if (req.method !== 'DELETE') return answer(res, 405, 20004, 'Method not allowed');
    const message = messages.get(sid);
    if (!message || message.accountSid !== accountSid)
      return answer(res, 404, 20404, `The requested resource ${path} was not found`);
    if (message.refusalsLeft > 0) {
      message.refusalsLeft -= 1;
      return answer(res, 409, 20009, 'Cannot delete this resource before it is complete');
    }
    messages.delete(sid);
    deleted.push(sid);
    return answer(res, 204);
  };

  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      handle(req, res);
      requests.push({
        method: req.method ?? '',
        path: new URL(req.url ?? '/', 'http://twilio').pathname,
        status: res.statusCode,
      });
    });
  });
  const url = await listen(server, 0);
  return {
    url,
    /** Every request received, in order, with the status it was answered. */
    requests,
    /** The SIDs deleted, in order. */
    deleted,
    /** Puts a message in the account's log; it refuses `inProgressFor` deletions first. */
    holdMessage(
      accountSid: string,
      sid: string,
      { inProgressFor = 0, from = '+15557340982', to = '+15550100001', body = 'a text' } = {},
    ) {
      messages.set(sid, { accountSid, from, to, body, refusalsLeft: inProgressFor });
    },
    /** Whether the log still holds the message. */
    holds: (sid: string) => messages.has(sid),
    close: () => close(server),
  };
}

export type TwilioApiStandIn = Awaited<ReturnType<typeof startTwilioApiStandIn>>;
