import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/**
 * Locally, requests other than reports take turns while urgent work waits, so they never take more than about half
 * of this process's time.
 *
 * Why: the local stack analyses and escalates in the process that answers requests, and an urgent report makes
 * dozens of round trips to the in-process stand-ins (SQS, dynalite, the outbox) before its sponsor is emailed, each
 * one waiting for the event loop to come round. Each turn of the loop also serves every request that arrived
 * meanwhile: beside 8 clients posting redaction previews a turn took 2-4 s, and 10 urgent reports taken were not
 * emailed 150 s later (5-10 s unflooded). On AWS nothing of this happens: each Lambda answers one request at a time, and
 * analysis and escalation have Lambdas of their own.
 *
 * While urgent work waits (`isUrgentWorkWaiting`), a request that is not a report is read only when no other such
 * request is being answered, and after an answer the next waits as long as that answer took (at most
 * `REST_AT_MOST_MS`): the pages get every other slice of time, the urgent work the ones between, and a loop turn
 * holds one page's work, not eight. Nothing is shut: a page asked alone is read at once, so urgent work that only
 * waits (a throttled mail service's retries, a failed message's visibility timeout) holds up no one; beside a flood
 * it costs the pages at most half their pace, for as long as the message counts (`UrgentWorkWatch`). Reports
 * themselves are never made to wait: an urgent one must be taken, and a flood of calm ones would put every page in
 * single file.
 */
export const REST_AT_MOST_MS = 1_000;
/** An answer still going after this long (a slow client, a request that hangs) no longer keeps the next one out. */
export const TURN_AT_MOST_MS = 3_000;

/** The routes that take reports (as the API routes them): never made to wait. */
const REPORT_PATHS = new Set(['/feedback', '/kiosk/feedback', '/sms/twilio']);

const isReport = (incoming: IncomingMessage) =>
  incoming.method === 'POST' && REPORT_PATHS.has((incoming.url ?? '').split('?')[0] ?? '');

export function requestsTakeTurns(
  listener: RequestListener,
  isUrgentWorkWaiting: () => boolean,
  { restAtMostMs = REST_AT_MOST_MS, turnAtMostMs = TURN_AT_MOST_MS } = {},
): RequestListener {
  const now = () => performance.now();
  const queued: (() => void)[] = [];
  let answering = 0;
  let restUntil = 0;
  let wake: NodeJS.Timeout | undefined;

  const admit = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    // Its client gave up while it waited: nothing to answer, and its turn goes to the next.
    if (incoming.socket?.destroyed) return next();
    answering += 1;
    const started = now();
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      clearTimeout(overdue);
      answering -= 1;
      restUntil = Math.max(restUntil, now() + Math.min(now() - started, restAtMostMs));
      next();
    };
    const overdue = setTimeout(end, turnAtMostMs);
    overdue.unref();
    outgoing.once('close', end);
    listener(incoming, outgoing);
  };

  /** Reads the next waiting request once its turn has come. */
  const next = () => {
    if (queued.length === 0 || wake) return;
    if (!isUrgentWorkWaiting()) {
      // The urgent work is done: everything waiting is read, as before.
      for (const go of queued.splice(0)) go();
      return;
    }
    if (answering > 0) return; // the answer's end calls next()
    const wait = restUntil - now();
    if (wait > 0) {
      wake = setTimeout(() => {
        wake = undefined;
        next();
      }, wait);
      return;
    }
    queued.shift()?.();
  };

  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    if (isReport(incoming)) return listener(incoming, outgoing);
    if (queued.length === 0 && !isUrgentWorkWaiting()) return admit(incoming, outgoing);
    queued.push(() => admit(incoming, outgoing));
    next();
  };
}
