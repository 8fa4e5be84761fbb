import { describe, expect, it } from 'vitest';
import { useBrowserAndStack } from '../support/browser-stack';
import { fixedClock } from '../support/fixtures';
import { outbox, waitFor } from '../support/outbox';
import { watchPageErrors } from '../support/page-errors';

/**
 * The README's two-message exchange ("Conversations, conflicts and legal
 * clocks"), in Chromium: the sponsor asks a question on the case page, the
 * employee reads it on the status page and answers in the form, the sponsor
 * sees the answer on the case page and in the outbox at once (the case is
 * urgent in what it reports). No page may log a console error on the way.
 */
describe('the README conversation, in a browser', () => {
  const clock = fixedClock('2026-11-18T15:00:00Z');
  const { stack, browser } = useBrowserAndStack({ clock });

  it('Should carry a question from the sponsor and the employee’s answer back, with neither learning who the other is', async () => {
    const context = await browser.newContext();
    const consoleErrors = watchPageErrors(context);

    // The walkthrough's report, by the form.
    const employee = await context.newPage();
    await employee.goto(stack.urls.form);
    await employee
      .locator('#text')
      .fill('La salida de emergencia junto al taller de pintura está bloqueada otra vez. Es muy peligroso.');
    await employee.locator('select[name="site"]').selectOption('plant2');
    await employee.locator('form:has(#text) .actions button[type="submit"]').first().click();
    const caseCode = (await employee.locator('#case-code').textContent())!.trim();
    await stack.waitForStatus(caseCode, 'escalated');

    // The sponsor opens the link in their email and asks a question.
    const email = await waitFor('the sponsor email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => e.destination.to.includes('plant2-gm@example.com')),
    );
    const link = email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/ack\/[\w.-]+)/)![1]!;
    const sponsor = await context.newPage();
    await sponsor.goto(link);
    await sponsor.locator('textarea[name="message"]').fill('Which door do you mean?');
    await sponsor.getByRole('button', { name: 'Send to the employee' }).click();
    await expect.poll(() => sponsor.locator('main').textContent()).toContain('Which door do you mean?');

    // The employee looks the case up (the code is posted, never put in an address), sees it and answers in the form.
    const lookUp = async () => {
      await employee.goto(stack.urls.status);
      await employee.getByLabel('Case code').fill(caseCode);
      await employee.getByRole('button', { name: 'Check', exact: true }).click();
      await employee.locator('#answer').waitFor();
    };
    await lookUp();
    await expect.poll(() => employee.locator('main').textContent()).toContain('Which door do you mean?');
    await employee.locator('#answer').fill('The east door, by bay 3.');
    await employee.locator('form:has(#answer) button[type="submit"]').click();
    await expect
      .poll(
        async () => {
          await lookUp();
          return employee.locator('main').textContent();
        },
        { timeout: 20_000 },
      )
      .toContain('The east door, by bay 3.');

    // The case is urgent in what it reports and its holder asked: the answer is on the case page and in the outbox at
    // once, not held to the end of its hour (an urgent case does not wait on anonymity's hour).
    await expect
      .poll(
        async () => {
          await sponsor.reload();
          return sponsor.locator('main').textContent();
        },
        { timeout: 20_000 },
      )
      .toContain('The east door, by bay 3.');
    const notice = await waitFor('the answer email', async () =>
      (await outbox(stack.urls.outbox)).find(
        (e) => e.destination.to.includes('plant2-gm@example.com') && /employee answered/i.test(e.subject),
      ),
    );
    expect(notice.body.text).toContain('The east door, by bay 3.');

    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
