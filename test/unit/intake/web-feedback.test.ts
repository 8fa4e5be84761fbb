import { describe, expect, it } from 'vitest';
import { caseKeyFor } from '../../../shared/domain/case-code';
import { appWithFakes, CASE_CODE_PATTERN, form, json, TEST_PEPPER } from '../../support/fixtures';
import { EMPLOYEE_TEXT_BODY } from '../../../functions/intake/middleware/body-limits';

describe('POST /feedback as JSON', () => {
  it('Should answer 201 with a case code and status received', async () => {
    const { app } = appWithFakes();
    const res = await app.request(
      '/feedback',
      json({ text: 'The new rota works well for me', site: 'hq', topic: 'scheduling' }),
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toEqual({ caseCode: expect.stringMatching(CASE_CODE_PATTERN), status: 'received' });
  });

  it('Should store a case without the text, keyed by the hash of the code, and queue the text', async () => {
    const { app, store, queue } = appWithFakes();
    const res = await app.request('/feedback', json({ text: 'Break room fridge is broken', site: 'plant2' }));
    const { caseCode } = await res.json();
    const record = store.cases.get(caseKeyFor(caseCode, TEST_PEPPER));
    expect(record).toMatchObject({ channel: 'web', site: 'plant2', status: 'received', week: '2026-W47' });
    expect(JSON.stringify([...store.cases.values()])).not.toContain('fridge');
    expect(JSON.stringify([...store.cases.values()])).not.toContain(caseCode);
    expect(queue.messages).toEqual([
      expect.objectContaining({ text: 'Break room fridge is broken', channel: 'web', site: 'plant2' }),
    ]);
    expect(JSON.stringify(queue.messages)).not.toContain(caseCode);
  });

  it('Should answer 400 naming the field when text is missing, empty or not a string', async () => {
    const { app, queue } = appWithFakes();
    for (const [body, message] of [
      [{}, 'text is required'],
      [{ text: '   ' }, 'text must not be empty'],
      [{ text: 42 }, 'text must be a string'],
    ] as const) {
      const res = await app.request('/feedback', json(body));
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: {
          code: 'invalid_input',
          // For a report refused: that it was not saved, and where help comes at once.
          message: `${message}. Your report was NOT saved. If you or someone else is in danger now, call 911.`,
          issues: [{ path: 'text', message }],
          emergency: 'If you or someone else is in danger now, call 911.',
        },
      });
    }
    expect(queue.messages).toHaveLength(0);
  });

  it('Should answer 413 for text over 1,600 characters and over 4,900 bytes, naming the limit', async () => {
    const { app, queue } = appWithFakes();
    const tooManyCharacters = await app.request('/feedback', json({ text: 'a'.repeat(1601) }));
    expect(tooManyCharacters.status).toBe(413);
    expect((await tooManyCharacters.json()).error.message).toMatch(/at most 1,600 characters/);

    const tooManyBytes = await app.request('/feedback', json({ text: '😀'.repeat(1300) })); // 1,300 characters, 5,200 bytes
    expect(tooManyBytes.status).toBe(413);
    expect((await tooManyBytes.json()).error.message).toMatch(/at most 4,900 bytes/);

    const justFits = await app.request('/feedback', json({ text: 'é'.repeat(1600) })); // 3,200 bytes
    expect(justFits.status).toBe(201);
    expect(queue.messages).toHaveLength(1);
  });

  it('Should answer 413 for a body longer than any text within the limit can be sent, before reading it', async () => {
    const { app, queue } = appWithFakes();
    const res = await app.request('/feedback', json({ text: 'ok', padding: 'x'.repeat(EMPLOYEE_TEXT_BODY.json) }));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('too_large');
    expect(queue.messages).toHaveLength(0);
  });

  it('Should answer 415 for a content type it does not take, saying which it does', async () => {
    const { app } = appWithFakes();
    const res = await app.request('/feedback', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', accept: 'application/json' },
      body: 'hello',
    });
    expect(res.status).toBe(415);
    expect((await res.json()).error.message).toMatch(/application\/json or application\/x-www-form-urlencoded/);
  });

  it('Should answer 400 for a body that is not valid UTF-8 or not JSON, or not an object', async () => {
    const { app, queue } = appWithFakes();
    const latin1 = new Uint8Array([...Buffer.from('{"text":"caf'), 0xe9, ...Buffer.from('"}')]);
    const wrongEncoding = await app.request('/feedback', { ...json(''), body: latin1 });
    expect(wrongEncoding.status).toBe(400);
    expect((await wrongEncoding.json()).error.message).toMatch(/not valid UTF-8/);

    const notJson = await app.request('/feedback', json('{"text": "unterminated'));
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error.message).toMatch(/not valid JSON/);

    const notAnObject = await app.request('/feedback', json('["text"]'));
    expect(notAnObject.status).toBe(400);
    expect(queue.messages).toHaveLength(0);
  });

  it('Should answer 400 naming the site when it is not one of the configured sites', async () => {
    const { app } = appWithFakes();
    const res = await app.request('/feedback', json({ text: 'Hello', site: 'moon-base' }));
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.issues).toEqual([{ path: 'site', message: expect.stringContaining('hq') }]);
  });

  it('Should tell a JSON client of a topic the config does not have, and keep nothing', async () => {
    const { app, queue } = appWithFakes();
    const res = await app.request('/feedback', json({ text: 'The fire exit is blocked', topic: 'health-and-safety' }));
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.issues).toEqual([{ path: 'topic', message: expect.stringContaining('safety') }]);
    expect(queue.messages).toHaveLength(0);
  });

  it('Should take a form whose topic the config no longer has (loaded before a change), keeping the words and urgency', async () => {
    const { app, queue } = appWithFakes();
    const res = await app.request(
      '/feedback',
      form({ text: 'The fire exit is chained shut', site: 'plant2', topic: 'health-and-safety', escalate: 'on' }),
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/<output class="code" id="case-code"/);
    expect(queue.messages).toEqual([
      expect.objectContaining({
        site: 'plant2',
        topic: undefined,
        escalate: true,
        text: 'The fire exit is chained shut',
      }),
    ]);
  });

  it('Should refuse (400) a report with a field it does not read, naming it, and keep nothing: words in it are never dropped unseen', async () => {
    const { app, store, queue } = appWithFakes();
    const res = await app.request('/feedback', json({ text: 'ok', comment: 'There is a fire in bay 3' }));
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path: 'comment', message: expect.stringMatching(/^comment is not a field/) }]);
    expect(error.message).toMatch(/does not read \(comment\)/);
    expect(error.message).toMatch(/put everything you want to say in text/);
    expect(error.message).toMatch(/text, site, topic, escalate and aboutManagement/);
    // As every refusal of a report: it was not saved, and where help comes at once.
    expect(error.message).toMatch(/Your report was NOT saved\. If you or someone else is in danger now, call 911\.$/);
    expect(error.emergency).toBe('If you or someone else is in danger now, call 911.');
    expect(queue.messages).toHaveLength(0);
    expect(store.cases.size).toBe(0);
  });

  it('Should refuse a browser form with a field the form does not have, and give the form back with the words typed', async () => {
    const { app, queue } = appWithFakes();
    const res = await app.request('/feedback', form({ text: 'The forklift horn is broken', note: 'and the brakes' }));
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('The forklift horn is broken</textarea>');
    expect(queue.messages).toHaveLength(0);
    // The form's own fields, its key among them, are all read.
    const again = await app.request(
      '/feedback',
      form({ text: 'The forklift horn is broken', formKey: '0b7e7e0c-8d4f-4f57-9d1c-3c1a2f5e6a7b' }),
    );
    expect(again.status).toBe(200);
  });

  it('Should refuse prototype-pollution keys as fields it does not read, and pollute nothing', async () => {
    const { app, queue } = appWithFakes();
    const res = await app.request(
      '/feedback',
      json('{"text":"fine","__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}'),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues.map((i: { path: string }) => i.path)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(queue.messages).toHaveLength(0);
  });

  it('Should strip control characters but keep the words', async () => {
    const { app, queue } = appWithFakes();
    await app.request('/feedback', json({ text: 'line one\u0000\u0007\r\nline two\u202E' }));
    expect(queue.messages[0]!.text).toBe('line one\nline two');
  });

  it('Should answer 503 and keep nothing when the queue is down, so the client can retry', async () => {
    const { app, store, queue } = appWithFakes();
    queue.fail = true;
    const res = await app.request('/feedback', json({ text: 'Will this be lost?' }));
    expect(res.status).toBe(503);
    expect(store.cases.size).toBe(0);
  });

  it('Should answer 429 with Retry-After when flooded', async () => {
    const { app } = appWithFakes({ rateLimits: { api: { perSecond: 1, burst: 3 } } });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 6; i += 1) {
      const res = await app.request('/feedback', json({ text: `flood ${i}` }));
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses.slice(0, 3)).toEqual([201, 201, 201]);
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });
});

