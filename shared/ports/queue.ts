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
  enqueue(message: T, options?: { delaySeconds?: number }): Promise<void>;
}
