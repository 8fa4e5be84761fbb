import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { loadLocalSecrets } from '../../local/local-secrets';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { systemClock } from '../../shared/ports/clock';
import { enrolKiosk } from '../../shared/use-cases/enrol-kiosk';
import { launchChromium } from '../support/browser';
import { startTestStack, tempDataDir } from '../support/local-stack';
import {
  asTheServerReads,
  kioskFace as face,
  type KioskBody,
  openKiosk as openKioskAt,
  tabletOutbox,
} from '../support/kiosk-page';
import { outbox as mailbox, waitFor } from '../support/outbox';

type Stack = Awaited<ReturnType<typeof startTestStack>>;

/** The example config with the topic `safety` renamed `health-safety`, as an operator might while a tablet is offline. */
function renamedConfigFile(dir: string): string {
  const config = JSON.parse(readFileSync(new URL('../../config/example.config.json', import.meta.url), 'utf8'));
  for (const topic of config.topics) if (topic.id === 'safety') topic.id = 'health-safety';
  for (const sponsor of config.sponsors)
    sponsor.topics = sponsor.topics.map((t: string) => (t === 'safety' ? 'health-safety' : t));
  const path = join(dir, 'renamed.config.json');
  writeFileSync(path, JSON.stringify(config));
  return path;
}

