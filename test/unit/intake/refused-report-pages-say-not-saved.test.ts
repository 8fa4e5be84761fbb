import { describe, expect, it } from 'vitest';
import { EMPLOYEE_TEXT_BODY } from '../../../functions/intake/middleware/body-limits';
import { appWithFakes } from '../../support/fixtures';

// Attacker's report (round 24): a report a browser sent that could not be read at all (larger than the form
// allows, not a form's encoding, compressed, not UTF-8) came back as a bare "Please go back and try again",
// where the JSON API said the report was NOT saved and whom to call in danger. Whoever sent it may be reporting
// danger; the page must say, in their language, that nothing was kept and where help comes at once.

const NOT_SAVED = { en: 'Your report was NOT saved.', es: 'Su mensaje NO se ha guardado.' };
const CALL = {
  en: 'If you or someone else is in danger now, call 911.',
  es: 'Si usted u otra persona corre peligro ahora, llame al 911.',
};

const browser = { accept: 'text/html' };
const unreadable: [string, RequestInit][] = [
  [
    'larger than the form allows (413)',
    {
      method: 'POST',
      headers: { ...browser, 'content-type': 'application/x-www-form-urlencoded' },
      body: `text=${'a'.repeat(EMPLOYEE_TEXT_BODY.form + 10)}`,
    },
  ],
  [
    'sent as multipart (415)',
    {
      method: 'POST',
      headers: { ...browser, 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\nThere is a fire in the paint shop\r\n--x--\r\n',
    },
  ],
  [
    'compressed (415)',
    {
      method: 'POST',
      headers: { ...browser, 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': 'gzip' },
      body: 'text=fire',
    },
  ],
  [
    'not UTF-8 (400)',
    {
      method: 'POST',
      headers: { ...browser, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'text=Il+y+a+un+feu+dans+l%E9atelier',
    },
  ],
];

describe('a report a browser sent that could not be read', () => {
  it.each(unreadable)('Should say it was NOT saved and whom to call when %s', async (_, init) => {
    const { app, queue } = appWithFakes();
    const res = await app.request('/feedback', init);
    expect(res.status).toBeGreaterThanOrEqual(400);
    const page = await res.text();
    expect(page).toContain(NOT_SAVED.en);
    expect(page).toContain(CALL.en);
    expect(queue.messages).toHaveLength(0);
  });

  it('Should say it in the page’s language', async () => {
    const { app } = appWithFakes();
    const [, init] = unreadable[1]!;
    const page = await (await app.request('/feedback?lang=es', init)).text();
    expect(page).toContain(NOT_SAVED.es);
    expect(page).toContain(CALL.es);
    expect(page).not.toContain(CALL.en);
  });

  // Attacker's report (round 26): a form carrying a field the service does not read (an extension's, a page cached
  // from an older version) came back with "Part of what was sent could not be read. Please check the form and send
  // it again.", which does not say whether the report went: it was not kept, and the page must say so.
  it.each([
    ['en', 'text=There+is+a+fire+in+the+paint+shop&comment=hurry'],
    ['es', 'text=Hay+fuego+en+el+taller+de+pintura&comment=rapido'],
  ] as const)(
    'Should say in %s that a form with a field not read was NOT saved, with the words still in it',
    async (lang, body) => {
      const { app, queue } = appWithFakes();
      const res = await app.request(`/feedback?lang=${lang}`, {
        method: 'POST',
        headers: { ...browser, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      expect(res.status).toBe(400);
      const page = await res.text();
      const summary = page.slice(page.indexOf('error-summary'), page.indexOf('</div>', page.indexOf('error-summary')));
      expect(summary).toMatch(lang === 'en' ? /was NOT saved/ : /NO se ha guardado/);
      expect(page).toContain(CALL[lang]);
      expect(page).toContain(lang === 'en' ? 'There is a fire in the paint shop' : 'Hay fuego en el taller de pintura');
      expect(queue.messages).toHaveLength(0);
    },
  );

  it('Should not speak of danger on a page that refused no report', async () => {
    const { app } = appWithFakes();
    const page = await (await app.request('/no-such-page', { headers: browser })).text();
    expect(page).not.toContain(NOT_SAVED.en);
    expect(page).not.toContain(CALL.en);
  });
});
