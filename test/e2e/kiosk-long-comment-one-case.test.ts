import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import { isoWeekOf } from '../../shared/domain/iso-week';
import { systemClock } from '../../shared/ports/clock';
import { exampleConfig } from '../support/fixtures';
import { outbox } from '../support/outbox';
import { kioskFace as face, openKiosk, tabletOutbox } from '../support/kiosk-page';
import { useKioskStack } from '../support/kiosk-stack';

/*
 * Session 38 (digest37, issues 10 and 11): a comment over the limit left on the screen until the kiosk went back to
 * its start was sent as several cases at the same moment, each with the face tapped. An operator could link them
 * (one person's words in records side by side), and the digest counted the face once a part. Now it is one item on
 * the tablet and one case: the part that tells of danger is the report its sponsor reads, the rest its details, and
 * the face counts once.
 */

const TABLET = { width: 1180, height: 820 };
const ROTA = 'The rota changes every week and nobody tells us in time. '.repeat(30);
const LOCKERS = 'Le planning sort toujours trop tard et la cantine ferme tôt. '.repeat(27);
const DANGER = 'some dude in the loading bay got crushed by the forklift hes bleeding bad plz send someone';

/** What a case's report says: the part of the comment that tells of the danger (its end), not the rota it began with. */
const reportRead = (record: Record<string, unknown>) => {
  const text = String((record.analysis as { redactedText?: string } | undefined)?.redactedText ?? '');
  return { endsWithTheDanger: text.endsWith(DANGER), holdsTheRota: text.includes('The rota changes') };
};

describe('a long kiosk comment left on the screen', () => {
  const { stack, browser, enrol, kioskCases } = useKioskStack();

  /** The weekly digest's figures for kiosk taps at `site`: how many, and by face. */
  const facesCounted = async (site: string) => {
    const documents = localDocuments(stack.urls.dynamodb);
    try {
      const figures = await new DynamoDbWeeklyFigures(documents, stack.tableName, systemClock).read(
        isoWeekOf(new Date(), exampleConfig.timezone),
      );
      const group = figures.groups.find((g) => g.site === site && g.channel === 'kiosk');
      return group ? { total: group.total, ratings: group.ratings } : undefined;
    } finally {
      documents.destroy();
    }
  };

  /** The emails the stack has sent whose text holds `words`. */
  const emailsSaying = async (words: string) =>
    (await outbox(stack.urls.outbox)).filter((e) => (e.body.text ?? '').includes(words));

  /** Writes the long comment on the details screen after a face, and leaves it there until the kiosk starts over. */
  async function leaveLongComment(page: Page) {
    await face(page, 'Very unhappy').tap();
    await page.getByLabel('Comment').fill(`${ROTA}${LOCKERS}${DANGER}`);
    await expect.poll(() => page.locator('#comment-count').textContent()).toContain('longer than can be sent');
    await page.clock.fastForward(31_000);
    await page.getByRole('alert').filter({ hasText: 'Still there?' }).waitFor();
    await page.clock.fastForward(31_000);
    await expect.poll(() => page.locator('#screen-start').isVisible()).toBe(true);
    // The next person finds nothing of it.
    await face(page, 'Happy').tap();
    expect(await page.getByLabel('Comment').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Back' }).tap();
  }

  it('Should send it as one case: the danger its report, the rest its details, the face counted once', async () => {
    const { token } = await enrol({ site: 'plant2', name: 'plant 2 canteen' });
    const context = await browser.newContext({ viewport: TABLET, hasTouch: true, bypassCSP: true });
    const page = await openKiosk(context, stack.urls.app, token, (p) => p.clock.install());
    await leaveLongComment(page);

    await expect
      .poll(async () => (await kioskCases('plant2')).map(reportRead), { timeout: 30_000 })
      .toEqual([{ endsWithTheDanger: true, holdsTheRota: false }]);
    await expect
      .poll(async () => (await kioskCases('plant2'))[0]?.status, { timeout: 30_000 })
      .toMatch(/^(?:forwarding|escalated)$/);
    // The digest's figures: one tap, on the face tapped.
    await expect.poll(() => facesCounted('plant2'), { timeout: 15_000 }).toEqual({ total: 1, ratings: [1, 0, 0, 0] });
    // Its sponsor is emailed the danger as the report, then the rest of what was written as the same case's details.
    await expect.poll(async () => (await emailsSaying('crushed by the forklift')).length, { timeout: 30_000 }).toBe(1);
    const [urgent] = await emailsSaying('crushed by the forklift');
    expect(urgent!.subject).toMatch(/^Urgent/);
    expect(urgent!.body.text).not.toContain('The rota changes');
    await expect
      .poll(async () => (await emailsSaying('la cantine ferme tôt')).length, { timeout: 60_000 })
      .toBeGreaterThan(0);
    await context.close();
  }, 150_000);

  it('Should keep it as one item on a tablet offline, and send it as one case when the network is back', async () => {
    const { token } = await enrol({ site: 'warehouse', name: 'warehouse canteen' });
    const context = await browser.newContext({ viewport: TABLET, hasTouch: true, bypassCSP: true });
    const page = await openKiosk(context, stack.urls.app, token, (p) => p.clock.install());
    await context.setOffline(true);
    await leaveLongComment(page);
    await expect.poll(async () => (await tabletOutbox(page)).length).toBe(1);
    expect(await kioskCases('warehouse')).toEqual([]);

    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(async () => (await tabletOutbox(page)).length, { timeout: 30_000 }).toBe(0);
    await expect
      .poll(async () => (await kioskCases('warehouse')).map(reportRead), { timeout: 30_000 })
      .toEqual([{ endsWithTheDanger: true, holdsTheRota: false }]);
    const [report] = await kioskCases('warehouse');
    expect(report).toMatchObject({ rating: 1 });
    await expect
      .poll(() => facesCounted('warehouse'), { timeout: 15_000 })
      .toEqual({ total: 1, ratings: [1, 0, 0, 0] });
    await context.close();
  }, 120_000);
});
