import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { startTestStack, tempDataDir } from './local-stack';
import { outbox, waitFor } from './outbox';

/** The example installation with one sponsor per language: Plant 2's manager reads French, the CHRO Spanish, the COO English. */
const LANGUAGE_OF: Record<string, string> = { 'plant2-gm': 'fr', chro: 'es', coo: 'en' };

/** One case for each of those sponsors: Plant 2's calm, the CHRO's and the COO's marked urgent. */
const CASES = [
  { to: 'plant2-gm@example.com', body: { text: 'The fire exit by the paint shop is blocked again.', site: 'plant2' } },
  {
    to: 'chro@example.com',
    body: { text: 'The new bonus scheme was never explained.', site: 'hq', topic: 'pay', escalate: true },
  },
  {
    to: 'coo@example.com',
    body: { text: 'The stairs at HQ have no working lights.', site: 'hq', topic: 'safety', escalate: true },
  },
];

/**
 * A running stack whose sponsors read French, Spanish and English, each holding one case, and Chromium: the
 * escalation email's two links per sponsor (`links[to].ack`, `.desk`). Started before the file's tests, stopped after.
 */
export function useSponsorsInThreeLanguages(name: string) {
  const dataDir = tempDataDir();
  const links: Record<string, { ack: string; desk: string }> = {};
  const started: { stack?: Awaited<ReturnType<typeof startTestStack>>; browser?: Browser } = {};

  beforeAll(async () => {
    const config = JSON.parse(readFileSync('config/example.config.json', 'utf8'));
    for (const sponsor of config.sponsors) if (LANGUAGE_OF[sponsor.id]) sponsor.language = LANGUAGE_OF[sponsor.id];
    const configPath = join(dataDir.path, `${name}.config.json`);
    writeFileSync(configPath, JSON.stringify(config));
    const stack = await startTestStack({ dataDir: dataDir.path, configPath });
    started.stack = stack;
    started.browser = await launchChromium();
    for (const { to, body } of CASES) {
      const { caseCode } = await stack.submit(body);
      await stack.waitForStatus(caseCode, 'escalated');
      const email = await waitFor(`the email to ${to}`, async () =>
        (await outbox(stack.urls.outbox)).find((e) => e.destination.to.includes(to)),
      );
      const urls = email.body.text!.match(/https?:\/\/\S+/g)!;
      links[to] = { ack: urls.find((u) => u.includes('/ack/'))!, desk: urls.find((u) => u.includes('/desk/'))! };
    }
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.stack?.stop();
    dataDir.remove();
  });

  return { links, stack: () => started.stack!, browser: () => started.browser! };
}
