import { useBrowserAndStack } from './browser-stack';
import type { TestStackOptions } from './test-stack';
import { useKiosks } from './kiosks';

/**
 * The kiosk browser tests' set-up: the local stack and Chromium (see
 * useBrowserAndStack), the kiosk registry on the stack's table, a way to
 * enrol a tablet as an operator would, and the kiosk cases a site received
 * (see useKiosks). Call it inside the `describe`; options (a known pepper,
 * say) go to the stack as they are.
 */
export function useKioskStack(options: TestStackOptions = {}) {
  const { stack, browser } = useBrowserAndStack(options);
  return { stack, browser, ...useKiosks(stack) };
}
