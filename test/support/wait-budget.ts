import { TestRunner } from 'vitest';

/** Kept back from the test's own timeout, so a wait that runs out says what it was waiting for. */
const SAY_WHY_MS = 2_000;

/**
 * How long a poll may wait: `atLeast`, or longer when the running test has
 * more of its timeout left. On a loaded machine (2 cores, many runs) a step
 * that takes a second alone can take twenty; a poll with its own short
 * deadline failed there though the test's timeout had room to spare. In a
 * hook, or outside vitest's tests, it is `atLeast`.
 */
export function waitBudget(atLeast: number): number {
  const test = TestRunner.getCurrentTest();
  const started = test?.result?.startTime;
  if (!test?.timeout || started === undefined) return atLeast;
  return Math.max(atLeast, started + test.timeout - SAY_WHY_MS - Date.now());
}
