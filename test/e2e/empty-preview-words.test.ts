import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';

/**
 * "Check what will be removed" pressed on an empty form said "Write your feedback in the box before sending it.",
 * though that button sends nothing. It now says to write first and then check, with or without JavaScript; the
 * problem goes once something is typed, as the send button's does. A text of punctuation alone ("?!") checked
 * the same way said "Write what you want to say in words before sending it." with JavaScript, and without it
 * showed a preview of "?!" that invited sending it (then refused); both now say to write words, then check.
 */
describe('the empty form checked for what will be removed, in Chromium', () => {
  const { stack, browser } = useBrowserAndStack();
  const SAYS = 'Write your feedback in the box first, then check what will be removed.';

  it.each([{ javaScriptEnabled: true }, { javaScriptEnabled: false }])(
    'Should say to write first, not "before sending it" (JavaScript: $javaScriptEnabled)',
    async ({ javaScriptEnabled }) => {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(stack.urls.form);
      await page.getByRole('button', { name: 'Check what will be removed' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain(SAYS);
      expect(await page.locator('main').textContent()).not.toContain('before sending it');
      expect(await page.getByLabel('Your feedback').getAttribute('aria-invalid')).toBe('true');
      if (javaScriptEnabled) {
        expect(await axeViolations(page)).toEqual([]);
        await page.getByLabel('Your feedback').fill('The canteen closes too early for the night shift.');
        await expect.poll(() => page.locator('main .error-summary').count()).toBe(0);
        // Emptied again and sent: the send button's own words.
        await page.getByLabel('Your feedback').fill('');
        await page.getByRole('button', { name: 'Send anonymously' }).click();
        await expect
          .poll(() => page.getByRole('alert').textContent())
          .toContain('Write your feedback in the box before sending it.');
      }
      await context.close();
    },
  );

  const NO_WORDS = {
    en: 'Your feedback has no words, only punctuation or symbols. Write what you want to say in words, then check what will be removed.',
    es: 'Su opinión no tiene palabras, solo signos o símbolos. Escriba con palabras lo que quiere decir y luego compruebe lo que se quitará.',
    fr: 'Votre avis ne contient aucun mot, seulement de la ponctuation ou des symboles. Écrivez ce que vous voulez dire en mots, puis vérifiez ce qui sera retiré.',
  };
  const CHECK = { en: 'Check what will be removed', es: 'Ver qué se quitará', fr: 'Voir ce qui sera retiré' };

  it.each([
    { javaScriptEnabled: true, language: 'en' as const },
    { javaScriptEnabled: false, language: 'en' as const },
    { javaScriptEnabled: true, language: 'es' as const },
    { javaScriptEnabled: false, language: 'fr' as const },
  ])(
    'Should tell a text of punctuation alone to write words, then check, not show its preview ($language, JavaScript: $javaScriptEnabled)',
    async ({ javaScriptEnabled, language }) => {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${stack.urls.form}?lang=${language}`);
      await page.locator('#text').fill('?!?!');
      await page.getByRole('button', { name: CHECK[language] }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain(NO_WORDS[language]);
      expect(await page.locator('#text').getAttribute('aria-invalid')).toBe('true');
      // No preview of it: nothing says "then send it" about a text that sending would refuse.
      expect(await page.locator('#preview, .preview').count()).toBe(0);
      if (javaScriptEnabled) {
        expect(await axeViolations(page)).toEqual([]);
        // Still no words after an edit: still the check's words, never "before sending it".
        await page.locator('#text').fill('...');
        await expect.poll(() => page.getByRole('alert').textContent()).toContain(NO_WORDS[language]);
        expect(await page.locator('main').textContent()).not.toContain(
          language === 'en' ? 'before sending it' : 'antes de enviarla',
        );
      }
      await context.close();
    },
  );

  it.each(['es', 'fr'])('Should word an empty preview asked for by a program as a preview, in %s', async (language) => {
    const answer = await fetch(`${stack.urls.app}/feedback/preview`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': language },
      body: JSON.stringify({ text: '' }),
    });
    const { error } = (await answer.json()) as { error: { issues: { path: string; message: string }[] } };
    expect(error.issues).toEqual([
      {
        path: 'text',
        message:
          language === 'es'
            ? 'Escriba primero su opinión en el recuadro y luego compruebe lo que se quitará.'
            : 'Écrivez d’abord votre avis dans la zone de texte, puis vérifiez ce qui sera retiré.',
      },
    ]);
  });
});
