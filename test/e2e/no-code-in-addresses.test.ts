import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';

/**
 * A browser's history keeps every address it opened, to the second; on a
 * work-managed browser (history sync, a proxy that reads HTTPS) that is the
 * employer's to read. So the pages never put a case code in an address:
 * someone who sends feedback, looks the case up, answers and switches
 * language leaves addresses that hold no code, in the address bar, in the
 * browser's own history and in every request the pages made.
 */
describe('case codes kept out of the addresses a browser keeps', () => {
  const { stack, browser } = useBrowserAndStack();

  /** Every address in the tab's history, as Chromium keeps it (what a history sync would send). */
  async function historyOf(page: Page): Promise<string[]> {
    const cdp = await page.context().newCDPSession(page);
    const { entries } = (await cdp.send('Page.getNavigationHistory')) as { entries: { url: string }[] };
    await cdp.detach();
    return entries.map((e) => e.url);
  }

  it('Should send, look up, answer and switch language with no address holding the code, each page passing axe', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    const page = await context.newPage();
    const addresses: string[] = [];
    const step = async (action: () => Promise<unknown>, heading: string | RegExp) => {
      await action();
      await expect.poll(() => page.locator('h1').textContent()).toMatch(heading);
      addresses.push(page.url());
    };

    // The form says how to leave no trace at all.
    await step(() => page.goto(stack.urls.form), 'Tell us what is on your mind');
    expect(await page.locator('#no-trace').textContent()).toContain('a private window');
    await page.getByLabel('Your feedback').fill('The emergency shower at dock 3 has no water');
    await page.getByLabel('Where do you work?').selectOption({ label: 'Plant 2' });
    await page.getByLabel('This is urgent').check();
    await step(() => page.getByRole('button', { name: 'Send anonymously' }).click(), 'Thank you, we have it');
    const caseCode = (await page.locator('#case-code').textContent())!.trim();
    expect(caseCode).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    await stack.waitForStatus(caseCode, 'escalated');

    // From the receipt to the case.
    await step(() => page.getByRole('button', { name: 'See the status of this case' }).click(), `Case ${caseCode}`);
    expect(await axeViolations(page)).toEqual([]);

    // Looked up again later, from the form's link.
    await step(() => page.goto(stack.urls.form), 'Tell us what is on your mind');
    await step(() => page.getByRole('link', { name: 'Check its status with your case code' }).click(), 'Check a case');
    expect(await page.locator('#no-trace').textContent()).toContain('a private window');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Case code').fill(caseCode.toLowerCase());
    await step(() => page.getByRole('button', { name: 'Check', exact: true }).click(), `Case ${caseCode}`);

    // An answer: the case's page again, saying it is on its way.
    await page.getByLabel('Your message').fill('It has been dry since Monday.');
    await step(() => page.getByRole('button', { name: 'Send message' }).click(), `Case ${caseCode}`);
    expect(await page.getByRole('status').first().textContent()).toContain('Your message was sent');
    expect(await axeViolations(page)).toEqual([]);
    // The same case in Spanish, from the switch.
    await step(() => page.getByRole('button', { name: 'Español' }).click(), `Caso ${caseCode}`);

    // The pages were shown in place: a reload loads the address again (the lookup), and posts nothing twice.
    await step(() => page.reload(), 'Check a case');
    const asPrograms = await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'application/json' } });
    const { messages } = (await asPrograms.json()) as { messages: { from: string }[] };
    expect(messages.filter((m) => m.from === 'employee')).toHaveLength(1);

    // A mistyped code: the lookup again, with what was typed.
    await step(() => page.goto(stack.urls.status), 'Check a case');
    await page.getByLabel('Case code').fill(`${caseCode.slice(0, 9)}X`);
    await step(() => page.getByRole('button', { name: 'Check', exact: true }).click(), 'Check a case');
    expect(await axeViolations(page)).toEqual([]);

    const history = await historyOf(page);
    // The forms are sent in place: the tab's history holds only the pages opened by their address (the form, the lookup, and the blank page the tab began on).
    expect(history.length).toBeGreaterThanOrEqual(2);
    for (const url of history) expect(['about:blank', stack.urls.form, stack.urls.status]).toContain(url);
    expect(requested.length).toBeGreaterThan(addresses.length);
    const code = caseCode.replace('-', '-?');
    for (const url of [...addresses, ...history, ...requested]) expect(url).not.toMatch(new RegExp(code, 'i'));
    // The check itself can fail: the address the pages used to go to holds the code, and the JSON API still answers there.
    expect(`${stack.urls.app}/status/${caseCode}`).toMatch(new RegExp(code, 'i'));
    const json = await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'application/json' } });
    expect((await json.json()).caseCode).toBe(caseCode);
    await context.close();
  });
});
