import { describe, expect, it } from 'vitest';
import { runKioskCli, type KioskCliDeps } from '../../../scripts/kiosk';
import { kioskTokenHash } from '../../../shared/domain/kiosk';
import { exampleConfig, fixedClock } from '../../support/fixtures';
import { InMemoryKioskRegistry } from '../../support/in-memory-kiosk-registry';

function cli({ publicUrl }: { publicUrl: string | undefined } = { publicUrl: 'http://127.0.0.1:3000' }) {
  const kiosks = new InMemoryKioskRegistry();
  const out: string[] = [];
  const err: string[] = [];
  const deps: KioskCliDeps = {
    kiosks,
    config: exampleConfig,
    clock: fixedClock(),
    publicUrl,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  };
  return { kiosks, out, err, run: (...args: string[]) => runKioskCli(args, deps) };
}

describe('npm run kiosk', () => {
  it('Should enrol a kiosk, print the tablet URL with the token in its fragment, and the token alone on the last line', async () => {
    const { run, out, kiosks } = cli();
    expect(await run('enroll', '--site', 'hq', '--name', 'HQ kitchen')).toBe(0);
    const token = out.at(-1)!;
    expect(token).toMatch(/^lpk_[A-Za-z0-9_-]{43}$/);
    expect(out).toContain(`  http://127.0.0.1:3000/kiosk#token=${token}`);
    const [kiosk] = [...kiosks.kiosks.values()];
    expect(kiosk).toMatchObject({ site: 'hq', name: 'HQ kitchen', tokenHash: kioskTokenHash(token) });
    expect(JSON.stringify([...kiosks.kiosks.values(), ...kiosks.tokens.entries()])).not.toContain(token);
  });

  it('Should refuse a site that is not in the config, and enrol nothing', async () => {
    const { run, err, kiosks } = cli();
    expect(await run('enroll', '--site', 'moon', '--name', 'x')).toBe(2);
    expect(err.join('\n')).toMatch(/site 'moon' is not in the config; it must be one of: hq, plant2, warehouse/);
    expect(kiosks.kiosks.size).toBe(0);
  });

  it('Should refuse to enrol without a public URL to give the tablet', async () => {
    const { run, err, kiosks } = cli({ publicUrl: undefined });
    expect(await run('enroll', '--site', 'hq', '--name', 'Lobby')).toBe(2);
    expect(err.join('\n')).toMatch(/PUBLIC_URL/);
    expect(kiosks.kiosks.size).toBe(0);
  });

  it('Should list kiosks with their status, and revoke one by id', async () => {
    const { run, out } = cli();
    await run('enroll', '--site', 'plant2', '--name', 'Canteen');
    const id = /Enrolled kiosk (k-[a-z0-9]{6})/.exec(out.join('\n'))![1]!;
    out.length = 0;
    expect(await run('revoke', id.toUpperCase())).toBe(0); // as copied from a note: K-4MXHGX
    expect(out.join('\n')).toMatch(/Revoked kiosk/);
    out.length = 0;
    expect(await run('list')).toBe(0);
    expect(out[0]).toMatch(/^ID\s+SITE\s+NAME\s+LANGUAGE\s+ENROLLED\s+STATUS$/);
    expect(out[1]).toMatch(new RegExp(`^${id}\\s+plant2\\s+Canteen\\s+en \\(site's\\)\\s+2026-W47\\s+revoked`));
  });

  it('Should enrol a kiosk in the language asked for, and refuse one the installation does not speak', async () => {
    const { run, out, err, kiosks } = cli();
    expect(await run('enroll', '--site', 'plant2', '--name', 'Canteen', '--language', 'fr')).toBe(0);
    expect(out.join('\n')).toMatch(/starts every session in Français \(fr\)/);
    const token = out.at(-1)!;
    expect(await kiosks.findByTokenHash(kioskTokenHash(token))).toMatchObject({ site: 'plant2', language: 'fr' });
    out.length = 0;
    expect(await run('list')).toBe(0);
    expect(out[1]).toMatch(/plant2\s+Canteen\s+fr\s+/);

    expect(await run('enroll', '--site', 'hq', '--name', 'Lobby', '--language', 'de')).toBe(2);
    expect(err.join('\n')).toMatch(/language 'de' is not one this installation speaks; it must be one of: en, es, fr/);
    expect(kiosks.kiosks.size).toBe(1);
  });

  it("Should start a kiosk enrolled without a language in its site's", async () => {
    const { run, out } = cli();
    expect(await run('enroll', '--site', 'hq', '--name', 'Lobby')).toBe(0);
    expect(out.join('\n')).toMatch(/starts every session in its site's language, now English \(en\)/);
  });

  it('Should say so for an unknown kiosk id, a malformed one, and a command it does not know', async () => {
    const { run, err } = cli();
    expect(await run('revoke', 'k-zzzzzz')).toBe(1);
    expect(await run('revoke', 'banana')).toBe(2);
    expect(await run('frobnicate')).toBe(2);
    expect(await run('enroll', '--site', 'hq', '--nmae', 'typo')).toBe(2);
    expect(err.join('\n')).toMatch(/There is no kiosk k-zzzzzz/);
    expect(err.join('\n')).toMatch(/banana is not a kiosk id/);
    expect(err.join('\n')).toMatch(/Unknown command 'frobnicate'/);
  });
});
