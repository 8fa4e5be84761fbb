import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndStack } from '../support/browser-stack';
import { outbox, waitFor } from '../support/outbox';

/** How far a page scrolls sideways at its viewport's width (0: not at all). */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Issue 14 (attacker's report): one very long word made the status page and
 * the desk's case page 15,744 px wide on a 360 px phone. Whatever the
 * employee writes, every page that shows it wraps it.
 */
describe('one very long word, on a 360 px phone', () => {
  const { stack, browser } = useBrowserAndStack();
  const word = 'a'.repeat(450) + 'b'.repeat(450);

  it('Should never make a page scroll sideways: preview, status, case page, desk', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const employee = await context.newPage();
    await employee.goto(stack.urls.form);
    await employee.locator('#text').fill(`The fire exit by the paint shop is blocked again with pallets. ${word}`);
    await employee.locator('select[name="site"]').selectOption('plant2');
    await employee.getByRole('button', { name: 'Check what will be removed' }).click();
    await expect.poll(() => employee.locator('#preview').textContent()).toContain(word.slice(0, 40));
    expect(await sidewaysScroll(employee)).toBe(0);

    const { caseCode } = await stack.submit({
      text: `The fire exit by the paint shop is blocked again with pallets. ${word}`,
      site: 'plant2',
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const email = await waitFor('the sponsor email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => e.destination.to.includes('plant2-gm@example.com')),
    );
    const ack = email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/ack\/[\w.-]+)/)![1]!;
    const desk = email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/desk\/[\w.-]+)/)![1]!;
    const sponsor = await context.newPage();
    await sponsor.goto(ack);
    expect(await sponsor.locator('main').textContent()).toContain(word.slice(0, 40));
    expect(await sidewaysScroll(sponsor)).toBe(0);
    await sponsor.locator('textarea[name="message"]').fill(`Which door? ${word}`);
    await sponsor.getByRole('button', { name: 'Send to the employee' }).click();
    await expect.poll(() => sponsor.locator('main').textContent()).toContain('Which door?');
    expect(await sidewaysScroll(sponsor)).toBe(0);

    await sponsor.goto(desk);
    expect(await sidewaysScroll(sponsor)).toBe(0);
    await sponsor.locator('a[href*="/case/"]').first().click();
    await expect.poll(() => sponsor.locator('main').textContent()).toContain('Which door?');
    expect(await sidewaysScroll(sponsor)).toBe(0);

    await employee.goto(`${stack.urls.app}/status/${caseCode}`);
    await expect.poll(() => employee.locator('main').textContent()).toContain('Which door?');
    expect(await sidewaysScroll(employee)).toBe(0);
    await context.close();
  });
});
