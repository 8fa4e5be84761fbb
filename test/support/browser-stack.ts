import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { startTestStack, tempDataDir } from './local-stack';

export type TestStack = Awaited<ReturnType<typeof startTestStack>>;

/** A phone's viewport, the size the employee pages are checked at. */
export const PHONE = { width: 375, height: 740 };

/**
 * The local stack on a throwaway data directory and a headless Chromium, for
 * the browser tests of one `describe`: started before its tests, closed and
 * removed after. Call it inside the `describe`.
 *
 * Both are handed out before they exist (the hooks start them), so each is a
 * stand-in that forwards to the real one: tests write `stack.submit(…)` and
 * `browser.newContext(…)` as if they held them.
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
    stack: forwardTo(() => stack, 'the test stack'),
    browser: forwardTo(() => browser, 'the browser'),
  };
}

function forwardTo<T extends object>(current: () => T | undefined, name: string): T {
  return new Proxy({} as T, {
    get(_, property) {
      const target = current();
      if (!target) throw new Error(`${name} is used before beforeAll started it`);
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
