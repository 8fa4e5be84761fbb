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
   * Which of these topics the case is still to be counted under for the
   * pattern rule. The first call marks them all as to count (so one person
   * counts once, however often the message is delivered);
   * `patternTopicCounted` takes each off once counted. A retry after a
   * failure half-way gets back those not yet counted: a crash between
   * counting a topic and taking it off counts it twice, never not at all.
   * Empty for a case that does not exist.
   */
  patternTopicsToCount(caseKey: string, topics: string[]): Promise<string[]>;
  /** The case has been counted under this topic for the pattern rule. */
  patternTopicCounted(caseKey: string, topic: string): Promise<void>;
  /** The case, or undefined if unknown or past its retention. */
  findCase(caseKey: string): Promise<CaseRecord | undefined>;
}
