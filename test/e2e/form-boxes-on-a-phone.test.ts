import { describe, expect, it } from 'vitest';
import { useBrowserAndStack } from '../support/browser-stack';

/**
 * Newcomer in Chromium: on a 360 px phone the "This is about my management"
 * box put its hint in a third column beside its label, which then stood one
 * word a line (French split "hiérarch|ie"). Each box's label takes the row
 * beside its box, and a hint goes underneath.
 */
describe('the form’s tick boxes on a 360 px phone', () => {
  const { stack, browser } = useBrowserAndStack();

  it.each(['en', 'es', 'fr'])(
    'Should keep each label beside its box and its hint under it, in %s',
    async (language) => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(`${stack.urls.form}?lang=${language}`);
      const form = await page.locator('form').first().boundingBox();
      for (const id of ['escalate', 'aboutManagement']) {
        const box = await page.locator(`#${id}`).boundingBox();
        const label = await page.locator(`label[for="${id}"]`).boundingBox();
        expect(box && label && form).toBeTruthy();
        // Beside its box, using the rest of the row (not a narrow column of single words).
        expect(label!.x).toBeGreaterThan(box!.x + box!.width - 1);
        expect(label!.x + label!.width).toBeGreaterThan(form!.x + form!.width * 0.8);
      }
      const label = await page.locator('label[for="aboutManagement"]').boundingBox();
      const hint = await page.locator('#aboutManagement-hint').boundingBox();
      expect(hint!.y).toBeGreaterThanOrEqual(label!.y + label!.height - 1);
      await context.close();
    },
  );
});
