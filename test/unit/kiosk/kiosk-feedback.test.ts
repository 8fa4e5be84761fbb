import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { urgencyOf } from '../../../functions/intake/routes/web-feedback';
import { caseKeyFor } from '../../../shared/domain/case-code';
import { enrolKiosk } from '../../../shared/use-cases/enrol-kiosk';
import { appWithFakes, CASE_CODE_PATTERN, exampleConfig, fixedClock, json, TEST_PEPPER } from '../../support/fixtures';
import { InMemoryKioskRegistry } from '../../support/in-memory-kiosk-registry';
import { KIOSK_FEEDBACK_BODY } from '../../../functions/intake/middleware/body-limits';
import { systemClock } from '../../../shared/ports/clock';

function kioskApp() {
  const kiosks = new InMemoryKioskRegistry();
  const clock = fixedClock('2026-11-18T15:30:10Z');
  const fakes = appWithFakes({ clock, kiosk: { kiosks } });
  const enrol = async (site = 'plant2') =>
    enrolKiosk({ kiosks, config: exampleConfig, clock }, { site, name: 'Break room' });
  const post = (token: string | undefined, body: unknown, headers: Record<string, string> = {}) =>
    fakes.app.request(
      '/kiosk/feedback',
      json(body, token === undefined ? headers : { authorization: `Bearer ${token}`, ...headers }),
    );
  return { ...fakes, kiosks, clock, enrol, post };
}

let keys = 0;
const newKey = () => `test-key-${(keys += 1)}-${'x'.repeat(8)}`;

