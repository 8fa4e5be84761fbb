import { describe, expect, it } from 'vitest';
import { emergencyLine } from '../../shared/domain/emergency';
import { LANGUAGES } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';
import { exampleConfig } from '../support/fixtures';

/**
 * The form held back on "Send" (an empty box, a text over the limit) or sent back by the server (a site no longer
 * listed) only said what to change: someone reporting danger who leaves at that point was never told nothing was
 * kept, nor where help comes at once. The problem box says both, in the page's language, with JavaScript and
 * without; "Check what will be removed" sends nothing and says neither.
 */
describe('a report held back or sent back at the form, in Chromium', () => {
  const { stack, browser } = useBrowserAndStack();

  it.each(LANGUAGES.flatMap((language) => [true, false].map((javaScriptEnabled) => ({ language, javaScriptEnabled }))))(
    'Should say in $language that it was NOT saved and whom to call (JavaScript: $javaScriptEnabled)',
    async ({ language, javaScriptEnabled }) => {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${stack.urls.form}?lang=${language}`);
      await page.locator('#feedback button[type=submit]:not([formaction])').click();
      const alert = page.locator('main .error-summary');
      await expect.poll(() => alert.textContent()).toContain(translate(language, 'report.notSaved'));
      const said = (await alert.textContent()) ?? '';
      expect(said).toContain(emergencyLine(exampleConfig, language));
      expect(said.split(translate(language, 'report.notSaved'))).toHaveLength(2);
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );

  it('Should not say "NOT saved" when only "Check what will be removed" was pressed', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    await page.getByRole('button', { name: 'Check what will be removed' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('then check what will be removed');
    expect(await page.locator('main .error-summary').textContent()).not.toContain('NOT saved');
    await context.close();
  });
});
