import { describe, expect, it } from 'vitest';
import { waitFor } from '../../support/outbox';
import { waitBudget } from '../../support/wait-budget';

// CI runs on a loaded machine: a poll that gave up at its own short deadline failed tests whose timeout had room.
describe('how long a test’s poll waits', () => {
  it('Should wait past its own deadline while the test has time left, and still give up naming what it waited for', {
    timeout: 5_000,
  }, async () => {
    expect(waitBudget(500)).toBeGreaterThan(2_000);
    expect(waitBudget(500)).toBeLessThanOrEqual(5_000);
    const ready = Date.now() + 1_500;
    expect(await waitFor('a slow answer', async () => (Date.now() > ready ? 'here' : undefined), 200)).toBe('here');
    // Once the test's time is spent, the poll's own deadline is all that is left.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, waitBudget(0))));
    await expect(waitFor('an answer that never comes', async () => undefined, 300)).rejects.toThrow(
      'timed out waiting for an answer that never comes',
    );
  });
});
