import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';
import { caseLinksIn, linkIn } from '../support/conversation-stack';
import { outbox, waitFor } from '../support/outbox';
import { deskLinkIn, withinBudget } from '../support/sponsor-case';

/**
 * A newcomer's findings on the sponsor's pages, in Chromium with the keyboard: the hand-over had its first
 * person chosen already, so one press of "Hand over" gave a case to someone the sponsor never picked; and after
 * every action the page came back with focus at its top, the result said nowhere a screen reader would read.
 */
describe('a sponsor’s choices and where the keyboard lands after an action, in Chromium', () => {
  const { stack, browser } = useBrowserAndStack();

  async function escalatedCase(text: string) {
    const before = (await outbox(stack.urls.outbox)).length;
    const { caseCode } = await stack.submit({ text, site: 'plant2', escalate: true });
    await stack.waitForStatus(caseCode, 'escalated');
    return waitFor('the sponsor email', async () =>
      (await outbox(stack.urls.outbox)).slice(before).find((e) => e.destination.to.includes('plant2-gm@example.com')),
    );
  }

  async function openFromDesk(page: Page, desk: string, about: string) {
    for (const path of caseLinksIn(await (await withinBudget(desk)).text())) {
      if (!(await (await withinBudget(`${stack.urls.app}${path}`)).text()).includes(about)) continue;
      while ((await page.goto(`${stack.urls.app}${path}`))?.status() === 429) await page.waitForTimeout(1000);
      return;
    }
    throw new Error(`no case about ${about} on the desk`);
  }

  /** What has focus, as a screen reader would announce it: its role and its words. */
  const focused = (page: Page) =>
    page.evaluate(() => ({
      role: document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName.toLowerCase(),
      words: document.activeElement?.textContent?.trim() ?? '',
    }));

  it('Should hand a case to nobody until the sponsor chooses whom, and say so with focus on the choice', async () => {
    const email = await escalatedCase('The ladder in aisle 9 has a cracked rung');
    for (const viewport of [PHONE, { width: 1024, height: 768 }]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await openFromDesk(page, deskLinkIn(email)!, 'ladder in aisle 9');
      const choices = page.locator('input[name="to"]');
      expect(await choices.count()).toBe(2);
      for (const choice of await choices.all()) expect(await choice.isChecked()).toBe(false);

      // The reason typed, the button pressed by keyboard, nobody chosen: not handed over, and the page says so.
      await page.getByLabel('Why it is not yours').fill('Ladders are the warehouse’s.');
      await page.getByRole('button', { name: 'Hand over' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('Choose who should take this case');
      expect(await page.getByRole('alert').textContent()).toContain('It has not been handed over');
      expect(await page.locator('h1').textContent()).toContain('Health and safety at Plant 2');
      // Focus is on the first person to choose from, and the reason typed is still there.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('to');
      expect(await page.getByLabel('Why it is not yours').inputValue()).toBe('Ladders are the warehouse’s.');
      for (const choice of await choices.all()) expect(await choice.isChecked()).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      if (viewport === PHONE) {
        // The message box says what happens past its limit, and it is so: not sent, the words kept to shorten.
        expect(await page.locator('#message-hint').textContent()).toContain(
          'Up to 1,600 characters. Do not name anyone: names are removed. Anything longer is not sent: your words stay in the box to shorten.',
        );
        const long = 'Which ladder is it, and who uses it? '.repeat(44);
        await page.getByLabel('Write to the employee').fill(long);
        await page.getByRole('button', { name: 'Send to the employee' }).click();
        await expect
          .poll(() => page.getByRole('alert').first().textContent())
          .toContain('Keep the message to 1,600 characters');
        expect(await page.getByLabel('Write to the employee').inputValue()).toBe(long);
        expect(await page.locator('.thread .text').count()).toBe(0);
      }
      await context.close();
    }
    // Nobody was emailed about a hand-over.
    expect((await outbox(stack.urls.outbox)).filter((e) => e.destination.to.includes('coo@example.com'))).toEqual([]);
  });

  it('Should put focus on what was done after acknowledging, writing and handing over, on the desk and behind the email link', async () => {
    const email = await escalatedCase('The eyewash bottle at station 4 is empty');
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();

    // Behind the email's link: acknowledge by keyboard.
    await page.goto(linkIn(email));
    await page.getByRole('button', { name: 'Acknowledge', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => focused(page))
      .toMatchObject({ role: 'status', words: expect.stringContaining('Acknowledged.') });
    expect(await axeViolations(page)).toEqual([]);
    // The next Tab goes on from the message, not from the top of the page ("Skip to content").
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).not.toBe('Skip to content');

    // On the desk: write to the employee, then hand over.
    await openFromDesk(page, deskLinkIn(email)!, 'eyewash bottle at station 4');
    await page.getByLabel('Write to the employee').fill('Which station, the one by the dock?');
    await page.getByRole('button', { name: 'Send to the employee' }).click();
    await expect.poll(() => focused(page)).toMatchObject({ role: 'status', words: expect.stringContaining('Sent.') });

    await page.getByLabel('Dana Whitfield (COO)').check();
    await page.getByLabel('Why it is not yours').fill('First aid supplies are the COO’s.');
    await page.getByRole('button', { name: 'Hand over' }).click();
    await expect
      .poll(() => focused(page))
      .toMatchObject({ role: 'status', words: expect.stringContaining('Handed over') });
    expect(await page.locator('h1').textContent()).toBe('Your cases');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
