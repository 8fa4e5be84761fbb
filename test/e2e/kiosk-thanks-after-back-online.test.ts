import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndStack } from '../support/browser-stack';
import { useKiosks } from '../support/kiosks';

// Attack round 29 (F7): a report sent from a kiosk while offline showed "saved on this tablet, will be sent as
// soon as the connection allows"; back online the tablet sent it and its sponsor was emailed within seconds,
// but the thank-you screen kept saying it waited on the tablet. It now says it has been sent, with its code.

const TABLET = { width: 1180, height: 820 };

describe('the kiosk’s thank-you screen once the tablet is back online', () => {
  const { stack, browser } = useBrowserAndStack();
  const { enrol } = useKiosks(stack);

  const heading = (page: Page) => page.locator('section:not([hidden]) h1');

  it('Should say the report was sent, with its case code, once the tablet sends it', async () => {
    const { token } = await enrol({ site: 'plant2', name: 'Sala de descanso', language: 'es' });
    const context = await browser.newContext({ viewport: TABLET, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/kiosk#token=${token}`);
    await heading(page).filter({ hasText: /\?/ }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Mal', exact: true }).tap();
    await page.locator('#comment').fill('se desmayó un compañero en la cámara de frío y la puerta no abre');
    await page.getByRole('button', { name: 'Enviar', exact: true }).tap();
    await page.locator('#thanks-saved').waitFor();
    expect(await page.locator('#thanks-sent-since').isHidden()).toBe(true);

    await context.setOffline(false);
    await page.locator('#thanks-sent-since').waitFor({ timeout: 20_000 });
    expect(await page.locator('#thanks-sent-since').textContent()).toBe(
      'Ha vuelto la conexión: su opinión ya se ha enviado.',
    );
    expect(await page.locator('#thanks-saved').isHidden()).toBe(true);
    expect(await page.locator('#case-code').textContent()).toMatch(/^\w{5}-\w{5}$/);
    await context.close();
  }, 90_000);
});
