import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';

/** A text longer than the form takes, whose end (what matters most, often) a silent cut would lose. */
const LONG = `${'The loading bay door sticks and the night crew props it open with a pallet. '.repeat(26)}THE END: please fix it before winter.`;

describe('a text too long for the form, and leaving the receipt', () => {
  const { stack, browser } = useBrowserAndStack();

  it('Should keep a pasted text whole, count it, and refuse to send it until it is short enough', async () => {
    expect([...LONG].length).toBeGreaterThan(1600);
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    const box = page.getByLabel('Your feedback');
    await box.fill(LONG);
    // Nothing is cut: the end is still in the box, and the counter says by how much it is over.
    expect(await box.inputValue()).toBe(LONG);
    const counter = page.locator('#text-count');
    await expect.poll(() => counter.textContent()).toBe(`${[...LONG].length.toLocaleString('en')} of 1,600 characters`);
    expect(await counter.getAttribute('class')).toContain('over');

    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Your feedback is too long for one message');
    expect(await box.inputValue()).toBe(LONG);
    expect(await page.locator('#case-code').count()).toBe(0);

    // Shortened, it goes.
    await box.fill(LONG.slice(-200));
    await expect.poll(() => counter.getAttribute('class')).not.toContain('over');
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Thank you, we have it');
    await context.close();
  });

  it('Should show only the problem found now, not one the server found in an earlier try and that was put right', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    const box = page.getByLabel('Your feedback');
    await box.fill('... !!! ???');
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/no words/);
    await page.getByLabel('Your feedback').fill(LONG);
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('too long for one message');
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await page.locator('main').textContent()).not.toMatch(/no words/);
    expect(await page.getByLabel('Your feedback').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it('Should, without JavaScript, refuse a text too long with the whole text kept in the box', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    await page.getByLabel('Your feedback').fill(LONG);
    expect(await page.getByLabel('Your feedback').inputValue()).toBe(LONG);
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Your feedback is too long for one message');
    expect(await page.getByLabel('Your feedback').inputValue()).toContain('THE END: please fix it before winter.');
    await context.close();
  });

  it('Should ask before a reload loses a case code nobody has copied, and not once it is copied', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss(); // "Stay on this page"
    });
    await page.goto(stack.urls.form);
    await page.getByLabel('Your feedback').fill('The canteen fridge has been broken for a week.');
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await page.locator('#case-code').waitFor();
    const code = (await page.locator('#case-code').textContent())!.trim();

    await reloadAsAPersonWould(page);
    await expect.poll(() => asked).toEqual(['beforeunload']);
    expect((await page.locator('#case-code').textContent())!.trim()).toBe(code);

    await page.getByRole('button', { name: 'Copy the code' }).click();
    await expect.poll(() => page.locator('#copy-result').textContent()).not.toBe('');
    await reloadAsAPersonWould(page);
    await expect.poll(() => page.locator('h1').textContent()).not.toBe('Thank you, we have it');
    expect(asked).toEqual(['beforeunload']);
    expect(await page.locator('#case-code').count()).toBe(0);
    await context.close();
  });
});

/** A reload the page itself starts (as a person's F5 is): the browser asks the page's beforeunload first. */
async function reloadAsAPersonWould(page: Page) {
  await page.evaluate(() => {
    setTimeout(() => location.reload(), 0);
  });
  await page.waitForTimeout(1000);
}
