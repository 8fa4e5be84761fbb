import { useBrowserAndStack } from './browser-stack';
import { useKiosks } from './kiosks';

/**
 * The kiosk browser tests' set-up: the local stack and Chromium (see
 * useBrowserAndStack), the kiosk registry on the stack's table, a way to
 * enrol a tablet as an operator would, and the kiosk cases a site received
 * (see useKiosks). Call it inside the `describe`.
 */
export function useKioskStack() {
  const { stack, browser } = useBrowserAndStack();
  return { stack, browser, ...useKiosks(stack) };
}
