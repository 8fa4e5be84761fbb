import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { useSponsorsInThreeLanguages } from '../support/sponsors-in-three-languages';

/** What each sponsor's pages say, to know they are in that language. */
const CASE_PAGE = {
  fr: { lang: 'fr', desk: 'Tous vos dossiers', title: 'Vos dossiers', acknowledge: 'Accuser réception' },
  es: { lang: 'es', desk: 'Todos sus casos', title: 'Sus casos', acknowledge: 'Confirmar' },
  en: { lang: 'en', desk: 'All your cases', title: 'Your cases', acknowledge: 'Acknowledge' },
} as const;

/** Closing an urgent case nobody has acknowledged, in each language: the button, the second step, its history line. */
const URGENT_CLOSE = {
  fr: {
    close: 'Clore ce dossier',
    says: 'Ce signalement a été marqué urgent et personne n’en a accusé réception. Le clore vaut accusé de réception',
    confirm: 'Le clore et valoir accusé de réception',
    back: 'Ne pas le clore : revenir au dossier',
    history: 'Personne n’en avait accusé réception avant sa clôture',
  },
  es: {
    close: 'Cerrar este caso',
    says: 'Este informe se marcó como urgente y nadie lo ha confirmado. Cerrarlo cuenta como confirmarlo',
    confirm: 'Cerrarlo y darlo por confirmado',
    back: 'No cerrarlo: volver al caso',
    history: 'Nadie lo había confirmado antes de cerrarlo',
  },
  en: {
    close: 'Close this case',
    says: 'This report was marked urgent and nobody has acknowledged it. Closing it acknowledges it',
    confirm: 'Close it and count it as acknowledged',
    back: 'Do not close it: back to the case',
    history: 'Nobody had acknowledged it before it was closed',
  },
} as const;

describe('sponsor pages in each sponsor’s language, in a real browser', () => {
  const { links, browser } = useSponsorsInThreeLanguages('sponsor-languages');

  it.each([
    ['fr', 'plant2-gm@example.com'],
    ['es', 'chro@example.com'],
    ['en', 'coo@example.com'],
  ] as const)(
    'Should show the %s sponsor their case and desk in their language, with no axe violations',
    async (language, to) => {
      const words = CASE_PAGE[language];
      const context = await browser().newContext({ viewport: { width: 375, height: 740 }, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(links[to]!.ack);
      expect(await page.locator('html').getAttribute('lang')).toBe(words.lang);
      expect(await page.getByRole('button', { name: CASE_PAGE[language].acknowledge, exact: true }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: words.desk }).first().click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(words.title);
      expect(await page.locator('html').getAttribute('lang')).toBe(words.lang);
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('.desk-cases a').first().click();
      // The case page must have loaded before axe reads it (a click only starts the navigation).
      await page.waitForURL(/\/desk\/[^/]+\/case\//);
      await page.waitForLoadState('load');
      expect(page.url()).not.toMatch(/%3A/i);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );

  it.each([
    ['fr', 'plant2-gm@example.com'],
    ['es', 'chro@example.com'],
    ['en', 'coo@example.com'],
  ] as const)(
    'Should ask the %s sponsor again before closing an urgent case nobody acknowledged, without JavaScript, with no axe violations',
    async (language, to) => {
      const words = URGENT_CLOSE[language];
      const context = await browser().newContext({
        viewport: { width: 375, height: 740 },
        bypassCSP: true,
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      await page.goto(links[to]!.desk);
      await page.locator('.desk-cases a').first().click();
      await page.waitForURL(/\/desk\/[^/]+\/case\//);
      const caseUrl = page.url();
      await page.getByRole('button', { name: words.close, exact: true }).click();
      const step = page.getByRole('alert');
      await expect.poll(() => step.textContent()).toContain(words.says);
      expect(await page.getByRole('button', { name: CASE_PAGE[language].acknowledge, exact: true }).count()).toBe(1);
      // axe reads the page with its script; the step itself was reached without one.
      const checked = await browser().newContext({ viewport: { width: 375, height: 740 }, bypassCSP: true });
      const withAxe = await checked.newPage();
      await withAxe.setContent(await page.content());
      expect(await axeViolations(withAxe)).toEqual([]);
      await checked.close();

      // Not closing it goes back to the case, still open and waiting to be acknowledged.
      await page.getByRole('link', { name: words.back }).click();
      await page.waitForURL(caseUrl);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.getByRole('button', { name: CASE_PAGE[language].acknowledge, exact: true }).count()).toBe(1);

      // Pressed again and confirmed: closed, and the history says nobody had acknowledged it.
      await page.getByRole('button', { name: words.close, exact: true }).click();
      await page.getByRole('button', { name: words.confirm }).click();
      await page.waitForURL(/done=close/);
      expect(await page.locator('ol').last().textContent()).toContain(words.history);
      await context.close();
    },
  );
});
