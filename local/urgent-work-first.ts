import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/**
 * Urgent work before a flood, in the one process the local stack runs in.
 *
 * Why: locally, analysis and escalation share this process with every request the app answers, and each report
 * they raise takes dozens of round trips to the stand-ins (SQS, dynalite, the outbox), each waiting its turn behind
 * whatever requests came in meanwhile. Under a flood of redaction previews (8 clients, about 100 ms of CPU each on a
 * loaded laptop) a turn took about a second, and 10 urgent reports sent together were not all emailed 4 minutes
 * later (they were, in 2 s, unflooded). On AWS analysis and escalation run in Lambdas of their own, so nothing there
 * waits behind the intake's requests.
 *
 * While an urgent report is being analysed or escalated (the priority lanes' pollers hold a batch), requests that are
 * not reports (previews, status pages, forms, sponsors' pages) wait before they are read, for at most
 * `HOLD_AT_MOST_MS`, so a page still answers, later. Reports themselves are never held: an urgent one must be taken.
 */
export const HOLD_AT_MOST_MS = 5_000;
/** How long the gate stays shut after the last urgent batch: an analysed report's escalation is picked up in that time. */
export const GRACE_MS = 300;

export class UrgentWork {
  private inHand = 0;
  private shutUntil = 0;
  private waiters: (() => void)[] = [];
  private reopen: NodeJS.Timeout | undefined;

  /** Marks an urgent batch in hand until the returned function is called. */
  begin(): () => void {
    this.inHand += 1;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.inHand -= 1;
      this.shutUntil = Date.now() + GRACE_MS;
      clearTimeout(this.reopen);
      this.reopen = setTimeout(() => this.release(), GRACE_MS);
      this.reopen.unref();
    };
  }

  /** Whether urgent work is in hand (or just was). */
  get busy(): boolean {
    return this.inHand > 0 || Date.now() < this.shutUntil;
  }

  /** Resolves once no urgent work is in hand, or after `atMostMs`. */
  whenClear(atMostMs: number): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, atMostMs);
      const waiter = () => done();
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.waiters.push(waiter);
    });
  }

  private release(): void {
    if (this.busy) return;
    this.waiters.splice(0).forEach((wake) => wake());
  }
}

/** The routes that take reports (as the API routes them): never held. */
const REPORT_PATHS = new Set(['/feedback', '/kiosk/feedback', '/sms/twilio']);

const isReport = (incoming: IncomingMessage) =>
  incoming.method === 'POST' && REPORT_PATHS.has((incoming.url ?? '').split('?')[0] ?? '');

/** Wraps the server's request listener: requests other than reports wait while urgent work is in hand. */
export function urgentWorkFirst(listener: RequestListener, work: UrgentWork): RequestListener {
  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    if (!work.busy || isReport(incoming)) return listener(incoming, outgoing);
    void work.whenClear(HOLD_AT_MOST_MS).then(() => listener(incoming, outgoing));
  };
}
