import { describe, expect, it } from 'vitest';
import { kioskFace, openKiosk, tabletOutbox } from '../support/kiosk-page';
import { useKioskStack } from '../support/kiosk-stack';
import { watchPageErrors } from '../support/page-errors';

/**
 * A tablet that is not (or no longer) set up is an expected state, not a
 * fault: whoever opens the kiosk there meets the setup screen and a clean
 * console, whatever the tablet holds (no token, one the installation never
 * issued, a revoked one), however often the page is loaded.
 */
describe('a kiosk that is not set up, in Chromium', () => {
  const { stack, browser, enrol, kiosks } = useKioskStack();
  const notSetUp = 'This tablet is not set up yet';

  it('Should show the setup screen to a browser that was never enrolled, with no error in the console and no failed request', async () => {
    const context = await browser.newContext();
    const errors = watchPageErrors(context, { failedResponses: true });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/kiosk`);
    await page.getByRole('heading', { name: notSetUp }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: notSetUp }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Should show the setup screen, without an error in the console, to a tablet whose token was revoked or never issued here', async () => {
    const { kiosk, token } = await enrol({ site: 'plant2', name: 'Soon revoked' });
    for (const held of ['revoked', 'never issued'] as const) {
      const context = await browser.newContext();
      const errors = watchPageErrors(context, { failedResponses: true });
      const page = await context.newPage();
      const tokenHere = held === 'revoked' ? token : `lpk_${'x'.repeat(43)}`;
      await page.goto(`${stack.urls.app}/kiosk#token=${tokenHere}`);
      if (held === 'revoked') {
        await page.getByRole('button', { name: 'Very happy', exact: true }).waitFor();
        await kiosks.revoke(kiosk.id);
        await page.reload();
      }
      await expect.poll(() => page.locator('h1:visible').first().textContent(), { message: held }).toBe(notSetUp);
      await page.waitForLoadState('networkidle');
      expect(errors, held).toEqual([]);
      // What it says on the setup screen is all: nothing kept of a site it may no longer belong to.
      expect(await page.evaluate(() => localStorage.getItem('listening-post.kiosk.config'))).toBeNull();
      await context.close();
    }
  });

  it('Should keep a kiosk enrolled in French in French when the server no longer knows it, whatever the browser speaks, reload after reload', async () => {
    const { kiosk, token } = await enrol({ site: 'plant2', name: 'Atelier', language: 'fr' });
    const context = await browser.newContext({ locale: 'en-US' });
    const errors = watchPageErrors(context, { failedResponses: true });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/kiosk#token=${token}`);
    await page.getByRole('heading', { name: 'Comment s’est passé votre service aujourd’hui ?' }).waitFor();
    await kiosks.revoke(kiosk.id);
    for (let load = 0; load < 2; load += 1) {
      await page.reload();
      await expect
        .poll(() => page.locator('h1:visible').first().textContent(), { message: `load ${load}` })
        .toBe('Cette tablette n’est pas encore configurée');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    }
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    // A new enrolment link starts afresh: the tablet set up again in Spanish speaks Spanish.
    const again = await enrol({ site: 'plant2', name: 'Atelier', language: 'es' });
    await page.goto(`${stack.urls.app}/kiosk#token=${again.token}`);
    await page.getByRole('heading', { name: '¿Qué tal su turno hoy?' }).waitFor();
    await context.close();
  });

  it('Should say that what a revoked tablet holds is kept and not sent, never "Sending…", and send it once enrolled again', async () => {
    const { kiosk, token } = await enrol({ site: 'plant2', name: 'Revoked while offline' });
    const context = await browser.newContext({ bypassCSP: true });
    const page = await openKiosk(context, stack.urls.app, token);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await kioskFace(page, 'Very unhappy').click();
    await page.getByLabel('Comment').fill('The fire exit by the loading bay is chained shut');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.locator('#thanks-saved').waitFor();
    await kiosks.revoke(kiosk.id);

    await context.setOffline(false);
    await expect
      .poll(() => page.locator('#network').textContent(), { timeout: 20_000 })
      .toBe(
        'One piece of feedback is kept on this tablet, not sent: it cannot send anything until it is set up again. Please tell whoever looks after this tablet.',
      );
    expect(await page.locator('#network').textContent()).not.toContain('Sending');
    expect(await tabletOutbox(page)).toHaveLength(1);

    // Enrolled again (a new link on the same tablet), what it kept goes.
    const again = await enrol({ site: 'plant2', name: 'Revoked while offline' });
    await page.goto(`${stack.urls.app}/kiosk#token=${again.token}`);
    await kioskFace(page, 'Very happy').waitFor();
    await expect.poll(() => tabletOutbox(page), { timeout: 20_000 }).toEqual([]);
    await expect.poll(() => page.locator('#network').textContent()).toBe('');
    await context.close();
  });
});
