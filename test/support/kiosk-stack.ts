import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { systemClock } from '../../shared/ports/clock';
import { enrolKiosk } from '../../shared/use-cases/enrol-kiosk';
import { useBrowserAndStack } from './browser-stack';
import { lateBound } from './late-bound';

/**
 * The kiosk browser tests' set-up: the local stack and Chromium (see
 * useBrowserAndStack), the kiosk registry on the stack's table, a way to
 * enrol a tablet as an operator would, and the kiosk cases a site received.
 * Call it inside the `describe`.
 */
export function useKioskStack() {
  const { stack, browser } = useBrowserAndStack();
  let documents: ReturnType<typeof localDocuments> | undefined;
  let registry: DynamoDbKioskRegistry | undefined;
  beforeAll(() => {
    documents = localDocuments(stack.urls.dynamodb);
    registry = new DynamoDbKioskRegistry(documents, stack.tableName, systemClock);
  });
  afterAll(() => documents?.destroy());

  const kiosks = lateBound(() => registry, 'the kiosk registry');
  return {
    stack,
    browser,
    kiosks,
    /** Enrols a tablet the way the operator's command does. */
    enrol: (kiosk: Parameters<typeof enrolKiosk>[1]) =>
      enrolKiosk({ kiosks, config: stack.config, clock: systemClock }, kiosk),
    /** The cases the kiosk at this site has stored so far. */
    kioskCases: async (site: string) =>
      (
        (
          await lateBound(() => documents, 'the table client').send(
            new ScanCommand({ TableName: stack.tableName, ConsistentRead: true }),
          )
        ).Items ?? []
      ).filter((item) => item.type === 'case' && item.channel === 'kiosk' && item.site === site),
  };
}
