import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';
import { fixedClock } from '../support/fixtures';
import { outbox, waitFor } from '../support/outbox';

// Issue 14 review, items 1 and 3, in a real browser with JavaScript off:
// whoever a case is handed to reads who wrote each earlier message (not
// "You"), and an employee whose case let its legal deadline pass reads that
// it passed and that leadership has it, not a day gone by "at the latest".

describe('a case that changed hands, and one whose deadline passed, in a real browser', () => {
  const clock = fixedClock('2026-11-18T15:00:00Z');
  const { stack, browser } = useBrowserAndStack({ clock });
  const emailTo = (address: string, about: RegExp) =>
    waitFor(`the email to ${address}`, async () =>
      (await outbox(stack.urls.outbox)).find(
        (e) =>
          e.destination.to.includes(address) && about.test(e.body.text ?? '') && /\/desk\//.test(e.body.text ?? ''),
      ),
    );
  const axeOn = async (url: string) => {
    const checker = await browser.newContext({ viewport: PHONE });
    const page = await checker.newPage();
    await page.goto(url);
    const found = await axeViolations(page);
    await checker.close();
    return found;
  };

  it('Should show the new holder the earlier holder’s name on their message, and "You" on their own', async () => {
    const { caseCode } = await stack.submit({
      text: 'The forklift in bay 3 has no working horn.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await emailTo('plant2-gm@example.com', /working horn/);
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(first.body.text!.match(/your case desk\): (\S+)/)![1]!);
    await page.getByRole('link', { name: /Health and safety at Plant 2/ }).click();
    await page.getByLabel('Write to the employee').fill('Which forklift is it?');
    await page.getByRole('button', { name: 'Send to the employee' }).click();
    await expect
      .poll(() => page.locator('.thread .meta').allTextContents())
      .toEqual(['You, Wednesday, November 18, 2026']);
    await page.getByLabel('Dana Whitfield (COO)').check();
    await page.getByLabel('Why it is not yours').fill('The fleet is the COO’s.');
    await page.getByRole('button', { name: 'Hand over' }).click();

    const handed = await emailTo('coo@example.com', /working horn/);
    await page.goto(handed.body.text!.match(/your case desk\): (\S+)/)![1]!);
    await page.getByRole('link', { name: /Health and safety at Plant 2/ }).click();
    await page.getByLabel('Write to the employee').fill('The fleet team will fix it on Friday.');
    await page.getByRole('button', { name: 'Send to the employee' }).click();
    await expect
      .poll(() => page.locator('.thread .meta').allTextContents())
      .toEqual([
        expect.stringMatching(/^Lee Marsh \(Plant 2 GM\), Wednesday, November 18, 2026$/),
        expect.stringMatching(/^You, Wednesday, November 18, 2026$/),
      ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await axeOn(page.url())).toEqual([]);
    await context.close();
  });

  it('Should tell the employee, in Spanish, that the deadline passed and that leadership has the case', async () => {
    clock.set('2026-11-20T15:00:00Z');
    const { caseCode } = await stack.submit({
      text: 'The eyewash station in bay 2 is empty.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    clock.set('2026-11-28T15:00:00Z'); // past the seven days to acknowledge it
    await stack.sweep();
    const url = `${stack.urls.app}/status/${caseCode}?lang=es`;
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    const deadline = await page.locator('.deadline').textContent();
    expect(deadline).toContain(
      'El plazo para confirmarlo terminaba al final del jueves 26 de noviembre de 2026 (hora central).',
    );
    expect(deadline).toContain('el caso se ha pasado al equipo de dirección');
    expect(await page.locator('main').textContent()).not.toContain('a más tardar');
    expect(await axeOn(url)).toEqual([]);
    await context.close();
  });
});
