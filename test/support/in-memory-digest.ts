import type { Escalation } from '../../shared/domain/escalation';
import type { WeeklyContribution, WeeklyFigures } from '../../shared/domain/weekly-figures';
import type { Digest } from '../../shared/digest/model';
import { digestFileName, type DigestArchive, type DigestKey } from '../../shared/ports/digest-archive';
import type { DeliveryClaim, DigestDeliveries, DigestDelivery } from '../../shared/ports/digest-deliveries';
import type { DigestSnapshots } from '../../shared/ports/digest-snapshots';
import type { EscalationHistory } from '../../shared/ports/escalation-history';
import type { Email, Mailer } from '../../shared/ports/mailer';
import type { VerbatimCandidate, VerbatimCandidates } from '../../shared/ports/verbatim-candidates';
import type { WeeklyFiguresStore } from '../../shared/ports/weekly-figures-store';

/** Fakes of the digest's ports for unit tests of the use case, the Lambda entry and the CLI; the real adapters are tested on dynalite. */
export class InMemoryFigures implements WeeklyFiguresStore {
  readonly reads: string[] = [];
  constructor(private readonly weeks: ReadonlyMap<string, WeeklyFigures>) {}
  async record(_id: string, _c: WeeklyContribution): Promise<void> {
    throw new Error('not used by the digest');
  }
  async read(week: string): Promise<WeeklyFigures> {
    this.reads.push(week);
    return this.weeks.get(week) ?? { week, groups: [], topics: [], phrases: [] };
  }
}

export class InMemoryCandidates implements VerbatimCandidates {
  constructor(readonly candidates: VerbatimCandidate[] = []) {}
  async offer(candidate: VerbatimCandidate): Promise<void> {
    this.candidates.push(candidate);
  }
  async list(week: string): Promise<VerbatimCandidate[]> {
    return this.candidates.filter((c) => c.week === week);
  }
}

export class InMemoryEscalationHistory implements EscalationHistory {
  constructor(
    private readonly escalations: {
      raised: readonly Escalation[];
      responded: readonly Escalation[];
      overdueNow: readonly Escalation[];
    },
  ) {}
  async listRaisedBetween(from: Date, to: Date) {
    return this.escalations.raised.filter(
      (e) => Date.parse(e.raisedAt) >= from.getTime() && Date.parse(e.raisedAt) < to.getTime(),
    );
  }
  async listRespondedBetween(from: Date, to: Date) {
    return this.escalations.responded.filter(
      (e) => e.respondedAt && Date.parse(e.respondedAt) >= from.getTime() && Date.parse(e.respondedAt) < to.getTime(),
    );
  }
  async listOverdue(_now: Date, limit: number) {
    return this.escalations.overdueNow.slice(0, limit);
  }
  async get(id: string) {
    const { raised, responded, overdueNow } = this.escalations;
    return [...raised, ...responded, ...overdueNow].find((e) => e.id === id);
  }
}

export class InMemoryArchive implements DigestArchive {
  readonly files = new Map<string, Digest>();
  async put(key: DigestKey, digest: Digest): Promise<string> {
    this.files.set(digestFileName(key), structuredClone(digest));
    return `memory://${digestFileName(key)}`;
  }
  async get(key: DigestKey): Promise<Digest | undefined> {
    return this.files.get(digestFileName(key));
  }
}

export class RecordingMailer implements Mailer {
  readonly sent: Email[] = [];
  async send(email: Email): Promise<void> {
    this.sent.push(email);
  }
}

/** Frozen figures in memory, first write wins, as the DynamoDB adapter (tested on dynalite). */
export class InMemorySnapshots implements DigestSnapshots {
  readonly weeks = new Map<string, WeeklyFigures>();
  async read(weeks: readonly string[]): Promise<Map<string, WeeklyFigures>> {
    return new Map(weeks.filter((w) => this.weeks.has(w)).map((w) => [w, structuredClone(this.weeks.get(w)!)]));
  }
  async freeze(figures: WeeklyFigures): Promise<WeeklyFigures> {
    if (!this.weeks.has(figures.week)) this.weeks.set(figures.week, structuredClone(figures));
    return structuredClone(this.weeks.get(figures.week)!);
  }
}

/** The delivery records in memory, with the same conditional writes as the DynamoDB adapter (tested on dynalite). */
export class InMemoryDeliveries implements DigestDeliveries {
  readonly records = new Map<string, DigestDelivery>();
  private id = (c: DeliveryClaim) => `${c.week}#${c.audience}#${c.recipient.toLowerCase()}`;
  async list(week: string): Promise<DigestDelivery[]> {
    return [...this.records.values()].filter((d) => d.week === week).map((d) => ({ ...d }));
  }
  async claim(claim: DeliveryClaim, resendOf?: number): Promise<boolean> {
    const existing = this.records.get(this.id(claim));
    if (resendOf === undefined ? existing : existing?.sends !== resendOf) return false;
    this.records.set(this.id(claim), { ...claim, sends: (resendOf ?? 0) + 1, state: 'sending' });
    return true;
  }
  async takeOver(claim: DeliveryClaim, left: DigestDelivery): Promise<boolean> {
    const existing = this.records.get(this.id(claim));
    if (!existing || existing.state !== 'sending' || existing.run !== left.run || existing.sends !== left.sends)
      return false;
    this.records.set(this.id(claim), { ...existing, run: claim.run, sentInWeek: claim.sentInWeek });
    return true;
  }
  async confirm(claim: DeliveryClaim): Promise<void> {
    this.records.get(this.id(claim))!.state = 'sent';
  }
  async release(claim: DeliveryClaim): Promise<void> {
    const existing = this.records.get(this.id(claim));
    if (existing?.state !== 'sending' || existing.run !== claim.run) return;
    if (existing.sends > 1) this.records.set(this.id(claim), { ...existing, state: 'sent', sends: existing.sends - 1 });
    else this.records.delete(this.id(claim));
  }
}
