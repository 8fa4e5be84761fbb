import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES, MAX_TEXT_CHARACTERS } from '../../shared/domain/limits';
import { MAX_RESPONSE_CHARACTERS } from '../../shared/use-cases/answer-escalation';
import { MAX_SPONSOR_MESSAGE_CHARACTERS } from '../../shared/use-cases/case-conversation';
import { axeViolations } from '../support/browser';
import { useBrowserAndStack } from '../support/browser-stack';
import { fixedClock } from '../support/fixtures';
import { outbox, waitFor } from '../support/outbox';
import { deskLinkIn } from '../support/sponsor-case';

/** The smallest phone the pages are read on. */
const PHONE = { width: 360, height: 740 };

/** `sentence` cycled to the most a field takes (characters, and bytes of UTF-8 when given), with nothing to trim. */
function longest(sentence: string, characters: number, bytes = Number.POSITIVE_INFINITY): string {
  const chars = [...sentence];
  let text = '';
  let count = 0;
  let size = 0;
  for (let i = 0; ; i++) {
    const ch = chars[i % chars.length]!;
    const cost = Buffer.byteLength(ch, 'utf8');
    if (count + 1 > characters || size + cost > bytes) break;
    text += ch;
    count += 1;
    size += cost;
  }
  return text.trim();
}

// Issue 14: the longest texts the intake accepts, in English, Chinese and
// Arabic (written right to left), from the submission through escalation to
// every page that shows them: the sponsor's case page (/ack), their desk and
// its case page, and the employee's thread, each with the longest message,
// response and answer each side may write. On a 360 px phone every page
// answers, wraps (no sideways scroll) and passes axe.
const LANGUAGES = {
  en: 'The fire exit by the paint shop is blocked again with pallets and nobody moves them. ',
  zh: '油漆车间旁边的消防出口又被托盘堵住了，没有人把它们搬走。',
  ar: 'مخرج الطوارئ بجانب ورشة الطلاء مسدود مرة أخرى بالمنصات ولا أحد يزيلها. ',
};

describe('the longest texts, on the sponsor’s pages and the thread, on a phone', () => {
  const clock = fixedClock('2026-11-18T15:00:00Z');
  const { stack, browser } = useBrowserAndStack({ clock });

  /** Opens a page as a person would, waiting as a 429 asks (the sponsors' links share a small budget). */
  async function open(page: Page, url: string): Promise<void> {
    for (;;) {
      const res = await page.goto(url);
      if (res?.status() === 429) {
        await page.waitForTimeout(Number((await res.headerValue('retry-after')) ?? '1') * 1000);
        continue;
      }
      expect(res?.status(), url).toBe(200);
      return;
    }
  }
  const sidewaysScroll = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  /**
   * What a reader sees of a page: it answered, it wraps, it passes axe, and
   * it holds `shows`; each text a person wrote reads in its own direction
   * (Arabic right to left, on an English page too).
   */
  async function readable(context: BrowserContext, url: string, shows: string[], direction?: string): Promise<void> {
    const page = await context.newPage();
    await open(page, url);
    // The employee's answer is analysed (and redacted) before a sponsor sees it: a moment after it is sent.
    await expect
      .poll(
        async () => {
          const text = (await page.locator('main').textContent()) ?? '';
          if (shows.every((part) => text.includes(part))) return [];
          await open(page, url);
          return shows.filter((part) => !text.includes(part));
        },
        { timeout: 30_000, message: url },
      )
      .toEqual([]);
    if (direction) {
      const written = page.locator('.verbatim, .response, .thread .text');
      expect(await written.count(), url).toBeGreaterThan(0);
      expect(new Set(await written.evaluateAll((els) => els.map((el) => getComputedStyle(el).direction))), url).toEqual(
        new Set([direction]),
      );
    }
    expect(await sidewaysScroll(page), url).toBe(0);
    expect(await axeViolations(page), url).toEqual([]);
    await page.close();
  }
  /**
   * Fills a field and presses its own button, as the page's own form does (JavaScript off works the same): on a
   * sponsor's page, the button of the field's action (one form holds them all); on the employee's, its form's.
   */
  async function send(page: Page, field: string, text: string): Promise<void> {
    await page.locator(`textarea[name="${field}"]`).fill(text);
    const action = page.locator(`.action:has(textarea[name="${field}"]) button[type="submit"]`);
    await ((await action.count())
      ? action
      : page.locator(`form:has(textarea[name="${field}"]) button[type="submit"]`)
    ).click();
    await page.waitForLoadState();
  }

  let hour = 15;
  it.each(Object.entries(LANGUAGES))(
    'Should show the longest %s texts whole, wrapped and accessible: /ack, the desk, its case page and the thread',
    async (language, sentence) => {
      const direction = language === 'ar' ? 'rtl' : 'ltr';
      const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
      const sponsor = await context.newPage();
      const employee = await context.newPage();
      const report = longest(sentence, MAX_TEXT_CHARACTERS, MAX_TEXT_BYTES);
      const message = longest(sentence, MAX_SPONSOR_MESSAGE_CHARACTERS);
      const response = longest(sentence, MAX_RESPONSE_CHARACTERS);
      const answer = longest([...sentence].reverse().join(''), MAX_TEXT_CHARACTERS, MAX_TEXT_BYTES);
      const seen = (await outbox(stack.urls.outbox)).length;
      const { caseCode } = await stack.submit({ text: report, site: 'plant2', escalate: true });
      await stack.waitForStatus(caseCode, 'escalated');
      const email = await waitFor('the sponsor’s email', async () =>
        (await outbox(stack.urls.outbox)).slice(seen).find((e) => e.destination.to.includes('plant2-gm@example.com')),
      );
      const ack = email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/ack\/[\w.-]+)/)![1]!;
      const desk = deskLinkIn(email)!;
      await open(sponsor, ack);
      await send(sponsor, 'message', message);
      await send(sponsor, 'response', response);
      expect(await sponsor.locator('[role=alert]').count(), 'the sponsor’s texts were accepted').toBe(0);
      await open(employee, `${stack.urls.app}/status/${caseCode}`);
      await send(employee, 'text', answer);
      expect(await employee.locator('[role=alert]').count(), 'the employee’s answer was accepted').toBe(0);

      // The answer is kept once analysed; it reaches the sponsor once that hour is over and the sweep has run.
      await expect
        .poll(
          async () =>
            (
              (await (
                await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'application/json' } })
              ).json()) as { messages: { from: string }[] }
            ).messages.filter((m) => m.from === 'employee').length,
          { timeout: 30_000 },
        )
        .toBe(1);
      hour += 1;
      clock.set(`2026-11-18T${hour}:00:00Z`);
      await stack.sweep();
      // The start of each text, as the pages show it (before any punctuation the redactor folds: "，" to ",").
      const [r, m, p, a] = [report, message, response, answer].map((t) =>
        [...t.replace(/^[\p{P}\s]+/u, '')].slice(0, 8).join(''),
      ) as [string, string, string, string];
      await readable(context, `${stack.urls.app}/status/${caseCode}`, [m, p, a], direction);
      await readable(context, ack, [r, m, p, a], direction);
      await readable(context, desk, []);
      const deskPage = await context.newPage();
      await open(deskPage, desk);
      const caseLink = await deskPage.locator('a[href*="/case/"]').first().getAttribute('href');
      await deskPage.close();
      await readable(context, new URL(caseLink!, desk).href, [r, m, p, a], direction);
      await context.close();
    },
    300_000,
  );
});
