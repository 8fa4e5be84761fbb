import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';

/**
 * A newcomer pressed "Check" on the case lookup before typing a code and nothing happened: the same empty form came
 * back without a word. Now the page says what to type, with or without JavaScript, and pressing Enter does too;
 * switching the language with the box empty still asks for nothing. A first fix put the page script's empty check
 * on the lookup and, with JavaScript on, no typed code was looked up any more (the button was named "action", which
 * hid the form's address from the script): a typed code, by the button and by Enter, is looked up here too.
 */
describe('the case lookup pressed with its box empty, in Chromium', () => {
  const { stack, browser } = useBrowserAndStack();
  const SAYS = 'Type your case code in the box: ten letters and digits, like 7KQ4M-XW9TR.';

  it.each([{ javaScriptEnabled: true }, { javaScriptEnabled: false }])(
    'Should say to type the code when Check is pressed with nothing typed (JavaScript: $javaScriptEnabled)',
    async ({ javaScriptEnabled }) => {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${stack.urls.app}/status`);
      await page.getByRole('button', { name: 'Check' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain(SAYS);
      expect(await page.getByLabel('Case code').getAttribute('aria-invalid')).toBe('true');
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );

  it('Should say it when Enter is pressed in the empty box too', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/status`);
    await page.getByLabel('Case code').press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(SAYS);
    await context.close();
  });

  it('Should switch the language of the empty lookup without a problem shown', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/status`);
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Consultar un caso');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('button', { name: 'Consultar' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Escriba su código de caso en la casilla');
    await context.close();
  });

  it.each([{ by: 'Check' }, { by: 'Enter' }])(
    'Should still look up a typed code with JavaScript on, pressed by $by',
    async ({ by }) => {
      const { caseCode } = await stack.submit({ text: 'The canteen coffee machine is broken again', site: 'plant2' });
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      await page.goto(`${stack.urls.app}/status`);
      await page.getByLabel('Case code').fill(caseCode);
      if (by === 'Enter') await page.getByLabel('Case code').press('Enter');
      else await page.getByRole('button', { name: 'Check' }).click();
      await expect.poll(() => page.locator('main').textContent()).toContain(caseCode);
      expect(await page.getByRole('alert').count()).toBe(0);
      await context.close();
    },
  );
});
