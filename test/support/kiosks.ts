import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { systemClock } from '../../shared/ports/clock';
import { enrolKiosk } from '../../shared/use-cases/enrol-kiosk';
import { lateBound } from './late-bound';
import type { TestStack } from './test-stack';

/**
 * The kiosk registry on a test stack's table, a way to enrol a tablet as an
 * operator would, and what the table holds, for the tests of one `describe`.
 * Call it inside the `describe`, after the stack's own `use…`, so its client
 * is closed before the stack stops.
 */
export function useKiosks(stack: TestStack) {
  let documents: ReturnType<typeof localDocuments> | undefined;
  let registry: DynamoDbKioskRegistry | undefined;
  beforeAll(() => {
    documents = localDocuments(stack.urls.dynamodb);
    registry = new DynamoDbKioskRegistry(documents, stack.tableName, systemClock);
  });
  afterAll(() => documents?.destroy());

  const kiosks = lateBound(() => registry, 'the kiosk registry');
  const table = lateBound(() => documents, 'the table client');
  /** Every item of the stack's table, as an operator reads it. */
  const scan = async () =>
    (await table.send(new ScanCommand({ TableName: stack.tableName, ConsistentRead: true }))).Items ?? [];
  return {
    kiosks,
    /** Enrols a tablet the way the operator's command does: its link's `code`, and (for tests only) the token the link gives. */
    enrol: (kiosk: Parameters<typeof enrolKiosk>[1]) =>
      enrolKiosk({ kiosks, config: stack.config, clock: systemClock }, kiosk),
    scan,
    /** The cases the kiosk at this site has stored so far. */
    kioskCases: async (site: string) =>
      (await scan()).filter((item) => item.type === 'case' && item.channel === 'kiosk' && item.site === site),
  };
}

/** A POST with a kiosk's token, as the kiosk page sends it; without one, as anyone else would. */
export const postAsKiosk = (url: string, token: string | undefined, body: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
