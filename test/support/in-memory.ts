import { randomUUID } from 'node:crypto';
import {
  CASE_STATUSES,
  type AnalysisMessage,
  type CaseRecord,
  type CaseStatus,
  type StoredAnalysis,
} from '../../shared/domain/feedback';
import type { EscalationMessage } from '../../shared/domain/escalation';
import type { PatternCounter } from '../../shared/ports/pattern-counter';
import type { Queue } from '../../shared/ports/queue';
import type { WeeklyContribution, WeeklyFigures } from '../../shared/domain/weekly-figures';
import type { CaseStore, PatternTakeOff, PatternTopicsToCount, SavedAnalysis } from '../../shared/ports/case-store';
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
  async markBeingPassedOn(caseKey: string): Promise<void> {
    const record = this.cases.get(caseKey);
    if (record) record.beingPassedOn = true;
  }
  async advanceStatus(caseKey: string, status: CaseStatus): Promise<boolean> {
    const record = this.cases.get(caseKey);
    if (!record || CASE_STATUSES.indexOf(record.status) >= CASE_STATUSES.indexOf(status)) return false;
    record.status = status;
    return true;
  }
  async passingOn(caseKey: string): Promise<boolean> {
    const record = this.cases.get(caseKey);
    if (record?.status !== 'escalated' && record?.status !== 'acknowledged') return false;
    record.status = 'forwarding';
    return true;
  }
  async publishResponse(caseKey: string, response: string): Promise<void> {
    const record = this.cases.get(caseKey);
    if (record) Object.assign(record, { response, status: 'responded' });
  }
  /** Per case: the topics still to be counted towards the pattern rule, all it is counted under, and its token. */
  private readonly patternPending = new Map<string, Set<string>>();
  private readonly patternCounted = new Map<string, { topics: string[]; token: string; takenOff: boolean }>();
  async patternTopicsToCount(caseKey: string, topics: string[]): Promise<PatternTopicsToCount> {
    if (!this.cases.has(caseKey)) return { topics: [] };
    if (!this.patternCounted.has(caseKey)) {
      this.patternCounted.set(caseKey, { topics, token: randomUUID(), takenOff: false });
      this.patternPending.set(caseKey, new Set(topics));
    }
    return { topics: [...(this.patternPending.get(caseKey) ?? [])], token: this.patternCounted.get(caseKey)!.token };
  }
  async patternTopicCounted(caseKey: string, topic: string): Promise<void> {
    this.patternPending.get(caseKey)?.delete(topic);
  }
  async patternTakeOff(caseKey: string): Promise<PatternTakeOff | undefined> {
    const record = this.cases.get(caseKey);
    if (!record) return undefined;
    const counted = this.patternCounted.get(caseKey);
    this.patternPending.delete(caseKey);
    if (!counted) {
      this.patternCounted.set(caseKey, { topics: [], token: randomUUID(), takenOff: true });
      return undefined;
    }
    const first = !counted.takenOff;
    counted.takenOff = true;
    if (!record.site) return undefined;
    return { site: record.site, week: record.week, topics: counted.topics, token: counted.token, first };
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

/** The pattern counter in memory, with the DynamoDB adapter's once-per-case tokens; one claim per site and topic. */
export class InMemoryPatternCounter implements PatternCounter {
  /** `held`: where patterns found are held for their release (the sweep's side is not modelled here). */
  constructor(readonly held: EscalationMessage[] = []) {}
  private readonly buckets = new Map<string, { count: number; cases: Set<string>; takenOff: Set<string> }>();
  private readonly sent = new Set<string>();
  private bucket(site: string, topic: string, week: string) {
    const key = `${site}|${topic}|${week}`;
    if (!this.buckets.has(key)) this.buckets.set(key, { count: 0, cases: new Set(), takenOff: new Set() });
    return this.buckets.get(key)!;
  }
  async add(site: string, topic: string, week: string, _expiresAt: Date, caseToken?: string): Promise<void> {
    const b = this.bucket(site, topic, week);
    if (caseToken === undefined) b.count += 1;
    else if (!b.cases.has(caseToken) && !b.takenOff.has(caseToken)) {
      b.cases.add(caseToken);
      b.count += 1;
    }
  }
  async remove(site: string, topic: string, week: string, _expiresAt: Date, caseToken?: string): Promise<void> {
    const b = this.bucket(site, topic, week);
    if (caseToken === undefined) {
      if (b.count > 0) b.count -= 1;
      return;
    }
    b.takenOff.add(caseToken);
    if (b.cases.delete(caseToken)) b.count -= 1;
  }
  async count(site: string, topic: string, weeks: string[]): Promise<number> {
    return weeks.reduce((n, week) => n + this.bucket(site, topic, week).count, 0);
  }
  private readonly windows = new Map<string, string>();
  async claim(site: string, topic: string): Promise<string | undefined> {
    const key = `${site}|${topic}`;
    if (this.sent.has(key)) return undefined;
    if (!this.windows.has(key)) this.windows.set(key, `w${this.windows.size + 1}`);
    return this.windows.get(key);
  }
  async markSent(site: string, topic: string): Promise<void> {
    this.sent.add(`${site}|${topic}`);
  }
  async hold(escalation: EscalationMessage): Promise<void> {
    if (!this.held.some((h) => h.escalationId === escalation.escalationId)) this.held.push(escalation);
  }
}
