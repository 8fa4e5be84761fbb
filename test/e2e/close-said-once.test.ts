import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { useSponsorsInThreeLanguages } from '../support/sponsors-in-three-languages';

/** What a sponsor presses and reads around a close, in their language. */
const WORDS = {
  en: {
    acknowledge: 'Acknowledge',
    close: 'Close this case',
    closing: 'Closing.',
    stillWrite: 'the employee can still write',
    opensAgain: 'opens it again',
    keepOpen: 'Keep this case open',
    keepOpenThere: 'Closed by mistake? Keep this case open from its page on your case desk',
    keptOpen: 'Kept open.',
    feedbackBy: 'Tell the employee what is being done by',
  },
  es: {
    acknowledge: 'Confirmar',
    close: 'Cerrar este caso',
    closing: 'Cerrándose.',
    stillWrite: 'la persona aún puede escribir',
    opensAgain: 'lo vuelve a abrir',
    keepOpen: 'Mantener abierto este caso',
    keepOpenThere: '¿Lo cerró por error? Manténgalo abierto desde su página en su mesa de casos',
    keptOpen: 'Se mantiene abierto.',
    feedbackBy: 'Plazo para decir a la persona qué se está haciendo',
  },
  fr: {
    acknowledge: 'Accuser réception',
    close: 'Clore ce dossier',
    closing: 'Clôture en cours.',
    stillWrite: 'la personne peut encore écrire',
    opensAgain: 'le rouvre',
    keepOpen: 'Garder ce dossier ouvert',
    keepOpenThere: 'Clos par erreur ? Gardez ce dossier ouvert depuis sa page sur votre bureau des dossiers',
    keptOpen: 'Dossier gardé ouvert.',
    feedbackBy: 'Date limite pour dire à la personne ce qui est fait',
  },
} as const;

const times = (text: string, part: string) => text.split(part).length - 1;
const mainText = async (page: Page) => ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

/**
 * A close takes effect at the end of its hour. The case desk used to say so three times over, one under the
 * other in the sponsor's eye (the notice, the clock line, the note by "Keep this case open"), in every
 * language; and the email's page of a closing case pointed to a "Keep this case open" button "below" that
 * only the desk's page has, called the case "Answered" and still gave a deadline to answer by. Said once now,
 * by the clock line (in Spanish and French of "la persona", as the rest of the page says, not "el empleado"),
 * and the email's page leads to the button.
 */
describe('a case’s close, said once, in each sponsor’s language, in Chromium', () => {
  const { links, browser } = useSponsorsInThreeLanguages('close-said-once');

  it.each([
    ['fr', 'plant2-gm@example.com'],
    ['es', 'chro@example.com'],
    ['en', 'coo@example.com'],
  ] as const)(
    'Should tell the %s sponsor once when a closed case closes, and lead them from the email’s page to keeping it open',
    async (language, to) => {
      const words = WORDS[language];
      // A close pressed in an hour's last seconds would be in effect before the page is read: start in a new hour.
      const now = new Date();
      if (now.getUTCMinutes() === 59 && now.getUTCSeconds() >= 30)
        await new Promise((r) => setTimeout(r, (61 - now.getUTCSeconds()) * 1000));
      const context = await browser().newContext({ viewport: { width: 375, height: 740 } });
      const page = await context.newPage();
      await page.goto(links[to]!.desk);
      await page.locator('.desk-cases a').first().click();
      await page.waitForURL(/\/desk\/[^/]+\/case\//);
      await page.getByRole('button', { name: words.acknowledge, exact: true }).click();
      await page.waitForURL(/done=acknowledge/);
      await page.getByRole('button', { name: words.close, exact: true }).click();
      await page.waitForURL(/done=close/);

      const notice = (await page.getByRole('status').textContent()) ?? '';
      expect(notice).toContain(words.closing);
      // When it closes, and that the employee can still write until then: the clock line's, and nobody else's.
      expect(await page.locator('.clock').textContent()).toContain(words.stillWrite);
      const text = await mainText(page);
      expect(times(text, words.stillWrite)).toBe(1);
      expect(times(text, words.opensAgain)).toBe(1);
      expect(notice).not.toContain(words.stillWrite);
      const keep = page.getByRole('button', { name: words.keepOpen });
      expect(await keep.getAttribute('aria-describedby')).toBe('closed-note');
      expect(await axeViolations(page)).toEqual([]);

      // The email's page of the closing case: where it stands, said once, and the way to the button that keeps it open.
      await page.goto(links[to]!.ack);
      const fromEmail = await mainText(page);
      expect(times(fromEmail, words.stillWrite)).toBe(1);
      // No deadline binds a closing case: the desk's page shows none, nor does this one.
      expect(fromEmail).not.toContain(words.feedbackBy);
      expect(await page.getByRole('button', { name: words.keepOpen }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: words.keepOpenThere }).click();
      await page.waitForURL(/\/desk\/[^/]+\/case\//);
      await page.getByRole('button', { name: words.keepOpen }).click();
      await page.waitForURL(/done=keep-open/);
      expect(await page.getByRole('status').textContent()).toContain(words.keptOpen);
      expect(await page.getByRole('button', { name: words.close, exact: true }).count()).toBe(1);
      await context.close();
    },
  );
});
