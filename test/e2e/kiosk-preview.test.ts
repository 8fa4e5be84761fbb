import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { useKioskStack } from '../support/kiosk-stack';

const TABLET = { width: 1180, height: 820 };

// The kiosk's "Check what will be removed" shows what its submission will
// store: the comment read with the kiosk's enrolled site, so the site's own
// sponsor named by their job ("the general manager" at Plant 2) is shown as
// hidden before it is sent, and is hidden in what is stored.
describe('the kiosk’s redaction preview in a real browser', () => {
  const { stack, browser, enrol, kioskCases } = useKioskStack();

  async function detailsScreen(context: BrowserContext, site: string): Promise<Page> {
    const { token } = await enrol({ site, name: `${site} canteen` });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/kiosk#token=${token}`);
    await page.getByRole('button', { name: 'Unhappy', exact: true }).click();
    return page;
  }
  const check = (page: Page) => page.getByRole('button', { name: 'Check what will be removed' }).click();

  it('Should show the site’s manager as hidden, as the stored text hides them', async () => {
    const context = await browser.newContext({ viewport: TABLET, bypassCSP: true });
    const page = await detailsScreen(context, 'plant2');
    const text = 'The general manager keeps shouting at the new starters in the canteen';
    await page.getByLabel('Comment').fill(text);
    await check(page);
    await expect
      .poll(() => page.locator('#preview li').allTextContents())
      .toEqual(['‘The general manager’ will be replaced by [NAME]']);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.locator('#case-code').filter({ hasText: /\S/ }).waitFor();
    await expect
      .poll(async () => (await kioskCases('plant2')).map((c) => c.analysis?.redactedText), { timeout: 15_000 })
      .toContain('[NAME] keeps shouting at the new starters in the canteen');
    await context.close();
  });

  it('Should leave another site’s manager as written, since that kiosk’s submission keeps them', async () => {
    const context = await browser.newContext({ viewport: TABLET, bypassCSP: true });
    const page = await detailsScreen(context, 'warehouse');
    await page.getByLabel('Comment').fill('The general manager visited and the aisles were finally cleared');
    await check(page);
    await expect
      .poll(() => page.locator('#preview').textContent())
      .toContain('We found no names or numbers to remove.');
    await context.close();
  });

  it('Should show every line of what will be removed clear of the Send bar on a landscape tablet', async () => {
    // Newcomer nc44: at 1024 × 768 the answer grew under the Send bar that stays at the screen's bottom edge, and its
    // last line ("‘0151 234 5678’ will be replaced by [PHONE]") was hidden until someone thought to scroll.
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    const page = await detailsScreen(context, 'plant2');
    await page
      .getByLabel('Comment')
      .fill('Tom Becker keeps the forklift charging bay locked, we carry batteries by hand. Ring 0151 234 5678.');
    await check(page);
    await expect.poll(() => page.locator('#preview li').count()).toBe(2);
    const bar = (await page.locator('.details .actions').boundingBox())!;
    for (const line of await page.locator('#preview li').all()) {
      const box = (await line.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(bar.y);
    }
    await context.close();
  });

  it('Should say plainly when the check is busy or unavailable, and that the comment is still cleaned', async () => {
    const context = await browser.newContext({ viewport: TABLET, bypassCSP: true });
    const page = await detailsScreen(context, 'plant2');
    await page.getByLabel('Comment').fill('Gregory moved the rota again');
    let status = 429;
    await page.route('**/kiosk/preview', (route) =>
      route.fulfill({ status, contentType: 'application/json', headers: { 'retry-after': '1' }, body: '{}' }),
    );
    await check(page);
    await expect.poll(() => page.locator('#preview').textContent()).toContain('Try again in a moment');
    status = 500;
    await check(page);
    await expect.poll(() => page.locator('#preview').textContent()).toContain('This check is not available just now.');
    expect(await page.locator('#preview').textContent()).toContain('still cleaned of names and numbers');
    await context.close();
  });
});
