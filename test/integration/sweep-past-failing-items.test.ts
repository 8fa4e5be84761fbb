import { describe, expect, it } from 'vitest';
import { DynamoDbHeldPatterns, holdPattern } from '../../shared/adapters/aws/dynamodb-held-patterns';
import type { EscalationMessage } from '../../shared/domain/escalation';
import type { Email } from '../../shared/ports/mailer';
import { releasePatterns } from '../../shared/use-cases/release-patterns';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { usePatternStores } from '../support/pattern-stores';

/**
 * A sweep step read at most 100 items, oldest first: 100 that keep failing (their email refused every
 * time: a sponsor's address the mail service rejects for those) sat first in line and the one behind them was never handled. Every item due is read now, on
 * dynalite, so the one behind is handled at the next sweep, while the failing ones raise the alarm.
 */

/** Each pattern email says when it was raised (its release): those of this day's release are refused. */
const POISONED_RELEASE = 'Raised: around Wednesday, November 18';

const pattern = (n: number, text: string): EscalationMessage => ({
  escalationId: `pattern:plant2:pay:${n}`,
  reasons: ['pattern'],
  week: '2026-W47',
  site: 'plant2',
  topics: ['pay'],
  urgentCategories: [],
  redactedText: text,
  pattern: { count: 5, windowDays: 7 },
});

describe('a sweep step behind items that keep failing, on dynalite', () => {
  const clock = fixedClock('2026-11-19T15:05:00.000Z');
  const { dynamodb, documents, cases, escalations } = usePatternStores('sweep-past-failing', clock);

  it('Should handle the good one behind 101 failing ones at the next sweep', { timeout: 120_000 }, async () => {
    for (let n = 0; n < 101; n += 1)
      await holdPattern(
        documents,
        dynamodb.tableName,
        pattern(n, 'Overtime pay is late again'),
        new Date('2026-11-18T15:00:00.000Z'),
      );
    await holdPattern(
      documents,
      dynamodb.tableName,
      pattern(999, 'Overtime pay is late again at Plant 2'),
      new Date('2026-11-19T15:00:00.000Z'),
    );
    const sent: Email[] = [];
    const result = await releasePatterns({
      config: exampleConfig,
      escalations,
      cases,
      clock,
      heldPatterns: new DynamoDbHeldPatterns(documents, dynamodb.tableName),
      linkSigningKey: 'k'.repeat(64),
      publicUrl: 'https://feedback.example.com',
      mailer: {
        send: async (email) => {
          if (email.text.includes(POISONED_RELEASE))
            throw Object.assign(new Error('refused'), { name: 'MessageRejected' });
          sent.push(email);
        },
      },
    });
    expect(sent.filter((e) => e.text.includes('Raised: around Thursday, November 19'))).toHaveLength(1);
    expect(result.failed).toBe(101);
    expect(result.released).toBe(1);
  });
});
