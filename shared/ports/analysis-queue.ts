import type { AnalysisMessage } from '../domain/feedback';

/** Hands raw text to the analysis stage (SQS on AWS and locally). */
export interface AnalysisQueue {
  enqueue(message: AnalysisMessage): Promise<void>;
}
