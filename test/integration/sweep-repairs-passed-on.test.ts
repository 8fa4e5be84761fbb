import { Logger } from '@aws-lambda-powertools/logger';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSweepHandler } from '../../functions/sweep/handler';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { caseKeyFor } from '../../shared/domain/case-code';
import type { Email } from '../../shared/ports/mailer';
import type { CaseStore } from '../../shared/ports/case-store';
import { raiseEscalation, type EscalationDeps } from '../../shared/use-cases/raise-escalation';
import { appWithFakes, exampleConfig, fixedClock, TEST_PEPPER } from '../support/fixtures';
import { raisedEscalation } from '../support/raised-escalation';
import { useDynalite } from '../support/dynalite';

/**
 * The sweep emails a case its holder was never told of (the mail service had refused it). If the case's
 * status cannot be written just then, the employee's page must not keep saying it "has not reached
 * them yet" for good: the next sweep finds the case emailed and its page behind, and moves it on.
 */

const GM = 'plant2-gm@example.com';

/** The case store, whose next write of "a senior leader has it" fails (the table throttled), once. */
function failingOnce(store: CaseStore): CaseStore & { armed: boolean } {
  const wrapped = Object.assign(Object.create(store) as CaseStore, { armed: true });
  wrapped.advanceStatus = async (caseKey, status) => {
    if (status === 'escalated' && wrapped.armed) {
      wrapped.armed = false;
      throw new Error('ProvisionedThroughputExceededException');
    }
    return store.advanceStatus(caseKey, status);
  };
  return wrapped;
}

/** The case store, counting its reads of a case (`findCase`), and failing the first "a senior leader has it" write of `crashAt`. */
function countingReads(store: CaseStore, crashAt: string): CaseStore & { reads: number } {
  const wrapped = Object.assign(Object.create(store) as CaseStore, { reads: 0 });
  let crashed = false;
  wrapped.findCase = async (caseKey) => {
    wrapped.reads += 1;
    return store.findCase(caseKey);
  };
  wrapped.advanceStatus = async (caseKey, status) => {
    // The process stops between the email and this write: nothing after the email runs.
    if (status === 'escalated' && caseKey === crashAt && !crashed) {
      crashed = true;
      throw new Error('the Lambda was stopped');
    }
    return store.advanceStatus(caseKey, status);
  };
  return wrapped;
}

describe('a case emailed by the sweep whose status could not be written', () => {
  const { dynamodb, documents } = useDynalite('sweep-repairs');
  let escalations: DynamoDbEscalationStore;
  const clock = fixedClock('2026-11-18T15:30:00Z');

  beforeAll(() => {
    escalations = new DynamoDbEscalationStore(documents, dynamodb.tableName, clock);
  });

  it('Should tell the employee at the next sweep that a senior leader has it', async () => {
    const { app, store } = appWithFakes({ clock });
    const submitted = await app.request('/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ text: 'The fire exit by the paint shop is blocked', site: 'plant2', escalate: true }),
    });
    const { caseCode } = (await submitted.json()) as { caseCode: string };
    const caseKey = caseKeyFor(caseCode, TEST_PEPPER);
    // Raised, its email refused every time: being passed on, its holder never told.
    await store.advanceStatus(caseKey, 'forwarding');
    await escalations.create(
      raisedEscalation({
        id: 'case:passed-on',
        caseKey,
        site: 'plant2',
        sponsorId: 'plant2-gm',
        raisedAt: '2026-11-18T15:00:00.000Z',
        slaDueAt: '2026-11-18T19:00:00.000Z',
        notifiedLevel: -1,
      }),
      new Date('2027-01-01T00:00:00Z'),
    );
    const sent: Email[] = [];
    const cases = failingOnce(store);
    const sweep = createSweepHandler({
      config: exampleConfig,
      escalations,
      cases,
      mailer: { send: async (email) => void sent.push(email) },
      clock,
      linkSigningKey: 'k'.repeat(32),
      publicUrl: 'https://feedback.example.com',
      logger: new Logger({ logLevel: 'SILENT' }),
    });
    const page = async () =>
      (await app.request(`/status/${caseCode}?lang=en`, { headers: { accept: 'text/html' } })).text();

    await sweep();
    expect(sent.filter((e) => e.to.includes(GM))).toHaveLength(1);
    expect(cases.armed).toBe(false);
    expect(await page()).toContain('It has not reached them yet');

    clock.set('2026-11-18T15:45:00Z');
    await sweep();
    const told = await page();
    expect(told).toContain('A senior leader has it');
    expect(told).not.toContain('It has not reached them yet');
    expect(sent.filter((e) => e.to.includes(GM))).toHaveLength(1);
  });

  it('Should read only the case whose status write was lost, however many emailed cases are open', async () => {
    clock.set('2026-11-18T16:00:00Z');
    const { app, store } = appWithFakes({ clock });
    const OPEN = 40;
    const caseKeys: string[] = [];
    const caseCodes: string[] = [];
    for (let i = 0; i < OPEN; i += 1) {
      const submitted = await app.request('/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ text: `The loading dock door ${i} sticks again`, site: 'plant2', escalate: true }),
      });
      const { caseCode } = (await submitted.json()) as { caseCode: string };
      caseCodes.push(caseCode);
      caseKeys.push(caseKeyFor(caseCode, TEST_PEPPER));
    }
    const crashed = caseKeys[17]!;
    const cases = countingReads(store, crashed);
    const sent: Email[] = [];
    const deps: EscalationDeps = {
      config: exampleConfig,
      escalations,
      cases,
      mailer: { send: async (email) => void sent.push(email) },
      clock,
      linkSigningKey: 'k'.repeat(32),
      publicUrl: 'https://feedback.example.com',
    };
    // Each raised and emailed as its queue message does; one stops after its email, before its case's status.
    for (const [i, caseKey] of caseKeys.entries()) {
      const raising = raiseEscalation(deps, {
        escalationId: `case:many-open-${i}`,
        reasons: ['requested'],
        caseKey,
        week: '2026-W47',
        site: 'plant2',
        topics: [],
        urgentCategories: [],
        redactedText: `The loading dock door ${i} sticks again`,
      });
      if (caseKey === crashed) await expect(raising).rejects.toThrow();
      else await raising;
    }
    expect(sent).toHaveLength(OPEN);
    const page = async (code: string) =>
      (await app.request(`/status/${code}?lang=en`, { headers: { accept: 'text/html' } })).text();
    expect(await page(caseCodes[17]!)).toContain('It has not reached them yet');

    const sweep = createSweepHandler({ ...deps, logger: new Logger({ logLevel: 'SILENT' }) });
    clock.set('2026-11-18T16:15:00Z');
    cases.reads = 0;
    await sweep();
    // One read: the case the crash left behind, not the 39 whose status was written.
    expect(cases.reads).toBe(1);
    expect(await page(caseCodes[17]!)).toContain('A senior leader has it');
    expect(sent).toHaveLength(OPEN);

    clock.set('2026-11-18T16:30:00Z');
    cases.reads = 0;
    await sweep();
    expect(cases.reads).toBe(0);
  });
});
