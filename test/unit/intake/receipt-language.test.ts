import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';
import { appWithFakes, form } from '../../support/fixtures';

const formIn = (language: string, fields: Record<string, string>) => {
  const request = form(fields);
  return { ...request, headers: { ...request.headers, 'accept-language': language } };
};

/** The receipt's language switch keeps the employee on the receipt, with the same code, in the language chosen. */
describe("the receipt's language switch", () => {
  it('Should show the same receipt again in the language chosen, not the case page', async () => {
    const { app } = appWithFakes();
    const receipt = await (await app.request('/feedback', formIn('fr', { text: 'Bonjour' }))).text();
    const code = /id="case-code"[^>]*>([^<]+)</.exec(receipt)?.[1];
    expect(code).toBeDefined();
    // The switch posts the code to /receipt in the other language.
    expect(receipt).toContain(`<input type="hidden" name="caseCode" value="${code}">`);
    expect(receipt).toContain('formaction="/receipt?lang=es"');

    const switched = await app.request('/receipt?lang=es', formIn('fr', { caseCode: code! }));
    expect(switched.status).toBe(200);
    const page = await switched.text();
    expect(page).toContain('<html lang="es"');
    expect(page).toContain(`<h1>${translate('es', 'web.receipt.heading')}</h1>`);
    expect(page).toContain(`>${code}</output>`);
    // And back again, still on the receipt.
    expect(page).toContain('formaction="/receipt?lang=fr"');
  });

  it('Should answer a code that is not one with the not-found page, in the language asked for', async () => {
    const { app } = appWithFakes();
    const res = await app.request('/receipt?lang=es', {
      ...formIn('fr', { caseCode: 'not a code' }),
      headers: { ...formIn('fr', { caseCode: 'x' }).headers, accept: 'text/html' },
    });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<html lang="es"');
  });
});

describe("the receipt's list of SMS numbers", () => {
  it.each([
    ['fr', ['Siège\u202f: +15550100001', 'Usine 2\u202f: +15550100002', 'Entrepôt Riverside\u202f: +15550100003']],
    ['es', ['Sede central: +15550100001', 'Planta 2: +15550100002', 'Almacén Riverside: +15550100003']],
    ['en', ['Headquarters: +15550100001', 'Plant 2: +15550100002', 'Riverside Warehouse: +15550100003']],
  ])('Should name each site in %s and punctuate it and its number as that language does', async (language, lines) => {
    const { app } = appWithFakes();
    const receipt = await (await app.request('/feedback', formIn(language, { text: 'Bonjour' }))).text();
    for (const line of lines) expect(receipt).toContain(`<li>${line}</li>`);
  });
});
