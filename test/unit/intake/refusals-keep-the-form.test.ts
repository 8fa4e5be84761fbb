import { describe, expect, it } from 'vitest';
import type { AuditEntry, Escalation } from '../../../shared/domain/escalation';
import { URGENT_OVER_CHANNEL_BUDGET_PER_MINUTE } from '../../../shared/config/schema';
import { signLink } from '../../../shared/domain/signed-link';
import type { EscalationStore } from '../../../shared/ports/escalation-store';
import { appWithFakes, form, json } from '../../support/fixtures';
import { raisedEscalation } from '../../support/raised-escalation';

const TYPED = {
  text: 'The fire exit by dock 3 is blocked by pallets again & nobody moves them',
  site: 'plant2',
  topic: 'safety',
  escalate: 'on',
};

/** What the employee sees of a re-rendered form: their words, choices and the message. */
async function expectFormKept(res: Response, message: RegExp) {
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  const page = await res.text();
  expect(page).toContain('<form method="post" action="/feedback"');
  expect(page).toContain('role="alert"');
  expect(page).toMatch(message);
  expect(page).toContain('The fire exit by dock 3 is blocked by pallets again &amp; nobody moves them</textarea>');
  expect(page).toContain('<option value="plant2" selected>');
  expect(page).toContain('<option value="safety" selected>');
  expect(page).toMatch(/name="escalate" value="on" checked/);
}

describe('POST /feedback from a browser, when the service cannot take it', () => {
  it('Should give the form back with what was typed and 429 with Retry-After when flooded', async () => {
    const { app, queue } = appWithFakes({ rateLimits: { web: { perSecond: 0.001, burst: 1 } } });
    const first = await app.request('/feedback', form({ ...TYPED, text: 'first one in' }));
    expect(first.status).toBe(200);

    // Not urgent (no box ticked, a topic the config does not mark urgent, calm words): nothing past the budget for it.
    const { escalate: _ticked, ...calm } = {
      ...TYPED,
      topic: 'facilities',
      text: 'The vending machine on floor 3 is out of coffee',
    };
    const res = await app.request('/feedback', form(calm));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const page = await res.text();
    expect(page).toMatch(
      /Your report was NOT saved: a lot of feedback is arriving right now\. Please wait a few minutes and send it again; what you wrote is still here/,
    );
    expect(page).toContain('The vending machine on floor 3 is out of coffee</textarea>');
    expect(queue.messages).toHaveLength(1);
  });

  it('Should take a report ticked urgent past the spent budget, and past its allowance give the form back with whom to call', async () => {
    const { app, queue } = appWithFakes({ rateLimits: { web: { perSecond: 0.001, burst: 1 } } });
    expect((await app.request('/feedback', form({ ...TYPED, text: 'first one in' }))).status).toBe(200);

    // Urgent reports are taken past the spent budget, up to the allowance (30 a minute); the next is refused.
    let taken = 0;
    let res = await app.request('/feedback', form(TYPED));
    while (res.status === 200 && taken < 100) {
      taken += 1;
      res = await app.request('/feedback', form(TYPED));
    }
    expect(taken).toBeGreaterThanOrEqual(URGENT_OVER_CHANNEL_BUDGET_PER_MINUTE);
    // Past the allowance of ticked reports, one whose words read urgent too takes the allowance of those, as far as
    // the budget's readings go (five here: five times a budget of one; a few more on a machine slow enough for the
    // readings' budget to refill while the loop runs: 36 seen at a load of 15).
    expect(taken).toBeLessThanOrEqual(URGENT_OVER_CHANNEL_BUDGET_PER_MINUTE + 10);
    expect(queue.messages).toHaveLength(1 + taken);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    await expectFormKept(
      res,
      /Please wait a few minutes and send it again; what you wrote is still here\. If you or someone else is in danger now, call/,
    );
  });

  it('Should give the form back with what was typed and 503 when the queue is down', async () => {
    const { app, store, queue } = appWithFakes();
    queue.fail = true;
    const res = await app.request('/feedback', form(TYPED));
    expect(res.status).toBe(503);
    await expectFormKept(res, /could not be saved just now\. Please send it again in a few minutes/);
    expect(store.cases.size).toBe(0);
  });

  it('Should give the form back with what was typed and 503 when the table is down', async () => {
    const { app, store, queue } = appWithFakes();
    store.failWrites = true;
    const res = await app.request('/feedback', form(TYPED));
    expect(res.status).toBe(503);
    await expectFormKept(res, /could not be saved just now\. Please send it again in a few minutes/);
    expect(queue.messages).toHaveLength(0);
  });

  it('Should still answer JSON clients in JSON when flooded', async () => {
    const { app } = appWithFakes({ rateLimits: { api: { perSecond: 0.5, burst: 1 } } });
    expect((await app.request('/feedback', json({ text: 'one' }))).status).toBe(201);
    const res = await app.request('/feedback', json({ text: 'two' }));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await res.json()).error.code).toBe('too_many_requests');
  });
});

