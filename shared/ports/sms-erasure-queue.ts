import type { SmsErasureJob } from '../domain/sms-erasure';

/** Schedules the erasure of an SMS exchange from the provider (SQS on AWS and locally); never done on the request path. */
export interface SmsErasureQueue {
  /** Queues `job`, to be tried no sooner than `delaySeconds` from now (at most 900). */
  schedule(job: SmsErasureJob, delaySeconds: number): Promise<void>;
}
