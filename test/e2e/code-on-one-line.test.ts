import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndStack } from '../support/browser-stack';

/** The narrowest phone still common (an iPhone SE's first size), where a line holds the fewest words. */
const NARROW_PHONE = { width: 320, height: 640 };

/**
 * What a newcomer met (nc30): on a phone the receipt's "send STATUT PUJRZ-BTA5S" broke at the code's dash, "PUJRZ-"
 * at the end of one line and "BTA5S" on the next, so the code read, and was copied down, as two. A case code in a
 * sentence (the text to send, on the receipt and on the case's page) now stays on one line, in every language.
 */
describe('a case code in a sentence, on a narrow phone', () => {
  const { stack, browser } = useBrowserAndStack();

  /** Whether the page is no wider than the phone (a line kept whole must not push the page sideways). */
  const fitsAcross = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  /** How many lines each bold piece of text holding a case code takes in the page's main part. */
  async function linesOfCodes(page: Page): Promise<{ text: string; lines: number }[]> {
    return page
      .locator('main strong')
      .evaluateAll((nodes) =>
        nodes
          .filter((node) => /[A-Z0-9]{5}-[A-Z0-9]{5}/.test(node.textContent ?? ''))
          .map((node) => ({ text: node.textContent ?? '', lines: node.getClientRects().length })),
      );
  }

  it.each(['en', 'es', 'fr'])(
    'Should keep each code on one line on the receipt and the case page, in %s',
    async (lang) => {
      const context = await browser.newContext({ viewport: NARROW_PHONE });
      const page = await context.newPage();
      await page.goto(`${stack.urls.app}/?lang=${lang}`);
      await page.locator('#text').fill('The vending machine on the second floor keeps eating coins.');
      await page.locator('form[action^="/feedback"] button[type=submit]').first().click();
      await expect.poll(() => page.locator('#case-code').count()).toBe(1);
      const onReceipt = await linesOfCodes(page);
      expect(onReceipt.length).toBeGreaterThan(0);
      expect(onReceipt.filter(({ lines }) => lines !== 1)).toEqual([]);
      expect(await fitsAcross(page)).toBe(true);

      const { caseCode } = await stack.submit({
        text: 'The fire exit on line 4 is chained shut',
        site: 'plant2',
        escalate: true,
      });
      await stack.waitForStatus(caseCode, 'escalated');
      await page.goto(`${stack.urls.app}/status?lang=${lang}`);
      await page.locator('#code').fill(caseCode);
      await page.locator('#lookup button[type=submit]').click();
      await expect.poll(() => page.locator('#answer').count()).toBe(1);
      const onCase = await linesOfCodes(page);
      expect(onCase.length).toBeGreaterThan(0);
      expect(onCase.filter(({ lines }) => lines !== 1)).toEqual([]);
      expect(await fitsAcross(page)).toBe(true);
      await context.close();
    },
  );
});
