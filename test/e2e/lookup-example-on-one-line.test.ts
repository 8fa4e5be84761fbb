import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndStack } from '../support/browser-stack';

/** Phone widths, from a folded Galaxy's cover screen (280) and an iPhone SE's first size (320) to most phones (375). */
const WIDTHS = [280, 300, 320, 340, 360, 375];

/**
 * Every case code in the page's text (the example "7KQ4M-XW9TR" in a hint or a problem, the case's own in its
 * heading) that a width in `WIDTHS` breaks over two lines, as "<width>px: <the text around it>".
 */
async function codesBroken(page: Page): Promise<string[]> {
  const broken: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 700 });
    const here = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/[2-9A-Z]{5}-[2-9A-Z]{5}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top));
          if (new Set(tops).size > 1) found.push((node.parentElement?.textContent ?? '').trim().slice(0, 90));
        }
      }
      const across = document.documentElement.scrollWidth <= document.documentElement.clientWidth;
      return across ? found : [...found, 'the page is wider than the phone'];
    });
    broken.push(...here.map((text) => `${width}px: ${text}`));
  }
  return broken;
}

/**
 * What a newcomer met (nc31) on the status page on a phone, typing a half-remembered code: the example under the box,
 * "Ten letters and digits, like 7KQ4M-" at a line's end and "XW9TR." on the next, at 300 to 340 pixels in English
 * and up to 375 in French, and the same in the problem above it ("No case has that code. Check it (…like 7KQ4M-
 * XW9TR)"); on the smallest phones the case's own heading read "Case REEZN-" over "BAT6S". Someone comparing the
 * shape of their code with the example sees an example of two pieces. Every code there now stays on one line.
 */
describe('the case codes on the status page, on a phone', () => {
  const { stack, browser } = useBrowserAndStack();

  it.each(['en', 'es', 'fr'])(
    'Should keep the example code, in the hint and in each problem, and the case’s own code on one line (%s)',
    async (lang) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
      const page = await context.newPage();
      const broken: string[] = [];
      await page.goto(`${stack.urls.app}/status?lang=${lang}`);
      broken.push(...(await codesBroken(page)));
      // Nothing typed, too short to be a code, a code no case has: each problem shows the example again.
      for (const typed of ['', 'ABC', 'GHJKM-NPQRS']) {
        await page.goto(`${stack.urls.app}/status?lang=${lang}`);
        await page.locator('#code').fill(typed);
        await page.locator('#lookup button[type=submit]').click();
        await page.locator('main .error-summary').waitFor();
        broken.push(...(await codesBroken(page)).map((line) => `typed "${typed}": ${line}`));
      }
      const { caseCode } = await stack.submit({ text: 'The canteen coffee machine is broken again.' });
      await page.goto(`${stack.urls.app}/status?lang=${lang}`);
      await page.locator('#code').fill(caseCode);
      await page.locator('#lookup button[type=submit]').click();
      await page.locator('h1', { hasText: caseCode }).waitFor();
      broken.push(...(await codesBroken(page)).map((line) => `the case: ${line}`));
      expect(broken).toEqual([]);
      await context.close();
    },
  );
});
