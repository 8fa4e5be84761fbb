import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';
import { appWithFakes, CASE_CODE_PATTERN, form } from '../../support/fixtures';

// Attacker's report: the form's hidden `formKey` is in the page's source (a shared PC, a page left
// open). Posting it first with any words made the employee's own report a 409 "NOT sent": one
// request blocked a report, perhaps an urgent one. A form key now only ties together tries of the
// same words: other words under it are taken as a new report, and the page says so; a retry of the
// same words still gets the first receipt and makes no second case.

const EMPLOYEE = 'The forklift in bay 4 has no brakes and the shift lead keeps using it';
const ATTACKER = 'All good here, nothing to report';

const codeOn = (page: string) => /id="case-code"[^>]*>([^<]+)</.exec(page)?.[1];
const asNewLine = (language: 'en' | 'es' | 'fr') => translate(language, 'web.receipt.asNew');

function formApp() {
  const fakes = appWithFakes();
  const send = async (fields: Record<string, string>, headers: Record<string, string> = {}) => {
    const request = form(fields);
    const res = await fakes.app.request('/feedback', { ...request, headers: { ...request.headers, ...headers } });
    const page = await res.text();
    return { status: res.status, page, code: codeOn(page) };
  };
  return { ...fakes, send };
}

describe('a form key someone else used never blocks the employee’s report', () => {
  it('Should take the employee’s words as a new report, and say so, when the key was sent first with other words', async () => {
    const { send, store, queue } = formApp();
    const formKey = randomUUID();
    const first = await send({ formKey, text: ATTACKER });
    expect(first.status).toBe(200);
    expect(first.code).toMatch(CASE_CODE_PATTERN);

    const employee = await send({ formKey, text: EMPLOYEE, escalate: 'on' });
    expect(employee.status).toBe(200);
    expect(employee.code).toMatch(CASE_CODE_PATTERN);
    expect(employee.code).not.toBe(first.code);
    expect(employee.page).toContain(asNewLine('en'));
    expect(employee.page).not.toMatch(/NOT sent|already sent with other words\. Please go back/);
    expect(store.cases.size).toBe(2);
    expect(queue.messages.map((m) => [m.text, m.escalate])).toEqual([
      [ATTACKER, false],
      [EMPLOYEE, true],
    ]);
  });

  it('Should give a retry of the same words the first receipt, with no second case and no word of a new report', async () => {
    const { send, store } = formApp();
    const formKey = randomUUID();
    const first = await send({ formKey, text: EMPLOYEE, site: 'plant2' });
    const retry = await send({ formKey, text: EMPLOYEE, site: 'plant2' });
    expect(retry.status).toBe(200);
    expect(retry.code).toBe(first.code);
    expect(retry.page).not.toContain(asNewLine('en'));
    expect(first.page).not.toContain(asNewLine('en'));
    expect(store.cases.size).toBe(1);
  });

  it('Should keep the employee’s receipt for their retry when someone posts the key with other words after them', async () => {
    const { send, store } = formApp();
    const formKey = randomUUID();
    const employee = await send({ formKey, text: EMPLOYEE });
    const other = await send({ formKey, text: ATTACKER });
    expect(other.status).toBe(200);
    expect(other.code).not.toBe(employee.code);
    const retry = await send({ formKey, text: EMPLOYEE });
    expect(retry.code).toBe(employee.code);
    expect(retry.page).not.toContain(asNewLine('en'));
    expect(store.cases.size).toBe(2);
  });

  it('Should say it was sent as a new report in the reader’s language', async () => {
    const { send } = formApp();
    const formKey = randomUUID();
    await send({ formKey, text: ATTACKER });
    const spanish = await send({ formKey, text: EMPLOYEE }, { 'accept-language': 'es' });
    expect(spanish.status).toBe(200);
    expect(spanish.page).toContain(asNewLine('es'));
    const french = await send({ formKey, text: `${EMPLOYEE}!` }, { 'accept-language': 'fr' });
    expect(french.page).toContain(asNewLine('fr'));
  });
});

// Attacker's report (round 27): the same words sent again with the urgent box ticked (the page kept after its
// receipt, the box ticked, sent again) were rightly taken as a new, urgent report, but the receipt said the form
// "had already been sent with other words": untrue, and it leaves the employee wondering what was changed.
describe('the same words sent again with the urgent box ticked', () => {
  it('Should take them as a new urgent report without telling the employee their words differed', async () => {
    const { send, queue } = formApp();
    const formKey = randomUUID();
    await send({ formKey, text: EMPLOYEE });
    const ticked = await send({ formKey, text: EMPLOYEE, escalate: 'on' });
    expect(ticked.page).toContain(asNewLine('en'));
    expect(ticked.page).toMatch(/other words or choices \(the urgent box/);
    expect(queue.messages.map((m) => m.escalate)).toEqual([false, true]);
  });
});
