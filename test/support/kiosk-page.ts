import type { Browser, BrowserContext, Page } from 'playwright-core';

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

/** What the tablet still holds, read from its IndexedDB as the kiosk's own outbox does. */
export const tabletOutbox = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ key: string; text?: string; held?: boolean }[]>((resolve, reject) => {
        const open = indexedDB.open('listening-post-kiosk', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('outbox').objectStore('outbox').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result);
          };
        };
      }),
  );
