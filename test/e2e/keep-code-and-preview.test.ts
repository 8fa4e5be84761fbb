import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { systemClock } from '../../shared/ports/clock';
import { enrolKiosk } from '../../shared/use-cases/enrol-kiosk';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';

describe('before and after sending, in a real browser: the redaction preview and the receipt', () => {
  const { stack, browser } = useBrowserAndStack();

  it('Should show what will be removed before sending, keep the form as filled in, and send it after (JavaScript off)', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    await page.getByLabel('Your feedback').fill('Gregory in dispatch keeps shouting at the new starters.');
    await page.getByLabel('Where do you work?').selectOption({ label: 'Plant 2' });
    await page.getByRole('button', { name: 'Check what will be removed' }).click();
    await expect.poll(() => page.locator('#preview').textContent()).toContain('‘Gregory’ will be replaced by [NAME]');
    expect(await page.locator('#preview blockquote').textContent()).toBe(
      '[NAME] in dispatch keeps shouting at the new starters.',
    );
    expect(await page.getByLabel('Your feedback').inputValue()).toBe(
      'Gregory in dispatch keeps shouting at the new starters.',
    );
    expect(await page.getByLabel('Where do you work?').inputValue()).toBe('plant2');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Thank you, we have it');
    await context.close();
  });

  it('Should show on the kiosk what will be removed from a comment before it is sent', async () => {
    const documents = localDocuments(stack.urls.dynamodb);
    const kiosks = new DynamoDbKioskRegistry(documents, stack.tableName, systemClock);
    const { token } = await enrolKiosk(
      { kiosks, config: stack.config, clock: systemClock },
      { site: 'plant2', name: 'Break room' },
    );
    documents.destroy();
    const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/kiosk#token=${token}`);
    await page.getByRole('button', { name: 'Unhappy', exact: true }).click();
    await page.getByLabel('Comment').fill('Gregory in dispatch keeps shouting at the new starters');
    await page.getByRole('button', { name: 'Check what will be removed' }).click();
    await expect.poll(() => page.locator('#preview').textContent()).toContain('‘Gregory’ will be replaced by [NAME]');
    expect(await axeViolations(page)).toEqual([]);
    // Changing the comment clears a preview of the old one.
    await page.getByLabel('Comment').fill('The new starters are doing well');
    expect(await page.locator('#preview').textContent()).toBe('');
    await context.close();
  });

  it('Should give a receipt to copy and print, and a plain warning that a lost code is gone for good', async () => {
    const context = await browser.newContext({ viewport: PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    await page.getByLabel('Your feedback').fill('The lockers in hall B need new locks.');
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Thank you, we have it');
    const code = (await page.locator('#case-code').textContent())!.trim();
    expect(await page.locator('#lost-code-warning').textContent()).toContain('If you lose it, it cannot be recovered.');

    // The code is the key to the case, and a printer at work keeps what it prints with the name of who printed it.
    expect(await page.locator('#print-where').textContent()).toContain('print only on a printer at home');
    expect(await page.getByRole('button', { name: 'Print this receipt' }).getAttribute('aria-describedby')).toBe(
      'print-where',
    );
    await page.getByRole('button', { name: 'Copy the code' }).click();
    await expect.poll(() => page.locator('#copy-result').textContent()).toContain('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print this receipt' }).isVisible()).toBe(false);
    expect(await page.locator('.receipt').isVisible()).toBe(true);
    expect(await page.locator('.receipt').textContent()).toContain(`STATUS ${code}`);
    await context.close();
  });

  it('Should hide the copy and print buttons when JavaScript is off, since they would do nothing', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    await page.getByLabel('Your feedback').fill('More bike racks please.');
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Thank you, we have it');
    expect(await page.getByRole('button', { name: 'Copy the code' }).isVisible()).toBe(false);
    await context.close();
  });

  it('Should have no axe violations on the preview and the confirmation page, at phone and desktop widths', async () => {
    for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
      const context = await browser.newContext({ viewport, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(stack.urls.form);
      await page.getByLabel('Your feedback').fill('Call Maria on 555-201-7788 about the rota.');
      await page.getByRole('button', { name: 'Check what will be removed' }).click();
      await expect.poll(() => page.locator('#preview').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Send anonymously' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Thank you, we have it');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});