// Promise 1 (nothing urgent lost) on the kiosk: what waits on a tablet
// outlives whatever changes on the server before it is sent.
describe('a kiosk whose saved feedback meets a changed server', { timeout: 120_000 }, () => {
  const dataDir = tempDataDir();
  const configDir = mkdtempSync(join(tmpdir(), 'listening-post-config-'));
  let stack: Stack;
  let browser: Browser;
  let documents: ReturnType<typeof localDocuments> | undefined;

  const enrol = async (site: string) => {
    documents?.destroy();
    documents = localDocuments(stack.urls.dynamodb);
    const kiosks = new DynamoDbKioskRegistry(documents, stack.tableName, systemClock);
    return (await enrolKiosk({ kiosks, config: stack.config, clock: systemClock }, { site, name: 'Break room' })).token;
  };
  const openKiosk = (token: string) => openKioskAt(browser, stack.urls.app, token);
  /** One person's turn: a face, perhaps a topic, a comment, perhaps "urgent", Send, and Done once thanked. */
  const giveFeedback = async (page: Page, f: { face: string; topic?: string; comment: string; urgent?: boolean }) => {
    await face(page, f.face).click();
    if (f.topic) await page.getByRole('button', { name: f.topic }).click();
    await page.getByLabel('Comment').fill(f.comment);
    if (f.urgent) await page.locator('#urgent').check();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.locator('#screen-thanks:not([hidden])').waitFor();
    await page.getByRole('button', { name: 'Done' }).click();
    await face(page, 'Very happy').waitFor();
  };
  /** What the server reads in what the tablet sent or keeps (sealed to the installation's key, opened with its pepper). */
  const opened = (body: KioskBody) => asTheServerReads(loadLocalSecrets(dataDir.path, {}).PEPPER, body);
  const emailsSaying = async (words: string) =>
    (await mailbox(stack.urls.outbox)).filter((e) => (e.body.text ?? '').includes(words));

  beforeAll(async () => {
    stack = await startTestStack({ dataDir: dataDir.path });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    documents?.destroy();
    await stack?.stop();
    dataDir.remove();
    rmSync(configDir, { recursive: true, force: true });
  });

  it('Should send an urgent report saved offline under a topic renamed before it went, and its sponsor gets the email', async () => {
    const page = await openKiosk(await enrol('plant2'));
    await page.context().setOffline(true);
    const words = 'The fire exit in bay 7 is chained shut and nobody could get out';
    await giveFeedback(page, { face: 'Very unhappy', topic: 'Health and safety', comment: words, urgent: true });
    expect(await tabletOutbox(page)).toHaveLength(1);

    // The operator renames the topic and restarts the stack on the same address while the tablet is offline.
    const port = new URL(stack.urls.app).port;
    documents?.destroy();
    documents = undefined;
    await stack.stop();
    stack = await startTestStack({
      dataDir: dataDir.path,
      configPath: renamedConfigFile(configDir),
      ports: { http: Number(port), dynamodb: 0, sqs: 0, ses: 0 },
    });
    await page.context().setOffline(false);

    await expect.poll(() => tabletOutbox(page), { timeout: 30_000 }).toEqual([]);
    const email = await waitFor('the sponsor’s email', async () => (await emailsSaying('bay 7'))[0], 60_000);
    // Its words name the (renamed) health and safety topic: Plant 2's sponsor of it.
    expect(email.destination.to).toEqual(['plant2-gm@example.com']);
    expect(email.subject).toMatch(/^Urgent: /);
    expect(email.subject).not.toMatch(/Urgent: safety|health-safety/);
    expect(await page.getByRole('status').textContent()).toBe('');
  });

  it('Should keep on the tablet, and say so, what the server refuses even without its topic, and send it once the server takes it', async () => {
    const token = await enrol('plant2');
    const page = await openKiosk(token);
    const refusedBodies: KioskBody[] = [];
    await page.route('**/kiosk/feedback', (route) => {
      refusedBodies.push(route.request().postDataJSON());
      return route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: '{"error":{"code":"invalid_input","message":"changed"}}',
      });
    });
    const words = 'The guard on press 4 is missing since this morning';
    await giveFeedback(page, { face: 'Unhappy', topic: 'Workload and staffing', comment: words, urgent: true });

    // Sent as it was, then again without its topic; refused both times, kept.
    await expect.poll(() => refusedBodies.length).toBe(2);
    expect(opened(refusedBodies[0]!)).toMatchObject({ topic: 'workload', text: words });
    expect(opened(refusedBodies[1]!)).toMatchObject({ text: words });
    expect(opened(refusedBodies[1]!).topic).toBeUndefined();
    // Held, still urgent, and sealed: nothing on the tablet reads as what was said.
    await expect.poll(() => tabletOutbox(page)).toEqual([expect.objectContaining({ held: true, escalate: true })]);
    const [kept] = await tabletOutbox(page);
    expect(JSON.stringify(kept)).not.toContain('press 4');
    expect(opened(kept!)).toMatchObject({ topic: 'workload', text: words, escalate: true });
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(
        'One piece of feedback could not be sent yet: it is kept on this tablet and tried again later. Please tell whoever looks after this tablet.',
      );

    // The server takes it again (put right, say): the tablet, restarted, sends it.
    await page.unroute('**/kiosk/feedback');
    await page.reload();
    await expect.poll(() => tabletOutbox(page), { timeout: 30_000 }).toEqual([]);
    await waitFor('the sponsor’s email', async () => (await emailsSaying('press 4'))[0], 60_000);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('');
  });

  it('Should send an urgent report first from a long outbox, and wait out a 429 without losing anything', async () => {
    const token = await enrol('hq');
    const page = await openKiosk(token);
    await page.context().setOffline(true);
    for (const n of [1, 2, 3]) await giveFeedback(page, { face: 'Happy', comment: `Calm note number ${n}` });
    await giveFeedback(page, { face: 'Very unhappy', comment: 'Someone collapsed by the loading dock', urgent: true });
    expect(await tabletOutbox(page)).toHaveLength(4);

    // The kiosk's budget (`limits.kioskPerMinute`) is spent: the server answers 429 twice before it takes more.
    const order: string[] = [];
    let refusals = 0;
    await page.route('**/kiosk/feedback', (route) => {
      if (refusals < 2) {
        refusals += 1;
        return route.fulfill({ status: 429, headers: { 'retry-after': '1' }, body: '{}' });
      }
      order.push(opened(route.request().postDataJSON()).text as string);
      return route.continue();
    });
    await page.context().setOffline(false);

    await expect.poll(() => tabletOutbox(page), { timeout: 30_000 }).toEqual([]);
    expect(refusals).toBe(2);
    expect(order[0]).toBe('Someone collapsed by the loading dock');
    expect(order.slice(1).sort()).toEqual(['Calm note number 1', 'Calm note number 2', 'Calm note number 3']);
  });
});
