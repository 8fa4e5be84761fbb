import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';
import { watchPageErrors } from '../support/page-errors';

/**
 * What a newcomer met on the employee's pages from a fresh clone: the case's
 * page named its code in the tab's title, which a browser keeps in its
 * history beside the visit's time; pressing Enter in the code box after a
 * mistyped code showed the case in Spanish; and "your answer was sent" did
 * not say that the leader receives it only when the hour is over.
 */
describe('the employee pages, as a keyboard user and a browser history see them', () => {
  const { stack, browser } = useBrowserAndStack();

  /** Every entry of the tab's history, address and title, as Chromium keeps it (what a history sync sends). */
  async function historyOf(page: Page): Promise<{ url: string; title: string }[]> {
    const cdp = await page.context().newCDPSession(page);
    const { entries } = (await cdp.send('Page.getNavigationHistory')) as { entries: { url: string; title: string }[] };
    await cdp.detach();
    return entries.map(({ url, title }) => ({ url, title }));
  }

  it('Should keep the case code out of every title the history keeps, in each language, while the page still shows it', async () => {
    const { caseCode } = await stack.submit({
      text: 'The emergency shower at dock 3 has no water',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');

    const context = await browser.newContext({ viewport: PHONE });
    const errors = watchPageErrors(context, { failedResponses: true });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/status`);
    await page.getByLabel('Case code').fill(caseCode);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Case ${caseCode}`);
    // Shown in place (the page's script), the tab keeps the title of the page opened; never one naming the case.
    const titles = new Set(['Your case · Listening Post', 'Check a case · Listening Post']);
    expect(titles).toContain(await page.title());

    await page.getByLabel('Your message').fill('Since Monday, and the eyewash is dry too.');
    await page.getByRole('button', { name: 'Send message' }).click();
    // An urgent case nobody has acknowledged yet: the answer went to the leader now, and the page says so.
    await expect
      .poll(() => page.getByText('Your message was sent').textContent())
      .toContain('it has been sent to them now');

    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Caso ${caseCode}`);
    expect(await page.title()).not.toContain(caseCode);
    await page.getByRole('button', { name: 'Français' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Cas ${caseCode}`);
    expect(await page.title()).not.toContain(caseCode);
    expect(await axeViolations(page)).toEqual([]);

    const history = await historyOf(page);
    expect(history.length).toBeGreaterThanOrEqual(1);
    for (const entry of history) {
      expect(entry.url).not.toContain(caseCode);
      expect(entry.title).not.toContain(caseCode);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Should look the case up in the page’s own language when Enter is pressed in the code box, even after a mistyped code', async () => {
    const { caseCode } = await stack.submit({ text: 'The canteen closes too early for the night shift' });
    const context = await browser.newContext({ viewport: PHONE });
    const errors = watchPageErrors(context, { failedResponses: true });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/status`);

    // A typo first: the page says so and keeps what was typed, its language switch now part of the form.
    const box = page.getByLabel('Case code');
    await box.focus();
    await page.keyboard.type('7KQ4M-XW9TZ');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('No case has that code');
    expect(await page.getByRole('button', { name: 'Español' }).count()).toBe(1);

    // Corrected by keyboard alone, Enter opens the case, in English still.
    await box.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(caseCode.toLowerCase());
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Case ${caseCode}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // The switch's buttons still change the language, carrying the typed code; Tab never stops on a hidden button.
    await page.goto(`${stack.urls.app}/status?lang=es`);
    await page.getByLabel('Código de caso').fill('7KQ4M-XW9TZ');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Ningún caso');
    await page.getByLabel('Código de caso').focus();
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift+Tab');
      stops.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(stops).toEqual(['Français', 'English', 'Ir al contenido']);
    await page.getByRole('button', { name: 'Français' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.getByLabel('Code de cas').inputValue()).toBe('7KQ4M-XW9TZ');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
