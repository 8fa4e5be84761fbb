import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INTAKE_CHANNELS } from '../../shared/config/schema';
import { READINGS_PER_BUDGET } from '../../functions/intake/middleware/rate-limit';
import { LANGUAGES } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';
import { writeEmergencyConfig } from '../support/emergency-config';

// The page a person meets when a flood has spent the form's budget was never seen in a browser: a report refused
// so must say, in the page's language, that it was NOT saved, what to do (send it again in a few minutes: what was
// typed is still there) and whom to call now, since whoever sends it may be in danger. With the page's script and
// without it, at a phone's width, for a calm report and one marked urgent.

const configDir = mkdtempSync(join(tmpdir(), 'listening-post-form-flood-'));
const configPath = writeEmergencyConfig(configDir, 'flood.config.json');

describe('the form refused by a flood, in Chromium', () => {
  // One request per channel, barely refilled: the first report spends it, so every later one is refused.
  const spent = { perSecond: 0.001, burst: 1 };
  const { stack, browser } = useBrowserAndStack({
    configPath,
    rateLimits: Object.fromEntries(INTAKE_CHANNELS.map((channel) => [channel, spent])),
  });
  afterAll(() => rmSync(configDir, { recursive: true, force: true }));

  let spentOnce = false;
  async function refusedPage(language: string, javaScriptEnabled: boolean, text: string) {
    if (!spentOnce) {
      spentOnce = true;
      // Forms sent as a browser sends them spend the form's budget (the API's is its own), then the reads for danger
      // a refused report is given (a refused report is read first, and taken if it reads urgent): past those, a flood
      // refuses every report that is not marked urgent, unread. Not a test of a slow detector: on a busy machine a
      // report read while the detector still loads is taken, as it may be urgent.
      for (let sent = 0; sent < 2 + READINGS_PER_BUDGET; sent += 1) {
        await fetch(new URL('/feedback', stack.urls.form), {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
          body: new URLSearchParams({ text: 'The canteen is out of forks' }).toString(),
        });
      }
    }
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${stack.urls.form}?lang=${language}`);
    await page.locator('#text').fill(text);
    await page.locator('#site').selectOption('plant2');
    const [response] = await Promise.all([
      page.waitForResponse((res) => res.url().includes('/feedback') && res.request().method() === 'POST'),
      page.locator('#feedback button[type=submit]:not([formaction])').click(),
    ]);
    await page.locator('main .error-summary').waitFor();
    return { context, page, status: response.status() };
  }

  it.each(LANGUAGES.flatMap((language) => [true, false].map((javaScriptEnabled) => ({ language, javaScriptEnabled }))))(
    'Should say in $language that a calm report was NOT saved, what to do and whom to call (JavaScript: $javaScriptEnabled)',
    async ({ language, javaScriptEnabled }) => {
      const text = 'The vending machine on floor 3 has been empty all week';
      const { context, page, status } = await refusedPage(language, javaScriptEnabled, text);
      expect(status).toBe(429);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      const said = (await page.locator('main .error-summary').textContent()) ?? '';
      expect(said).toContain(translate(language, 'report.notSaved').split('.')[0]!);
      // Plant 2's own emergency number (the config's), not the default one.
      expect(said).toContain('112');
      expect(await page.locator('#text').inputValue()).toBe(text);
      // Nothing a person reads is a code term.
      expect(said).not.toMatch(/too_many_requests|429|budget|rate limit|request/i);
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );
});
