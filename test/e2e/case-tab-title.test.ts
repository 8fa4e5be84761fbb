import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';
import { linkIn } from '../support/conversation-stack';
import { outbox, waitFor } from '../support/outbox';

/**
 * Newcomer's report (round 26): a sponsor with one case open in two tabs, from the email's link and from the
 * desk, read "Case: Health and safety at Plant 2" on one tab and "Lee Marsh (Plant 2 GM): Health and safety at
 * Plant 2" on the other, and could not tell they were the same case. Both tabs now read as the case's heading.
 */
describe("a case's tab, in Chromium", () => {
  const { stack, browser } = useBrowserAndStack();

  it('Should read the same from the email’s link and from the desk: the case’s heading', async () => {
    const before = (await outbox(stack.urls.outbox)).length;
    const { caseCode } = await stack.submit({
      text: 'The emergency exit by the paint shop is blocked again',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const email = await waitFor('the sponsor email', async () =>
      (await outbox(stack.urls.outbox)).slice(before).find((e) => e.destination.to.includes('plant2-gm@example.com')),
    );
    const context = await browser.newContext({ viewport: PHONE });
    const fromEmail = await context.newPage();
    await fromEmail.goto(linkIn(email));
    const fromDesk = await context.newPage();
    await fromDesk.goto(linkIn(email));
    await fromDesk.getByRole('link', { name: /Hand over or close this case/ }).click();
    await fromDesk.getByRole('button', { name: 'Close this case' }).waitFor();

    const heading = await fromEmail.locator('h1').textContent();
    expect(heading).toMatch(/^Urgent: Health and safety at Plant 2 \(case [0-9A-Z]{4}\)$/);
    expect(await fromDesk.locator('h1').textContent()).toBe(heading);
    expect(await fromEmail.title()).toBe(`${heading} · Listening Post`);
    expect(await fromDesk.title()).toBe(await fromEmail.title());
    expect(await axeViolations(fromDesk)).toEqual([]);
    await context.close();
  });
});
