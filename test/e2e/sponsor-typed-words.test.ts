import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium } from '../support/browser';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { outbox, waitFor } from '../support/outbox';

// A newcomer typed a message and a response, then pressed "Acknowledge": the page came back with both boxes
// empty, the message never sent. On the desk, a typed message then "Close this case": closed, the message
// gone. In Chromium, with no script (the pages carry none), the words stay in their boxes, said to be unsent.

const PHONE = { width: 375, height: 740 };
const MESSAGE = 'Which door do you mean, the one by bay 3?';
const RESPONSE = 'We cleared the exit and now check it at every shift change.';

describe("a sponsor's typed words in a real browser", () => {
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let browser: Browser;
  let ackLink: string;
  let deskLink: string;
  let caseCode: string;

  beforeAll(async () => {
    stack = await startTestStack({ dataDir: dataDir.path });
    browser = await launchChromium();
    ({ caseCode } = await stack.submit({
      text: 'The fire exit by the paint shop is blocked again with pallets.',
      site: 'plant2',
    }));
    await stack.waitForStatus(caseCode, 'escalated');
    const email = await waitFor('the sponsor email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => e.destination.to.includes('plant2-gm@example.com')),
    );
    ackLink = email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/ack\/[\w.-]+)/)![1]!;
    deskLink = email.body.text!.match(/your case desk\): (\S+)/)![1]!;
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    dataDir.remove();
  });

  const messagesOf = async () =>
    (
      (await (
        await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'application/json' } })
      ).json()) as { messages?: unknown[] }
    ).messages ?? [];

  it('Should acknowledge from the email link and keep the message and response typed, saying they are not sent', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ackLink);
    await page.getByLabel('Write to the employee').fill(MESSAGE);
    await page.getByLabel('Publish a response: you said, we did').fill(RESPONSE);
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Acknowledged.');
    expect(await page.getByLabel('Write to the employee').inputValue()).toBe(MESSAGE);
    expect(await page.getByLabel('Publish a response: you said, we did').inputValue()).toBe(RESPONSE);
    const note = await page.locator('#unsent-note').textContent();
    expect(note).toContain('Your message to the employee has not been sent.');
    expect(note).toContain('Your response has not been published.');
    expect(await messagesOf()).toEqual([]);
    expect(await page.getByRole('button', { name: 'Acknowledge' }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });

  it('Should not close the case from the desk while words are typed, keeping them, and close once the box is emptied', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${deskLink}?show=all`);
    await page.getByRole('link', { name: 'Urgent: Health and safety at Plant 2' }).click();
    await page.getByLabel('Write to the employee').fill(MESSAGE);
    await page.getByLabel('Publish a response: you said, we did').fill(RESPONSE);
    // Enter in a hand-over choice does nothing (the page's one form would otherwise press its first button,
    // "Send to the employee"): the page comes back, the words unsent and still in their boxes.
    await page.locator('input[name="to"]').first().press('Enter');
    await expect
      .poll(() => page.locator('#unsent-note').textContent())
      .toContain('Something you typed is not sent yet');
    expect(await page.getByRole('status').count()).toBe(0);
    expect(await page.getByLabel('Write to the employee').inputValue()).toBe(MESSAGE);
    expect(await messagesOf()).toEqual([]);

    await page.getByRole('button', { name: 'Close this case' }).click();
    await expect
      .poll(() => page.locator('#unsent-note').textContent())
      .toContain('This case has not been closed: something you typed is not sent yet');
    expect(await page.getByLabel('Write to the employee').inputValue()).toBe(MESSAGE);
    expect(await page.getByLabel('Publish a response: you said, we did').inputValue()).toBe(RESPONSE);
    expect(await page.getByRole('button', { name: 'Close this case' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Sent first, the response still kept; then emptied, the case closes.
    await page.getByRole('button', { name: 'Send to the employee' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Sent.');
    expect(await page.getByLabel('Publish a response: you said, we did').inputValue()).toBe(RESPONSE);
    expect(await messagesOf()).toHaveLength(1);
    await page.getByLabel('Publish a response: you said, we did').fill('');
    await page.getByRole('button', { name: 'Close this case' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Closing.');
    await context.close();
  });
});
