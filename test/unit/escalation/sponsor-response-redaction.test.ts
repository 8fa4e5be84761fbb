import { describe, expect, it } from 'vitest';
import type { AuditEntry, Escalation } from '../../../shared/domain/escalation';
import { signLink } from '../../../shared/domain/signed-link';
import type { EscalationStore } from '../../../shared/ports/escalation-store';
import { respondToEscalation } from '../../../shared/use-cases/answer-escalation';
import { fixedClock } from '../../support/fixtures';
import { InMemoryCaseStore } from '../../support/in-memory';
import { raisedEscalation } from '../../support/raised-escalation';

/** Just enough of an escalation store for answering: get, acknowledge, respond. */
class AnsweringEscalations implements EscalationStore {
  constructor(readonly escalation: Escalation) {}
  async get(id: string) {
    return id === this.escalation.id ? this.escalation : undefined;
  }
  async acknowledge(_id: string, entry: AuditEntry) {
    this.escalation.status = 'acknowledged';
    this.escalation.audit.push(entry);
    return true;
  }
  async respond(_id: string, response: string, entry: AuditEntry) {
    Object.assign(this.escalation, { response, status: 'responded' });
    this.escalation.audit.push(entry);
  }
  async create(): Promise<boolean> {
    throw new Error('not used');
  }
  async markNotified(): Promise<boolean> {
    throw new Error('not used');
  }
  async addText(): Promise<boolean> {
    throw new Error('not used');
  }
  async listOpen(): Promise<Escalation[]> {
    throw new Error('not used');
  }
  async raiseLevel(): Promise<boolean> {
    throw new Error('not used');
  }
  async markReminded(): Promise<void> {
    throw new Error('not used');
  }
  async markPassedOnShown(): Promise<void> {
    throw new Error('not used');
  }
  async listUntold(): Promise<Escalation[]> {
    throw new Error('not used');
  }
  async listClosesToTell(): Promise<Escalation[]> {
    throw new Error('not used');
  }
  async closeTold(): Promise<void> {
    throw new Error('not used');
  }
  async passOnUntold(): Promise<boolean> {
    throw new Error('not used');
  }
}

describe("a sponsor's published response", () => {
  it.each([
    ['Contact Bob Jones at 555-123-4567', 'Contact [NAME] at [PHONE]'],
    [
      'Supervisor Kowalczyk has been moved; write to safety.lead@plant2.example.com',
      'Supervisor [NAME] has been moved; write to [EMAIL]',
    ],
    ['We fixed the guard on press 4 on Tuesday.', 'We fixed the guard on press 4 on Tuesday.'],
    // A bare web address of any kind: the employee would open it on their own phone (promise 2).
    [
      'Details of the fix are at press4-update.support, or PLANT-NEWS.CO.UK.',
      'Details of the fix are at [URL], or [URL].',
    ],
    ['The new rota is on indeed.com and rota.xn--p1ai:8443 now.', 'The new rota is on [URL] and [URL] now.'],
  ])('Should publish %j to the employee and keep it as %j', async (response, shown) => {
    const clock = fixedClock();
    const caseKey = 'a'.repeat(64);
    const cases = new InMemoryCaseStore();
    await cases.createCase({
      id: 'c1',
      caseKey,
      channel: 'web',
      week: '2026-W47',
      escalateRequested: false,
      status: 'escalated',
    });
    const escalation = raisedEscalation({
      id: 'e1',
      caseKey,
      urgentCategories: ['safety'],
      redactedText: 'The guard is missing',
      sponsorId: 's1',
      raisedAt: '2026-11-18T15:00:00.000Z',
      slaDueAt: '2026-11-19T15:00:00.000Z',
    });
    const escalations = new AnsweringEscalations(escalation);
    const key = 'k'.repeat(64);
    const token = signLink({ subject: 'e1', expiresAt: Math.floor(clock.now().getTime() / 1000) + 3600 }, key);

    await respondToEscalation({ escalations, cases, clock, linkSigningKey: key }, token, response);

    expect((await cases.findCase(caseKey))?.response).toBe(shown);
    expect(escalations.escalation.response).toBe(shown);
  });
});
