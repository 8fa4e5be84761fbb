import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { openKiosk, sendFirstFaceIn } from '../support/kiosk-page';
import { useKioskStack } from '../support/kiosk-stack';

/**
 * Phone widths a kiosk link is opened at (an operator trying it on their own phone, a phone kept in the break room):
 * a folded Galaxy's cover screen (280), between, and an iPhone SE's first size (320). 256 is half a small tablet in
 * split screen, where the big code alone must still hold.
 */
const WIDTHS = [280, 296, 312, 320];
const SPLIT_SCREEN = 256;

/** How many lines `part` of `selector`'s text takes on screen (the tops of its pieces), or 0 where it is not there. */
function linesOf(page: Page, selector: string, part: string): Promise<number> {
  return page.locator(selector).evaluate((element, wanted) => {
    const start = (element.textContent ?? '').indexOf(wanted);
    if (start < 0) return 0;
    const range = document.createRange();
    let seen = 0;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (start >= seen && start <= seen + length) range.setStart(node, start - seen);
      if (start + wanted.length >= seen && start + wanted.length <= seen + length)
        range.setEnd(node, start + wanted.length - seen);
      seen += length;
    }
    const tops = [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top));
    return new Set(tops).size;
  }, part);
}

/**
 * Known from the last newcomer's walk (nc30), done the way the form's receipt and the case page were: on a phone, the
 * kiosk's thank-you broke its "Or text STATUT 6ESPF-AJ5XY" at the code's dash ("6ESPF-" at a line's end, "AJ5XY" on
 * the next) at 312 pixels and below in French, 290 in Spanish, 280 in English, and the big code itself broke in two
 * below 280. A code read off two lines is copied down as two. The code, and the text to send, now stay on one line.
 */
describe('a case code on the kiosk’s thank-you, on a narrow phone', () => {
  const { stack, browser, enrol } = useKioskStack();
  const STATUS = { en: 'STATUS', es: 'ESTADO', fr: 'STATUT' } as const;

  it('Should keep the code, and the text to send with it, on one line in every language, the page no wider than the phone', async () => {
    const { token } = await enrol({ site: 'plant2', name: 'Plant 2 break room' });
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
    const page = await openKiosk(context, stack.urls.app, token);
    const broken: string[] = [];
    for (const lang of ['en', 'es', 'fr'] as const) {
      const code = await sendFirstFaceIn(page, lang);
      expect(code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
      const command = `${STATUS[lang]} ${code}`;
      await expect.poll(() => page.locator('#follow-sms').textContent()).toContain(command);
      for (const width of [SPLIT_SCREEN, ...WIDTHS]) {
        await page.setViewportSize({ width, height: 640 });
        if ((await linesOf(page, '#case-code', code)) !== 1) broken.push(`${lang} ${width}px: the code`);
        if (width !== SPLIT_SCREEN && (await linesOf(page, '#follow-sms', command)) !== 1)
          broken.push(`${lang} ${width}px: "${command}"`);
        const across = await page.evaluate(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        );
        if (!across) broken.push(`${lang} ${width}px: the page is wider than the phone`);
      }
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('#done').click();
    }
    expect(broken).toEqual([]);
    await context.close();
  });
});