describe('POST /kiosk/feedback', () => {
  it('Should answer 201 with a case code for a rating alone, and store a kiosk case at the kiosk’s site', async () => {
    const { post, enrol, store, queue } = kioskApp();
    const { token } = await enrol('plant2');
    const res = await post(token, { rating: 3, key: newKey() });
    expect(res.status).toBe(201);
    const { caseCode } = await res.json();
    expect(caseCode).toMatch(CASE_CODE_PATTERN);
    expect(store.cases.get(caseKeyFor(caseCode, TEST_PEPPER))).toMatchObject({
      channel: 'kiosk',
      site: 'plant2',
      rating: 3,
      status: 'received',
      escalateRequested: false,
    });
    expect(queue.messages).toEqual([
      expect.objectContaining({ channel: 'kiosk', site: 'plant2', rating: 3, text: '' }),
    ]);
  });

  it('Should pass on the topic, the comment and the urgent flag', async () => {
    const { post, enrol, queue } = kioskApp();
    const { token } = await enrol('hq');
    const res = await post(token, {
      rating: 1,
      topic: 'safety',
      text: '  The fire exit is blocked again  ',
      escalate: true,
      key: newKey(),
    });
    expect(res.status).toBe(201);
    expect(queue.messages[0]).toMatchObject({
      channel: 'kiosk',
      site: 'hq',
      topic: 'safety',
      escalate: true,
      rating: 1,
      text: 'The fire exit is blocked again',
    });
  });

  it('Should keep the words and the urgent flag of an item whose topic the config no longer has, with no topic', async () => {
    // A tablet's outbox may hold a topic renamed or removed while it was offline: its person is long gone.
    const { post, enrol, store, queue } = kioskApp();
    const { token } = await enrol('plant2');
    for (const topic of ['health-and-safety', 'x'.repeat(40)]) {
      const res = await post(token, {
        rating: 1,
        topic,
        text: 'The fire exit is chained shut',
        escalate: true,
        key: newKey(),
      });
      expect(res.status, topic).toBe(201);
      const { caseCode } = await res.json();
      expect(store.cases.get(caseKeyFor(caseCode, TEST_PEPPER))).toMatchObject({
        site: 'plant2',
        topic: undefined,
        escalateRequested: true,
      });
    }
    expect(queue.messages).toEqual([
      expect.objectContaining({ topic: undefined, escalate: true, text: 'The fire exit is chained shut' }),
      expect.objectContaining({ topic: undefined, escalate: true, text: 'The fire exit is chained shut' }),
    ]);
  });

  it('Should send an item whose topic the config no longer has to a senior leader, urgent box or not: the topic may have been the urgent one', async () => {
    // "health-safety" renamed "safety" while the tablet was offline: a tap on it, with no words and no box
    // ticked, was taken with no topic and ended "analysed", the employee's urgent choice silently dropped.
    const { post, enrol, store, queue } = kioskApp();
    const { token } = await enrol('plant2');
    const res = await post(token, { rating: 1, topic: 'health-safety', key: newKey() });
    expect(res.status).toBe(201);
    const { caseCode } = await res.json();
    expect(store.cases.get(caseKeyFor(caseCode, TEST_PEPPER))).toMatchObject({
      topic: undefined,
      escalateRequested: true,
    });
    expect(queue.messages).toEqual([expect.objectContaining({ topic: undefined, escalate: true, text: '' })]);
    // A topic the config has keeps its own urgency: a calm one is not made urgent.
    expect((await post(token, { rating: 2, topic: 'workload', key: newKey() })).status).toBe(201);
    expect(queue.messages[1]).toMatchObject({ topic: 'workload', escalate: false });
  });

  it('Should count any topic the config does not have under the urgent allowance, as the urgent box is, and no configured calm one', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (topic) => {
        const known = exampleConfig.topics.find((t) => t.id === topic.trim());
        // An empty topic is none, as the submission's schema reads it (the form's "Not sure" sends one).
        const none = topic.trim() === '';
        expect(urgencyOf({ topic }, exampleConfig, systemClock).asked()).toBe(
          none ? false : known ? known.urgent === true : true,
        );
      }),
    );
    for (const topic of exampleConfig.topics)
      expect(urgencyOf({ topic: topic.id }, exampleConfig, systemClock).asked(), topic.id).toBe(topic.urgent === true);
  });

  it('Should treat a comment of only spaces as no comment', async () => {
    const { post, enrol, queue } = kioskApp();
    const { token } = await enrol();
    expect((await post(token, { rating: 4, text: ' \n ', key: newKey() })).status).toBe(201);
    expect(queue.messages[0]?.text).toBe('');
  });

  it('Should take the site from the token, and refuse (400) a body naming a site or any field it does not read', async () => {
    const { post, enrol, store, queue } = kioskApp();
    const { token } = await enrol('warehouse');
    for (const [extra, field] of [
      [{ site: 'hq' }, 'site'],
      [{ comment: 'There is a fire in bay 3' }, 'comment'],
    ] as const) {
      const refused = await post(token, { rating: 2, key: newKey(), ...extra });
      expect(refused.status).toBe(400);
      const { error } = await refused.json();
      expect(error.issues).toEqual([{ path: field, message: expect.stringContaining(`${field} is not a field`) }]);
      expect(error.message).toMatch(/Your report was NOT saved\. If you or someone else is in danger now, call 911\.$/);
    }
    expect(queue.messages).toHaveLength(0);
    const res = await post(token, { rating: 2, key: newKey() });
    expect(res.status).toBe(201);
    const { caseCode } = await res.json();
    expect(store.cases.get(caseKeyFor(caseCode, TEST_PEPPER))?.site).toBe('warehouse');
    expect(queue.messages[0]?.site).toBe('warehouse');
  });

  it('Should make one case and answer the same code when the same key is sent twice', async () => {
    const { post, enrol, store } = kioskApp();
    const { token } = await enrol();
    const key = newKey();
    const first = await (await post(token, { rating: 2, text: 'Sent twice', key })).json();
    const again = await (await post(token, { rating: 2, text: 'Sent twice', key })).json();
    expect(again.caseCode).toBe(first.caseCode);
    expect(store.cases.size).toBe(1);
  });

  it('Should keep the same key from two kiosks apart: two cases, two codes', async () => {
    const { post, enrol, store } = kioskApp();
    const [a, b] = [await enrol(), await enrol()];
    const key = newKey();
    const fromA = await (await post(a.token, { rating: 2, key })).json();
    const fromB = await (await post(b.token, { rating: 2, key })).json();
    expect(fromA.caseCode).not.toBe(fromB.caseCode);
    expect(store.cases.size).toBe(2);
  });

  it.each([
    ['no Authorization header', undefined],
    ['a header that is not Bearer', 'Basic dXNlcjpwYXNz'],
    ['a token that was never issued', `Bearer lpk_${'A'.repeat(43)}`],
    ['something that is not a token at all', 'Bearer not-a-token'],
  ])('Should answer 401 with WWW-Authenticate for %s, and keep nothing', async (_name, authorization) => {
    const { app, queue, store } = kioskApp();
    const res = await app.request(
      '/kiosk/feedback',
      json({ rating: 3, key: newKey() }, authorization ? { authorization } : {}),
    );
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="kiosk"');
    expect((await res.json()).error).toMatchObject({ code: 'unauthorized', message: expect.stringMatching(/enrol/) });
    expect(queue.messages).toHaveLength(0);
    expect(store.cases.size).toBe(0);
  });

  it('Should answer 401 once the kiosk is revoked', async () => {
    const { post, enrol, kiosks } = kioskApp();
    const { kiosk, token } = await enrol();
    expect((await post(token, { rating: 3, key: newKey() })).status).toBe(201);
    await kiosks.revoke(kiosk.id);
    expect((await post(token, { rating: 3, key: newKey() })).status).toBe(401);
  });

  it('Should answer 403 when the kiosk’s site was removed from the config', async () => {
    const { post, kiosks } = kioskApp();
    const { kioskTokenHash, newKioskToken } = await import('../../../shared/domain/kiosk');
    const token = newKioskToken();
    await kiosks.enrol(
      { id: 'k-gone00', site: 'closed-site', name: 'Old depot', enrolledAt: '2026-01-01T00:00:00Z' },
      kioskTokenHash(token),
    );
    const res = await post(token, { rating: 3, key: newKey() });
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toMatch(/closed-site/);
  });

  it('Should answer 401 to every kiosk request when the kiosk channel is not set up', async () => {
    const { app } = appWithFakes();
    const res = await app.request(
      '/kiosk/feedback',
      json({ rating: 3, key: newKey() }, { authorization: `Bearer lpk_${'A'.repeat(43)}` }),
    );
    expect(res.status).toBe(401);
  });

  it('Should answer 429 with Retry-After past limits.kioskPerMinute, count per kiosk, and accept again next minute', async () => {
    const { post, enrol, clock } = kioskApp();
    const [busy, quiet] = [await enrol(), await enrol()];
    const limit = exampleConfig.limits.kioskPerMinute;
    for (let i = 0; i < limit; i += 1) expect((await post(busy.token, { rating: 4, key: newKey() })).status).toBe(201);
    const refused = await post(busy.token, { rating: 4, key: newKey() });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('50'); // the clock is at :10 in its minute
    expect((await refused.json()).error.code).toBe('too_many_requests');
    expect((await post(quiet.token, { rating: 4, key: newKey() })).status).toBe(201);
    clock.set('2026-11-18T15:31:00Z');
    expect((await post(busy.token, { rating: 4, key: newKey() })).status).toBe(201);
  });

  it('Should still take urgent reports past limits.kioskPerMinute, by the button or the words, within an allowance of their own', async () => {
    const { post, enrol } = kioskApp();
    const { token } = await enrol();
    const limit = exampleConfig.limits.kioskPerMinute;
    for (let i = 0; i < limit; i += 1) expect((await post(token, { rating: 4, key: newKey() })).status).toBe(201);
    // The calm flood has spent the minute: calm taps wait, urgent reports do not.
    expect((await post(token, { rating: 4, key: newKey() })).status).toBe(429);
    const ticked = { rating: 1, escalate: true, topic: 'safety', text: 'he has a gun', key: newKey() };
    expect((await post(token, ticked)).status).toBe(201);
    expect((await post(token, { rating: 1, text: 'he has a gun in the car park', key: newKey() })).status).toBe(201);
    expect(
      (await post(token, { rating: 1, text: 'Hay un hombre con una pistola en la entrada', key: newKey() })).status,
    ).toBe(201);
    // A flood of made-up urgent ones spends the allowance and stops.
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1)
      statuses.push((await post(token, { rating: 1, escalate: true, key: newKey() })).status);
    expect(statuses.filter((status) => status === 201).length).toBeLessThan(10);
    expect(statuses.at(-1)).toBe(429);
  }, 120_000);

  it('Should take a report urgent in its words past the minute after ticked calm ones have used their allowance', async () => {
    const { post, enrol } = kioskApp();
    const { token } = await enrol();
    const limit = exampleConfig.limits.kioskPerMinute;
    for (let i = 0; i < limit; i += 1) expect((await post(token, { rating: 4, key: newKey() })).status).toBe(201);
    // Ticked urgent, calm in words, until their allowance is spent.
    const ticked: number[] = [];
    for (let i = 0; i < 8; i += 1)
      ticked.push((await post(token, { rating: 2, escalate: true, text: 'more chairs please', key: newKey() })).status);
    expect(ticked.at(-1)).toBe(429);
    // Danger in the words, ticked or not, in any language, is still taken.
    for (const text of [
      'a guy just pulled a blade on the line lead',
      'un collègue menace de tuer le chef avec un couteau',
    ])
      for (const escalate of [false, true])
        expect((await post(token, { rating: 1, escalate, text, key: newKey() })).status, text).toBe(201);
  }, 120_000);

  it('Should answer 400 naming each field that is wrong, and keep nothing', async () => {
    const { post, enrol, queue } = kioskApp();
    const { token } = await enrol();
    for (const [body, path, message] of [
      [{ key: newKey() }, 'rating', /rating is required/],
      [{ rating: 5, key: newKey() }, 'rating', /whole number from 1 to 4/],
      [{ rating: 2.5, key: newKey() }, 'rating', /whole number from 1 to 4/],
      [{ rating: '3', key: newKey() }, 'rating', /whole number from 1 to 4/],
      [{ rating: 3 }, 'key', /key is required/],
      [{ rating: 3, key: 'short' }, 'key', /8-64 letters/],
      [{ rating: 3, key: newKey(), escalate: 'yes' }, 'escalate', /true or false/],
      [{ rating: 3, key: newKey(), text: 42 }, 'text', /text must be a string/],
    ] as const) {
      const res = await post(token, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const { error } = await res.json();
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toContainEqual({ path, message: expect.stringMatching(message) });
    }
    for (const body of ['[1, 2]', '"rating"', '{"rating": 3,']) expect((await post(token, body)).status).toBe(400);
    expect(queue.messages).toHaveLength(0);
  });

  it('Should answer 413 for a comment over the limit and for a body longer than any comment can be sent', async () => {
    const { post, enrol, queue } = kioskApp();
    const { token } = await enrol();
    const longText = await post(token, { rating: 1, text: 'a'.repeat(1601), key: newKey() });
    expect(longText.status).toBe(413);
    expect((await longText.json()).error.message).toMatch(/at most 1,600 characters/);
    const bigBody = await post(token, { rating: 1, key: newKey(), padding: 'x'.repeat(KIOSK_FEEDBACK_BODY.json) });
    expect(bigBody.status).toBe(413);
    expect(queue.messages).toHaveLength(0);
  });

  it('Should answer 415 for anything but JSON', async () => {
    const { app, enrol } = kioskApp();
    const { token } = await enrol();
    const res = await app.request('/kiosk/feedback', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: 'rating=3&key=abcdefghij',
    });
    expect(res.status).toBe(415);
    expect((await res.json()).error.message).toMatch(/send application\/json/);
  });

  it('Should set no cookie and ask that the answer is not cached', async () => {
    const { post, enrol } = kioskApp();
    const { token } = await enrol();
    const res = await post(token, { rating: 3, key: newKey() });
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('GET /kiosk/config', () => {
  it('Should give the question of the token’s site and the configured topics', async () => {
    const { app, enrol } = kioskApp();
    const { token } = await enrol('plant2');
    const res = await app.request('/kiosk/config', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      siteName: 'Plant 2',
      language: 'en',
      question: 'How was your shift today?',
      topics: exampleConfig.topics.map((t) => expect.objectContaining({ id: t.id, name: t.name })),
    });
  });

  it('Should fall back to the default question for a site without one', async () => {
    const { app, enrol } = kioskApp();
    const { token } = await enrol('warehouse');
    const res = await app.request('/kiosk/config', { headers: { authorization: `Bearer ${token}` } });
    expect((await res.json()).question).toBe('How are things at work today?');
  });

  it('Should answer 401 without a valid token', async () => {
    const { app } = kioskApp();
    expect((await app.request('/kiosk/config', { headers: { accept: 'application/json' } })).status).toBe(401);
  });
});
