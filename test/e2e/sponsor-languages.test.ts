import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium } from '../support/browser';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { outbox, waitFor } from '../support/outbox';

/** The example installation with one sponsor per language: Plant 2's manager reads French, the CHRO Spanish, the COO English. */
const LANGUAGE_OF: Record<string, string> = { 'plant2-gm': 'fr', chro: 'es', coo: 'en' };

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
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let browser: Browser;
  const links: Record<string, { ack: string; desk: string }> = {};

  beforeAll(async () => {
    const config = JSON.parse(readFileSync('config/example.config.json', 'utf8'));
    for (const sponsor of config.sponsors) if (LANGUAGE_OF[sponsor.id]) sponsor.language = LANGUAGE_OF[sponsor.id];
    const configPath = join(dataDir.path, 'sponsor-languages.config.json');
    writeFileSync(configPath, JSON.stringify(config));
    stack = await startTestStack({ dataDir: dataDir.path, configPath });
    browser = await launchChromium();
    const cases = [
      {
        to: 'plant2-gm@example.com',
        body: { text: 'The fire exit by the paint shop is blocked again.', site: 'plant2' },
      },
      {
        to: 'chro@example.com',
        body: { text: 'The new bonus scheme was never explained.', site: 'hq', topic: 'pay', escalate: true },
      },
      {
        to: 'coo@example.com',
        body: { text: 'The stairs at HQ have no working lights.', site: 'hq', topic: 'safety', escalate: true },
      },
    ];
    for (const { to, body } of cases) {
      const { caseCode } = await stack.submit(body);
      await stack.waitForStatus(caseCode, 'escalated');
      const email = await waitFor(`the email to ${to}`, async () =>
        (await outbox(stack.urls.outbox)).find((e) => e.destination.to.includes(to)),
      );
      const urls = email.body.text!.match(/https?:\/\/\S+/g)!;
      links[to] = { ack: urls.find((u) => u.includes('/ack/'))!, desk: urls.find((u) => u.includes('/desk/'))! };
    }
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    dataDir.remove();
  });

  it.each([
    ['fr', 'plant2-gm@example.com'],
    ['es', 'chro@example.com'],
    ['en', 'coo@example.com'],
  ] as const)(
    'Should show the %s sponsor their case and desk in their language, with no axe violations',
    async (language, to) => {
      const words = CASE_PAGE[language];
      const context = await browser.newContext({ viewport: { width: 375, height: 740 }, bypassCSP: true });
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
      const context = await browser.newContext({
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
      const checked = await browser.newContext({ viewport: { width: 375, height: 740 }, bypassCSP: true });
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