describe('errors that are bugs', () => {
  it('Should answer a browser with a page, not JSON, and 500', async () => {
    const { app } = appWithFakes();
    app.get('/boom', () => {
      throw new TypeError('Cannot read properties of undefined');
    });
    const res = await app.request('/boom', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain('Something went wrong on our side');
    expect(page).not.toContain('Cannot read properties');
  });

  it('Should answer an API client 500 internal in JSON', async () => {
    const { app } = appWithFakes();
    app.get('/boom', () => {
      throw new TypeError('Cannot read properties of undefined');
    });
    const res = await app.request('/boom', { headers: { accept: 'application/json' } });
    expect(res.status).toBe(500);
    expect((await res.json()).error.code).toBe('internal');
  });

  it('Should answer 500 internal, not 400 invalid_input, when something other than an Error is thrown', async () => {
    const { app } = appWithFakes();
    app.get('/boom', () => {
      throw 'a string, by mistake';
    });
    const res = await app.request('/boom', { headers: { accept: 'application/json' } });
    expect(res.status).toBe(500);
    const { error } = await res.json();
    expect(error.code).toBe('internal');
    expect(error.message).not.toContain('by mistake');
  });
});

/** One escalation in a Map: enough to answer a sponsor's form. */
class OneEscalationStore implements Pick<EscalationStore, 'get' | 'acknowledge' | 'respond'> {
  constructor(public escalation: Escalation) {}
  async get(id: string) {
    return id === this.escalation.id ? structuredClone(this.escalation) : undefined;
  }
  async acknowledge(_id: string, entry: AuditEntry) {
    if (this.escalation.status !== 'raised') return false;
    Object.assign(this.escalation, { status: 'acknowledged', acknowledgedAt: entry.at });
    return true;
  }
  async respond(_id: string, response: string, entry: AuditEntry) {
    Object.assign(this.escalation, { status: 'responded', respondedAt: entry.at, response });
  }
}

function sponsorLink(overrides: Partial<Escalation> = {}) {
  const escalation = raisedEscalation({ site: 'plant2', ...overrides });
  const store = new OneEscalationStore(escalation);
  const key = 'k'.repeat(64);
  const { app } = appWithFakes({ escalations: { store: store as unknown as EscalationStore, linkSigningKey: key } });
  const token = signLink({ subject: escalation.id, expiresAt: Date.parse('2026-12-01T00:00:00Z') / 1000 }, key);
  return { app, store, path: `/ack/${token}` };
}

describe('POST /ack/:token, the sponsor form', () => {
  it('Should acknowledge', async () => {
    const { app, store, path } = sponsorLink();
    const res = await app.request(path, form({ action: 'acknowledge' }));
    // Then fetched again, as a browser follows the redirect: a reload shows the page, it sends nothing.
    expect(res.status).toBe(303);
    const page = await app.request(res.headers.get('location')!);
    expect(await page.text()).toContain('Acknowledged.');
    expect(store.escalation.status).toBe('acknowledged');
  });

  it('Should publish a response, ignoring fields it does not know', async () => {
    const { app, store, path } = sponsorLink();
    const res = await app.request(
      path,
      form({ action: 'respond', response: 'Pallets moved; a daily check starts Monday.', extra: 'x' }),
    );
    expect(res.status).toBe(303);
    expect(await (await app.request(res.headers.get('location')!)).text()).toContain('Response published.');
    expect(store.escalation.response).toBe('Pallets moved; a daily check starts Monday.');
  });

  it('Should say the response is missing, with the form again, for respond with no response', async () => {
    const { app, store, path } = sponsorLink();
    const res = await app.request(path, form({ action: 'respond' }));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Write your response before publishing it.');
    expect(store.escalation.status).toBe('raised');
  });

  it('Should keep a blank response refused as nothing published: the box still offers to publish one', async () => {
    const { app, path } = sponsorLink({ caseKey: 'a'.repeat(64) });
    const page = await (await app.request(path, form({ action: 'respond', response: '   ' }))).text();
    expect(page).toContain('Write your response before publishing it.');
    expect(page).not.toMatch(/Change the published response/);
    // Focus goes to the box to fix, with no script: the page says what is wrong where the sponsor types.
    expect(page).toMatch(/<textarea id="response" name="response" [^>]*aria-invalid="true" autofocus>/);
  });

  it('Should give back, whole, a response too long to publish, never cut by the browser', async () => {
    const { app, store, path } = sponsorLink({ caseKey: 'a'.repeat(64) });
    const opened = await (await app.request(path)).text();
    // A browser's maxlength cuts a paste at the limit without a word, and what is left is published.
    expect(opened).toContain('<textarea id="response"');
    expect(opened).not.toMatch(/<textarea[^>]*maxlength/);
    const long = `${'We moved the pallets and a check starts Monday. '.repeat(40)}END`;
    const res = await app.request(path, form({ action: 'respond', response: long }));
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('Keep your response to 1,600 characters or fewer.');
    expect(page).toContain(`${long}</textarea>`);
    expect(store.escalation.response).toBeUndefined();
  });

  it('Should refuse any other action with 400 naming the field', async () => {
    const { app, store, path } = sponsorLink();
    for (const fields of [{ action: 'delete' }, {}, { response: 'no action' }] as Record<string, string>[]) {
      const res = await app.request(path, {
        ...form(fields),
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({
        error: {
          code: 'invalid_input',
          message: 'action must be acknowledge, respond or message',
          issues: [{ path: 'action' }],
        },
      });
    }
    expect(store.escalation.status).toBe('raised');
  });
});
