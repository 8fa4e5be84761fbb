/**
 * Knows, from the local SQS stand-in's own bookkeeping, whether urgent work is waiting in this process: a message
 * sent to an urgent lane (an urgent report to analyse, an escalation to email) and not yet deleted, i.e. not yet done.
 *
 * Why the queue and not the pollers: on a process starved by a flood, the poller's next receive is itself a round trip
 * that waits its turn, so "a batch is in hand" comes seconds after the report was taken; the send is seen at once.
 *
 * A message that is never deleted (it failed every try and went to its dead-letter queue, or the stack stopped) stops
 * counting `COUNTS_AT_MOST_MS` after it was sent, so nothing stays "urgent" for ever. A redrive sends it again, and
 * it counts again.
 */
export const COUNTS_AT_MOST_MS = 120_000;

/** The lanes whose messages are urgent work: every escalation, and reports urgent in their words or ticked urgent. */
export const URGENT_LANES: ReadonlySet<string> = new Set([
  'analysis-priority',
  'analysis-marked',
  'escalation-priority',
  'escalation',
]);

export class UrgentWorkWatch {
  /** Message id → when it stops counting. */
  private readonly waiting = new Map<string, number>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** A message was accepted on `queueName`. */
  sent(queueName: string, messageId: string): void {
    if (URGENT_LANES.has(queueName)) this.waiting.set(messageId, this.now() + COUNTS_AT_MOST_MS);
  }

  /** A message was deleted: its work is done (whatever its queue). */
  deleted(messageId: string): void {
    this.waiting.delete(messageId);
  }

  /** Whether any urgent message is waiting or being worked on. */
  get pending(): boolean {
    const now = this.now();
    for (const [id, until] of this.waiting) {
      if (until > now) return true;
      this.waiting.delete(id);
    }
    return false;
  }
}
