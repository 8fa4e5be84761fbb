import { describe, expect, it } from 'vitest';
import { enrolKiosk } from '../../../shared/use-cases/enrol-kiosk';
import { appWithFakes, exampleConfig, fixedClock, json } from '../../support/fixtures';
import { InMemoryKioskRegistry } from '../../support/in-memory-kiosk-registry';
import { sealRawTo } from '../../support/seal-raw';

// A field sent twice is refused, never read as one of its values (`json-names-sent-once`, `form-fields-sent-once`).
// What was left: a sealed kiosk item's own JSON was not checked, so `"text": "<danger>", "text": "ok"` inside it was
// taken as "ok"; a browser's form got an error page without its words; and every such refusal gave the
// installation's emergency number, even when the report said its site, or came from a kiosk enrolled at one.

/** The example installation with Plant 2's own emergency number. */
const config = {
  ...exampleConfig,
  emergencyNumber: '911',
  sites: exampleConfig.sites.map((site) => (site.id === 'plant2' ? { ...site, emergencyNumber: '112' } : site)),
};

async function kioskAtPlant2() {
  const kiosks = new InMemoryKioskRegistry();
  const clock = fixedClock('2026-11-18T15:30:10Z');
  const fakes = appWithFakes({ config, clock, kiosk: { kiosks } });
  const { token } = await enrolKiosk({ kiosks, config, clock }, { site: 'plant2', name: 'Break room' });
  const auth = { authorization: `Bearer ${token}` };
  const { sealKey } = await (await fakes.app.request('/kiosk/config', { headers: auth })).json();
  const post = (body: string) => fakes.app.request('/kiosk/feedback', json(body, auth));
  return { ...fakes, post, sealKey: sealKey as string };
}

const DANGER = 'There is a fire in bay 3, people trapped';

describe('a report that sends a field twice', () => {
  it('Should refuse a sealed kiosk item whose own JSON repeats text, saying it was NOT saved and the kiosk site’s number', async () => {
    const { post, queue, sealKey } = await kioskAtPlant2();
    const inner = `{"key":"b1f3c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d","rating":1,"text":${JSON.stringify(DANGER)},"text":"all fine"}`;
    const res = await post(JSON.stringify({ sealed: sealRawTo(sealKey, inner) }));
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.message).toMatch(/more than once/);
    expect(error.message).toMatch(/NOT saved/);
    expect(error.emergency).toMatch(/call 112/);
    expect(queue.messages).toEqual([]);
    // The same item written once is taken, as before.
    const once = `{"key":"c1f3c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d","rating":1,"text":${JSON.stringify(DANGER)}}`;
    expect((await post(JSON.stringify({ sealed: sealRawTo(sealKey, once) }))).status).toBe(201);
    expect(queue.messages.map((m) => m.text)).toEqual([DANGER]);
  });

  it('Should give a kiosk’s plain repeated field the kiosk site’s number', async () => {
    const { post, queue } = await kioskAtPlant2();
    const res = await post(`{"rating":1,"text":${JSON.stringify(DANGER)},"text":"all fine"}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.emergency).toMatch(/call 112/);
    expect(queue.messages).toEqual([]);
  });

  it('Should give a JSON report’s repeated field the number of the site it names once, else the installation’s', async () => {
    const { app, queue } = appWithFakes({ config });
    const named = await app.request(
      '/feedback',
      json(`{"site":"plant2","text":${JSON.stringify(DANGER)},"text":"ok"}`),
    );
    expect(named.status).toBe(400);
    expect((await named.json()).error.emergency).toMatch(/call 112/);
    // Two sites: which one is not known, so the installation's number.
    const two = await app.request('/feedback', json('{"site":"plant2","text":"ok","site":"hq"}'));
    expect((await two.json()).error.emergency).toMatch(/call 911/);
    expect(queue.messages).toEqual([]);
  });

  it('Should give a browser its form back with every word typed, saying it was NOT saved and the site’s number', async () => {
    const { app, queue } = appWithFakes({ config });
    const res = await app.request('/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams([
        ['text', DANGER],
        ['text', 'all fine'],
        ['site', 'plant2'],
      ]).toString(),
    });
    expect(res.status).toBe(400);
    const page = await res.text();
    // The form itself, not an error page with a link back to an empty one.
    expect(page).toMatch(
      /<textarea id="text"[^>]*>[^<]*There is a fire in bay 3, people trapped[^<]*all fine<\/textarea>/,
    );
    expect(page).toMatch(/<option value="plant2" selected/);
    expect(page).toMatch(/NOT saved/);
    expect(page).toMatch(/role="alert"[\s\S]*call 112/);
    expect(queue.messages).toEqual([]);
  });
});

describe('a form that sends a box this service does not read', () => {
  it('Should say in the refusal whom to call, with the number of the site chosen', async () => {
    const { app, queue } = appWithFakes({ config });
    const res = await app.request('/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ text: DANGER, site: 'plant2', comment: 'the alarm is off' }).toString(),
    });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toMatch(/<textarea id="text"[^>]*>[^<]*There is a fire in bay 3/);
    expect(page).toMatch(/role="alert"[\s\S]*NOT saved[\s\S]*call 112/);
    expect(queue.messages).toEqual([]);
  });
});
