import { describe, expect, it } from 'vitest';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';

/**
 * Without JavaScript no counter shows while typing, and the form's refusal of a text over the limit said only "shorten
 * it to 1,600 characters or fewer": a person who pasted a long account did not know whether to cut a word or half of
 * it. The refusal now says how long the text counts as and by how much to shorten it, in the page's language, for a
 * text a little over, one far over (past what the page reads as a form), and one of emoji (which count as more).
 */
describe('the form without JavaScript, a text too long, in Chromium', () => {
  const { stack, browser } = useBrowserAndStack();

  async function refusal(language: string, text: string) {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${stack.urls.form}?lang=${language}`);
    await page.locator('#text').fill(text);
    await page.locator('#feedback button[type=submit]:not([formaction])').click();
    const summary = (await page.locator('main .error-summary').textContent()) ?? '';
    const kept = await page.locator('#text').inputValue();
    return { context, page, summary, kept };
  }

  it('Should say how long it was and how much to cut (English, a little over)', async () => {
    const text = `${'The canteen queue is far too long at noon. '.repeat(37)}Please fix it!!`;
    const length = [...text].length;
    expect(length).toBeGreaterThan(1600);
    const { context, summary, kept } = await refusal('en', text);
    expect(summary).toContain(`it counts as ${length.toLocaleString('en-US')} characters`);
    expect(summary).toContain('one message may hold 1,600 characters');
    expect(summary).toContain(`shorten it by at least ${length - 1600} characters`);
    expect(summary).toContain('NOT saved');
    expect(kept).toBe(text);
    await context.close();
  });

  it('Should say so in Spanish for a text far over, and keep it in the box', async () => {
    const text = 'La cola del comedor es demasiado larga. '.repeat(500).trim();
    const { context, page, summary, kept } = await refusal('es', text);
    expect(summary).toContain(`cuenta como ${[...text].length.toLocaleString('es')} caracteres`);
    expect(summary).toContain('Acórtela al menos');
    expect(kept).toBe(text);
    await context.close();
    void page;
  });

  it('Should count emoji as the limit counts them, in French', async () => {
    // About 1,300 characters, but 4 bytes each for the emoji: over the limit though under 1,600 characters.
    const text = `Merci à toute l’équipe ${'\u{1F600}'.repeat(1300)}`;
    expect([...text].length).toBeLessThan(1600);
    const { context, page, summary } = await refusal('fr', text);
    const said = /il compte ([\d\s\u202f\u00a0]+) caractères/.exec(summary)?.[1]?.replace(/\D/g, '');
    expect(Number(said)).toBeGreaterThan(1600);
    expect(summary).toContain('Raccourcissez-le d’au moins');
    await context.close();
    void page;
  });
});
