import { describe, expect, it } from 'vitest';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';
import { watchPageErrors } from '../support/page-errors';

/*
 * Attack att33, F4, where it is seen: an employee sends an urgent report on the form and presses "See the status of
 * this case" while the escalation stage has a backlog (held here). The page read "Read and sorted by topic", which
 * reads as read and shelved; it now reads as being passed on, in the language the form was in, and "Check again"
 * shows a senior leader has it once the stage has taken it.
 */
describe('an urgent report sent on the form, seen before its sponsor has it', () => {
  const { stack, browser } = useBrowserAndStack();

  it.each([
    ['en', 'Status: Being passed to a senior leader', 'Check again', 'Status: Passed to a senior leader'],
    [
      'es',
      'Estado: Enviándose a una persona de la dirección',
      'Comprobar de nuevo',
      'Estado: Enviado a una persona de la dirección',
    ],
    ['fr', 'État : en cours de transmission à la direction', 'Vérifier à nouveau', 'État : transmis à la direction'],
  ])(
    'Should say in %s that it is being passed on, never that it was read and sorted',
    async (lang, passing, again, passed) => {
      const context = await browser.newContext({ viewport: PHONE });
      const errors = watchPageErrors(context, { failedResponses: true });
      const page = await context.newPage();
      await stack.escalatePoller.stop();
      try {
        await page.goto(`${stack.urls.app}/?lang=${lang}`);
        await page
          .locator('#text')
          .fill('There is a strong smell of gas by the boiler room and people are still working');
        await page.locator('form[action^="/feedback"] button[type=submit]').first().click();
        await page.locator('form[action^="/status"] button[type=submit]').first().click();
        await expect.poll(() => page.locator('main .status').count()).toBe(1);
        // Analysed meanwhile (the one analysis worker idle), the escalation stage still held: what a backlog shows.
        await stack.analysisPoller.whenIdle();
        const button = page.getByRole('button', { name: again });
        if (await button.count()) await button.click();
        await expect.poll(() => page.locator('main .status').textContent(), { timeout: 20_000 }).toBe(passing);
      } finally {
        stack.escalatePoller.start();
      }
      await expect
        .poll(
          async () => {
            await page.getByRole('button', { name: again }).click();
            return page.locator('main .status').textContent();
          },
          { timeout: 30_000, interval: 500 },
        )
        .toBe(passed);
      expect(errors).toEqual([]);
      await context.close();
    },
    120_000,
  );
});
