import { describe, expect, it } from 'vitest';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';

/**
 * A newcomer's "Check what will be removed" box sat flush on the "Your feedback" label under it, on a phone and a
 * laptop alike, so the label read as part of the box. It is now set apart from the form as the form's fields are
 * from each other, with and without JavaScript.
 */
describe('the check before sending, set apart from the form under it, in Chromium', () => {
  const { stack, browser } = useBrowserAndStack();

  it.each([
    { viewport: PHONE, javaScriptEnabled: true },
    { viewport: { width: 1280, height: 800 }, javaScriptEnabled: true },
    { viewport: PHONE, javaScriptEnabled: false },
  ])(
    'Should leave a gap between the box and the label "Your feedback" ($viewport.width px, JavaScript: $javaScriptEnabled)',
    async ({ viewport, javaScriptEnabled }) => {
      const context = await browser.newContext({ viewport, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(stack.urls.form);
      await page.getByLabel('Your feedback').fill('Ask Maria Lopez at 555-201-3344 about the broken microwave.');
      await page.getByRole('button', { name: 'Check what will be removed' }).click();
      await expect.poll(() => page.locator('#preview').textContent()).toContain('will be replaced by [NAME]');
      const box = (await page.locator('#preview').boundingBox())!;
      const label = (await page.locator('label[for="text"]').boundingBox())!;
      // At least the form's own gap between fields (1.1rem, about 17 px), not 0.
      expect(label.y - (box.y + box.height)).toBeGreaterThanOrEqual(16);
      await context.close();
    },
  );
});
