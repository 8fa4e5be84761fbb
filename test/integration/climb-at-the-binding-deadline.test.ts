import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { fixedClock } from '../support/fixtures';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { outbox, waitFor } from '../support/outbox';

/**
 * Issue 14 (attacker's report, item 5): the desk calls a case overdue once
 * the deadline that binds has passed, the law's when it falls before the
 * service level's; the sweep must climb it then, not days later at the
 * service level's, and the holder must have been reminded before. With
 * the law allowing 1 day and the service level 72 hours (urgent or not), on the real
 * stand-ins with an injected clock.
 */
describe('a case climbs when the desk calls it overdue, by whichever deadline binds', () => {
  const dataDir = tempDataDir();
  const clock = fixedClock('2026-11-18T10:30:00Z');
  let stack: Awaited<ReturnType<typeof startTestStack>>;

  beforeAll(async () => {
    const config = JSON.parse(readFileSync('config/example.config.json', 'utf8')) as Record<string, unknown>;
    const configPath = join(dataDir.path, 'one-day.config.json');
    const legalClocks = { ...(config.legalClocks as object), acknowledgeDays: 1, remindDaysBefore: 1 };
    writeFileSync(configPath, JSON.stringify({ ...config, legalClocks, slas: { urgentHours: 72, standardHours: 72 } }));
    stack = await startTestStack({ dataDir: join(dataDir.path, 'data'), clock, configPath });
  });
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  const escalation = async () => {
    const documents = localDocuments(stack.urls.dynamodb);
    try {
      const { Items = [] } = await documents.send(
        new ScanCommand({ TableName: stack.tableName, ConsistentRead: true }),
      );
      return Items.find((item) => String(item.pk).startsWith('ESC#'))!;
    } finally {
      documents.destroy();
    }
  };
  const emailsTo = async (address: string) =>
    (await outbox(stack.urls.outbox)).filter((e) => e.destination.to.includes(address));

  it('Should remind the holder before the law’s day, then move the case on when it passes, not at the service level’s', async () => {
    const { caseCode } = await stack.submit({
      text: 'The forklift in bay 3 has no working horn.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const told = (
      await waitFor('the manager’s email', async () => {
        const mails = await emailsTo('plant2-gm@example.com');
        return mails.length ? mails : undefined;
      })
    ).length;

    // An hour in, nothing: the escalation email has just named the deadline.
    clock.set('2026-11-18T11:05:00Z');
    await stack.sweep();
    expect((await emailsTo('plant2-gm@example.com')).length).toBe(told);
    // A third of the law's day before it, the holder is reminded of it, as their page shows it; nothing climbs yet.
    clock.set('2026-11-19T02:05:00Z');
    await stack.sweep();
    const reminded = await emailsTo('plant2-gm@example.com');
    expect(reminded.length).toBe(told + 1);
    expect(reminded.at(-1)!.subject).toMatch(
      /^Reminder: please acknowledge by the end of Wednesday, November 18, 2026 \(Central Time\), the legal deadline/,
    );
    expect((await escalation()).level).toBe(0);

    // A day on: the law's deadline has passed, the service level's has two days to run; the desk says overdue.
    clock.set('2026-11-19T11:05:00Z');
    await stack.sweep();
    const climbed = await escalation();
    expect(climbed.level).toBe(1);
    expect(JSON.stringify(climbed.audit)).toContain('re-escalated');
    await waitFor('the backup told', async () => (await emailsTo('coo@example.com')).length || undefined);
  });
});
