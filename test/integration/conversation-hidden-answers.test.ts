import { randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { guardTableAccess } from '../../local/table-access-guard';
import { DynamoDbCaseThread } from '../../shared/adapters/aws/dynamodb-case-thread';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { sponsorsReading, type Escalation, type EscalationMessage } from '../../shared/domain/escalation';
import type { AnalysisMessage } from '../../shared/domain/feedback';
import type { Email } from '../../shared/ports/mailer';
import type { Analysis } from '../../shared/ports/analyzer';
import type { AnalyseFeedbackDeps } from '../../shared/use-cases/analyse-feedback';
import { sponsorReadsThread } from '../../shared/use-cases/case-conversation';
import { notifyThreadAnswer } from '../../shared/use-cases/notify-thread-answer';
import { saveThreadAnswer } from '../../shared/use-cases/save-thread-answer';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { InMemoryCaseStore } from '../support/in-memory';
import { useDynalite } from '../support/dynalite';

// Issue 14, attacks 1 and 2, on dynalite under each function's grants. The
// answer joins the thread at analysis; the escalation stage moves the case
// around whomever it names only afterwards (another queue, another
// function). In between, the sponsor it names still holds the case. And what
// the answer changes on the escalation must not date it to the hour.

const week = '2026-W47';
const raisedAt = '2026-11-16T09:00:00.000Z';

/** A case held by the Plant 2 manager, raised on Monday, not yet acknowledged, not urgent. */
const heldByTheManager = (caseKey: string): Escalation => ({
  id: `case:${randomUUID()}`,
  reasons: ['urgent-topic'],
  caseKey,
  site: 'plant2',
  topics: ['workload'],
  urgentCategories: [],
  urgent: false,
  redactedText: 'The paint shop fire exit is blocked with pallets.',
  sponsorId: 'plant2-gm',
  level: 0,
  raisedAt,
  slaDueAt: '2026-11-19T09:00:00.000Z',
  status: 'raised',
  notifiedLevel: 0,
  audit: [{ at: raisedAt, event: 'raised', detail: 'for Lee Marsh (Plant 2 GM): urgent-topic' }],
});

describe('an answer naming whoever holds its case, on dynalite', () => {
  const tableName = 'hidden-answers';
  const { documents } = useDynalite(tableName);

  it('Should never show the answer, nor a "new answer" mark, to the sponsor it names while they still hold the case', async () => {
    // An odd moment of the day the answer is analysed: nothing may keep it.
    const clock = fixedClock('2026-11-18T15:37:12Z');
    const caseKey = randomUUID().replace(/-/g, '').repeat(2);
    const cases = new InMemoryCaseStore();
    await cases.createCase({
      id: randomUUID(),
      caseKey,
      channel: 'web',
      week,
      site: 'plant2',
      escalateRequested: false,
      status: 'escalated',
    });
    const queued: EscalationMessage[] = [];
    const deps = {
      config: exampleConfig,
      cases,
      clock,
      threads: new DynamoDbCaseThread(guardTableAccess(documents, 'analyze'), tableName, clock),
      // The escalation stage has not run yet: the notice waits on its queue.
      escalation: { queue: { enqueue: async (m: EscalationMessage) => void queued.push(m) }, detectUrgency: () => [] },
    } as unknown as AnalyseFeedbackDeps;
    const raw = 'Lee Marsh put the pallets there himself and laughed when I asked.';
    const message: AnalysisMessage = {
      id: randomUUID(),
      caseKey,
      channel: 'web',
      week,
      site: 'plant2',
      escalate: false,
      text: raw,
      threadAnswer: true,
    };
    const analysis = { redactedText: '[NAME] put the pallets there himself and laughed when I asked.' } as Analysis;
    const reading = { topicsOf: () => new Set<string>(), urgentCategoriesOf: () => [] };
    expect(await saveThreadAnswer(deps, message, analysis, reading)).toBe('saved');
    expect(queued.map((m) => m.namedSponsors)).toEqual([['plant2-gm']]);

    const sponsorSide = new DynamoDbCaseThread(guardTableAccess(documents, 'sponsor'), tableName, clock);
    const manager = sponsorsReading(exampleConfig, heldByTheManager(caseKey));
    expect(manager).toEqual(['plant2-gm']);
    expect((await sponsorSide.summary(caseKey)).newForSponsor).toBe(false);
    // An hour later, when the sweep has placed the answer in the thread: still never the manager's.
    clock.set('2026-11-18T16:05:00Z');
    await new DynamoDbCaseThread(guardTableAccess(documents, 'sweep'), tableName, clock).placeWaiting();
    expect(await sponsorReadsThread(sponsorSide, caseKey, manager)).toEqual([]);
    expect((await sponsorSide.summary(caseKey)).newForSponsor).toBe(false);
    // Whoever holds the case next reads it.
    expect((await sponsorSide.list(caseKey)).map((m) => m.text)).toEqual([analysis.redactedText]);
    const coo = sponsorsReading(exampleConfig, { sponsorId: 'coo', level: 0 });
    expect((await sponsorReadsThread(sponsorSide, caseKey, coo)).map((m) => m.text)).toEqual([analysis.redactedText]);
  });

  it('Should keep no time finer than the day for what the answer changes: history, deadline and open entry', async () => {
    const clock = fixedClock(raisedAt);
    const store = new DynamoDbEscalationStore(guardTableAccess(documents, 'escalate'), tableName, clock);
    const caseKey = randomUUID().replace(/-/g, '').repeat(2);
    const escalation = heldByTheManager(caseKey);
    expect(await store.create(escalation, new Date('2027-06-07T00:00:00Z'))).toBe(true);

    clock.set('2026-11-18T15:37:12Z');
    const sent: Email[] = [];
    const answer: EscalationMessage = {
      escalationId: escalation.id,
      threadAnswer: true,
      reasons: ['urgent-topic'],
      caseKey,
      week,
      site: 'plant2',
      topics: [],
      urgentCategories: ['safety'],
      redactedText: '[NAME] blocked the exit again and someone fell.',
      namedSponsors: ['plant2-gm'],
    };
    // Raised as not urgent: its thread says so, with the deadline to acknowledge (as the legal clock writes it).
    const threads = new DynamoDbCaseThread(guardTableAccess(documents, 'escalate'), tableName, clock);
    await threads.setDeadline(caseKey, 'acknowledge', '2026-11-24', new Date('2027-06-07T00:00:00Z'), false);
    const deps = {
      config: exampleConfig,
      escalations: store,
      routing: store,
      threads,
      cases: new InMemoryCaseStore(),
      mailer: { send: async (mail: Email) => void sent.push(mail) },
      clock,
      linkSigningKey: 'k'.repeat(32),
      publicUrl: 'https://feedback.example.com',
    };
    expect(await notifyThreadAnswer(deps, answer)).toBe(true);

    const after = (await store.get(escalation.id))!;
    expect(after.sponsorId).toBe('coo');
    expect(after.urgent).toBe(true);
    // The case is made urgent before it moves, so the new holder's deadline is the urgent one.
    expect(after.audit.filter((a) => a.event === 'rerouted' || a.event === 'made-urgent')).toEqual([
      expect.objectContaining({ event: 'made-urgent', at: '2026-11-18T00:00:00.000Z' }),
      expect.objectContaining({ event: 'rerouted', at: '2026-11-18T00:00:00.000Z' }),
    ]);
    // The new holder gets the full short deadline, counted from the end of the answer's day where the
    // installation is: 4 hours after midnight in Chicago (10 AM UTC), not the case's old one (9 AM UTC); never
    // from UTC's midnight, which in Chicago comes before the evening's answers are written.
    expect(after.slaDueAt).toBe('2026-11-19T10:00:00.000Z');
    expect(sent.map((m) => m.to)).toContainEqual(['coo@example.com']);
    // The employee's page then names the short time to acknowledge.
    expect((await threads.summary(caseKey)).urgent).toBe(true);

    // The operator's view: every stored byte. Nothing dates the answer to its hour (15:xx on the 18th).
    const items = (await documents.send(new ScanCommand({ TableName: tableName, ConsistentRead: true }))).Items ?? [];
    const stored = JSON.stringify(items);
    expect(stored).toContain('ESC_OPEN');
    expect(stored).not.toMatch(/2026-11-18T(?!00:00:00)/);
    expect(stored).not.toMatch(/T15:/);
  });
});
