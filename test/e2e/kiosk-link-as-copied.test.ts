import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { kioskFace } from '../support/kiosk-page';
import { useKioskStack } from '../support/kiosk-stack';

const TABLET = { width: 1180, height: 820 };

/**
 * What a newcomer met (nc31) setting up a break-room tablet as an operator does: the set-up link travels in a chat
 * or an email to the tablet, and arrives as people copy links. A link cut short (its end lost at a line's wrap) was
 * told "This set-up link has already been used, or is too old", so the operator thought someone had used it and made
 * new ones; a link with the sentence's full stop or a bracket after it ("open
 * http://…#enrol=lpe_…." ) failed the same way. Now what was copied around the link is read past, and a link cut
 * short says so, while its code stays good for the whole link.
 */
describe('a kiosk set-up link as people copy it', () => {
  const { stack, browser, enrol } = useKioskStack();

  it.each([
    ['a full stop', '.'],
    ['a closing bracket and a full stop', ').'],
    ['a closing angle bracket', '>'],
  ])('Should set up the tablet from a link with %s copied after it', async (_, after) => {
    const { code } = await enrol({ site: 'plant2', name: 'Break room' });
    const context = await browser.newContext({ viewport: TABLET, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/kiosk#enrol=${code}${encodeURIComponent(after)}`);
    await kioskFace(page, 'Very happy').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('listening-post.kiosk.token'))).toMatch(/^lpk_/);
    await context.close();
  });

  it.each([
    [
      'en',
      'This set-up link is not complete: its end was lost when it was copied. Open the whole link again, or ask whoever looks after the tablets for a new one.',
    ],
    [
      'es',
      'Este enlace de configuración no está completo: se perdió su final al copiarlo. Abra de nuevo el enlace entero, o pida uno nuevo a quien se ocupa de las tabletas.',
    ],
    [
      'fr',
      'Ce lien de configuration est incomplet : sa fin s’est perdue quand il a été copié. Ouvrez de nouveau le lien entier, ou demandez-en un nouveau à la personne qui s’occupe des tablettes.',
    ],
  ])(
    'Should say a link cut short is not complete (%s), never that it was used, and the whole link still sets the tablet up',
    async (lang, said) => {
      const { code } = await enrol({ site: 'plant2', name: 'Break room' });
      const context = await browser.newContext({ viewport: TABLET, bypassCSP: true, locale: lang });
      const page = await context.newPage();
      await page.goto(`${stack.urls.app}/kiosk#enrol=${code.slice(0, -6)}`);
      await page.locator('#screen-setup').waitFor();
      await expect.poll(() => page.locator('#setup-link-cut').isVisible()).toBe(true);
      expect(await page.locator('#setup-link-cut').textContent()).toBe(said);
      expect(await page.locator('#setup-link-used').isVisible()).toBe(false);
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${stack.urls.app}/kiosk#enrol=${code}`);
      await kioskFace(page, 'Very happy').waitFor();
      await context.close();
    },
  );
});
