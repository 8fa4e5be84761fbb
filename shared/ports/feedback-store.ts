import type { CaseRecord, StoredAnalysis } from '../domain/feedback';

/** Where cases live (DynamoDB on AWS, dynalite locally). */
export interface FeedbackStore {
  /** Stores a new case; false if one with this key already exists (a retry). */
  createCase(record: CaseRecord, expiresAt: Date): Promise<boolean>;
  /** Removes a case that was never enqueued, so a failed submission leaves nothing behind. */
  deleteCase(caseKey: string): Promise<void>;
  /**
   * Records the analysis and moves the case to `analysed` unless it has
   * already moved further. Returns false when no such case exists.
   */
  saveAnalysis(caseKey: string, analysis: StoredAnalysis): Promise<boolean>;
  /** The case, or undefined if unknown or past its retention. */
  findCase(caseKey: string): Promise<CaseRecord | undefined>;
}
