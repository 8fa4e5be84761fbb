import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../support/browser';
import { TEST_PEPPER } from '../support/fixtures';
import { asTheServerReads, kioskFace as face, openKiosk, tabletOutbox as outbox } from '../support/kiosk-page';
import { useKioskStack } from '../support/kiosk-stack';

/** Every file under `dir`, however deep. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The files of the profile holding `words`, as UTF-8 or as UTF-16 (how Chromium's IndexedDB writes strings). */
function filesHolding(profile: string, words: string[]): string[] {
  return filesUnder(profile).filter((file) => {
    const bytes = readFileSync(file);
    return words.some((w) => bytes.includes(Buffer.from(w, 'utf8')) || bytes.includes(Buffer.from(w, 'utf16le')));
  });
}

describe('what the kiosk tablet keeps on its disk', () => {
  const { stack, browser, enrol, kioskCases } = useKioskStack({ env: { PEPPER: TEST_PEPPER } });
  const profile = mkdtempSync(join(tmpdir(), 'kiosk-profile-'));
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('Should leave nothing readable of a submission, online or offline, in any file of the browser profile once both are sent', async () => {
    const { token } = await enrol({ site: 'plant2', name: 'plant2 break room' });
    const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM, bypassCSP: true });
    const page = await openKiosk(context, stack.urls.app, token);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const send = async (comment: string) => {
      await face(page, 'Unhappy').click();
      await page.getByLabel('Comment').fill(comment);
      await page.getByRole('button', { name: 'Send', exact: true }).click();
    };

    await send('Zbigniew Brzezinski shouted again, call me 0171 9876543');
    await page.locator('#case-code').filter({ hasText: /\S/ }).waitFor();
    await page.getByRole('button', { name: 'Done' }).click();

    await context.setOffline(true);
    await face(page, 'Unhappy').waitFor();
    await send('Ottoline Quackenbush saw it too, ring 0207 5554321');
    await page.locator('#thanks-saved').waitFor();
    expect(await outbox(page)).toHaveLength(1);
    await page.getByRole('button', { name: 'Done' }).click();

    await context.setOffline(false);
    await expect.poll(() => outbox(page), { timeout: 20_000 }).toEqual([]);
    await expect.poll(async () => (await kioskCases('plant2')).length, { timeout: 15_000 }).toBe(2);
    await context.close();

    const words = ['Brzezinski', '9876543', 'Quackenbush', '5554321'];
    expect(filesUnder(profile).length).toBeGreaterThan(0);
    expect(filesHolding(profile, words)).toEqual([]);
  });

  it('Should seal, on its first start, what an older kiosk kept in clear, keeping it urgent or held, and send it all', async () => {
    const { token } = await enrol({ site: 'warehouse', name: 'warehouse canteen' });
    const page = await openKiosk(browser, stack.urls.app, token);
    // The network fails for now: what the tablet holds stays on it.
    await page.route('**/kiosk/feedback', (route) => route.abort('internetdisconnected'));
    const older = [
      {
        key: '6d1c7a52-0f0e-4c43-9d55-3c1b8f0a7e11',
        rating: 1,
        escalate: true,
        topic: 'safety',
        text: 'Wilhelmina Fotheringay locked the fire door again',
        language: 'en',
      },
      {
        key: '0b8e2f4c-7a61-4d2e-b3c9-5e7d1a9f6c22',
        rating: 2,
        escalate: false,
        text: 'Ask Ebenezer Blenkinsop',
        held: true,
      },
    ];
    // Saved as a kiosk from before the sealed outbox saved them: each submission as it stands.
    await page.evaluate(
      (items) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('listening-post-kiosk', 1);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('outbox', 'readwrite');
            for (const item of items) tx.objectStore('outbox').put(item);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
      older,
    );

    await page.reload();
    await face(page, 'Very happy').waitFor();
    await expect
      .poll(async () => (await outbox(page)).every((record) => record.sealed), { timeout: 20_000 })
      .toBe(true);
    const records = await outbox(page);
    expect(
      records
        .map((r) => ({ key: r.key, escalate: r.escalate, held: r.held === true }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    ).toEqual([
      { key: older[1]!.key, escalate: false, held: true },
      { key: older[0]!.key, escalate: true, held: false },
    ]);
    for (const word of ['Fotheringay', 'Blenkinsop', 'safety']) expect(JSON.stringify(records)).not.toContain(word);
    expect(records.map((r) => asTheServerReads(TEST_PEPPER, r).text).sort()).toEqual([older[1]!.text, older[0]!.text]);
    // The status line says what waits, the held one as held.
    await expect.poll(() => page.getByRole('status').textContent()).not.toBe('');

    // The network is back; the tablet, restarted, sends both (the held one too), and keeps nothing.
    await page.unroute('**/kiosk/feedback');
    await page.reload();
    await expect.poll(() => outbox(page), { timeout: 30_000 }).toEqual([]);
    await expect.poll(async () => (await kioskCases('warehouse')).length, { timeout: 15_000 }).toBe(2);
    await page.context().close();
  });
});
