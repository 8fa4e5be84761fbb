import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { INTAKE_CHANNELS } from '../../shared/config/schema';
import { es, fr } from '../../shared/i18n/catalogues';
import { axeViolations } from '../support/browser';
import { useBrowserAndStack } from '../support/browser-stack';
import { writeEmergencyConfig } from '../support/emergency-config';
import { useKiosks } from '../support/kiosks';

// Reported: a kiosk's refusals were worded in English (the tablet browser's language, or none) while
// its screen spoke French, and a report refused because too many were arriving showed "saved on this
// tablet" as if all was well. Now the tablet asks in the language on screen, the server words a
// kiosk's refusal in the kiosk's language when the request names none, and the thank-you says the
// report is NOT saved yet, above whom to call, in the language on screen.

const TABLET = { width: 1180, height: 820 };

// The example installation with Plant 2's own emergency number, 112.
const configDir = mkdtempSync(join(tmpdir(), 'listening-post-kiosk-refusal-'));
const configPath = writeEmergencyConfig(configDir, 'refusal.config.json');

interface Refusal {
  error: { code: string; message: string; emergency?: string };
}

describe('a kiosk refused because too many reports arrive says so in the language on screen', () => {
  // One request per channel, barely refilled: the tablet's settings spend it, so every report is refused.
  const spent = { perSecond: 0.001, burst: 1 };
  const { stack, browser } = useBrowserAndStack({
    configPath,
    rateLimits: Object.fromEntries(INTAKE_CHANNELS.map((channel) => [channel, spent])),
  });
  const { enrol } = useKiosks(stack);
  afterAll(() => rmSync(configDir, { recursive: true, force: true }));

  const heading = (page: Page) => page.locator('section:not([hidden]) h1');
  const visible = (page: Page, id: string) => page.locator(`#${id}`).isVisible();

  /** Sends a comment from the details screen; the server's refusal the tablet read, and the thank-you it showed. */
  async function sendRefused(page: Page, face: string, send: string) {
    const answered = page.waitForResponse((res) => res.url().endsWith('/kiosk/feedback') && res.status() === 429);
    await page.getByRole('button', { name: face, exact: true }).tap();
    await page.locator('#comment').fill('The vending machine on floor 3 is out of coffee again');
    await page.getByRole('button', { name: send, exact: true }).tap();
    const refusal = (await (await answered).json()) as Refusal;
    await page.locator('#thanks-not-saved').waitFor();
    return refusal;
  }

  it('Should say NOT saved and whom to call in French, then in Spanish on a switch, whatever the browser speaks', async () => {
    const { token } = await enrol({ site: 'plant2', name: 'Atelier', language: 'fr' });
    // An English browser: nothing the person reads may follow it.
    const context = await browser.newContext({ viewport: TABLET, hasTouch: true, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/kiosk#token=${token}`);
    await heading(page).filter({ hasText: 'Comment s’est passé votre service aujourd’hui ?' }).waitFor();

    const french = await sendRefused(page, 'Bien', 'Envoyer');
    expect(french.error.code).toBe('too_many_requests');
    expect(french.error.message).toContain(fr.messages['sms.busy']);
    expect(french.error.emergency).toBe('Si vous ou quelqu’un d’autre êtes en danger maintenant, appelez le 112.');
    expect(await page.locator('#thanks-not-saved').textContent()).toBe(fr.messages['kiosk.thanks.notSaved']);
    expect(await page.locator('#thanks-not-saved').textContent()).toContain('PAS encore enregistré');
    expect(await page.locator('#thanks-emergency').textContent()).toBe(french.error.emergency);
    // Never "saved on this tablet and sent as soon as the connection allows", nor a code.
    expect(await visible(page, 'thanks-saved')).toBe(false);
    expect(await visible(page, 'thanks-code')).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Terminer' }).tap();

    // The next person reads Spanish; the report before still waits on the tablet, ahead of theirs.
    await page.getByRole('button', { name: 'Español' }).tap();
    const spanish = await sendRefused(page, 'Bien', 'Enviar');
    expect(spanish.error.message).toContain(es.messages['sms.busy']);
    expect(spanish.error.emergency).toBe('Si usted u otra persona corre peligro ahora, llame al 112.');
    expect(await page.locator('#thanks-not-saved').textContent()).toBe(es.messages['kiosk.thanks.notSaved']);
    expect(await page.locator('#thanks-emergency').textContent()).toBe(spanish.error.emergency);
    expect(await visible(page, 'thanks-saved')).toBe(false);
    await context.close();
  });
});
