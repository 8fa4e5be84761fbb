import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { lateBound } from './late-bound';
import { type TestStack, type TestStackOptions, useTestStack } from './test-stack';

export type { TestStack } from './test-stack';

/** A phone's viewport, the size the employee pages are checked at. */
export const PHONE = { width: 375, height: 740 };

/**
 * The local stack on a throwaway data directory (see useTestStack) and a
 * headless Chromium, for the browser tests of one `describe`: started before
 * its tests, closed and removed after. Call it inside the `describe`.
 * Both are handed out before the hooks start them (see lateBound): tests
 * write `stack.submit(…)` and `browser.newContext(…)` as if they held them.
 * Options (a fixed clock, say) go to the stack as they are.
 */
export function useBrowserAndStack(options: TestStackOptions = {}): { stack: TestStack; browser: Browser } {
  const stack = useTestStack(options);
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  // Hooks after all run in reverse: the browser closes before the stack stops.
  afterAll(async () => {
    await browser?.close();
  });
  return { stack, browser: lateBound(() => browser, 'the browser') };
}
