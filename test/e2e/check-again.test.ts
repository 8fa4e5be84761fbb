import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';
import { watchPageErrors } from '../support/page-errors';

/**
 * What a newcomer met (nc30): the case's page said "It will be read in a moment" and, after an answer, "it appears
 * here in a moment", but it never changed, and a reload brought back the empty form (the code is never in an
 * address): the only way to see the moment pass was to type the code again. Now "Check again" posts the code once
 * more and shows what is new; an answer on its way is still said to be on its way until it is in the conversation
 * (by "Check again" and by a switch of language alike), not gone from the page as if lost.
 */
describe('the case page checked again, as an employee waits on it', () => {
  const { stack, browser } = useBrowserAndStack();

  /** The receipt's "See the status of this case", from feedback sent on the form in `lang`. */
  async function sentAndOpened(page: Page, lang: string, text: string): Promise<void> {
    await page.goto(`${stack.urls.app}/?lang=${lang}`);
    await page.locator('#text').fill(text);
    await page.locator('form[action^="/feedback"] button[type=submit]').first().click();
    await page.locator('form[action^="/status"] button[type=submit]').first().click();
    await expect.poll(() => page.locator('main .status').count()).toBe(1);
  }

  it.each([
    ['en', true, 'Check again', 'Status: Received', 'Status: Read and sorted by topic'],
    ['fr', false, 'Vérifier à nouveau', 'État : bien arrivé', 'État : lu et classé par sujet'],
  ])(
    'Should show in %s (JavaScript %s) a report read since the page opened, once "%s" is pressed',
    async (lang, javaScriptEnabled, button, before, after) => {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
      const errors = watchPageErrors(context, { failedResponses: true });
      const page = await context.newPage();
      await stack.analysisPoller.stop();
      try {
        await sentAndOpened(page, lang, 'The vending machine on the second floor keeps eating coins.');
        expect(await page.locator('main .status').textContent()).toBe(before);
        const again = page.getByRole('button', { name: button });
        expect(await again.count()).toBe(1);
        if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      } finally {
        stack.analysisPoller.start();
      }
      const caseCode = (await page.locator('main h1').textContent())?.match(/[A-Z0-9]{5}-[A-Z0-9]{5}/)?.[0] ?? '';
      await stack.waitForStatus(caseCode, 'analysed');
      await page.getByRole('button', { name: button }).click();
      await expect.poll(() => page.locator('main .status').textContent()).toBe(after);
      // Read and counted: nothing more will come, so nothing to check again for.
      expect(await page.getByRole('button', { name: button }).count()).toBe(0);
      expect(page.url()).not.toContain(caseCode);
      expect(errors).toEqual([]);
      await context.close();
    },
    90_000,
  );

  it.each([
    [true, 'Check again'],
    [false, 'Check again'],
  ])(
    'Should keep saying an answer is on its way after "Check again" or a switch of language (JavaScript %s), until it shows',
    async (javaScriptEnabled, button) => {
      const { caseCode } = await stack.submit({
        text: 'The fire exit on line 4 is chained shut',
        site: 'plant2',
        escalate: true,
      });
      await stack.waitForStatus(caseCode, 'escalated');
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
      const errors = watchPageErrors(context, { failedResponses: true });
      const page = await context.newPage();
      await page.goto(`${stack.urls.app}/status`);
      await page.locator('#code').fill(caseCode);
      await page.locator('#lookup button[type=submit]').click();
      await expect.poll(() => page.locator('#answer').count()).toBe(1);
      const onItsWay = page.getByRole('status').filter({ hasText: /was sent|se envió/ });
      await stack.analysisPoller.stop();
      try {
        await page.locator('#answer').fill('It is still chained today.');
        await page.locator('form[action^="/status/answer"] button[type=submit]').click();
        await expect.poll(() => onItsWay.count()).toBe(1);
        await page.getByRole('button', { name: button }).click();
        await expect.poll(() => page.locator('main h1').textContent()).toContain(caseCode);
        expect(await onItsWay.count()).toBe(1);
        if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
        await page.getByRole('button', { name: 'Español' }).click();
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
        await expect.poll(() => onItsWay.count()).toBe(1);
      } finally {
        stack.analysisPoller.start();
      }
      // Once it is in the conversation, the page shows it there and no longer says it is on its way.
      const answer = page.locator('main').getByText('It is still chained today.');
      await expect
        .poll(
          async () => {
            await page.getByRole('button', { name: 'Comprobar de nuevo' }).click();
            await page.waitForLoadState();
            return answer.count();
          },
          { timeout: 15_000, interval: 500 },
        )
        .toBe(1);
      expect(await onItsWay.count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    },
    90_000,
  );
});
