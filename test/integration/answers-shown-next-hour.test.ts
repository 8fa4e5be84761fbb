import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { startDynamoDb, type DynamoDbStandIn } from '../../local/dynamodb-stand-in';
import { guardTableAccess } from '../../local/table-access-guard';
import { DynamoDbCaseThread } from '../../shared/adapters/aws/dynamodb-case-thread';
import { sponsorReadsThread, sponsorWrites } from '../../shared/use-cases/case-conversation';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { tempDataDir } from '../support/local-stack';

const expiry = new Date('2027-06-07T00:00:00Z');

/**
 * Issue 14 (attacker's report): a sponsor must not learn the minute an
 * employee answered. Answer emails wait for the hour's end; so do the
 * pages: the thread, the "new answer" mark and counts show an answer to
 * sponsors only from the start of the next hour. The employee sees it at once.
 */
describe('an employee’s answer reaches sponsors’ pages only from the next hour', () => {
  const dataDir = tempDataDir();
  const tableName = 'answers-next-hour';
  const clock = fixedClock('2026-11-18T15:37:12.345Z');
  let dynamodb: DynamoDbStandIn;
  let documents: ReturnType<typeof localDocuments>;
  let sponsorSide: DynamoDbCaseThread;
  let employeeSide: DynamoDbCaseThread;
  let analysis: DynamoDbCaseThread;

  beforeAll(async () => {
    dynamodb = await startDynamoDb({ port: 0, path: dataDir.path, tableName });
    documents = localDocuments(dynamodb.endpoint);
    sponsorSide = new DynamoDbCaseThread(guardTableAccess(documents, 'sponsor'), tableName, clock);
    employeeSide = new DynamoDbCaseThread(guardTableAccess(documents, 'intake'), tableName, clock);
    analysis = new DynamoDbCaseThread(guardTableAccess(documents, 'analyze'), tableName, clock);
  });
  afterAll(async () => {
    documents?.destroy();
    await dynamodb?.close();
    dataDir.remove();
  });

  it('Should hide the answer, its "new" mark and its count from sponsors until the hour is over, never from the employee', async () => {
    const key = 'a'.repeat(64);
    const answer = { from: 'employee' as const, text: 'The east door, by bay 3.', day: '2026-11-18' };
    await analysis.append(key, answer, expiry);
    // The employee reads their own answer at once.
    expect((await employeeSide.list(key)).map((m) => m.text)).toEqual([answer.text]);
    for (const at of ['2026-11-18T15:37:13Z', '2026-11-18T15:59:59.999Z']) {
      clock.set(at);
      expect(await sponsorReadsThread(sponsorSide, key, ['plant2-gm'], clock.now())).toEqual([]);
      expect((await sponsorSide.summary(key)).newForSponsor).toBe(false);
    }
    // A question written meanwhile is the sponsor's own: shown, and it does not mark the hidden answer read.
    await sponsorWrites(
      { threads: sponsorSide, clock, config: exampleConfig },
      { caseKey: key, raisedAt: '2026-11-16T09:00:00.000Z' },
      'Which door?',
      'plant2-gm',
    );
    expect((await sponsorReadsThread(sponsorSide, key, ['plant2-gm'], clock.now())).map((m) => m.text)).toEqual([
      'Which door?',
    ]);

    clock.set('2026-11-18T16:00:00Z');
    expect((await sponsorSide.summary(key)).newForSponsor).toBe(true);
    expect((await sponsorReadsThread(sponsorSide, key, ['plant2-gm'], clock.now())).map((m) => m.text)).toEqual([
      answer.text,
      'Which door?',
    ]);
    expect((await sponsorSide.summary(key)).newForSponsor).toBe(false);
  });

  it('Should keep an earlier hour’s unread answer marked "new" while a later one waits for its hour', async () => {
    const key = 'b'.repeat(64);
    clock.set('2026-11-18T15:10:00Z');
    await analysis.append(key, { from: 'employee', text: 'First', day: '2026-11-18' }, expiry);
    clock.set('2026-11-18T16:20:00Z');
    await analysis.append(key, { from: 'employee', text: 'Second', day: '2026-11-18' }, expiry);
    expect((await sponsorSide.summary(key)).newForSponsor).toBe(true);
    expect((await sponsorReadsThread(sponsorSide, key, ['plant2-gm'], clock.now())).map((m) => m.text)).toEqual([
      'First',
    ]);
    expect((await sponsorSide.summary(key)).newForSponsor).toBe(false);
    clock.set('2026-11-18T17:00:00Z');
    expect((await sponsorSide.summary(key)).newForSponsor).toBe(true);
    // Stored to the hour at most: the hour it is shown from.
    expect((await employeeSide.list(key)).map((m) => m.shownFrom)).toEqual([
      '2026-11-18T16:00:00.000Z',
      '2026-11-18T17:00:00.000Z',
    ]);
  });
});
