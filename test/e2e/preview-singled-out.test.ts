import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { systemClock } from '../../shared/ports/clock';
import { enrolKiosk } from '../../shared/use-cases/enrol-kiosk';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';

/*
 * Words that single the writer out ("the only woman in the maintenance team") are kept, but the check before sending
 * names them, so the employee sees the risk before anything is sent (docs/anonymity.md, "What the text itself says").
 */
describe('the check before sending names words that may point to the writer, in a real browser', () => {
  const { stack, browser } = useBrowserAndStack();
  const TEXT = 'I am the only woman in the maintenance team and the lockers have no lock.';

  it('Should name the phrase on the web form, keep it in the text, and still send (JavaScript off)', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    await page.getByLabel('Your feedback').fill(TEXT);
    await page.getByRole('button', { name: 'Check what will be removed' }).click();
    await expect.poll(() => page.locator('#preview').textContent()).toContain('you, or someone you write about');
    expect(await page.locator('#singled-out li').allTextContents()).toEqual([
      '‘the only woman in the maintenance team’',
    ]);
    // Nothing is removed: the words are the report.
    expect(await page.locator('#preview blockquote').textContent()).toBe(TEXT);
    expect(await page.getByLabel('Your feedback').inputValue()).toBe(TEXT);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Thank you, we have it');
    await context.close();
  });

  it('Should say it in the page’s language (Spanish) and not for "the only microwave"', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'es-ES', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    const box = page.locator('textarea').first();
    await box.fill('Soy la única soldadora zurda del turno de noche y las herramientas son para diestros.');
    await page.locator('button[formaction*="/feedback/preview"]').click();
    await expect.poll(() => page.locator('#preview').textContent()).toContain('pueden ayudar a adivinar');
    expect(await page.locator('#singled-out li').allTextContents()).toEqual([
      '«la única soldadora zurda del turno de noche»',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('textarea').first().fill('The only microwave on the second floor has been broken for weeks.');
    await page.locator('button[formaction*="/feedback/preview"]').click();
    await expect.poll(() => page.locator('#preview blockquote').textContent()).toContain('microwave');
    expect(await page.locator('#singled-out').count()).toBe(0);
    await context.close();
  });

  // Session 39: a post only one person holds, without "only", most often someone else's: named, with a note that
  // fits the writer and whoever they write about; a post many hold is not.
  it('Should name a post one person holds ("the canteen manager at the Northfield site"), not "the managers"', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    const text = 'The canteen manager at the Northfield site keeps our tips and shouts at the juniors.';
    await page.getByLabel('Your feedback').fill(text);
    await page.getByRole('button', { name: 'Check what will be removed' }).click();
    await expect.poll(() => page.locator('#preview').textContent()).toContain('you, or someone you write about');
    expect(await page.locator('#singled-out li').allTextContents()).toEqual([
      '‘The canteen manager at the Northfield site’',
    ]);
    expect(await page.locator('#preview blockquote').textContent()).toBe(text);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Your feedback').fill('The managers at the Northfield site never answer our emails.');
    await page.getByRole('button', { name: 'Check what will be removed' }).click();
    await expect.poll(() => page.locator('#preview blockquote').textContent()).toContain('never answer');
    expect(await page.locator('#singled-out').count()).toBe(0);
    await context.close();
  });

  it('Should name the phrase on the kiosk’s check as well', async () => {
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
    await page
      .getByLabel('Comment')
      .fill('As the only Sikh forklift driver at the depot, Gregory mocks my turban daily');
    await page.getByRole('button', { name: 'Check what will be removed' }).click();
    await expect.poll(() => page.locator('#preview').textContent()).toContain('‘Gregory’ will be replaced by [NAME]');
    expect(await page.locator('#preview').textContent()).toContain('‘the only Sikh forklift driver at the depot’');
    expect(await page.locator('#preview').textContent()).toContain('you, or someone you write about');
    await context.close();
  });
});
