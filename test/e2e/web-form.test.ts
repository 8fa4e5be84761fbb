import { describe, expect, it } from 'vitest';
import { axeViolations, launchChromium } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';

describe('the web form in a real browser', () => {
  const { stack, browser } = useBrowserAndStack();

  it('Should take feedback on a phone with JavaScript off, show a case code, and then show it analysed', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    await page.getByLabel('Your feedback').fill('The break room on the night shift needs a second microwave.');
    await page.getByLabel('Where do you work?').selectOption({ label: 'Plant 2' });
    await page.getByLabel('What is it about?').selectOption({ label: 'Facilities and equipment' });
    await page.getByRole('button', { name: 'Send anonymously' }).click();

    await expect.poll(() => page.locator('h1').textContent()).toBe('Thank you, we have it');
    const caseCode = (await page.locator('#case-code').textContent())!.trim();
    expect(caseCode).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    // Nothing on the page is wider than the phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await stack.waitForStatus(caseCode, 'analysed');
    await page.getByRole('button', { name: 'See the status of this case' }).click();
    await expect.poll(() => page.locator('.status').textContent()).toContain('Read and sorted by topic');
    await context.close();
  });

  it('Should keep what was typed and say what is wrong when the feedback is empty', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    await page.getByLabel('Where do you work?').selectOption({ label: 'Headquarters' });
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Write your feedback in the box before sending it.');
    expect(await page.getByLabel('Where do you work?').inputValue()).toBe('hq');
    expect(await page.getByLabel('Your feedback').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it('Should let someone look a case up by typing its code', async () => {
    const { caseCode } = await stack.submit({ text: 'Lookup test' });
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(stack.urls.status);
    await page.getByLabel('Case code').fill(caseCode.toLowerCase().replace('-', ' '));
    await page.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Case ${caseCode}`);
    await context.close();
  });

  it.each([
    ['the form', '/'],
    ['the status lookup', '/status'],
    ['an unknown case', '/status/AAAAA-BBBBB'],
  ])('Should have no axe violations on %s, at phone and desktop widths', async (_name, path) => {
    for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
      const context = await browser.newContext({ viewport, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${stack.urls.app}${path}`);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('Should have no axe violations on the confirmation, a case page and a form with errors', async () => {
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await page.getByRole('alert').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Your feedback').fill('Accessible confirmation please');
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await page.locator('#case-code').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'See the status of this case' }).click();
    await page.locator('.status').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the accessibility check itself', () => {
  it('Should catch a form field without a label', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(
        '<!doctype html><html lang="en"><head><title>t</title></head><body><main><input type="text"></main></body></html>',
      );
      expect((await axeViolations(page)).map((v) => v.id)).toContain('label');
    } finally {
      await browser.close();
    }
  });
});
