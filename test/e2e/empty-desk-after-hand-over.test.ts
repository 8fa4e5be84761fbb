import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';
import { linkIn } from '../support/conversation-stack';
import { outbox, waitFor } from '../support/outbox';

/**
 * A newcomer walking the sponsor's side handed over their only case and was shown, on a desk with nothing on
 * it, "No case matches these filters. Show every open case.": no filter was set, and the link led to the same
 * empty list. The empty desk now says that nothing is on it and how a new case comes.
 */
describe('the case desk once its last case is handed over, in Chromium', () => {
  const { stack, browser } = useBrowserAndStack();

  it('Should say nothing is on the desk and how a new case comes, not blame filters nobody set', async () => {
    const { caseCode } = await stack.submit({
      text: 'The guard on the band saw is missing',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const email = await waitFor('the sponsor email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => e.destination.to.includes('plant2-gm@example.com')),
    );
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(linkIn(email));
    await page.getByRole('link', { name: /Hand over or close this case/ }).click();
    await page.getByLabel('Dana Whitfield (COO)').check();
    await page.getByLabel('Why it is not yours').fill('The saws are the COO’s equipment budget.');
    await page.getByRole('button', { name: 'Hand over' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Handed over.');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain(
      'No case is on your desk now. A new one comes to you by email, with a link to it and to this desk.',
    );
    expect(main).not.toContain('No case matches these filters');
    expect(await page.getByRole('link', { name: 'Show every open case' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);
});
