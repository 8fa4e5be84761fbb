import { describe, expect, it } from 'vitest';
import { appWithFakes, form, json } from '../../support/fixtures';
import { fixedThread } from '../../support/fixed-thread';

// The case's answer box, without JavaScript, refused an answer over the limit with "shorten it to 1,600 characters
// or fewer" and no word of how long it was: the counter that says so is shown by the page's script only. The refusal
// now says how long the answer counts as and how much to cut, in the page's language, as the form's does.

const shown = (html: string) => html.replace(/<[^>]+>/g, '');

async function refused(language: string, text: string) {
  const { app, store } = appWithFakes({ threads: fixedThread([]) });
  const { caseCode } = await (await app.request('/feedback', json({ text: 'The press leaks oil' }))).json();
  const [record] = [...store.cases.values()];
  record!.status = 'escalated';
  record!.response = 'We will look at it tomorrow.';
  const request = form({ code: caseCode, text });
  const res = await app.request('/status/answer', {
    ...request,
    headers: { ...request.headers, 'accept-language': language },
  });
  return { status: res.status, page: shown(await res.text()) };
}

describe('an answer too long, refused on the case page', () => {
  it('Should say how long it was and by how much to shorten it, keeping what was typed', async () => {
    const text = 'The oil is on the floor by press 4 again. '.repeat(40).trim();
    const { page } = await refused('en', text);
    const used = [...text].length;
    expect(page).toContain(`it counts as ${used.toLocaleString('en-US')} characters`);
    expect(page).toContain(`shorten it by at least ${used - 1600} characters`);
    expect(page).toContain(text);
  });

  it('Should say so in Spanish and French', async () => {
    const text = 'El aceite sigue en el suelo. '.repeat(70).trim();
    expect((await refused('es', text)).page).toContain(`cuenta como ${[...text].length} caracteres`);
    expect((await refused('fr', text)).page).toMatch(/elle compte [\d\s\u202f\u00a0]+ caractères/);
  });
});
