import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';

/**
 * A newcomer on a work laptop only read that the employer's device or network may see what they type after they
 * had typed it: the note sat under the form. It is now above the box, in sight on a phone before anything is
 * typed, and read before the box by a screen reader, on the form and on the case lookup, in every language.
 */
describe('the note about work devices, before anything is typed, in Chromium', () => {
  const { stack, browser } = useBrowserAndStack();

  it.each([
    { lang: 'en', says: 'your employer may be able to see this visit and what you type' },
    { lang: 'es', says: 'su empresa puede ver esta visita y lo que escriba' },
    { lang: 'fr', says: 'votre employeur peut voir cette visite et ce que vous tapez' },
  ])('Should warn above the box, in sight unscrolled on a phone and a laptop ($lang)', async ({ lang, says }) => {
    for (const viewport of [PHONE, { width: 1024, height: 768 }]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      for (const [path, box] of [
        ['/', '#text'],
        ['/status', '#code'],
      ] as const) {
        await page.goto(`${stack.urls.app}${path}?lang=${lang}`);
        const note = page.locator('#no-trace');
        expect(await note.textContent()).toContain(says);
        const shown = (await note.boundingBox())!;
        expect(shown.y + shown.height).toBeLessThanOrEqual(viewport.height);
        expect(shown.y + shown.height).toBeLessThanOrEqual((await page.locator(box).boundingBox())!.y);
        // Before the box in reading order too: Tab from the top reaches the box after the note has been passed.
        const noteFirst = await page.evaluate(
          ({ note, field }) =>
            Boolean(
              document.querySelector(note)!.compareDocumentPosition(document.querySelector(field)!) &
                Node.DOCUMENT_POSITION_FOLLOWING,
            ),
          { note: '#no-trace', field: box },
        );
        expect(noteFirst).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
      }
      await context.close();
    }
  });
});
