import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/**
 * Wraps the local server's request listener so that a response sent before
 * the client finished sending its body (a 413 for a body over the limit, the
 * 403 Twilio's routes give an oversized form, a 415 refused unread) says
 * `Connection: close` and the connection ends after it.
 *
 * Why: the refused body's remaining bytes are still on their way. Left on a
 * keep-alive connection, they are either read as the start of the next
 * request, or the stream is torn down under it (hono's body limit cancels the
 * read, which destroys the socket): the next request on that connection could
 * be stored while its answer never arrived, so the person retries or gives up
 * not knowing their report went in. With `Connection: close` the client opens
 * a fresh connection for its next request, whose answer always arrives.
 *
 * "Before it finished" means before the app read the body to its end, not
 * only before every byte arrived: a refused body that did arrive whole is
 * still unread, and hono's node adapter drains it after the response with a
 * 500 ms limit, past which it destroys the socket. On a busy machine that
 * limit passes before the drain starts, so a keep-alive answer was followed
 * by a dropped connection and the next report's answer was lost.
 *
 * The rest of the refused body is still read and thrown away (Node reads an
 * unread body out when the response ends) so that closing does not reset the
 * connection before the client has read the refusal.
 */
export function closeAfterUnreadBody(listener: RequestListener): RequestListener {
  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const writeHead = outgoing.writeHead;
    // hono's node adapter writes the status and headers in one writeHead call, after the app decided.
    outgoing.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      if (bodyLeftUnread(incoming) && !outgoing.headersSent) outgoing.setHeader('connection', 'close');
      return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
    } as ServerResponse['writeHead'];
    return listener(incoming, outgoing);
  };
}

/** A request that may carry a body (not GET or HEAD) whose body the app has not read to its end. */
function bodyLeftUnread(incoming: IncomingMessage): boolean {
  if (incoming.method === 'GET' || incoming.method === 'HEAD') return false;
  return !incoming.complete || !incoming.readableEnded;
}
