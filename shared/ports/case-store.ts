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
  /**
   * Notes that an escalation was queued for the case: its employee reads it as being passed on from now,
   * whatever its status says until the escalation stage moves it (`CaseRecord.beingPassedOn`). The status
   * itself is left alone: a case takes answers only once its escalation exists. Nothing for an unknown case.
   */
  markBeingPassedOn(caseKey: string): Promise<void>;
  /** Moves the case forward to `status` (never backwards). False if it is unknown or already there or beyond. */
  advanceStatus(caseKey: string, status: Exclude<CaseStatus, 'received' | 'analysed'>): Promise<boolean>;
  /**
   * A case with a senior leader (`escalated`) goes back to being passed on (`forwarding`): it changed hands
   * and whoever holds it now has not been told yet. So does an acknowledged one that waits to be acknowledged
   * again (urgent, handed over: `reawaitsAcknowledgement`); the caller asks only then. False otherwise.
   */
  passingOn(caseKey: string): Promise<boolean>;
  /** Publishes the sponsor's answer, which the employee reads with the case code. */
  publishResponse(caseKey: string, response: string): Promise<void>;
  /**
   * Which of these topics the case is still to be counted under for the
   * pattern rule, and the case's token to count them with. The first call
   * marks them all as to count (so one person counts once, however often the
   * message is delivered), and keeps them as the topics the case is counted
   * under; `patternTopicCounted` takes each off once counted. A retry after a
   * failure half-way gets back those not yet counted, with the same token (so
   * the counter counts a topic once even if the crash came between the two).
   * Empty for a case that does not exist, or one taken off (`patternTakeOff`).
   */
  patternTopicsToCount(caseKey: string, topics: string[]): Promise<PatternTopicsToCount>;
  /** The case has been counted under this topic for the pattern rule. */
  patternTopicCounted(caseKey: string, topic: string): Promise<void>;
  /**
   * The case goes around a sponsor: it is never counted for the pattern rule from now on, and this says
   * which counts to take it off (the same on every call, so a retry takes off what a crash left).
   * Undefined for a case never counted, or unknown.
   */
  patternTakeOff(caseKey: string): Promise<PatternTakeOff | undefined>;
  /** The case, or undefined if unknown or past its retention. */
  findCase(caseKey: string): Promise<CaseRecord | undefined>;
}

/** The topics a case is still to be counted under, and the random token it is counted with (none for a case counted before tokens). */
export interface PatternTopicsToCount {
  topics: string[];
  token?: string;
}

/** The counts a case is to be taken off: its site, week and topics, with its token (none for a case counted before tokens). */
export interface PatternTakeOff {
  site: string;
  week: string;
  topics: string[];
  token?: string;
  /** Whether this call took it off the pattern rule (a count without a token may be taken off by that call alone). */
  first: boolean;
}
