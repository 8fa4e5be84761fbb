import { waitBudget } from './wait-budget';

export { type OutboxEmail, outbox } from '../../local/outbox';

/**
 * Polls `probe` until it returns something, as a person refreshing a page would: for `timeoutMs`, or for as much
 * of the test's own timeout as is left, whichever is longer (see waitBudget).
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + waitBudget(timeoutMs);
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
