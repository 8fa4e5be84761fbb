import { describe, expect, it } from 'vitest';
import { useBrowserAndStack } from '../support/browser-stack';
import { fixedClock } from '../support/fixtures';
import { outbox, waitFor } from '../support/outbox';
import { watchPageErrors } from '../support/page-errors';

/**
 * The README's two-message exchange ("Conversations, conflicts and legal
 * clocks"), in Chromium: the sponsor asks a question on the case page, the
 * employee reads it on the status page and answers in the form, the sponsor
 * sees the answer on the case page and, once the hour is over, in the
 * outbox. No page may log a console error on the way.
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

    // The sponsor sees the answer once the hour is over, on the case page and by email (so nothing dates it finer).
    await sponsor.reload();
    expect(await sponsor.locator('main').textContent()).not.toContain('The east door, by bay 3.');
    clock.set('2026-11-18T16:00:00Z');
    // The sweep after the hour places it in the thread and emails it. An answer the escalate stage had not yet
    // held when the clock turned waits for the next hour.
    let sweeps = 0;
    const notice = await waitFor('the answer email', async () => {
      if ((sweeps += 1) === 20) clock.set('2026-11-18T17:00:00Z');
      await stack.sweep();
      return (await outbox(stack.urls.outbox)).find(
        (e) => e.destination.to.includes('plant2-gm@example.com') && /employee answered/i.test(e.subject),
      );
    });
    expect(notice.body.text).toContain('The east door, by bay 3.');
    await expect
      .poll(async () => {
        await sponsor.reload();
        return sponsor.locator('main').textContent();
      })
      .toContain('The east door, by bay 3.');

    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
