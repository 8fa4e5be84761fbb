import { describe, expect, it } from 'vitest';
import { kioskFace } from '../support/kiosk-page';
import { useKioskStack } from '../support/kiosk-stack';

/**
 * The operator's set-up link works once: the tablet that opens it first keeps
 * a token of its own, and the link, found again later (the History, a synced
 * profile, a screenshot, the chat it was sent in), sets up nothing and says
 * so, in the language of whoever opened it.
 */
describe('a kiosk set up by its one-use link, in Chromium', () => {
  const { stack, browser, enrol, kioskCases } = useKioskStack();

  it('Should set up the tablet that opens the link, then refuse the same link in another browser, asking in French for a new one', async () => {
    const { code } = await enrol({ site: 'plant2', name: 'One-use link' });
    const link = `${stack.urls.app}/kiosk#enrol=${code}`;

    const tablet = await browser.newContext({ bypassCSP: true });
    const page = await tablet.newPage();
    const enrolRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/kiosk/enrol') enrolRequests.push(request.url());
    });
    await page.goto(link);
    await kioskFace(page, 'Very happy').waitFor();
    // The code went in the body, never in an address; the address bar no longer holds it.
    expect(enrolRequests).toEqual([`${stack.urls.app}/kiosk/enrol`]);
    expect(page.url()).toBe(`${stack.urls.app}/kiosk`);
    const kept = await page.evaluate(() => localStorage.getItem('listening-post.kiosk.token'));
    expect(kept).toMatch(/^lpk_[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(await page.evaluate(() => ({ ...localStorage })))).not.toContain(code);

    // The tablet works: a tap is a case at its site.
    const before = (await kioskCases('plant2')).length;
    await kioskFace(page, 'Happy').click();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.locator('#case-code').filter({ hasText: /\S/ }).waitFor();
    expect((await kioskCases('plant2')).length).toBe(before + 1);

    // Someone else opens the same link later, in French.
    const later = await browser.newContext({ locale: 'fr-FR' });
    const other = await later.newPage();
    await other.goto(link);
    await other.getByRole('heading', { name: 'Cette tablette n’est pas encore configurée' }).waitFor();
    await expect
      .poll(() => other.locator('#setup-link-used').textContent())
      .toBe(
        'Ce lien de configuration a déjà servi, ou il est trop ancien. Demandez un nouveau lien à la personne qui s’occupe des tablettes.',
      );
    expect(await other.locator('#setup-link-used').isVisible()).toBe(true);
    expect(await other.evaluate(() => localStorage.getItem('listening-post.kiosk.token'))).toBeNull();
    expect(other.url()).toBe(`${stack.urls.app}/kiosk`);
    await later.close();

    // The first tablet, opening its own link again, stays set up.
    await page.goto(link);
    await kioskFace(page, 'Very happy').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('listening-post.kiosk.token'))).toBe(kept);
    await tablet.close();
  });

  it('Should wait for the network to set up a tablet that opened its link offline, then go on by itself', async () => {
    const { code } = await enrol({ site: 'plant2', name: 'Offline first' });
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    // The page loads, then the network goes before the link is traded (the kiosk app's request is held back).
    await page.route('**/kiosk/enrol', (route) => route.abort('internetdisconnected'));
    await page.goto(`${stack.urls.app}/kiosk#enrol=${code}`);
    await page.locator('#setup-waiting').waitFor({ state: 'visible' });
    expect(await page.locator('#setup-waiting').textContent()).toMatch(/needs the network once/);
    await page.unroute('**/kiosk/enrol');
    await kioskFace(page, 'Very happy').waitFor({ timeout: 20_000 });
    expect(await page.locator('#setup-waiting').isVisible()).toBe(false);
    await context.close();
  });

  it('Should still set up a tablet from an old-style link that carries its token', async () => {
    const { token } = await enrol({ site: 'plant2', name: 'Old link' });
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/kiosk#token=${token}`);
    await kioskFace(page, 'Very happy').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('listening-post.kiosk.token'))).toBe(token);
    await context.close();
  });
});
