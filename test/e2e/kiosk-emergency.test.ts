import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { useBrowserAndStack } from '../support/browser-stack';
import { writeEmergencyConfig } from '../support/emergency-config';
import { useKiosks } from '../support/kiosks';

// Reported: the site's emergency number was on the web form and in SMS replies, but the kiosk showed
// the installation's (911 at a site whose own is 112), and nothing on its receipt. Whoever stands at a
// break-room tablet sees whom to call in danger above Send and on the thank-you, with their site's
// number first, in the language on screen, offline too.

const TABLET = { width: 1180, height: 820 };

// The example installation (911) with Plant 2's own number, 112.
const configDir = mkdtempSync(join(tmpdir(), 'listening-post-kiosk-emergency-'));
const configPath = writeEmergencyConfig(configDir, 'emergency.config.json');

describe('the kiosk says whom to call in danger, with its site’s number', () => {
  const { stack, browser } = useBrowserAndStack({ configPath });
  const { enrol } = useKiosks(stack);
  afterAll(() => rmSync(configDir, { recursive: true, force: true }));

  const heading = (page: Page) => page.locator('section:not([hidden]) h1');
  const shownLine = (page: Page) => page.locator('section:not([hidden]) .emergency').textContent();

  async function openKiosk(context: BrowserContext, token: string, question: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/kiosk#token=${token}`);
    await heading(page).filter({ hasText: question }).waitFor();
    return page;
  }

  it('Should show a French Plant 2 kiosk’s 112 above Send and on the receipt, in Spanish on a switch, and offline', async () => {
    const { token } = await enrol({ site: 'plant2', name: 'Atelier', language: 'fr' });
    const context = await browser.newContext({ viewport: TABLET, hasTouch: true });
    const page = await openKiosk(context, token, 'Comment s’est passé votre service aujourd’hui ?');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    const french = 'Si vous ou quelqu’un d’autre êtes en danger maintenant, appelez le 112.';
    await page.getByRole('button', { name: 'Bien', exact: true }).tap();
    await expect.poll(() => shownLine(page)).toBe(french);
    // Above Send: read before the button, in the page's order as on screen.
    expect(
      await page.evaluate(
        () =>
          document.getElementById('emergency')!.compareDocumentPosition(document.getElementById('send')!) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    ).toBeTruthy();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Envoyer', exact: true }).tap();
    await page.locator('#case-code').filter({ hasText: /\S/ }).waitFor();
    expect(await shownLine(page)).toBe(french);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Terminer' }).tap();

    // The next person reads Spanish: the line follows, with the site's number still.
    await page.getByRole('button', { name: 'Español' }).tap();
    await page.getByRole('button', { name: 'Bien', exact: true }).tap();
    await expect.poll(() => shownLine(page)).toBe('Si usted u otra persona corre peligro ahora, llame al 112.');
    await page.getByRole('button', { name: 'Volver' }).tap();

    // Offline, the tablet restarting: the number comes from the settings kept on the tablet.
    await context.setOffline(true);
    await page.reload();
    await heading(page).filter({ hasText: 'Comment s’est passé votre service aujourd’hui ?' }).waitFor();
    await page.getByRole('button', { name: 'Bien', exact: true }).tap();
    await expect.poll(() => shownLine(page)).toBe(french);
    await page.getByRole('button', { name: 'Envoyer', exact: true }).tap();
    await page.locator('#thanks-saved').waitFor();
    expect(await shownLine(page)).toBe(french);
    expect(await axeViolations(page)).toEqual([]);
    await context.setOffline(false);
    await context.close();
  });

  it('Should show the installation’s number at a site without its own', async () => {
    const { token } = await enrol({ site: 'hq', name: 'HQ lobby' });
    const context = await browser.newContext({ viewport: TABLET, hasTouch: true });
    const page = await openKiosk(context, token, 'How was your week at HQ?');
    await page.getByRole('button', { name: 'Happy', exact: true }).tap();
    await expect.poll(() => shownLine(page)).toBe('If you or someone else is in danger now, call 911.');
    await page.getByRole('button', { name: 'Send', exact: true }).tap();
    await page.locator('#case-code').filter({ hasText: /\S/ }).waitFor();
    expect(await shownLine(page)).toBe('If you or someone else is in danger now, call 911.');
    await context.close();
  });
});
