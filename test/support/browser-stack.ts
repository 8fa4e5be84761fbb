import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { lateBound } from './late-bound';
import { startTestStack, tempDataDir } from './local-stack';

export type TestStack = Awaited<ReturnType<typeof startTestStack>>;

/** A phone's viewport, the size the employee pages are checked at. */
export const PHONE = { width: 375, height: 740 };

/**
 * The local stack on a throwaway data directory and a headless Chromium, for
 * the browser tests of one `describe`: started before its tests, closed and
 * removed after. Call it inside the `describe`.
 * Both are handed out before the hooks start them (see lateBound): tests
 * write `stack.submit(…)` and `browser.newContext(…)` as if they held them.
 */
export function useBrowserAndStack(): { stack: TestStack; browser: Browser } {
  const dataDir = tempDataDir();
  let stack: TestStack | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    stack = await startTestStack({ dataDir: dataDir.path });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    dataDir.remove();
  });
  return {
    stack: lateBound(() => stack, 'the test stack'),
    browser: lateBound(() => browser, 'the browser'),
  };
}
