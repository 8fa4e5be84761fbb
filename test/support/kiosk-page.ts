import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openKioskSealed } from '../../shared/crypto/kiosk-seal';

/** A face on the kiosk's first screen ("Very happy" … "Very unhappy"). */
export const kioskFace = (page: Page, label: string) => page.getByRole('button', { name: label, exact: true });

/**
 * An enrolled tablet's kiosk page, opened as the operator's link opens it and
 * ready for the first tap. `where` is a fresh context of `browser`, or a
 * context a test set up itself (a viewport, touch); `beforeLoad` runs on the
 * page before it loads (a fake clock, say).
 */
export async function openKiosk(
  where: Browser | BrowserContext,
  appUrl: string,
  token: string,
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<Page> {
  const context = 'newContext' in where ? await where.newContext({ bypassCSP: true }) : where;
  const page = await context.newPage();
  await beforeLoad?.(page);
  await page.goto(`${appUrl}/kiosk#token=${token}`);
  await kioskFace(page, 'Very happy').waitFor();
  return page;
}

/**
 * In `lang`, taps the first face and sends with no comment, then waits for the thank-you screen to show the case's
 * code; gives the code as shown.
 */
export async function sendFirstFaceIn(page: Page, lang: 'en' | 'es' | 'fr'): Promise<string> {
  await page.locator(`.language[data-language=${lang}]`).click();
  await page.locator('.face').first().click();
  await page.locator('#send').click();
  await page.locator('#thanks-code').waitFor();
  return (await page.locator('#case-code').textContent())!.trim();
}

/** What the tablet still holds, read from its IndexedDB as the kiosk's own outbox does. */
export const tabletOutbox = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ key: string; escalate?: boolean; held?: boolean; sealed?: string; text?: string }[]>(
        (resolve, reject) => {
          const open = indexedDB.open('listening-post-kiosk', 1);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('outbox').objectStore('outbox').getAll();
            all.onsuccess = () => {
              open.result.close();
              resolve(all.result);
            };
          };
        },
      ),
  );

/** A submission as the kiosk sends or keeps it: sealed (`sealed`, perhaps `withoutTopic`), or plain fields. */
export interface KioskBody {
  sealed?: string;
  withoutTopic?: boolean;
  [field: string]: unknown;
}

/**
 * What the intake reads in a kiosk's request or outbox record: a sealed item
 * opened with the installation's pepper by the server's own opener (without
 * its topic and language when the tablet offers it so); a plain one as it is.
 */
export function asTheServerReads(pepper: string, body: KioskBody): Record<string, unknown> {
  if (body.sealed === undefined) return body;
  const opened = openKioskSealed(pepper, body.sealed) as Record<string, unknown> | undefined;
  if (!opened) throw new Error('the kiosk sent or kept a sealed item that does not open with this pepper');
  if (!body.withoutTopic) return opened;
  const { topic: _topic, language: _language, ...rest } = opened;
  return rest;
}
