import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../shared/analysis/language';
import { en, fr } from '../../shared/i18n/catalogues';
import { axeViolations } from '../support/browser';
import { CASE_CODE_PATTERN } from '../support/fixtures';
import { useKioskStack } from '../support/kiosk-stack';

const TABLET_LANDSCAPE = { width: 1180, height: 820 };

/**
 * Every English text the kiosk could show, but only where French says it
 * otherwise: a French screen holding one of these has leaked English.
 */
const ENGLISH_KIOSK_TEXTS = Object.entries(en.messages)
  .filter(([key, text]) => key.startsWith('kiosk.') && fr.messages[key as keyof typeof en.messages] !== text)
  // The fixed parts of a template (a plural's words, the text around a parameter) are what would show.
  .flatMap(([, text]) => text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/))
  .map((part) => part.trim())
  .filter((part) => part.length >= 4);

describe('the kiosk in French, Spanish and English in a real browser', () => {
  const { stack, browser, enrol: enrolTablet, kioskCases } = useKioskStack();

  const heading = (page: Page) => page.locator('section:not([hidden]) h1');
  const face = (page: Page, label: string) => page.getByRole('button', { name: label, exact: true });
  const htmlLang = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
  /** What a person sees: the visible text of the page, and the title. */
  const visibleText = (page: Page) =>
    // biome-ignore lint/performance/useDomNodeTextContent: only the rendered text is what a person sees (hidden screens left out).
    page.evaluate(() => `${document.title}\n${document.body.innerText}`);

  async function expectFrenchOnly(page: Page): Promise<void> {
    const text = await visibleText(page);
    for (const english of ENGLISH_KIOSK_TEXTS) expect(text, `"${english}" is English`).not.toContain(english);
    for (const topic of stack.config.topics)
      if (topic.names?.fr !== topic.name) expect(text, `topic "${topic.name}"`).not.toContain(topic.name);
    // The site is named as the config names it in French ("Usine 2"), never by its English name.
    const site = stack.config.sites.find((s) => s.id === 'plant2')!;
    expect(text).not.toContain(site.name);
    expect(await page.locator('#site-name').textContent()).toBe(site.names!.fr);
    expect(detectLanguage(text)).toBe('fr');
    expect(await htmlLang(page)).toEqual(['fr', 'ltr']);
    expect(await axeViolations(page)).toEqual([]);
  }

  async function openKiosk(context: BrowserContext, token: string): Promise<Page> {
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${stack.urls.app}/kiosk#token=${token}`);
    await heading(page).filter({ hasText: 'Comment s’est passé votre service aujourd’hui ?' }).waitFor();
    return page;
  }

  it.each([
    ['a French browser', 'fr-FR', '', 'fr', 'Cette tablette n’est pas encore configurée'],
    ['an English browser asking for Spanish', 'en-US', '?lang=es', 'es', 'Esta tableta aún no está preparada'],
  ])('Should tell %s that the tablet is not set up in its own language', async (_, locale, query, lang, title) => {
    const context = await browser.newContext({ viewport: TABLET_LANDSCAPE, locale });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/kiosk${query}`);
    await expect.poll(() => heading(page).textContent()).toBe(title);
    expect(await htmlLang(page)).toEqual([lang, 'ltr']);
    await context.close();
  });

  it('Should show a kiosk enrolled in French in French throughout, switch to Spanish on a tap, and start the next person in French again', async () => {
    const { token } = await enrolTablet({ site: 'plant2', name: 'Atelier', language: 'fr' });
    const context = await browser.newContext({ viewport: TABLET_LANDSCAPE, hasTouch: true, bypassCSP: true });
    const page = await openKiosk(context, token);

    // The start screen, in French, with a switch naming each language in itself.
    await expectFrenchOnly(page);
    for (const name of ['English', 'Español', 'Français'])
      await page.getByRole('button', { name, exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed')).toBe('true');

    // A French session from the tap to the code. A comment too short to tell its language is not given the screen's
    // (that would tie it to this kiosk: test/unit/kiosk/kiosk-language-not-stored.test.ts).
    await face(page, 'Mal').tap();
    await expect.poll(() => heading(page).textContent()).toBe('Merci. Autre chose à ajouter ?');
    expect(await page.locator('#chosen').textContent()).toBe('Mal');
    // The face's words are quoted, so a short label ("Mal") reads as the choice, not as part of the sentence.
    expect(await page.locator('#chosen-line').textContent()).toMatch(/^Vous avez choisi «\u00a0Mal\u00a0»\./);
    await page.getByRole('button', { name: 'Salaire et avantages' }).tap();
    // The check of what will be removed answers in French, placeholders included.
    await page.getByLabel('Commentaire (facultatif)').fill('Le chef Martin crie sur tout le monde');
    await page.getByRole('button', { name: 'Voir ce qui sera retiré' }).tap();
    await expect
      .poll(() => page.locator('#preview li').allTextContents())
      .toEqual(['« Martin » sera remplacé par [NOM]']);
    await expectFrenchOnly(page);
    await page.getByLabel('Commentaire (facultatif)').fill('nul');
    await expectFrenchOnly(page);
    await page.getByRole('button', { name: 'Envoyer', exact: true }).tap();
    await page.locator('#case-code').filter({ hasText: /\S/ }).waitFor();
    expect(await page.locator('#case-code').textContent()).toMatch(CASE_CODE_PATTERN);
    expect(await heading(page).textContent()).toBe('Merci');
    await expectFrenchOnly(page);
    await expect
      .poll(() => kioskCases('plant2'), { timeout: 15_000 })
      .toEqual([
        expect.objectContaining({
          rating: 2,
          topic: 'pay',
          analysis: expect.objectContaining({ redactedText: 'nul' }),
        }),
      ]);
    await page.getByRole('button', { name: 'Terminer' }).tap();
    await expect.poll(() => heading(page).textContent()).toBe('Comment s’est passé votre service aujourd’hui ?');

    // The next person switches to Spanish: every text, the topics and <html lang> follow.
    await page.getByRole('button', { name: 'Español' }).tap();
    await expect.poll(() => heading(page).textContent()).toBe('¿Qué tal su turno hoy?');
    expect(await htmlLang(page)).toEqual(['es', 'ltr']);
    expect(await page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await face(page, 'Bien').tap();
    await expect.poll(() => heading(page).textContent()).toBe('Gracias. ¿Algo más que añadir?');
    await page.getByRole('button', { name: 'Salario y prestaciones' }).waitFor();
    expect(detectLanguage(await visibleText(page))).toBe('es');
    expect(await axeViolations(page)).toEqual([]);

    // They walk away: the session ends by itself, and the kiosk is French again for whoever comes next.
    await page.clock.fastForward(31_000);
    await expect.poll(() => heading(page).textContent()).toBe('Comment s’est passé votre service aujourd’hui ?');
    await expectFrenchOnly(page);

    // Switching and walking away without a tap ends the same way.
    await page.getByRole('button', { name: 'English' }).tap();
    await expect.poll(() => heading(page).textContent()).toBe('How was your shift today?');
    expect(await htmlLang(page)).toEqual(['en', 'ltr']);
    expect(await axeViolations(page)).toEqual([]);
    await page.clock.fastForward(31_000);
    await expect.poll(() => heading(page).textContent()).toBe('Comment s’est passé votre service aujourd’hui ?');

    // Nothing of the choice outlives the session: no cookie, nothing stored beyond the token and the site's settings.
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual([
      'listening-post.kiosk.config',
      'listening-post.kiosk.token',
    ]);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect((await context.cookies()).length).toBe(0);

    // The network's notices are French too.
    await context.setOffline(true);
    await expect.poll(() => page.locator('#network').textContent()).toBe(fr.messages['kiosk.network.offline']);
    await expectFrenchOnly(page);
    await context.setOffline(false);
    await expect.poll(() => page.locator('#network').textContent()).toBe('');

    // A reload (the tablet restarting) starts in the kiosk's language too.
    await page.getByRole('button', { name: 'Español' }).tap();
    await page.reload();
    await heading(page).filter({ hasText: 'Comment s’est passé votre service aujourd’hui ?' }).waitFor();
    await context.close();
  });
});
