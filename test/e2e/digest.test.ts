import { createServer, type Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, listen } from '../../local/listen';
import { FileDigestArchive } from '../../shared/adapters/local/file-digest-archive';
import { buildDigest } from '../../shared/digest/build-digest';
import { digestLink } from '../../shared/digest/links';
import { renderDigestHtml } from '../../shared/digest/render-email';
import { createApp } from '../../functions/intake/app';
import { createSponsorApp, isSponsorPath } from '../../functions/sponsor/app';
import { axeViolations, launchChromium } from '../support/browser';
import { GOLDEN_WEEK, seededDigestInput } from '../support/digest-fixtures';
import { appWithFakes, exampleConfig, fixedClock } from '../support/fixtures';
import { tempDataDir } from '../support/local-stack';

/**
 * The seeded week's digest in Chromium: the email HTML and the web view, at
 * phone and desktop widths, in light and dark mode. Screenshots go to
 * SCREENSHOT_DIR (default /tmp/listening-post-digest) for a person to look at.
 */
const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? '/tmp/listening-post-digest';
const WIDTHS = { phone: { width: 375, height: 740 }, desktop: { width: 1024, height: 800 } };
const KEY = 'k'.repeat(64);

/** Every piece of text in the page against whatever is really behind it: WCAG contrast of at least 4.5 (3 for large text). */
async function lowContrastText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const [r, g, b, a = 1] = rgb(getComputedStyle(e).backgroundColor);
        if (a > 0.5) return [r!, g!, b!];
      }
      return [255, 255, 255];
    };
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      const text = node.textContent!.trim();
      if (!text || text === '\u00a0' || el.closest('[style*="display:none"]')) continue;
      const style = getComputedStyle(el);
      const fg = luminance(rgb(style.color));
      const bg = luminance(background(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      const large =
        parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.5 && Number(style.fontWeight) >= 700);
      // A legend's colour swatch is a graphic, not text: 3:1 (WCAG 1.4.11).
      if (ratio < (large || text === '■' ? 3 : 4.5)) problems.push(`${ratio.toFixed(2)}: "${text.slice(0, 40)}"`);
    }
    return problems;
  });
}

/** The whole page, and the same in screen-high parts, which are easier to look at one by one. */
async function screenshots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const { width, height } = page.viewportSize()!;
  const full = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let part = 0; part * height < full; part += 1) {
    const y = part * height;
    await page.screenshot({
      path: join(SCREENSHOTS, `${name}.part${part + 1}.png`),
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(height, full - y) },
    });
  }
}

describe('the digest in a real browser', () => {
  const dataDir = tempDataDir();
  const clock = fixedClock('2026-11-23T14:30:00Z');
  const input = seededDigestInput();
  const digest = buildDigest(exampleConfig, input);
  let browser: Browser;
  let server: Server;
  let link: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const archive = new FileDigestArchive(join(dataDir.path, 'digests'));
    await archive.put({ week: GOLDEN_WEEK }, digest);
    const { deps } = appWithFakes({ clock, digests: { archive, linkSigningKey: KEY } });
    // Split as the HTTP API and `npm start` split it: the sponsors' paths to their own app, the rest to the intake.
    const intake = createApp(deps);
    const sponsors = createSponsorApp(deps);
    const route = (request: Request) =>
      (isSponsorPath(new URL(request.url).pathname) ? sponsors : intake).fetch(request);
    server = createServer(getRequestListener(route));
    const url = await listen(server, 0);
    link = digestLink(url, { week: GOLDEN_WEEK }, KEY, new Date('2026-12-01T00:00:00Z'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    if (server) await close(server);
    dataDir.remove();
  });

  // Newcomer, round 19: the email itself had no main landmark and no level-one heading (axe, moderate).
  it('Should pass axe as an email, with its week as the heading of a main region', async () => {
    const context = await browser.newContext({ viewport: WIDTHS.desktop });
    const page = await context.newPage();
    await page.setContent(renderDigestHtml(digest, { webView: link }));
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  for (const [name, viewport] of Object.entries(WIDTHS)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`Should lay the email out without sideways scrolling and with readable text on a ${name} in ${colorScheme} mode`, async () => {
        const context = await browser.newContext({ viewport, colorScheme, javaScriptEnabled: false });
        const page = await context.newPage();
        // Like a mail client: nothing may be fetched.
        await page.route('**/*', (route) => route.abort());
        await page.setContent(renderDigestHtml(digest, { webView: link }));
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        expect(await lowContrastText(page)).toEqual([]);
        await screenshots(page, `email-${name}-${colorScheme}`);
        await context.close();
      });
    }
  }

  it('Should stay readable when a mail app inverts the colours for dark mode (as Gmail and Outlook apps do)', async () => {
    const context = await browser.newContext({ viewport: WIDTHS.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    // The inversion is simulated with a filter on the whole page.
    await page.setContent(
      renderDigestHtml(digest, { webView: link }).replace(
        '</head>',
        '<style>html { filter: invert(1) hue-rotate(180deg); background: #fff; }</style></head>',
      ),
    );
    await screenshots(page, 'email-phone-inverted');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTHS.phone.width);
    await context.close();
  });

  for (const [name, viewport] of Object.entries(WIDTHS)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`Should show the web view behind its signed link, with SVG charts and no accessibility violations, on a ${name} in ${colorScheme} mode`, async () => {
        // JavaScript on, for axe only: the page itself has none, and its CSP would refuse any.
        const context = await browser.newContext({ viewport, colorScheme });
        const page = await context.newPage();
        // Any console error (a refused style, a stylesheet served as JSON) or failed resource is a page that looks broken.
        const blocked: string[] = [];
        page.on('console', (m) => m.type() === 'error' && blocked.push(m.text()));
        page.on('requestfinished', async (r) => {
          const s = (await r.response())?.status() ?? 0;
          if (s >= 400) blocked.push(`${s} ${r.url()}`);
        });
        const response = await page.goto(link);
        expect(response?.status()).toBe(200);
        expect(await page.locator('svg.trend').count()).toBe(1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        expect(blocked).toEqual([]);
        // The stylesheet was applied: the page's background is the digest's, not the browser's default.
        const styled = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(styled).not.toBe('rgba(0, 0, 0, 0)');
        expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
        expect(await axeViolations(page)).toEqual([]);
        await screenshots(page, `web-${name}-${colorScheme}`);
        await context.close();
      });
    }
  }
});
