import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';

/**
 * "Check what will be removed" pressed on an empty form said "Write your feedback in the box before sending it.",
 * though that button sends nothing. It now says to write first and then check, with or without JavaScript; the
 * problem goes once something is typed, as the send button's does.
 */
describe('the empty form checked for what will be removed, in Chromium', () => {
  const { stack, browser } = useBrowserAndStack();
  const SAYS = 'Write your feedback in the box first, then check what will be removed.';

  it.each([{ javaScriptEnabled: true }, { javaScriptEnabled: false }])(
    'Should say to write first, not "before sending it" (JavaScript: $javaScriptEnabled)',
    async ({ javaScriptEnabled }) => {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(stack.urls.form);
      await page.getByRole('button', { name: 'Check what will be removed' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain(SAYS);
      expect(await page.locator('main').textContent()).not.toContain('before sending it');
      expect(await page.getByLabel('Your feedback').getAttribute('aria-invalid')).toBe('true');
      if (javaScriptEnabled) {
        expect(await axeViolations(page)).toEqual([]);
        await page.getByLabel('Your feedback').fill('The canteen closes too early for the night shift.');
        await expect.poll(() => page.locator('main .error-summary').count()).toBe(0);
        // Emptied again and sent: the send button's own words.
        await page.getByLabel('Your feedback').fill('');
        await page.getByRole('button', { name: 'Send anonymously' }).click();
        await expect
          .poll(() => page.getByRole('alert').textContent())
          .toContain('Write your feedback in the box before sending it.');
      }
      await context.close();
    },
  );
});
