import type { CaseRecord, CaseStatus, StoredAnalysis } from '../domain/feedback';

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
  /** Moves the case forward to `status` (never backwards). False if it is unknown or already there or beyond. */
  advanceStatus(caseKey: string, status: Exclude<CaseStatus, 'received' | 'analysed'>): Promise<boolean>;
  /** Publishes the sponsor's answer, which the employee reads with the case code. */
  publishResponse(caseKey: string, response: string): Promise<void>;
  /**
   * Marks the case as counted towards the pattern rule; false if it already
   * was (a redelivery or a keyed retry), so one person counts once.
   */
  claimPatternCount(caseKey: string): Promise<boolean>;
  /** The case, or undefined if unknown or past its retention. */
  findCase(caseKey: string): Promise<CaseRecord | undefined>;
}
