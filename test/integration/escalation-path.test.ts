import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { escalationPage } from '../../functions/intake/pages/escalation';
import { acknowledgeEscalation, respondToEscalation } from '../../shared/use-cases/answer-escalation';
import { sweepOverdue } from '../../shared/use-cases/sweep-overdue';
import { exampleConfig } from '../support/fixtures';
import { escalationPathOnDynalite, message, MINUTE } from './escalation-path.harness';

describe('the escalation path on dynalite', () => {
  const h = escalationPathOnDynalite('escalation-path-test');

  it('Should queue and email an urgent matter even when its bookkeeping fails, then count it once when the retry succeeds', async () => {
    const m = message('The fire exit by the paint shop is blocked by pallets again', { week: '2026-W30' });
    await h.seed(m);
    h.bookkeepingDown = true;
    const first = await h.deliver([m]);
    h.bookkeepingDown = false;
    expect(first.batchItemFailures).toHaveLength(1); // the message comes back for its bookkeeping
    expect(h.queued).toHaveLength(1);
    await h.escalateQueued();
    const email = h.sent.at(-1)!;
    expect(email.subject).toMatch(/^Urgent: Health and safety at Plant 2/);
    expect((await h.store.findCase(m.caseKey))?.status).toBe('escalated');

    const retry = await h.deliver([m]);
    expect(retry.batchItemFailures).toEqual([]);
    const before = h.sent.length;
    await h.escalateQueued(); // h.queued again on the retry: the same escalation, no second email
    expect(h.sent.length).toBe(before);
    expect(await h.weekTotal('2026-W30')).toBe(1);
  });

  it('Should read "analysed" only once the bookkeeping is done', async () => {
    const m = message('The canteen coffee machine has been broken for a week', { week: '2026-W31' });
    await h.seed(m);
    h.bookkeepingDown = true;
    await h.deliver([m]);
    h.bookkeepingDown = false;
    expect((await h.store.findCase(m.caseKey))?.status).toBe('received');
    await h.deliver([m]);
    expect((await h.store.findCase(m.caseKey))?.status).toBe('analysed');
  });

  it('Should keep the first analysis of a case and count the case once, whatever other message arrives for it', async () => {
    for (const together of [false, true]) {
      const week = together ? '2026-W33' : '2026-W32';
      const first = message('The canteen food is always cold at night', { week, topic: 'facilities' });
      const second = {
        ...message('Pay slips are late and wrong and nobody answers', { week, topic: 'pay' }),
        caseKey: first.caseKey,
      };
      await h.seed(first);
      if (together) await h.deliver([first, second]);
      else {
        await h.deliver([first]);
        await h.deliver([second]);
      }
      const stored = (await h.store.findCase(first.caseKey))!.analysis!;
      const texts = [first.text, second.text];
      expect(texts).toContain(stored.redactedText);
      if (!together) expect(stored.redactedText).toBe(first.text);
      expect(await h.weekTotal(week)).toBe(1);
      const topics = (await h.figures.read(week)).topics.map((t) => t.topic);
      expect(topics).toEqual(
        stored.topics.includes('pay')
          ? expect.not.arrayContaining(['facilities'])
          : expect.not.arrayContaining(['pay']),
      );
    }
  });

  it("Should give the employee's own urgent the urgent SLA and 'Urgent:' in the email, the reason still recorded as requested", async () => {
    h.clock.set('2026-11-18T15:41:27Z');
    const m = message('Please look at how the new bonus scheme was announced', {
      site: 'hq',
      topic: 'pay',
      escalate: true,
    });
    await h.seed(m);
    await h.deliver([m]);
    const [escalation] = await h.escalateQueued();
    expect(escalation).toMatchObject({ reasons: ['requested'], urgent: true, raisedAt: '2026-11-18T15:00:00.000Z' });
    expect(Date.parse(escalation!.slaDueAt) - Date.parse(escalation!.raisedAt)).toBe(
      exampleConfig.slas.urgentHours * 3_600_000,
    );
    const email = h.sent.at(-1)!;
    expect(email.subject).toMatch(
      /^Urgent: Pay and benefits at Headquarters: please acknowledge by Wednesday, November 18, 2026 at 1 PM Central Time$/,
    );
    expect(email.text).toContain('The employee asked for it to be treated as urgent.');
    for (const part of [email.subject, email.text, email.html]) {
      expect(part).not.toMatch(MINUTE);
      expect(part).toContain('Central Time');
    }
  });

  it('Should keep only the hour of every escalation time, and show sponsors the hour with its zone', async () => {
    h.clock.set('2026-11-19T08:17:43Z');
    const m = message('Someone was hurt by the press and it was not reported', { site: 'hq' });
    await h.seed(m);
    await h.deliver([m]);
    const [escalation] = await h.escalateQueued();
    h.clock.set('2026-11-19T13:29:11Z'); // past the SLA: to the backup
    await sweepOverdue(h.escalationDeps());
    expect((await h.escalations.get(escalation!.id))?.level).toBe(1);
    const toBackup = h.sent.findLast((e) => e.text?.includes('not acknowledged in time'))!;
    expect(toBackup.subject).not.toMatch(MINUTE);
    const token = toBackup.text!.match(/\/ack\/([\w.-]+)/)![1]!;
    const answer = {
      config: exampleConfig,
      escalations: h.escalations,
      cases: h.store,
      clock: h.clock,
      linkSigningKey: 'k'.repeat(64),
    };
    h.clock.set('2026-11-19T14:03:59Z');
    await acknowledgeEscalation(answer, token);
    h.clock.set('2026-11-19T16:52:08Z');
    await respondToEscalation(
      answer,
      token,
      'The press guard has been fixed and reporting is now part of the shift brief.',
    );

    const { Item } = await h.documents.send(
      new GetCommand({ TableName: h.dynamodb.tableName, Key: { pk: `ESC#${escalation!.id}`, sk: 'ESC' } }),
    );
    const times = [
      Item!.raisedAt,
      Item!.slaDueAt,
      Item!.acknowledgedAt,
      Item!.respondedAt,
      ...Item!.audit.map((a: { at: string }) => a.at),
    ];
    expect(times.length).toBeGreaterThan(6);
    for (const time of times) expect(new Date(time).getUTCMinutes() * 60 + new Date(time).getUTCSeconds()).toBe(0);
    expect(Item!.expiresAt % 3600).toBe(0);
    const [open, week] = await Promise.all(
      ['ESC_OPEN', 'ESCWEEK#2026-W47'].map(
        async (pk) =>
          (
            await h.documents.send(
              new QueryCommand({
                TableName: h.dynamodb.tableName,
                KeyConditionExpression: 'pk = :pk',
                ExpressionAttributeValues: { ':pk': pk },
              }),
            )
          ).Items ?? [],
      ),
    );
    for (const entry of [...open!, ...week!]) {
      expect(String(entry.sk)).not.toMatch(/T\d\d:(?!00:00\.000Z)/);
      if (entry.expiresAt !== undefined) expect(entry.expiresAt % 3600).toBe(0);
    }
    // The link's own expiry is on the hour too.
    const claims = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as { x: number };
    expect(claims.x % 3600).toBe(0);

    const stored = (await h.escalations.get(escalation!.id))!;
    const page = String(await escalationPage(exampleConfig, stored, token, { now: new Date(stored.raisedAt) }));
    expect(page).not.toMatch(MINUTE);
    expect(page).toContain('around Thursday, November 19, 2026 at 2 AM Central Time'); // raised 08:00 UTC
  });
});
