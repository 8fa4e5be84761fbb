import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it } from 'vitest';
import { createSweepHandler } from '../../functions/sweep/handler';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbLegalClocks } from '../../shared/adapters/aws/dynamodb-legal-clocks';
import type { HeldPattern } from '../../shared/ports/held-patterns';
import type { LegalClocks } from '../../shared/ports/legal-clocks';
import type { Email } from '../../shared/ports/mailer';
import { InMemoryCaseStore } from '../support/in-memory';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { useDynalite } from '../support/dynalite';

/**
 * The sweep's steps are independent: one whose listing fails (the table throttles that query) is
 * counted as failed, raising the operator's alarm, and the steps after it still run; a pattern due
 * for release is not held back by the legal clocks being unreadable.
 */

// Pay goes to its topic's sponsor, wherever it is raised.
const CHRO = 'chro@example.com';

describe('a sweep one of whose steps cannot read what it works on', () => {
  const { dynamodb } = useDynalite('sweep-steps');
  const clock = fixedClock('2026-11-18T09:05:00Z');

  it('Should still release the patterns due, and count the step that failed', async () => {
    const documents = localDocuments(dynamodb.endpoint);
    const clocks: LegalClocks = Object.create(new DynamoDbLegalClocks(documents, dynamodb.tableName, clock));
    clocks.dueBy = async () => {
      throw new Error('ProvisionedThroughputExceededException');
    };
    const pattern: HeldPattern = {
      releaseAt: '2026-11-18T09:00:00.000Z',
      escalation: {
        escalationId: 'pattern:plant2:pay:2026-W47',
        reasons: ['pattern'],
        week: '2026-W47',
        site: 'plant2',
        topics: ['pay'],
        urgentCategories: [],
        redactedText: '',
      },
    };
    const released: HeldPattern[] = [];
    const sent: Email[] = [];
    const sweep = createSweepHandler({
      config: exampleConfig,
      escalations: new DynamoDbEscalationStore(documents, dynamodb.tableName, clock),
      cases: new InMemoryCaseStore(),
      clocks,
      heldPatterns: {
        due: async () => (released.length ? [] : [pattern]),
        released: async (held) => void released.push(held),
      },
      mailer: { send: async (email) => void sent.push(email) },
      clock,
      linkSigningKey: 'k'.repeat(32),
      publicUrl: 'https://feedback.example.com',
      logger: new Logger({ logLevel: 'SILENT' }),
    });

    const summary = await sweep();

    expect(summary.failed).toBe(1);
    expect(released).toEqual([pattern]);
    expect(sent.map((e) => e.to)).toEqual([[CHRO]]);
  });
});
