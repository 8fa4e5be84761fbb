import { beforeAll, describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { loadLocalSecrets } from '../../local/local-secrets';
import { guardTableAccess } from '../../local/table-access-guard';
import { DynamoDbCaseThread } from '../../shared/adapters/aws/dynamodb-case-thread';
import { caseKeyFor } from '../../shared/domain/case-code';
import { caseLinksIn } from '../support/conversation-stack';
import { fixedClock, form as postForm } from '../support/fixtures';
import { useEscalatedCase, withinBudget } from '../support/sponsor-case';
import { PLANT2_NUMBER, repliesOf, signedTwilioRequest, twilioFields } from '../support/sms';

// Issue 14, attack 6: a closed case still took a reply and a response from
// its /ack page, and an answer from its employee. Closed is read-only for
// both sides; and every form on the desk and /ack answers with a redirect
// (POST, redirect, GET), so a reload never sends it again.

const form = (fields: Record<string, string>) => ({ ...postForm(fields), redirect: 'manual' as const });
const json = { headers: { accept: 'application/json' } };
const html = { headers: { accept: 'text/html' } };

describe('a closed case, on the local stack', () => {
  const clock = fixedClock('2026-11-18T15:20:00Z');
  const held = useEscalatedCase(clock);
  const { stack } = held;
  let caseUrl: string;

  beforeAll(async () => {
    const desk = await (await withinBudget(held.desk)).text();
    caseUrl = `${stack.urls.app}${caseLinksIn(desk)[0]!}`;
  });

  it('Should answer every desk and /ack form with a redirect to a page that says what was done', async () => {
    const ack = await withinBudget(held.ack, form({ action: 'message', message: 'Which exit do you mean?' }));
    expect(ack.status).toBe(303);
    expect(ack.headers.get('location')).toMatch(/^\/ack\/[\w.-]+\?done=reply$/);
    for (const fields of [{ action: 'acknowledge' }, { action: 'reply', message: 'Is it the east one?' }] as Record<
      string,
      string
    >[]) {
      const res = await withinBudget(caseUrl, form(fields));
      expect(res.status, fields.action).toBe(303);
      const back = `${stack.urls.app}${res.headers.get('location')}`;
      expect(back).toBe(`${caseUrl}?done=${fields.action}`);
      const page = await (await withinBudget(back)).text();
      expect(page).toContain('role="status"');
    }
    const closed = await withinBudget(caseUrl, form({ action: 'close' }));
    expect(closed.status).toBe(303);
    expect(closed.headers.get('location')).toContain('?done=close');
    // In effect at the end of the hour (16:00): the employee may still write until then.
    expect(await (await fetch(`${stack.urls.app}/status/${held.caseCode}`, json)).json()).toMatchObject({
      canAnswer: true,
    });
    clock.set('2026-11-18T16:00:00Z');
  });

  it('Should refuse the employee’s answer, and tell them the case is closed, in their language', async () => {
    const view = await (await fetch(`${stack.urls.app}/status/${held.caseCode}`, json)).json();
    expect(view).toMatchObject({ closed: true, canAnswer: false });
    expect(view.messages).toHaveLength(2);
    const answered = await fetch(`${stack.urls.app}/status/${held.caseCode}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ text: 'The east one, by bay 3.' }),
    });
    expect(answered.status).toBe(400);
    expect(JSON.stringify(await answered.json())).toContain('This case is closed');
    const english = await (await fetch(`${stack.urls.app}/status/${held.caseCode}`, html)).text();
    expect(english).toContain('This case is closed');
    expect(english).not.toContain('name="text"');
    const spanish = await (await fetch(`${stack.urls.app}/status/${held.caseCode}?lang=es`, html)).text();
    expect(spanish).toContain('Este caso está cerrado');
  });

  it('Should refuse an answer by text message too, saying the case is closed', async () => {
    const token = loadLocalSecrets(held.dataDir, {}).TWILIO_AUTH_TOKEN;
    const res = await fetch(
      stack.urls.smsTwilio,
      signedTwilioRequest(twilioFields({ Body: `${held.caseCode} the east one`, To: PLANT2_NUMBER }), {
        url: stack.urls.smsTwilio,
        token,
      }),
    );
    expect(res.status).toBe(200);
    expect((await repliesOf(res)).join(' ')).toContain(`Case ${held.caseCode} is closed`);
    const view = await (await fetch(`${stack.urls.app}/status/${held.caseCode}`, json)).json();
    expect(view.messages).toHaveLength(2);
  });

  it('Should say the case is closed, and promise no day, on the status page and in its JSON, in each language', async () => {
    const view = await (await fetch(`${stack.urls.app}/status/${held.caseCode}`, json)).json();
    expect(view).toMatchObject({ closed: true, status: 'closed' });
    expect(view.feedbackBy).toBeUndefined();
    expect(view.acknowledgeBy).toBeUndefined();
    const pages = {
      en: ['Status: Closed', /at the latest/],
      es: ['Estado: Cerrado', /a más tardar/],
      fr: ['État : clos', /au plus tard/],
    } as const;
    for (const [language, [closed, promise]] of Object.entries(pages)) {
      const page = await (await fetch(`${stack.urls.app}/status/${held.caseCode}?lang=${language}`, html)).text();
      expect(page.replace(/\u00a0|\u202f/g, ' '), language).toContain(closed);
      expect(page, language).not.toMatch(promise);
      expect(page, language).not.toContain('class="deadline');
    }
  });

  it('Should say closed when the employee texts STATUS, ESTADO or STATUT', async () => {
    const token = loadLocalSecrets(held.dataDir, {}).TWILIO_AUTH_TOKEN;
    const said = { STATUS: 'closed by that leader', ESTADO: 'cerrado', STATUT: 'clos' };
    for (const [command, closed] of Object.entries(said)) {
      const res = await fetch(
        stack.urls.smsTwilio,
        signedTwilioRequest(twilioFields({ Body: `${command} ${held.caseCode}`, To: PLANT2_NUMBER }), {
          url: stack.urls.smsTwilio,
          token,
        }),
      );
      const replies = (await repliesOf(res)).join(' ');
      expect(replies, command).toContain(closed);
      expect(replies, command).not.toMatch(/acknowledged by|visto por|pris en compte/);
    }
  });

  it('Should offer nothing to send on the /ack page, and refuse a form sent anyway', async () => {
    const page = await (await withinBudget(held.ack)).text();
    // Where it stands says it, once, as the desk does (it used to read "Answered", with "This case is closed." below).
    expect(page).toMatch(/Where it stands.*Closed around /s);
    expect(page).not.toContain('Answered; acknowledged');
    expect(page).not.toContain('<form');
    const respond = await withinBudget(held.ack, form({ action: 'respond', response: 'We cleared it.' }));
    expect(respond.status).toBe(400);
    expect(await respond.text()).toContain('This case is closed, so it cannot be changed.');
    const write = await withinBudget(held.ack, form({ action: 'message', message: 'Anything else?' }));
    expect(write.status).toBe(400);
    const view = await (await fetch(`${stack.urls.app}/status/${held.caseCode}`, json)).json();
    expect(view.response).toBeUndefined();
    expect(view.messages).toHaveLength(2);
  });

  it('Should still take an answer the intake accepted before the case was closed: the employee was told it was sent', async () => {
    const secrets = loadLocalSecrets(held.dataDir);
    const documents = localDocuments(stack.urls.dynamodb);
    try {
      const analysis = new DynamoDbCaseThread(guardTableAccess(documents, 'analyze'), stack.tableName, {
        now: () => new Date(),
      });
      const caseKey = caseKeyFor(held.caseCode, secrets.PEPPER);
      const late = await analysis.append(
        caseKey,
        { from: 'employee', text: 'The east one.', day: '2026-11-18' },
        new Date('2027-06-07T00:00:00Z'),
      );
      expect(late).toMatchObject({ text: 'The east one.', waiting: true });
    } finally {
      documents.destroy();
    }
    const view = await (await fetch(`${stack.urls.app}/status/${held.caseCode}`, json)).json();
    expect(view.messages).toHaveLength(3);
    expect(view.messages[2]).toMatchObject({ from: 'employee', text: 'The east one.', waiting: true });
  });
});
