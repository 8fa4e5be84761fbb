import { afterAll, beforeAll } from 'vitest';
import { lateBound } from './late-bound';
import { startTestStack, tempDataDir } from './local-stack';

export type TestStack = Awaited<ReturnType<typeof startTestStack>>;
export type TestStackOptions = Omit<NonNullable<Parameters<typeof startTestStack>[0]>, 'dataDir'>;

/**
 * The local stack on a throwaway data directory for the tests of one
 * `describe`: started before its tests, stopped and removed after. Call it
 * inside the `describe`. Options (a fixed clock, say) go to the stack as they
 * are. The stack is handed out before the hook starts it (see lateBound).
 * A test that reads what the stack keeps there (its secrets, say) passes
 * its own `dataDir`; it is removed all the same.
 */
export function useTestStack(options: TestStackOptions = {}, dataDir = tempDataDir()): TestStack {
  let stack: TestStack | undefined;
  beforeAll(async () => {
    stack = await startTestStack({ ...options, dataDir: dataDir.path });
  });
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });
  return lateBound(() => stack, 'the test stack');
}
