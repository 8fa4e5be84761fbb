import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium } from '../support/browser';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { outbox, waitFor } from '../support/outbox';

const PHONE = { width: 375, height: 740 };

describe("a sponsor's case desk in a real browser", () => {
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let browser: Browser;
  let deskLink: string;

  beforeAll(async () => {
    stack = await startTestStack({ dataDir: dataDir.path });
    browser = await launchChromium();
    const { caseCode } = await stack.submit({
      text: 'The fire exit by the paint shop is blocked again with pallets.',
      site: 'plant2',
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const email = await waitFor('the sponsor email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => e.destination.to.includes('plant2-gm@example.com')),
    );
    deskLink = email.body.text!.match(/your case desk\): (\S+)/)![1]!;
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    dataDir.remove();
  });

  it('Should have no axe violations on the desk and on a case, at phone and desktop widths', async () => {
    for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
      const context = await browser.newContext({ viewport, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${deskLink}?show=all`);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Urgent: Health and safety at Plant 2' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toContain('Health and safety at Plant 2');
      expect(await page.getByRole('button', { name: 'Hand over' }).count()).toBe(1); // every form is on the page checked
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('Should set each action on a case page apart, on the desk and behind the email link, on a phone and at 200% zoom', async () => {
    const ackLink = (await outbox(stack.urls.outbox).then((emails) =>
      emails.find((e) => e.destination.to.includes('plant2-gm@example.com')),
    ))!.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/ack\/[\w.-]+)/)![1]!;
    // A 1280×800 screen at 200% zoom lays the page out in 640×400.
    for (const viewport of [PHONE, { width: 640, height: 400 }]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      // Between a button and the next action's first line, or the next button, a clear gap (16 px at least).
      const gapAfter = async (button: string, next: Locator) => {
        const above = (await page.getByRole('button', { name: button, exact: true }).boundingBox())!;
        const below = (await next.boundingBox())!;
        return below.y - (above.y + above.height);
      };
      await page.goto(ackLink);
      expect(
        await gapAfter('Acknowledge', page.getByText('Publish a response: you said, we did')),
      ).toBeGreaterThanOrEqual(16);

      await page.goto(`${deskLink}?show=all`);
      await page.getByRole('link', { name: 'Urgent: Health and safety at Plant 2' }).click();
      await page.getByRole('button', { name: 'Hand over' }).waitFor();
      expect(await gapAfter('Acknowledge', page.getByText('Write to the employee'))).toBeGreaterThanOrEqual(16);
      expect(
        await gapAfter('Send to the employee', page.getByText('Publish a response: you said, we did')),
      ).toBeGreaterThanOrEqual(16);
      expect(await gapAfter('Hand over', page.getByText('Closing ends the conversation'))).toBeGreaterThanOrEqual(16);
      // What closing does is said before the button is pressed, and read out with it.
      const close = page.getByRole('button', { name: 'Close this case' });
      const said = await page.locator(`#${await close.getAttribute('aria-describedby')}`).textContent();
      expect(said).toContain('neither you nor the employee can write in it again');
      await context.close();
    }
  });

  it('Should let a sponsor filter, open a case, write to the employee and close it on a phone with JavaScript off', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(deskLink);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Your cases');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await page.getByLabel('Site').selectOption({ label: 'Headquarters' });
    await page.getByRole('button', { name: 'Show these cases' }).click();
    await expect.poll(() => page.locator('#results').textContent()).toBe('0 cases');
    expect(page.url()).toContain('site=hq');
    await page.getByLabel('Site').selectOption({ label: 'Plant 2' });
    await page.getByRole('button', { name: 'Show these cases' }).click();
    await expect.poll(() => page.locator('#results').textContent()).toBe('1 case');

    await page.getByRole('link', { name: 'Urgent: Health and safety at Plant 2' }).click();
    await page.getByLabel('Write to the employee').fill('Which door do you mean?');
    await page.getByRole('button', { name: 'Send to the employee' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Sent.');
    expect(await page.locator('.thread').textContent()).toContain('Which door do you mean?');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('button', { name: 'Close this case' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Closing.');
    // Closed by mistake: until the end of the hour the sponsor can keep it open, from the same page.
    await page.getByRole('button', { name: 'Keep this case open' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Kept open.');
    expect(await page.getByLabel('Write to the employee').count()).toBe(1);
    await page.getByRole('button', { name: 'Close this case' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Closing.');
    await page.getByRole('link', { name: '← All your cases' }).first().click();
    await expect.poll(() => page.locator('#results').textContent()).toBe('0 cases');
    await context.close();
  });
  it('Should tell two cases alike apart, say a case is closing rather than closed, and set its labels apart at 390 px', async () => {
    const { caseCode } = await stack.submit({
      text: 'The fire exit by the loading bay is blocked with crates.',
      site: 'plant2',
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${deskLink}?show=all`);
    const links = page.locator('.desk-cases h3 a');
    await expect.poll(() => links.count()).toBeGreaterThanOrEqual(2);
    const texts = await links.allTextContents();
    // Alike in site and topic, and still each its own link text (a screen reader's list of links reads only that).
    expect(
      texts.filter((text) => text.startsWith('Urgent: Health and safety at Plant 2')).length,
    ).toBeGreaterThanOrEqual(2);
    expect(new Set(texts).size).toBe(texts.length);
    // The label is no time: nothing in it dates the report.
    for (const text of texts) expect(text).not.toMatch(/\d{1,2}:\d{2}|AM|PM/);
    // Labels read as labels, not run into their values.
    const label = page.locator('.desk-cases dt').first();
    expect(await label.evaluate((dt) => Number(getComputedStyle(dt).fontWeight))).toBeGreaterThanOrEqual(600);

    // This test's case, whichever place the desk lists it in (the other tests' cases are there too, some closing).
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    let found = false;
    for (const href of hrefs.reverse()) {
      await page.goto(href);
      if ((await page.locator('main').textContent())?.includes('loading bay is blocked')) {
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
    await page.getByRole('button', { name: 'Close this case' }).click();
    // Urgent and nobody has acknowledged it: closing asks once more, as closing counts as acknowledging it.
    await page.getByRole('button', { name: 'Close it and count it as acknowledged' }).click();
    const notice = page.getByRole('status');
    await expect.poll(() => notice.textContent()).toContain('Closing.');
    expect(await notice.textContent()).not.toMatch(/^\s*Closed\./);
    expect(await page.locator('.clock').textContent()).toContain('Closing on');
    const note = await page.locator('main').textContent();
    expect(note).not.toContain('Keep it open until then');
    expect(note).toContain('“Keep this case open” undoes your close.');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
