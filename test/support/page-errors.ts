import type { BrowserContext, Page } from 'playwright-core';

/**
 * Collects what a person would meet as a broken page in every tab the context
 * opens: console errors, uncaught script errors, and (with failedResponses)
 * any response the server answered with a 4xx or 5xx status.
 * The returned list fills as the test goes; assert it is empty at the end.
 */
export function watchPageErrors(context: BrowserContext, { failedResponses = false } = {}): string[] {
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    if (failedResponses)
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`${response.url()}: ${response.status()}`);
      });
  };
  context.on('page', watch);
  return errors;
}
