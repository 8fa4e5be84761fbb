import { describe, expect, it } from 'vitest';
import { runKioskCli, type KioskCliDeps } from '../../../scripts/kiosk';
import { enrolmentCodeHash, kioskTokenHash } from '../../../shared/domain/kiosk';
import { redeemKioskEnrolment } from '../../../shared/use-cases/redeem-kiosk-enrolment';
import { exampleConfig, fixedClock } from '../../support/fixtures';
import { InMemoryKioskRegistry } from '../../support/in-memory-kiosk-registry';

function cli({ publicUrl }: { publicUrl: string | undefined } = { publicUrl: 'http://127.0.0.1:3000' }) {
  const clock = fixedClock();
  const kiosks = new InMemoryKioskRegistry(clock.now);
  const out: string[] = [];
  const err: string[] = [];
  const deps: KioskCliDeps = {
    kiosks,
    config: exampleConfig,
    clock,
    publicUrl,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  };
  return { kiosks, out, err, clock, run: (...args: string[]) => runKioskCli(args, deps) };
}

/** The code a script takes from the enrolment's last line: its last word (`tail -n 1 | awk '{print $NF}'`). */
const linkCode = (out: string[]) => out.at(-1)!.split(' ').at(-1)!;

/** The tablet's side of a printed link: its code traded for the token, as `POST /kiosk/enrol` does. */
const tabletOpens = (kiosks: InMemoryKioskRegistry, code: string) => redeemKioskEnrolment({ kiosks }, code);

describe('npm run kiosk', () => {
  it('Should print a one-use link (its code, labelled, ending the last line), never the tablet’s token, and store neither', async () => {
    const { run, out, kiosks } = cli();
    expect(await run('enroll', '--site', 'hq', '--name', 'HQ kitchen')).toBe(0);
    const code = linkCode(out);
    expect(code).toMatch(/^lpe_[A-Za-z0-9_-]{43}$/);
    // An operator reading the output is told what the last line's code is, not shown it bare.
    expect(out.at(-1)).toMatch(
      /^The link's code alone, for a client other than the kiosk app \(POST \/kiosk\/enrol\): lpe_/,
    );
    expect(out).toContain(`  http://127.0.0.1:3000/kiosk#enrol=${code}`);
    expect(out.join('\n')).not.toMatch(/lpk_|#token=/);
    // A day to take it to the tablet, on the hour: 15:30 on the 18th works until 16:00 on the 19th.
    expect(out.join('\n')).toMatch(/before 2026-11-19 16:00 UTC; it works for one tablet, one time/);
    const [kiosk] = [...kiosks.kiosks.values()];
    expect(kiosk).toMatchObject({ site: 'hq', name: 'HQ kitchen', codeHash: enrolmentCodeHash(code) });
    const token = await tabletOpens(kiosks, code);
    expect(kiosk!.tokenHash).toBe(kioskTokenHash(token));
    expect(out.join('\n')).not.toContain(token);
    const stored = JSON.stringify([...kiosks.kiosks.values(), ...kiosks.tokens.entries(), ...kiosks.enrolments]);
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(code);
    await expect(tabletOpens(kiosks, code)).rejects.toThrow(/already been used/);
  });

  it('Should list a link as not used yet, then expired unused, and as active once a tablet has used it', async () => {
    const { run, out, kiosks, clock } = cli();
    await run('enroll', '--site', 'plant2', '--name', 'Canteen');
    const used = linkCode(out);
    await run('enroll', '--site', 'plant2', '--name', 'Gate');
    out.length = 0;
    await run('list');
    expect(out.slice(1).join('\n')).toMatch(/Canteen .*link not used yet \(works until 2026-11-19 16:00 UTC\)$/m);
    await tabletOpens(kiosks, used);
    clock.set('2026-11-19T16:00:00Z');
    out.length = 0;
    await run('list');
    expect(out.slice(1).join('\n')).toMatch(/Canteen .*\sactive$/m);
    expect(out.slice(1).join('\n')).toMatch(/Gate .*link expired unused: revoke it and enrol the tablet again$/m);
  });

  it('Should revoke a kiosk whose link was never used: the link then opens nothing', async () => {
    const { run, out, kiosks } = cli();
    await run('enroll', '--site', 'plant2', '--name', 'Canteen');
    const code = linkCode(out);
    const id = /Enrolled kiosk (k-[a-z0-9]{6})/.exec(out.join('\n'))![1]!;
    out.length = 0;
    expect(await run('revoke', id)).toBe(0);
    expect(out.join('\n')).toMatch(/Its set-up link was never used and now opens nothing/);
    await expect(tabletOpens(kiosks, code)).rejects.toThrow(/already been used, has expired or was revoked/);
    out.length = 0;
    await run('list');
    expect(out[1]).toMatch(/revoked/);
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
    const token = await tabletOpens(kiosks, linkCode(out));
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
