import { describe, expect, it } from 'vitest';
import { useKioskStack } from '../support/kiosk-stack';
import { watchPageErrors } from '../support/page-errors';

/**
 * What a newcomer on the employee side met in their first hour, in Chromium:
 * a kiosk link pasted into a tab already on the kiosk, a mistyped case code,
 * and the promise and days an escalated case's page shows, in English and
 * Spanish, beside the receipt's.
 */
describe('the employee side, as a newcomer finds it', () => {
  const { stack, browser, enrol } = useKioskStack();

  it('Should enrol a tablet when its link is pasted into a tab already showing the kiosk', async () => {
    const context = await browser.newContext();
    const errors = watchPageErrors(context);
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/kiosk`);
    await page.getByRole('heading', { name: 'This tablet is not set up yet' }).waitFor();

    // Only the fragment changes, so the browser does not load the page again by itself.
    const { token } = await enrol({ site: 'plant2', name: 'Plant 2 break room' });
    await page.goto(`${stack.urls.app}/kiosk#token=${token}`);
    await page.getByRole('button', { name: 'Very happy', exact: true }).waitFor();
    await expect.poll(() => page.url()).toBe(`${stack.urls.app}/kiosk`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Should answer a mistyped case code with a page that says so, keeping the code, without any error in the console', async () => {
    const context = await browser.newContext();
    const errors = watchPageErrors(context, { failedResponses: true });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/status`);
    await page.getByLabel('Case code').fill('7KQ4M-XW9TZ');
    await page.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('No case has that code');
    expect(await page.getByLabel('Case code').inputValue()).toBe('7KQ4M-XW9TZ');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Should promise on the case page what the receipt promised, with the legal day as the latest, written as every page writes days', async () => {
    const context = await browser.newContext();
    const errors = watchPageErrors(context, { failedResponses: true });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    await page.getByLabel('Your feedback').fill('The guard on the press in bay 4 is missing since Monday.');
    await page.getByLabel('This is urgent: ask a senior leader to look at it now').check();
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Thank you, we have it');
    const receipt = await page.locator('.receipt').textContent();
    expect(receipt).toContain('acknowledge it within 4 hours');
    expect(receipt).toContain('within 7 days at the latest');

    // The receipt opens the case by posting its code: the address the browser keeps holds none (docs/anonymity.md).
    const caseCode = (await page.locator('#case-code').textContent())!.trim();
    await stack.waitForStatus(caseCode, 'escalated');
    await page.getByRole('button', { name: 'See the status of this case' }).click();
    await expect.poll(() => page.locator('.status').textContent()).toBe('Status: Passed to a senior leader');
    expect(page.url()).not.toContain(caseCode);
    const main = (await page.locator('main').textContent())!;
    // Ticked urgent: the time that applies to it alone, not "4 hours if it is urgent (3 days otherwise)".
    expect(main).toContain('asked to acknowledge it within 4 hours, as it is urgent.');
    expect(main).not.toContain('3 days');
    // The day as the sponsor's email and page write it: "Monday, December 7, 2026"; the deadline ends with that day.
    expect(main).toMatch(
      /Whatever happens, it must be acknowledged by the end of (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}, \d{4} \(Central Time\) at the latest\./,
    );
    // Every step reached is ticked, the current one too, and said in words.
    expect(await page.locator('ol.steps li').allTextContents()).toEqual([
      'Received ✓(done)',
      'Read and sorted by topic ✓(done)',
      'Passed to a senior leader ✓(done)',
      'Acknowledged by that leader',
      'Answered',
    ]);
    // The words are for screen readers: a pixel on screen, no more.
    const words = await page.locator('ol.steps li[aria-current=step] .visually-hidden').boundingBox();
    expect(words!.width * words!.height).toBeLessThanOrEqual(1);

    await page.getByRole('button', { name: 'Español' }).click(); // posts the code, as the pages do
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    const spanish = (await page.locator('main').textContent())!;
    expect(spanish).toContain('se le pide que lo confirme en un plazo de 4 horas, porque es urgente.');
    expect(spanish).toMatch(
      /En cualquier caso, debe confirmarse a más tardar al final del (lunes|martes|miércoles|jueves|viernes|sábado|domingo) \d{1,2} de [a-z]+ de \d{4} \(hora central\)\./,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Should keep the kiosk comment hint readable when the comment box has keyboard focus, on a phone and at 200% zoom', async () => {
    const { token } = await enrol({ site: 'plant2', name: 'Plant 2 break room' });
    // A 1280×800 screen at 200% zoom lays the page out in 640×400.
    for (const viewport of [
      { width: 375, height: 667 },
      { width: 640, height: 400 },
    ]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${stack.urls.app}/kiosk#token=${token}`);
      await page.getByRole('button', { name: 'Happy', exact: true }).focus();
      await page.keyboard.press('Enter');
      const comment = page.getByLabel('Comment (optional)');
      await comment.waitFor();
      await comment.focus();
      await page.keyboard.type('The vending machine ate my coins again');
      // The ring drawn around the focused box must stop short of the hint's last line.
      const ring = await comment.evaluate((box) => {
        const style = getComputedStyle(box);
        return parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      });
      expect(ring).toBeGreaterThan(0);
      // Both read in one go: the kiosk scrolls the send button into view, and under load two separate reads can
      // straddle that scroll.
      const hint = page.getByText('Please leave out names.');
      const { hintBottom, boxTop } = await comment.evaluate(
        (box, hintElement) => ({
          hintBottom: hintElement!.getBoundingClientRect().bottom,
          boxTop: box.getBoundingClientRect().top,
        }),
        await hint.elementHandle(),
      );
      expect(hintBottom).toBeLessThanOrEqual(boxTop - ring);
      await context.close();
    }
  });
});
