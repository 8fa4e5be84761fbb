import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndStack } from '../support/browser-stack';
import { watchPageErrors } from '../support/page-errors';

/**
 * Opens one of an email's views in the outbox as a person does: click its button until what they want in it shows
 * (`ready`: the view itself, or a link inside it). The outbox adds each new email at the top of the list once a second,
 * so a click can land while the list moves and hit nothing (CI once waited a minute for a frame that was never
 * shown); a person clicks again and, if the view still stays empty, reloads the page — and so does this.
 */
async function openView(email: Locator, button: string, view: string, ready = email.locator(view)): Promise<void> {
  const page = email.page();
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await email.locator(view).isVisible())) await email.getByRole('button', { name: button }).click();
      await ready.waitFor({ state: 'visible', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 12) throw error;
      if (attempt % 3 === 0) await page.reload();
    }
  }
}

/**
 * The README's "Try the whole loop" as a newcomer does it, by clicking only:
 * the form, the confirmation, the outbox, the link in the email, the sponsor's
 * page (acknowledge, respond) and the employee's status page. Any error in any
 * page's console (a refused frame, a blocked script, a missing file) fails it.
 */
describe('the README walkthrough, by clicking only', () => {
  const { stack, browser } = useBrowserAndStack();

  it('Should take an urgent report from the form to the sponsor and back to the employee with no dead end and no console error', async () => {
    const context = await browser.newContext();
    const consoleErrors = watchPageErrors(context, { failedResponses: true });
    const employee = await context.newPage();

    // The employee writes on the form.
    await employee.goto(stack.urls.form);
    await employee
      .getByLabel('Your feedback')
      .fill('La salida de emergencia junto al taller de pintura está bloqueada otra vez. Es muy peligroso.');
    await employee.getByLabel('Where do you work?').selectOption({ label: 'Plant 2' });
    await employee.getByRole('button', { name: 'Send anonymously' }).click();
    await expect.poll(() => employee.locator('h1').textContent()).toBe('Thank you, we have it');
    const caseCode = (await employee.locator('#case-code').textContent())!.trim();

    // The newcomer opens the outbox and the email's HTML view.
    const outbox = await context.newPage();
    await outbox.goto(stack.urls.outbox);
    const email = outbox.locator('.email').filter({ hasText: 'Urgent: Health and safety at Plant 2' });
    await expect.poll(() => email.count(), { timeout: 20_000 }).toBe(1);
    const subject = await email.locator('p').first().textContent();
    // The deadline with its time zone, named as people say it; a deadline at midnight is said as the end of its day
    // (four hours after an evening report, so which one depends on when this test runs).
    expect(subject).toMatch(/please acknowledge by (.+ Central Time|the end of \w+, \w+ \d+, \d{4} \(Central Time\))/);

    // The link opens the sponsor's page in its own tab: the page refuses to be framed, and must not be shown in one.
    // The HTML view loads its frame first (slowly on a busy machine: CI once waited out the new tab's 30 s for it).
    const acknowledge = email.frameLocator('iframe').getByRole('link', { name: 'Acknowledge and answer' });
    await openView(email, 'Toggle HTML view', '.email-html', acknowledge);
    const [sponsor] = await Promise.all([context.waitForEvent('page', { timeout: 60_000 }), acknowledge.click()]);
    await sponsor.waitForLoadState();
    await expect.poll(() => sponsor.locator('h1').textContent()).toContain('Health and safety at Plant 2');

    // The text view's address is a link too, and opens the same page.
    await openView(email, 'Toggle text view', '.email-text');
    const [fromText] = await Promise.all([
      context.waitForEvent('page'),
      email
        .locator('.email-text')
        .getByRole('link', { name: /\/ack\// })
        .click(),
    ]);
    await expect.poll(() => fromText.locator('h1').textContent()).toContain('Health and safety at Plant 2');
    await fromText.close();

    expect(await sponsor.locator('main').textContent()).toContain('Written in Spanish');

    // The two buttons look alike: neither stretches across the page while the other does not.
    const column = (await sponsor.locator('main').boundingBox())!.width;
    for (const name of ['Acknowledge', 'Publish response']) {
      expect((await sponsor.getByRole('button', { name, exact: true }).boundingBox())!.width).toBeLessThan(column / 2);
    }
    await sponsor.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => sponsor.getByRole('status').textContent()).toContain('Acknowledged');
    await sponsor
      .getByLabel('Publish a response: you said, we did')
      .fill('The exit was cleared this morning and the paint shop will keep it clear.');
    await sponsor.getByRole('button', { name: 'Publish response' }).click();
    await expect.poll(() => sponsor.getByRole('status').textContent()).toContain('Response published');

    // Back on the confirmation page, the employee follows their case.
    await employee.bringToFront();
    await employee.getByRole('button', { name: 'See the status of this case' }).click();
    await expect.poll(() => employee.locator('h1').textContent()).toBe(`Case ${caseCode}`);
    await expect.poll(() => employee.locator('main').textContent()).toContain('The exit was cleared this morning');
    // Under the answer, the conversation does not say the leader has not written yet: it asks for a reply.
    const caseMain = await employee.locator('main').textContent();
    expect(caseMain).not.toContain('has not written here yet');
    expect(caseMain).toContain('If you want to reply to the answer above');

    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 180_000); // a whole walkthrough, with waits of up to a minute for a busy machine's pages
});
