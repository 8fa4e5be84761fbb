import { beforeEach, describe, expect, it } from 'vitest';
import { seal } from '../../../functions/intake/kiosk/client/seal';
import { enrolKiosk } from '../../../shared/use-cases/enrol-kiosk';
import { appWithFakes, exampleConfig, fixedClock, json } from '../../support/fixtures';
import { InMemoryKioskRegistry } from '../../support/in-memory-kiosk-registry';

/** The tablet's own sealing code, run on Node's WebCrypto, with the config the server gave it kept as the tablet keeps it. */
const kept = new Map<string, string>();
Object.assign(globalThis, {
  window: globalThis,
  localStorage: { getItem: (k: string) => kept.get(k) ?? null, setItem: (k: string, v: string) => kept.set(k, v) },
});

async function kioskApp() {
  const kiosks = new InMemoryKioskRegistry();
  const clock = fixedClock('2026-11-18T15:30:10Z');
  const fakes = appWithFakes({ clock, kiosk: { kiosks } });
  const { token } = await enrolKiosk({ kiosks, config: exampleConfig, clock }, { site: 'plant2', name: 'Break room' });
  const auth = { authorization: `Bearer ${token}` };
  const config = await (await fakes.app.request('/kiosk/config', { headers: auth })).json();
  kept.set('listening-post.kiosk.config', JSON.stringify(config));
  const post = (body: unknown) => fakes.app.request('/kiosk/feedback', json(body, auth));
  return { ...fakes, post, config };
}

const ITEM = {
  key: 'b1f3c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  rating: 1,
  escalate: true,
  topic: 'safety',
  text: 'Zbigniew Brzezinski blocked the fire exit, call me 0171 9876543',
  language: 'en',
};

describe('the kiosk’s sealed outbox', () => {
  beforeEach(() => kept.clear());

  it('Should seal an item so that nothing of it reads in what the tablet stores, and the intake open it into a case', async () => {
    const { post, queue } = await kioskApp();
    const sealed = (await seal(ITEM))!;
    for (const word of ['Brzezinski', '9876543', 'safety', ITEM.key]) expect(sealed).not.toContain(word);
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain('Brzezinski');
    // Each item has a key of its own: the same words never seal to the same bytes.
    expect(await seal(ITEM)).not.toBe(sealed);

    const res = await post({ sealed });
    expect(res.status).toBe(201);
    expect(queue.messages[0]).toMatchObject({ rating: 1, topic: 'safety', escalate: true });
    expect(queue.messages[0]!.text).toContain('fire exit');
    // A retry of the same sealed item is the same submission.
    expect((await (await post({ sealed })).json()).caseCode).toBe((await res.json()).caseCode);
  });

  it('Should take a sealed item offered again without its topic and language as the same words without them', async () => {
    const { post, queue } = await kioskApp();
    const res = await post({
      sealed: await seal({ ...ITEM, key: 'c1f3c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d' }),
      withoutTopic: true,
    });
    expect(res.status).toBe(201);
    expect(queue.messages[0]!.topic).toBeUndefined();
    expect(queue.messages[0]!.text).toContain('fire exit');
  });

  it('Should refuse (400) an item altered on the tablet or sealed to another installation, which the tablet then holds', async () => {
    const { post, queue } = await kioskApp();
    const sealed = (await seal(ITEM))!;
    const bytes = Buffer.from(sealed, 'base64url');
    bytes[bytes.length - 20]! ^= 1;
    expect((await post({ sealed: bytes.toString('base64url') })).status).toBe(400);
    expect((await post({ sealed: 'not sealed at all' })).status).toBe(400);
    expect(queue.messages).toEqual([]);
  });

  it('Should take an older outbox record sealed with its held mark, and refuse one holding a field it does not read', async () => {
    const { post, queue } = await kioskApp();
    // An older tablet stored a refused item in clear with `held: true`, and seals the whole record once it can.
    const held = await post({
      sealed: await seal({ ...ITEM, key: 'd1f3c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d', held: true }),
    });
    expect(held.status).toBe(201);
    const withNote = { ...ITEM, key: 'e1f3c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d', note: 'and the alarm is off' };
    const refused = await post({ sealed: await seal(withNote as typeof ITEM) });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.issues.map((i: { path: string }) => i.path)).toEqual(['note']);
    const outside = await post({
      sealed: await seal({ ...ITEM, key: 'f1f3c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d' }),
      text: 'hi',
    });
    expect(outside.status).toBe(400);
    expect(queue.messages).toHaveLength(1);
  });

  it('Should seal comments of any length below 2 KB to items of one size, which the intake opens as written', async () => {
    const { post, queue } = await kioskApp();
    const sizes = new Set<number>();
    for (const text of ['ok', 'The exit is blocked.', 'x'.repeat(1500), 'é'.repeat(900)]) {
      const sealed = (await seal({ ...ITEM, text, key: `k-${text.length}-${sizes.size}-abcdef` }))!;
      sizes.add(Buffer.from(sealed, 'base64url').length);
      expect((await post({ sealed })).status).toBe(201);
      expect(queue.messages.at(-1)!.text).toBe(text);
    }
    expect(sizes.size).toBe(1);
  });

  it('Should not seal without the installation’s key: the item then stays in memory, never in storage', async () => {
    expect(await seal(ITEM)).toBeNull();
  });
});
