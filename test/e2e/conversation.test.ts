import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { fixedClock } from '../support/fixtures';
import { outbox, waitFor } from '../support/outbox';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';

describe('the conversation in a real browser, JavaScript off', () => {
  // The stack's clock, held still: an answer on this urgent case reaches its holder at once, whatever the hour.
  const clock = fixedClock('2026-11-18T15:00:00Z');
  const { stack, browser } = useBrowserAndStack({ clock });

  it('Should let a sponsor ask and an employee answer on a phone, each page passing axe', async () => {
    const { caseCode } = await stack.submit({ text: 'The emergency shower at dock 3 has no water', site: 'plant2' });
    await stack.waitForStatus(caseCode, 'escalated');
    const email = await waitFor('the sponsor email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => e.destination.to.includes('plant2-gm@example.com')),
    );
    const link = email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/ack\/[\w.-]+)/)![1]!;

    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    // axe runs as a script: each page is checked as it stands, in a second context that runs it.
    const checker = await browser.newContext({ viewport: PHONE });
    const axeOn = async (url: string) => {
      const page = await checker.newPage();
      await page.goto(url);
      const found = await axeViolations(page);
      await page.close();
      return found;
    };
    const sponsor = await context.newPage();
    await sponsor.goto(link);
    await sponsor.getByLabel('Write to the employee').fill('Since when has it been dry?');
    await sponsor.getByRole('button', { name: 'Send to the employee' }).click();
    await expect.poll(() => sponsor.locator('[role=status]').first().textContent()).toContain('Sent.');
    expect(await axeOn(link)).toEqual([]);

    const employee = await context.newPage();
    await employee.goto(`${stack.urls.app}/status/${caseCode}`);
    expect(await employee.locator('.thread').textContent()).toContain('Since when has it been dry?');
    expect(await employee.locator('.deadline').textContent()).toMatch(/hear what is being done by/);
    expect(await axeOn(`${stack.urls.app}/status/${caseCode}`)).toEqual([]);

    // An empty answer: the form again, saying what to fix, still accessible.
    await employee.getByRole('button', { name: 'Send answer' }).click();
    await expect.poll(() => employee.locator('[role=alert]').textContent()).toContain('There is a problem');
    const withError = await checker.newPage();
    await withError.goto(`${stack.urls.app}/status/${caseCode}`);
    await withError.getByRole('button', { name: 'Send answer' }).click();
    await expect.poll(() => withError.locator('[role=alert]').textContent()).toContain('There is a problem');
    expect(await axeViolations(withError)).toEqual([]);

    await employee.getByLabel('Your answer').fill('Since Monday, the valve is shut.');
    await employee.getByRole('button', { name: 'Send answer' }).click();
    await expect.poll(() => employee.locator('[role=status]').first().textContent()).toContain('Your answer was sent');
    expect(await employee.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expect
      .poll(
        async () => {
          // The case's page again, from an address kept from before the pages posted codes (it still works).
          await employee.goto(`${stack.urls.app}/status/${caseCode}`);
          return employee.locator('.thread').textContent();
        },
        { timeout: 15_000 },
      )
      .toContain('Since Monday, the valve is shut.');
    expect(await axeOn(`${stack.urls.app}/status/${caseCode}?sent=1`)).toEqual([]);

    // A case urgent in what it reports, whose holder asked: the answer is on their page at once, not held to the end
    // of its hour (an urgent case does not wait on anonymity's hour).
    await expect
      .poll(
        async () => {
          await sponsor.goto(link);
          return sponsor.locator('.thread').textContent();
        },
        { timeout: 15_000 },
      )
      .toContain('Since Monday, the valve is shut.');
    expect(await axeOn(link)).toEqual([]);
    await context.close();
    await checker.close();
  });
});
