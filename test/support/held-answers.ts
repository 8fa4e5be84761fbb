import type { LocalStack } from '../../local/start-local-stack';
import { waitFor } from './outbox';

/**
 * Waits until the escalation stage has held for its hour the ordinary answer holding `words` (a part
 * that redaction leaves as written): the thread shows an answer once analysis is done, the held notice
 * comes a queue later, and a test that moves its clock past the hour in between would hold the answer
 * under the next hour. Another answer's notice, held earlier, does not count.
 */
export async function waitUntilHeld(stack: Pick<LocalStack, 'waitingRoom'>, words: string): Promise<void> {
  await waitFor(
    `the answer "${words}" held for its hour`,
    async () => stack.waitingRoom.notices().some((n) => n.answers.some((a) => a.includes(words))) || undefined,
  );
}
