import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/translate';
import { axeViolations, launchChromium } from '../support/browser';
import { startTestStack, tempDataDir } from '../support/local-stack';

const PHONE = { width: 375, height: 740 };

/** Each language with a regional locale, as a phone set to it sends `Accept-Language`. */
const LOCALES = [
  ['en', 'en-US'],
  ['es', 'es-MX'],
  ['fr', 'fr-CA'],
] as const;

describe('the employee pages in each language, in a real browser', () => {
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startTestStack({ dataDir: dataDir.path });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    dataDir.remove();
  });

  /** A phone set to `locale`; axe runs as a script, so the CSP is bypassed for it alone. */
  const phone = (locale: string): Promise<BrowserContext> =>
    browser.newContext({ viewport: PHONE, locale, bypassCSP: true });

  it.each(LOCALES)(
    'Should show the form, its errors, the receipt and the status pages in %s, each passing axe',
    async (language, locale) => {
      const context = await phone(locale);
      const page = await context.newPage();
      const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
      await page.goto(stack.urls.form);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: t('web.form.send') }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain(t('web.form.error.empty'));
      expect(await axeViolations(page)).toEqual([]);

      await page.getByLabel(t('web.form.text')).fill('La máquina de café de la planta 2 no funciona.');
      await page.getByRole('button', { name: t('web.form.send') }).click();
      await page.locator('#case-code').waitFor();
      expect(await page.locator('h1').textContent()).toBe(t('web.receipt.heading'));
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: t('web.receipt.seeStatus') }).click();
      await page.locator('.status').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${stack.urls.status}?code=nonsense`);
      await page.getByRole('alert').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      await context.close();
    },
  );

  it.each(LOCALES)('Should show an escalated case’s conversation form in %s, passing axe', async (language, locale) => {
    const { caseCode } = await stack.submit({
      text: 'La ducha de emergencia del muelle 3 no tiene agua',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const context = await phone(locale);
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/status/${caseCode}`);
    await page.getByLabel(translate(language, 'web.status.answer')).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('Should switch language from the page itself, keep it through the form, and keep no cookie, JavaScript off', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'en-US', javaScriptEnabled: false });
    const page = await context.newPage();
    // The lookup switches by its form's buttons (a code typed goes along, never into the address), to ?lang=…
    await page.goto(stack.urls.status);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('button', { name: 'Français' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    // …the form by its own buttons, so that what was typed goes along.
    await page.goto(stack.urls.form);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('button', { name: 'Français' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');

    await page.getByLabel(translate('fr', 'web.form.text')).fill('La porte du quai 3 ne ferme plus.');
    // The form's own switch: the text goes over to the Spanish form.
    await page.getByRole('navigation', { name: 'Langue' }).getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.getByLabel(translate('es', 'web.form.text')).inputValue()).toBe(
      'La porte du quai 3 ne ferme plus.',
    );

    await page.getByRole('button', { name: translate('es', 'web.form.send') }).click();
    await page.locator('#case-code').waitFor();
    expect(await page.locator('h1').textContent()).toBe(translate('es', 'web.receipt.heading'));
    await page.getByRole('button', { name: translate('es', 'web.receipt.seeStatus') }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});
