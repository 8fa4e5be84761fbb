import type { CaseRecord, CaseStatus, StoredAnalysis } from '../domain/feedback';

/** What a case holds after `saveAnalysis`: its id (which counts it once in figures) and its first analysis. */
export interface SavedAnalysis {
  caseId: string;
  analysis: StoredAnalysis;
}

/** Where cases live (DynamoDB on AWS, dynalite locally). */
export interface CaseStore {
  /** Stores a new case; false if one with this key already exists (a retry). */
  createCase(record: CaseRecord, expiresAt: Date): Promise<boolean>;
  /** Removes a case that was never enqueued, so a failed submission leaves nothing behind. */
  deleteCase(caseKey: string): Promise<void>;
  /**
   * Records the case's analysis unless it already has one: the first analysis
   * stored is never overwritten, whatever arrives later for the same case.
   * Returns the analysis the case now holds (the first) and the case's id,
   * or undefined when no such case exists. The status is left alone.
   */
  saveAnalysis(caseKey: string, analysis: StoredAnalysis): Promise<SavedAnalysis | undefined>;
  /** Moves the case from `received` to `analysed`, once everything the analysis owes it is done; never backwards. */
  markAnalysed(caseKey: string): Promise<void>;
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