describe('the web form', () => {
  it('Should offer the configured sites and topics, with labels, and no script but the site’s own', async () => {
    const { app } = appWithFakes();
    const res = await app.request('/');
    const page = await res.text();
    expect(res.status).toBe(200);
    expect(page).toContain('<label for="text">');
    expect(page).toContain('<option value="plant2">Plant 2</option>');
    expect(page).toContain('<option value="safety">Health and safety</option>');
    expect(page).not.toMatch(/<script(?![^>]*src="\/assets\/[a-z-]+\.js")/i);
    expect(page).toContain('<script src="/assets/in-place.js" defer></script>');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('Should confirm a form submission with a page showing the case code', async () => {
    const { app, queue } = appWithFakes();
    const res = await app.request(
      '/feedback',
      form({ text: 'Thanks for the new gloves', site: 'warehouse', topic: '', escalate: 'on' }),
    );
    expect(res.status).toBe(200);
    const page = await res.text();
    const code = page.match(/<output class="code" id="case-code"[^>]*>([^<]+)<\/output>/)?.[1];
    expect(code).toMatch(CASE_CODE_PATTERN);
    expect(queue.messages[0]).toMatchObject({ site: 'warehouse', topic: undefined, escalate: true });
  });

  it('Should re-render the form with the message and what was typed when the text is too long', async () => {
    const { app, queue } = appWithFakes();
    const typed = `${'I have a lot to say. '.repeat(80)}`; // 1,680 characters
    const res = await app.request('/feedback', form({ text: typed, site: 'hq' }));
    expect(res.status).toBe(413);
    const page = await res.text();
    expect(page).toContain('role="alert"');
    // Without JavaScript no counter shows: the refusal says how long it was, and by how much to cut.
    expect(page).toContain(
      'Your feedback is too long for one message: it counts as 1,679 characters, and one message may hold 1,600 characters',
    );
    expect(page).toContain('Please shorten it by at least 79 characters');
    expect(page.match(/<div class="error-summary"[\s\S]*?<\/div>/)?.[0]).not.toMatch(/bytes|UTF-8|text must/);
    expect(page).toContain(typed.trim());
    expect(page).toContain('<option value="hq" selected>');
    expect(queue.messages).toHaveLength(0);
  });

  it('Should tell the employee what to do, in their words, never naming fields or bytes', async () => {
    const { app } = appWithFakes();
    for (const [fields, expected] of [
      [{ text: '   ', site: 'hq' }, 'Write your feedback in the box before sending it.'],
      [{ text: 'Lights', site: 'nowhere' }, 'Choose where you work from the list'],
      [{ text: 'Too long. '.repeat(170) }, 'Your feedback is too long for one message'],
    ] as const) {
      const page = await (await app.request('/feedback', form(fields))).text();
      expect(page).toContain(expected);
      const said = page.match(/<div class="error-summary"[\s\S]*?<\/div>/)?.[0];
      expect(said).toContain(expected);
      expect(said).not.toMatch(/text must|is not one of|bytes|UTF-8|configured/);
    }
  });

  it('Should tell a browser that sent more than the form allows what to do, not how many bytes', async () => {
    const { app } = appWithFakes();
    const res = await app.request('/feedback', form({ text: '😀'.repeat(EMPLOYEE_TEXT_BODY.form / 12) }));
    expect(res.status).toBe(413);
    const page = await res.text();
    expect(page).toContain('What you sent is too long. Please go back, shorten it, and send it again.');
    expect(page).not.toMatch(/bytes|request body/);
  });

  it('Should escape what was typed when showing it again', async () => {
    const { app } = appWithFakes();
    const res = await app.request('/feedback', form({ text: '<script>alert(1)</script>', site: 'nowhere' }));
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)');
  });
});

describe('form decoding', () => {
  const raw = (body: string, contentType = 'application/x-www-form-urlencoded') => ({
    method: 'POST',
    headers: { 'content-type': contentType, accept: 'application/json' },
    body,
  });

  it.each([
    ['%FF%FE', 'bytes that are never UTF-8'],
    ['caf%E9', 'Latin-1, not UTF-8'],
    ['%C0%AF', 'an overlong encoding'],
    ['%ED%A0%80', 'a surrogate'],
    ['ok%E2%82', 'a character cut short'],
  ])('Should refuse text=%s (%s) with 400 naming the field, not store replacement characters', async (encoded) => {
    const { app, store, queue } = appWithFakes();
    const res = await app.request('/feedback', raw(`site=hq&text=${encoded}`));
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.message).toMatch(/^request body is not valid UTF-8/);
    expect(error.message).toContain('text');
    expect(error.issues).toEqual([{ path: 'text', message: expect.any(String) }]);
    expect(store.cases.size + queue.messages.length).toBe(0);
  });

  it('Should show a browser the refusal as a page', async () => {
    const { app, queue } = appWithFakes();
    const res = await app.request('/feedback', {
      ...raw('text=%FF%FE'),
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain('Part of what was sent could not be read. Please go back to the form and try again.');
    expect(page).not.toContain('request body');
    expect(queue.messages).toHaveLength(0);
  });

  it('Should refuse a field name that is not UTF-8', async () => {
    const { app } = appWithFakes();
    const res = await app.request('/feedback', raw('text=hello&%FF=x'));
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^request body is not valid UTF-8/);
  });

  it('Should decode UTF-8 escapes, + as a space, and keep a % that starts no escape, as browsers send them', async () => {
    const { app, queue } = appWithFakes();
    const res = await app.request('/feedback', raw('text=Caf%C3%A9+au+lait+100%+%E2%98%95+%2B+more&site=hq'));
    expect(res.status).toBe(200);
    expect(queue.messages[0]).toMatchObject({ text: 'Café au lait 100% ☕ + more', site: 'hq' });
  });

  it.each([
    ['application/x-www-form-urlencoded; charset=ISO-8859-1', 'text=caf%E9'],
    ['application/x-www-form-urlencoded;charset="windows-1252"', 'text=hello'],
    ['application/json; charset=utf-16', '{"text":"hello"}'],
  ])('Should refuse Content-Type %j with 415 saying to send UTF-8', async (contentType, body) => {
    const { app, queue } = appWithFakes();
    const res = await app.request('/feedback', raw(body, contentType));
    expect(res.status).toBe(415);
    expect((await res.json()).error.message).toMatch(/charset .* is not accepted here; send UTF-8/);
    expect(queue.messages).toHaveLength(0);
  });

  it.each(['gzip', 'br', 'deflate, identity', 'x-made-up'])(
    'Should refuse a body sent with Content-Encoding %j with 415 saying to send it uncompressed',
    async (coding) => {
      const { app, queue } = appWithFakes();
      for (const [contentType, body] of [
        ['application/json', '{"text":"The fire exit by bay 2 is chained shut"}'],
        ['application/x-www-form-urlencoded', 'text=The+fire+exit+by+bay+2+is+chained+shut'],
      ] as const) {
        const res = await app.request('/feedback', {
          method: 'POST',
          headers: { 'content-type': contentType, 'content-encoding': coding, accept: 'application/json' },
          body,
        });
        expect(res.status).toBe(415);
        expect((await res.json()).error.message).toMatch(/is not accepted here; send the body uncompressed/);
      }
      expect(queue.messages).toHaveLength(0);
    },
  );

  it('Should take a body whose Content-Encoding says identity, which is no coding', async () => {
    const { app, queue } = appWithFakes();
    const res = await app.request('/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'identity' },
      body: '{"text":"hello"}',
    });
    expect(res.status).toBeLessThan(300);
    expect(queue.messages).toHaveLength(1);
  });

  it.each([
    ['application/x-www-form-urlencoded; charset=UTF-8', 'text=hello'],
    ['application/x-www-form-urlencoded; charset="utf-8"', 'text=hello'],
    ['application/json; charset=utf-8', '{"text":"hello"}'],
  ])('Should accept Content-Type %j', async (contentType, body) => {
    const { app, queue } = appWithFakes();
    const res = await app.request('/feedback', raw(body, contentType));
    expect(res.status).toBeLessThan(300);
    expect(queue.messages).toHaveLength(1);
  });
});

describe('submissions that carry an idempotency key', () => {
  it('Should give the same case code and make one case when retried', async () => {
    const { submitFeedback } = await import('../../../shared/use-cases/submit-feedback');
    const { deps, store, queue } = appWithFakes();
    const submission = {
      channel: 'sms' as const,
      text: 'Retried by Twilio',
      escalate: false,
      idempotencyKey: 'sms:SM0123456789abcdef',
    };
    const first = await submitFeedback(deps, submission);
    const second = await submitFeedback(deps, submission);
    expect(second.caseCode).toBe(first.caseCode);
    expect(first.caseCode).toMatch(CASE_CODE_PATTERN);
    expect(store.cases.size).toBe(1);
    // Queued twice on purpose: analysis is idempotent per case, and the retry
    // must not rely on the first attempt's queueing having succeeded.
    expect(new Set(queue.messages.map((m) => m.id)).size).toBe(1);
    const other = await submitFeedback(deps, { ...submission, idempotencyKey: 'sms:SMffffffffffffffff' });
    expect(other.caseCode).not.toBe(first.caseCode);
  });
});
