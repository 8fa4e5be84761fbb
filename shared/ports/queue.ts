/**
 * Hands messages of one kind to the next stage: raw text to analysis,
 * escalations to the escalate stage, SMS erasures to the eraser. SQS on AWS
 * and locally, each queue with its DLQ.
 */
export interface Queue<T> {
  /**
   * Queues `message`. `delaySeconds` holds it back from its first delivery
   * (at most 900, SQS's limit); without it the message is delivered at once.
   */
  enqueue(message: T, options?: EnqueueOptions): Promise<void>;
}

export interface EnqueueOptions {
  delaySeconds?: number;
  /**
   * Who sent a report (`quiet-source.ts`: an SMS number, a kiosk, the web form at a site), read only by the
   * intake's lanes to count a source's urgent reports this hour; never queued, stored or logged.
   */
  source?: string;
}
