import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';
import { caseLinksIn, linkIn } from '../support/conversation-stack';
import { outbox, waitFor } from '../support/outbox';
import { watchPageErrors } from '../support/page-errors';
import { deskLinkIn, withinBudget } from '../support/sponsor-case';

/** A message's lines as the browser lays them out: innerText, not textContent, which keeps line breaks CSS collapses. */
const renderedLines = async (message: Locator) =>
  // biome-ignore lint/performance/useDomNodeTextContent: the lines as shown on screen are what is tested
  (await message.innerText()).split('\n');

/**
 * What a newcomer tripped on walking the sponsor's side of the README in Chromium, from the email in the outbox:
 * a question written on two lines that reached the employee (and the sponsor's own page) run together on one,
 * a case no longer on the desk that said "the list shows every case you hold" with no way to the list, and a
 * close that called a case "nobody has acknowledged" just above the history line saying it was acknowledged, and
 * a refused empty box named at the top of a long page with no way to the box and nothing marking it.
 */
describe('what a newcomer tripped on as a sponsor, in Chromium', () => {
  const { stack, browser } = useBrowserAndStack();

  /** An urgent report from Plant 2, escalated, and its sponsor's email. */
  async function escalatedCase(text: string) {
    const before = (await outbox(stack.urls.outbox)).length;
    const { caseCode } = await stack.submit({ text, site: 'plant2', escalate: true });
    await stack.waitForStatus(caseCode, 'escalated');
    const email = await waitFor('the sponsor email', async () =>
      (await outbox(stack.urls.outbox)).slice(before).find((e) => e.destination.to.includes('plant2-gm@example.com')),
    );
    return { caseCode, email };
  }

  /**
   * The case's page on the desk, found among the desk's cases by what it says and opened in the browser. The
   * sponsors' links share a budget of 5 requests a second: a page refused for it is loaded again a moment later,
   * as a person pressing reload would.
   */
  async function openFromDesk(page: Page, desk: string, about: string) {
    for (const path of caseLinksIn(await (await withinBudget(desk)).text())) {
      if (!(await (await withinBudget(`${stack.urls.app}${path}`)).text()).includes(about)) continue;
      while ((await page.goto(`${stack.urls.app}${path}`))?.status() === 429) await page.waitForTimeout(1000);
      return;
    }
    throw new Error(`no case about ${about} on the desk`);
  }

  it('Should show a question written on several lines on several lines, to the employee and on the sponsor’s pages', async () => {
    const { caseCode, email } = await escalatedCase('The railing on the mezzanine stairs is loose');
    const context = await browser.newContext({ viewport: PHONE });
    const sponsor = await context.newPage();
    await sponsor.goto(linkIn(email));
    const question = 'Two things, please:\n1. Which stairs, east or west?\n2. Since when?';
    await sponsor.getByLabel('Write to the employee').fill(question);
    await sponsor.getByRole('button', { name: 'Send to the employee' }).click();
    await expect.poll(() => sponsor.getByRole('status').textContent()).toContain('Sent.');
    const lines = ['Two things, please:', '1. Which stairs, east or west?', '2. Since when?'];
    expect(await renderedLines(sponsor.locator('.thread .text').last())).toEqual(lines);
    expect(await axeViolations(sponsor)).toEqual([]);

    // The desk's page of the case shows it as written too.
    await openFromDesk(sponsor, deskLinkIn(email)!, 'railing on the mezzanine');
    expect(await renderedLines(sponsor.locator('.thread .text').last())).toEqual(lines);

    // And the employee, looking the case up, reads three lines, not one run-on sentence.
    const employee = await context.newPage();
    await employee.goto(`${stack.urls.app}/status`);
    await employee.locator('#code').fill(caseCode);
    await employee.locator('#lookup button[type=submit]').click();
    await employee.locator('#answer').waitFor();
    expect(await renderedLines(employee.locator('.thread .text').last())).toEqual(lines);
    expect(await axeViolations(employee)).toEqual([]);
    await context.close();
  });

  it('Should lead from the email’s case page to where the case can be handed over or closed, under the same name', async () => {
    const { email } = await escalatedCase('The ladder in aisle 9 has a cracked rung');
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(linkIn(email));
    const named = await page.locator('h1').textContent();
    // The list names cases "… (case 3C86)": the page the email opens says which one it is the same way.
    expect(named).toMatch(/ \(case [0-9A-Z]{4}\)$/);
    await page.getByRole('link', { name: /Hand over or close this case/ }).click();
    await page.getByRole('button', { name: 'Hand over' }).waitFor();
    expect(await page.getByRole('button', { name: 'Close this case' }).count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe(named);
    expect(await page.locator('main').textContent()).toContain('cracked rung');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('Should lead from a case no longer on the desk back to the desk’s list, which the page speaks of', async () => {
    const { email } = await escalatedCase('The guard rail at the loading dock is bent and loose');
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const desk = deskLinkIn(email)!;
    await openFromDesk(page, desk, 'guard rail at the loading dock');
    const kept = page.url(); // the address a sponsor bookmarks, or finds in their history
    await page.getByLabel('Dana Whitfield (COO)').check();
    await page.getByLabel('Why it is not yours').fill('The docks belong to the warehouse team.');
    await page.getByRole('button', { name: 'Hand over' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Handed over.');

    const response = await page.goto(kept);
    expect(response?.status()).toBe(404);
    expect(await page.locator('main').textContent()).toContain('the list shows every case you hold');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'All your cases' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Your cases');
    expect(page.url()).toBe(desk);
    await context.close();
  });

  it('Should not call an urgent case "nobody has acknowledged" when closing it, once its last holder acknowledged it before handing it over', async () => {
    const before = (await outbox(stack.urls.outbox)).length;
    const { email } = await escalatedCase('There is oil on the floor by the press again');
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(linkIn(email));
    await page.getByRole('button', { name: 'Acknowledge', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Acknowledged.');
    await openFromDesk(page, deskLinkIn(email)!, 'oil on the floor by the press');
    await page.getByLabel('Dana Whitfield (COO)').check();
    await page.getByLabel('Why it is not yours').fill('The presses are maintained by central engineering.');
    await page.getByRole('button', { name: 'Hand over' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Handed over.');

    // The COO opens it from the hand-over email and closes it without acknowledging it first.
    const handed = await waitFor('the hand-over email', async () =>
      (await outbox(stack.urls.outbox))
        .slice(before)
        .find(
          (e) => e.subject.startsWith('Handed over to you: ') && e.body.text!.includes('oil on the floor by the press'),
        ),
    );
    await openFromDesk(page, deskLinkIn(handed)!, 'oil on the floor by the press');
    await page.getByRole('button', { name: 'Close this case' }).click();
    const ask = page.locator('#confirm-close');
    await ask.waitFor();
    const asked = ((await ask.textContent()) ?? '').replace(/\s+/g, ' ');
    // The history just below says "Acknowledged": the question must not say nobody did.
    expect(await page.locator('main').textContent()).toContain('Acknowledged');
    expect(asked).not.toMatch(/nobody has acknowledged( it)?[.?]/);
    expect(asked).toContain('nobody has acknowledged it since it changed hands');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close it and count it as acknowledged' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Closing.');
    const history = ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
    expect(history).not.toContain('Nobody had acknowledged it before it was closed');
    expect(history).toContain(
      'Not acknowledged again after it changed hands: the close counted as its acknowledgement',
    );
    await context.close();
  });
  it('Should lead a sponsor who sent an empty box to that box, on the desk and on the case page, and mark it as the one to fix', async () => {
    const { email } = await escalatedCase('The emergency shower by the acid tank does not work');
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const errors = watchPageErrors(context);
    await openFromDesk(page, deskLinkIn(email)!, 'emergency shower by the acid tank');
    for (const [box, button] of [
      ['Why it is not yours', 'Hand over'],
      ['Write to the employee', 'Send to the employee'],
      ['Publish a response: you said, we did', 'Publish response'],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      const summary = page.getByRole('alert');
      await summary.waitFor();
      // The title says first that something needs fixing, as an employee's page does, for a screen reader's first words.
      expect(await page.title()).toMatch(/^Error: /);
      // The words lead to the box, which says it is the one that is wrong, and why (the hand-over says both of its
      // problems at once, nobody chosen before no reason: the box's is the last).
      await summary.getByRole('link').last().click();
      const field = page.getByLabel(box);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(await field.getAttribute('id'));
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await field.getAttribute('aria-describedby')).toContain('sponsor-error');
      expect(await axeViolations(page)).toEqual([]);
    }
    // The case's own page from the email does the same for its two boxes.
    await page.goto(linkIn(email));
    await page.getByRole('button', { name: 'Send to the employee' }).click();
    await page.getByRole('alert').getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('message');
    expect(await page.getByLabel('Write to the employee').getAttribute('aria-invalid')).toBe('true');
    expect(await page.title()).toMatch(/^Error: /);
    // A page that is fine again is not called an error.
    await page.getByLabel('Write to the employee').fill('Which tank, the one by dock A?');
    await page.getByRole('button', { name: 'Send to the employee' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Sent.');
    expect(await page.title()).not.toMatch(/^Error: /);
    expect(await page.getByLabel('Write to the employee').getAttribute('aria-invalid')).toBeNull();
    expect(errors.filter((e) => !e.includes('400'))).toEqual([]);
    await context.close();
  });
});
