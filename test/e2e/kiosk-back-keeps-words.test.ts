import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { kioskFace, openKiosk } from '../support/kiosk-page';
import { useKioskStack } from '../support/kiosk-stack';

const TABLET_LANDSCAPE = { width: 1024, height: 768 };

/**
 * A newcomer pressed Back on the kiosk's comment screen to pick another face and lost everything they had
 * written. Back now keeps it for them; the kiosk is shared, so it is still gone for whoever comes next.
 */
describe('Back on the kiosk’s comment screen, in Chromium', () => {
  const { stack, browser, enrol, kioskCases } = useKioskStack();
  const heading = (page: Page) => page.locator('section:not([hidden]) h1');
  const comment = (page: Page) => page.getByLabel('Comment');
  const urgent = (page: Page) => page.getByLabel(/This is urgent/);

  it('Should keep what was written, ticked and chosen when Back is pressed, by touch and by keyboard', async () => {
    const { token } = await enrol({ site: 'plant2', name: 'Plant 2 break room' });
    const context = await browser.newContext({ viewport: TABLET_LANDSCAPE, hasTouch: true, bypassCSP: true });
    const page = await openKiosk(context, stack.urls.app, token);
    await kioskFace(page, 'Unhappy').tap();
    const chip = page.getByRole('button', { name: 'Pay and benefits' });
    await chip.tap();
    await comment(page).fill('Overtime pay came late again');
    // Back is in the action bar, in sight without scrolling, beside Send.
    const backButton = page.getByRole('button', { name: 'Back', exact: true });
    const box = (await backButton.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(TABLET_LANDSCAPE.height);
    await backButton.tap();
    await expect.poll(() => heading(page).textContent()).toBe('How was your shift today?');

    await kioskFace(page, 'Very unhappy').tap();
    await expect.poll(() => heading(page).textContent()).toBe('Thank you. Anything to add?');
    expect(await page.locator('#chosen').textContent()).toBe('Very unhappy');
    expect(await comment(page).inputValue()).toBe('Overtime pay came late again');
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    // Escape is the keyboard's Back: the same.
    await urgent(page).check();
    await page.keyboard.press('Escape');
    await expect.poll(() => heading(page).textContent()).toBe('How was your shift today?');
    await page.keyboard.press('2');
    await expect.poll(() => heading(page).textContent()).toBe('Thank you. Anything to add?');
    expect(await comment(page).inputValue()).toBe('Overtime pay came late again');
    expect(await urgent(page).isChecked()).toBe(true);
    await urgent(page).uncheck();
    await page.getByRole('button', { name: 'Send', exact: true }).tap();
    // The kiosk waits up to 6 seconds for the case code before it thanks.
    await expect.poll(() => heading(page).textContent(), { timeout: 20_000 }).toBe('Thank you');
    await expect
      .poll(() => kioskCases('plant2'), { timeout: 30_000 })
      .toEqual([expect.objectContaining({ rating: 2, topic: 'pay' })]);
    await context.close();
  });

  it('Should clear what was kept by Back once the start screen is left alone, sending an urgent report rather than losing it', async () => {
    const { token } = await enrol({ site: 'warehouse', name: 'Warehouse break room' });
    const context = await browser.newContext({ viewport: TABLET_LANDSCAPE, bypassCSP: true });
    const page = await openKiosk(context, stack.urls.app, token, (p) => p.clock.install());
    await kioskFace(page, 'Very unhappy').click();
    await comment(page).fill('A pallet fell and someone is trapped under it in aisle 4');
    await urgent(page).check();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect.poll(() => heading(page).textContent()).toBe('How are things at work today?');

    // Half a minute with nobody there: the next person finds nothing, and the urgent report went.
    await page.clock.fastForward(31_000);
    await kioskFace(page, 'Happy').click();
    await expect.poll(() => heading(page).textContent()).toBe('Thank you. Anything to add?');
    expect(await comment(page).inputValue()).toBe('');
    expect(await urgent(page).isChecked()).toBe(false);
    // Back with nothing written, then nobody: nothing is sent for the face they went back from.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.clock.fastForward(31_000);
    await kioskFace(page, 'Very happy').click();
    expect(await page.locator('#chosen').textContent()).toBe('Very happy');
    // Back again, so the comment screen's own timeout does not send this tap while the test waits below.
    await page.getByRole('button', { name: 'Back', exact: true }).click();

    // The urgent report went, and only it.
    await expect
      .poll(() => kioskCases('warehouse'), { timeout: 30_000 })
      .toEqual([expect.objectContaining({ rating: 1, escalateRequested: true })]);
    await page.waitForTimeout(2000);
    expect(await kioskCases('warehouse')).toHaveLength(1);
    await context.close();
  });
});
