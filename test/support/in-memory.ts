import {
  CASE_STATUSES,
  type AnalysisMessage,
  type CaseRecord,
  type CaseStatus,
  type StoredAnalysis,
} from '../../shared/domain/feedback';
import type { Queue } from '../../shared/ports/queue';
import type { WeeklyContribution, WeeklyFigures } from '../../shared/domain/weekly-figures';
import type { CaseStore, SavedAnalysis } from '../../shared/ports/case-store';
import type { WeeklyFiguresStore } from '../../shared/ports/weekly-figures-store';

/** Fakes of the ports for fast unit tests of the app; the real adapters are tested against dynalite and local-aws-sqs. */
export class InMemoryCaseStore implements CaseStore {
  readonly cases = new Map<string, CaseRecord>();
  failWrites = false;

  async createCase(record: CaseRecord): Promise<boolean> {
    if (this.failWrites) throw new Error('table unavailable');
    if (this.cases.has(record.caseKey)) return false;
    this.cases.set(record.caseKey, structuredClone(record));
    return true;
  }
  async deleteCase(caseKey: string): Promise<void> {
    this.cases.delete(caseKey);
  }
  async saveAnalysis(caseKey: string, analysis: StoredAnalysis): Promise<SavedAnalysis | undefined> {
    const record = this.cases.get(caseKey);
    if (!record) return undefined;
    record.analysis ??= analysis; // the first analysis wins
    return { caseId: record.id, analysis: record.analysis };
  }
  async markAnalysed(caseKey: string): Promise<void> {
    const record = this.cases.get(caseKey);
    if (record?.status === 'received') record.status = 'analysed';
  }
  async advanceStatus(caseKey: string, status: CaseStatus): Promise<boolean> {
    const record = this.cases.get(caseKey);
    if (!record || CASE_STATUSES.indexOf(record.status) >= CASE_STATUSES.indexOf(status)) return false;
    record.status = status;
    return true;
  }
  async publishResponse(caseKey: string, response: string): Promise<void> {
    const record = this.cases.get(caseKey);
    if (record) Object.assign(record, { response, status: 'responded' });
  }
  /** Per case: the topics still to be counted towards the pattern rule. */
  private readonly patternPending = new Map<string, Set<string>>();
  async patternTopicsToCount(caseKey: string, topics: string[]): Promise<string[]> {
    if (!this.cases.has(caseKey)) return [];
    if (!this.patternPending.has(caseKey)) this.patternPending.set(caseKey, new Set(topics));
    return [...(this.patternPending.get(caseKey) ?? [])];
  }
  async patternTopicCounted(caseKey: string, topic: string): Promise<void> {
    this.patternPending.get(caseKey)?.delete(topic);
  }
  async findCase(caseKey: string): Promise<CaseRecord | undefined> {
    return this.cases.get(caseKey);
  }
}

export class InMemoryQueue implements Queue<AnalysisMessage> {
  readonly messages: AnalysisMessage[] = [];
  fail = false;
  async enqueue(message: AnalysisMessage): Promise<void> {
    if (this.fail) throw new Error('queue unavailable');
    // What SQS refuses, this refuses too, so tests see what AWS would do.
    if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(JSON.stringify(message))) {
      throw Object.assign(new Error('Invalid characters found'), { name: 'InvalidMessageContents' });
    }
    this.messages.push(message);
  }
}

/** Records contributions once per id; `read` is not needed by the unit tests that use it. */
export class InMemoryWeeklyFigures implements WeeklyFiguresStore {
  readonly contributions = new Map<string, WeeklyContribution>();
  async record(contributionId: string, contribution: WeeklyContribution): Promise<void> {
    if (!this.contributions.has(contributionId)) this.contributions.set(contributionId, contribution);
  }
  async read(week: string): Promise<WeeklyFigures> {
    throw new Error(`InMemoryWeeklyFigures.read(${week}) is not implemented; use the DynamoDB adapter`);
  }
}
