import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbCaseStore } from '../../shared/adapters/aws/dynamodb-case-store';
import { DynamoDbPatternCounter } from '../../shared/adapters/aws/dynamodb-pattern-counter';
import { DAY_MS } from '../../shared/domain/durations';
import type { AnalysisMessage } from '../../shared/domain/feedback';
import { isoWeekOf, isWeekBoundary, startOfIsoWeek } from '../../shared/domain/iso-week';
import { escalateIfNeeded } from '../../shared/use-cases/escalate-if-needed';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { useDynalite } from '../support/dynalite';

/*
 * Promise 3: nothing stored keeps a time finer than the ISO week. The
 * pattern rule counts per ISO week, so no key, expiry or attribute may say
 * more than the week: otherwise `expiresAt - window` is the second a
 * negative submission arrived, and a day bucket the day a lone one did.
 */
describe('the pattern counter on dynalite', () => {
  const { dynamodb } = useDynalite('pattern-expiry-test');

  // Odd moments of a week and its edges: Monday 00:00:00, Sunday 23:59:59, mid-week with seconds.
  const MOMENTS = [
    '2026-11-16T00:00:00Z',
    '2026-11-16T00:00:01Z',
    '2026-11-18T09:41:07Z',
    '2026-11-19T23:59:59Z',
    '2026-11-21T12:00:00Z',
    '2026-11-22T23:59:59Z',
    '2026-11-23T00:00:00Z',
    '2026-12-31T17:03:29Z',
  ];
  const WINDOWS = [1, 6, 7, 8, 14];

  it('Should write every expiry and time on a week boundary, every key by week, and keep each week for its whole window', async () => {
    // Prepare
    const documents = localDocuments(dynamodb.endpoint);
    const clock = fixedClock(MOMENTS[0]);
    const cases = new DynamoDbCaseStore(documents, dynamodb.tableName, clock);
    const patterns = new DynamoDbPatternCounter(documents, dynamodb.tableName);
    let n = 0;

    // Act: enough negative submissions at each moment, for each window, to raise and claim a pattern.
    for (const windowDays of WINDOWS) {
      const config = {
        ...exampleConfig,
        escalation: { ...exampleConfig.escalation, patternWindowDays: windowDays, patternThreshold: 2 },
      };
      for (const moment of MOMENTS) {
        clock.set(moment);
        for (let i = 0; i < 2; i += 1) {
          n += 1;
          const message: AnalysisMessage = {
            id: crypto.randomUUID(),
            caseKey: n.toString(16).padStart(64, 'a'),
            channel: 'web',
            week: isoWeekOf(clock.now(), 'UTC'),
            site: 'hq',
            escalate: false,
            text: '',
          };
          await cases.createCase(
            {
              id: message.id,
              caseKey: message.caseKey,
              channel: 'web',
              week: message.week,
              site: 'hq',
              escalateRequested: false,
              status: 'received',
            },
            new Date('2030-01-01'),
          );
          await escalateIfNeeded(
            { config, patterns, clock, cases, queue: { enqueue: async () => {} } },
            { message, sentiment: 'NEGATIVE', topics: [`pay-${windowDays}`], redactedText: '', urgentCategories: [] },
          );
        }
      }
    }

    // Assess
    const { Items = [] } = await documents.send(
      new ScanCommand({
        TableName: dynamodb.tableName,
        FilterExpression: 'begins_with(pk, :p)',
        ExpressionAttributeValues: { ':p': 'PATTERN#' },
      }),
    );
    const weeks = Items.filter((item) => String(item.sk).startsWith('WEEK#'));
    const claims = Items.filter((item) => item.sk === 'CLAIM');
    expect(weeks.length).toBeGreaterThan(0);
    expect(claims.length).toBe(WINDOWS.length);
    for (const item of Items) {
      const where = `${item.pk} ${item.sk} expiresAt=${item.expiresAt}`;
      expect(typeof item.expiresAt, where).toBe('number');
      expect(isWeekBoundary(new Date(Number(item.expiresAt) * 1000)), where).toBe(true);
      // A week, or one case's random token in a week: never a day or a time.
      expect(String(item.sk), where).toMatch(/^(WEEK#\d{4}-W\d{2}(#CASE#[\w-]+)?|CLAIM)$/);
      if (item.until !== undefined) expect(isWeekBoundary(new Date(String(item.until))), where).toBe(true);
    }
    for (const item of weeks) {
      const windowDays = Number(String(item.pk).split('pay-')[1]);
      const weekEnd = startOfIsoWeek(String(item.sk).split('#')[1]!).getTime() + 7 * DAY_MS;
      // Counted by every later week whose window reaches back to it, so it must outlive the last of them.
      expect(Number(item.expiresAt) * 1000, `${item.pk} ${item.sk}`).toBeGreaterThanOrEqual(
        weekEnd + windowDays * DAY_MS,
      );
    }
  });
});
