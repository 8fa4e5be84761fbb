import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoDbEscalationStore } from '../../../shared/adapters/aws/dynamodb-escalation-store';
import { fixedClock } from '../../support/fixtures';

/**
 * A table client that answers each request on a later turn of the event loop, as a service does, and notes
 * how many requests the caller had already seen answered when it made each one: on a cold Lambda each answer
 * waited for in a row is a network round trip.
 */
function tableOverTheNetwork() {
  const requests: { kind: string; pk?: unknown; answeredBefore: number }[] = [];
  let answered = 0;
  const client = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const values = command.input.ExpressionAttributeValues as Record<string, unknown> | undefined;
      requests.push({ kind: command.constructor.name, pk: values?.[':pk'], answeredBefore: answered });
      await new Promise((resolve) => setImmediate(resolve));
      answered += 1;
      return { Items: [], Responses: {} };
    },
  };
  return { client: client as unknown as DynamoDBDocumentClient, requests };
}

describe('the escalations a digest lists for a week', () => {
  it('Should read every UTC week a local week spans at once, not one after the other', async () => {
    const { client, requests } = tableOverTheNetwork();
    const store = new DynamoDbEscalationStore(client, 'table', fixedClock('2026-11-23T14:00:00Z'));
    // A week in Chicago: Monday 06:00 UTC to the next Monday 06:00 UTC, across two UTC weeks.
    const from = new Date('2026-11-16T06:00:00Z');
    const to = new Date('2026-11-23T06:00:00Z');
    await store.listRaisedBetween(from, to);
    await store.listRespondedBetween(from, to);
    const queries = requests.filter((r) => r.kind === 'QueryCommand');
    expect(queries.map((q) => q.pk)).toEqual([
      'ESCWEEK#2026-W47',
      'ESCWEEK#2026-W48',
      'ESCWEEK#2026-W47',
      'ESCWEEK#2026-W48',
    ]);
    // Each list's two weeks went out before either was answered.
    expect(queries[0]!.answeredBefore).toBe(queries[1]!.answeredBefore);
    expect(queries[2]!.answeredBefore).toBe(queries[3]!.answeredBefore);
  });
});
