import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../support/fixtures';
import { tempDataDir } from '../support/local-stack';
import { outbox, waitFor } from '../support/outbox';
import { deskLinkIn, stackWithEscalatedCase } from '../support/sponsor-case';

// Issue 14, item 3: a report naming Lee Marsh in katakana ("リー・マーシュ"),
// Devanagari ("ली मार्श"), Hangul ("리 마쉬"), with a letter too many
// ("Marshe"), or by first name alone in Arabic script from Plant 2 ("لي"),
// reached Lee Marsh.
// On the real stand-ins (dynalite, the queues, both consumers, the outbox):
// the case goes to the backup, the name is stored as [NAME], and Lee Marsh
// sees nothing of it: no email, no case on the desk, no change in its counts.

const caseLinksIn = (page: string) => [...page.matchAll(/href="(\/desk\/[\w.-]+\/case\/[^"]+)"/g)].map((m) => m[1]!);
const deskCount = (page: string) => page.match(/<p class="lead">[^<]*on your desk[^<]*<\/p>/)?.[0] ?? 'no count';

describe('a sponsor named in another script, respelled, or by first name alone in Arabic script', () => {
  const dataDir = tempDataDir();
  const clock = fixedClock('2026-11-18T15:00:00Z');
  let stack: Awaited<ReturnType<typeof stackWithEscalatedCase>>['stack'];
  let gmDesk: string;

  beforeAll(async () => {
    const started = await stackWithEscalatedCase(dataDir.path, clock);
    stack = started.stack;
    gmDesk = deskLinkIn(started.sponsorEmail)!;
  });
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  for (const { how, text, name, marker } of [
    {
      how: 'in katakana',
      text: 'リー・マーシュ blocked the fire exit with pallets again, someone will get hurt.',
      name: /リー|マーシュ/,
      marker: /blocked the fire exit with pallets again/,
    },
    {
      how: 'by first name in Arabic script, on their site',
      text: 'لي stacked boxes in front of the emergency exit again, it is dangerous.',
      name: /لي/,
      marker: /stacked boxes in front of the emergency exit/,
    },
    {
      how: 'in Devanagari',
      text: 'ली मार्श piled crates against the fire door again, someone will get hurt.',
      name: /मार्श|(?<![\p{L}\p{M}])ली(?![\p{M}])/u,
      marker: /piled crates against the fire door again/,
    },
    {
      how: 'in Hangul',
      text: '리 마쉬 chained the emergency exit shut again, someone will get hurt.',
      name: /리 |마쉬/,
      marker: /chained the emergency exit shut again/,
    },
    {
      how: 'with a letter too many',
      text: 'Marshe locked the fire escape during the night shift again, someone will get hurt.',
      name: /Marshe/,
      marker: /locked the fire escape during the night shift again/,
    },
  ]) {
    it(`Should send a report naming the sponsor ${how} to the backup, with the name hidden, and show the sponsor nothing`, async () => {
      const before = await (await fetch(`${gmDesk}?show=all`)).text();
      const { caseCode } = await stack.submit({ text, site: 'plant2' });
      await stack.waitForStatus(caseCode, 'escalated');
      const email = await waitFor('the backup’s email', async () =>
        (await outbox(stack.urls.outbox)).find(
          (e) => e.destination.to.includes('coo@example.com') && marker.test(e.body.text ?? ''),
        ),
      );
      expect(email.body.text).toContain('[NAME]');
      expect(email.body.text).not.toMatch(name);
      expect(email.body.html).not.toMatch(name);
      // The backup's desk holds it; Lee Marsh's desk, counts and mailbox are as they were.
      expect(caseLinksIn(await (await fetch(deskLinkIn(email)!)).text()).length).toBeGreaterThan(0);
      const after = await (await fetch(`${gmDesk}?show=all`)).text();
      expect(caseLinksIn(after)).toEqual(caseLinksIn(before));
      expect(deskCount(after)).toBe(deskCount(before));
      expect(after).not.toMatch(marker);
      const toGm = (await outbox(stack.urls.outbox)).filter((e) => e.destination.to.includes('plant2-gm@example.com'));
      expect(toGm.filter((e) => marker.test(`${e.body.text}\n${e.body.html}`))).toEqual([]);
    });
  }
});
