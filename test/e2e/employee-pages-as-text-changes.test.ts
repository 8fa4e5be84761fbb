import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';
import { watchPageErrors } from '../support/page-errors';

// Newcomer walk-through in Chromium (round 15), each a page that kept saying what was no longer so, or lost
// what was typed: the case page's language switch threw away the answer typed in its box; the web form's check
// of what will be removed stayed on screen after the text was edited, describing words no longer there; and a
// "no words" error stayed beside a long text full of words ("3,120 of 1,600 characters").

const NO_WORDS = 'Your feedback has no words, only punctuation or symbols.';
const TOO_LONG = 'Your feedback is too long for one message.';
const EMPTY = 'Write your feedback in the box before sending it.';
const STALE = 'You have changed your text since this check';

/** The problems the page shows above the form, one line each. */
// The problems named, not the line under them saying the report was NOT saved and whom to call (its own test:
// form-refusal-not-saved).
const problems = (page: Page) =>
  page.locator('main .error-summary li, main .error-summary p:not(#not-saved)').allTextContents();

describe('the employee pages as the text changes, in a real browser', () => {
  const { stack, browser } = useBrowserAndStack();

  async function escalatedCase(text: string) {
    const { caseCode } = await stack.submit({ text, site: 'plant2', escalate: true });
    await stack.waitForStatus(caseCode, 'escalated');
    return caseCode;
  }

  /** The case's page as the lookup opens it: the code posted, never in the address. */
  async function openCase(page: Page, caseCode: string) {
    await page.goto(stack.urls.status);
    await page.getByLabel('Case code').fill(caseCode);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.locator('#answer').waitFor();
  }

  it.each([
    ['with', true],
    ['without', false],
  ])(
    'Should bring the answer typed on the case page back in its box in the new language, unsent (%s JavaScript)',
    async (_, javaScriptEnabled) => {
      const caseCode = await escalatedCase('The fire door at the back of plant 2 is chained shut.');
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled, bypassCSP: true });
      const errors = watchPageErrors(context, { failedResponses: true });
      const page = await context.newPage();
      await openCase(page, caseCode);
      const typed = 'Desde el lunes. Nadie hace nada, y hay cajas en la otra salida también.';
      await page.locator('#answer').fill(typed);

      await page.getByRole('button', { name: 'Français' }).click();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
      await expect.poll(() => page.locator('#answer').inputValue()).toBe(typed);
      expect(await page.locator('label[for=answer]').textContent()).toBe('Votre message');
      expect(page.url()).not.toContain(caseCode);
      // Nothing sent: no "sent" notice, nothing on its way in the conversation, no problem.
      expect(await page.locator('main ol.thread').count()).toBe(0);
      expect(await page.locator('main .notice').count()).toBe(0);
      expect(await page.locator('main .error-summary').count()).toBe(0);
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);

      // And on to another language, then sent from there: it arrives once.
      await page.getByRole('button', { name: 'Español' }).click();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
      expect(await page.locator('#answer').inputValue()).toBe(typed);
      await page.getByRole('button', { name: 'Enviar mensaje' }).click();
      await expect.poll(() => page.locator('main .notice').textContent()).toContain('se envió');
      expect(await page.locator('#answer').inputValue()).toBe('');
      // Once in the conversation, it is there once: the switches sent nothing.
      await expect
        .poll(
          async () => {
            await openCase(page, caseCode);
            return ((await page.locator('main ol.thread').allTextContents()).join('').match(/Desde el lunes/g) ?? [])
              .length;
          },
          { timeout: 60_000, interval: 1_000 },
        )
        .toBe(1);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('Should say the check of what will be removed is out of date once the text is changed, and not when put back', async () => {
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${stack.urls.form}`);
    const checked = 'Gregory in dispatch keeps shouting at the new starters.';
    await page.getByLabel('Your feedback').fill(checked);
    await page.getByRole('button', { name: 'Check what will be removed' }).click();
    const preview = page.locator('#preview');
    await expect.poll(() => preview.textContent()).toContain('‘Gregory’ will be replaced by [NAME]');
    expect(await preview.textContent()).not.toContain(STALE);

    // Edited: the check no longer describes the text, and says so.
    await page.getByLabel('Your feedback').fill('Someone in dispatch keeps shouting at the new starters.');
    await expect.poll(() => preview.textContent()).toContain(STALE);
    expect(await page.locator('#preview .stale-note').getAttribute('role')).toBe('status');
    expect(await axeViolations(page)).toEqual([]);

    // Put back as it was checked: what the check says is true again.
    await page.getByLabel('Your feedback').fill(checked);
    await expect.poll(() => preview.textContent()).not.toContain(STALE);

    // Checked again after an edit: a fresh check, not marked.
    await page.getByLabel('Your feedback').fill('Call Maria on 555-201-7788 about the rota.');
    await page.getByRole('button', { name: 'Check what will be removed' }).click();
    await expect.poll(() => preview.textContent()).toContain('‘Maria’ will be replaced by [NAME]');
    expect(await preview.textContent()).not.toContain(STALE);
    await context.close();
  });

  it('Should say the check is out of date in the page’s language', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${stack.urls.form}?lang=fr`);
    await page.locator('#text').fill('Gregory au quai 3 crie sur les nouveaux.');
    await page.getByRole('button', { name: 'Voir ce qui sera retiré' }).click();
    await page.locator('#preview').waitFor();
    await page.locator('#text').pressSequentially(' Encore.');
    await expect
      .poll(() => page.locator('#preview .stale-note').textContent())
      .toContain('Vous avez modifié votre texte depuis cette vérification');
    await context.close();
  });

  it('Should show only the problem true of the text now as it changes, after the server refused it (no words, then a long paste)', async () => {
    // (The console logs the server's 400 for the post made without the script: no check of console errors here.)
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    await page.getByLabel('Your feedback').fill('?!');
    // Posted as a browser without this page's script would: the server's page refuses it.
    await Promise.all([
      page.waitForURL(/\/feedback/),
      page.evaluate(() => (document.getElementById('feedback') as HTMLFormElement).submit()),
    ]);
    expect(await problems(page)).toEqual([expect.stringContaining(NO_WORDS)]);
    expect(await page.title()).toMatch(/^Error: /);

    // A long text full of words: "no words" is no longer true; "too long" is, and is the one shown.
    const long = 'The night shift has no break room heating and the vending machine eats coins. '.repeat(40);
    await page.getByLabel('Your feedback').fill(long);
    await expect.poll(() => problems(page)).toEqual([expect.stringContaining(TOO_LONG)]);
    expect(await page.locator('#text-error').textContent()).toContain(TOO_LONG);
    expect(await page.locator('main').textContent()).not.toContain(NO_WORDS);
    expect(await page.locator('#text').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    // Emptied while a problem is shown: that is the problem now.
    await page.getByLabel('Your feedback').fill('');
    await expect.poll(() => problems(page)).toEqual([expect.stringContaining(EMPTY)]);

    // Written to fit: no problem left, the field no longer marked, the title no longer "Error:".
    await page.getByLabel('Your feedback').fill('The night shift has no break room heating.');
    await expect.poll(() => page.locator('main .error-summary').count()).toBe(0);
    expect(await page.locator('#text-error').count()).toBe(0);
    expect(await page.locator('#text').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#text').getAttribute('aria-describedby')).toBe('text-hint');
    expect(await page.title()).not.toMatch(/^Error: /);

    // Nothing shown any more: emptying the box or typing "?!" says nothing until it is sent.
    await page.getByLabel('Your feedback').fill('');
    await page.getByLabel('Your feedback').fill('?!');
    expect(await page.locator('main .error-summary').count()).toBe(0);
    await context.close();
  });

  it('Should refuse a text of "?!" alone before sending, as the server would, and say nothing while a text is being written', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const errors = watchPageErrors(context, { failedResponses: true });
    const page = await context.newPage();
    await page.goto(`${stack.urls.form}?lang=es`);
    // Typing alone says no problem, even of a text that could not be sent as it is yet.
    await page.locator('#text').fill('…');
    expect(await page.locator('main .error-summary').count()).toBe(0);
    await page.getByRole('button', { name: 'Enviar de forma anónima' }).click();
    await expect
      .poll(() => problems(page))
      .toEqual([expect.stringContaining('Su opinión no tiene palabras, solo signos o símbolos.')]);
    // Words typed after: the problem goes, and the report is sent.
    await page.locator('#text').fill('La calefacción del turno de noche no funciona.');
    await expect.poll(() => page.locator('main .error-summary').count()).toBe(0);
    await page.getByRole('button', { name: 'Enviar de forma anónima' }).click();
    await expect.poll(() => page.locator('#case-code').count()).toBe(1);
    // No refused post on the way: the script said it first.
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Should take the case page’s "write your message" problem away once a message is written in the box', async () => {
    const caseCode = await escalatedCase('The eyewash station in bay 2 is empty.');
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await openCase(page, caseCode);
    // The answer refused as empty by the server's page, then written: the problem goes.
    await Promise.all([
      page.waitForURL(/\/status\/answer/),
      page.evaluate(() => (document.getElementById('answer-form') as HTMLFormElement).submit()),
    ]);
    expect(await problems(page)).toEqual([expect.stringContaining('Write your message in the box before sending it.')]);
    await page.locator('#answer').fill('It has been empty since Monday.');
    await expect.poll(() => page.locator('main .error-summary').count()).toBe(0);
    expect(await page.locator('#answer').getAttribute('aria-invalid')).toBeNull();
    await context.close();
  });
});
