import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { fixedClock } from '../support/fixtures';
import { outbox, waitFor } from '../support/outbox';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';

// Attacker's round 19: the employee's case page offers to give the case to someone else when the report is about
// the person handling it. In Chromium, JavaScript off, on a phone: the button posts the code (never in the
// address), the page says what happens at the end of the hour in the page's language, and passes axe.

describe('giving a case to someone else from the employee’s page, in a real browser', () => {
  const clock = fixedClock('2026-11-18T15:00:00Z');
  const { stack, browser } = useBrowserAndStack({ clock });

  it('Should say, in Spanish, that the case goes to someone else at the end of the hour, and move it then', async () => {
    const { caseCode } = await stack.submit({
      text: 'El que dirige la planta nos manda quitar la protección de la prensa',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/status?lang=es`);
    await page.getByLabel('Código de caso').fill(caseCode);
    await page.locator('#lookup button[type=submit]').click();
    await expect
      .poll(() => page.locator('#objection').textContent())
      .toContain('¿Su aviso trata de la persona que lo lleva?');
    await page.getByRole('button', { name: 'Dar mi caso a otra persona' }).click();
    await expect
      .poll(() => page.locator('#objected').textContent())
      .toContain('Al final de esta hora su caso pasa a otra persona');
    expect(page.url()).not.toContain(caseCode);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const checker = await browser.newContext({ viewport: PHONE });
    const checked = await checker.newPage();
    await checked.goto(`${stack.urls.app}/status/${caseCode}?lang=es`);
    expect(await axeViolations(checked)).toEqual([]);
    await checker.close();
    await context.close();

    // The report described the GM, so it went around them from the start; the objection takes it from whoever
    // holds it now, at the end of the hour, to the next one up.
    clock.set('2026-11-18T16:05:00Z');
    await waitFor('the case given to the next holder', async () => {
      await stack.sweep();
      return (await outbox(stack.urls.outbox)).find((e) => /whoever was handling it/.test(e.subject));
    });
  }, 120_000);
});
