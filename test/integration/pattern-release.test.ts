import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbHeldPatterns } from '../../shared/adapters/aws/dynamodb-held-patterns';
import type { EscalationMessage } from '../../shared/domain/escalation';
import type { AnalysisMessage } from '../../shared/domain/feedback';
import type { Email } from '../../shared/ports/mailer';
import { escalateIfNeeded } from '../../shared/use-cases/escalate-if-needed';
import { releasePatterns } from '../../shared/use-cases/release-patterns';
import { analysisMessage } from '../support/analysis-messages';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { usePatternStores } from '../support/pattern-stores';

// Found by an attacker: the fifth negative report on Plant 2 pay went in at 21:23:19, and the
// pattern email ("Pay and benefits at Plant 2") was stamped 21:23:20, dating that report. A pattern
// now waits for the day's release (`escalation.patternReleaseHour`, 9 in the example config, whose
// time zone is America/Chicago: 15:00 UTC in November).
const FIFTH_SENT_AT = '2026-11-18T21:23:19.456Z';
const RELEASE = '2026-11-19T15:00:00.000Z';

const negative = (site: string): AnalysisMessage =>
  analysisMessage({ channel: 'web', site, escalate: false, text: 'Our overtime pay is late again.' });

describe('a pattern waits for the day’s release, on dynalite', () => {
  const clock = fixedClock(FIFTH_SENT_AT);
  const { dynamodb, documents, cases, escalations, patterns } = usePatternStores('pattern-release-test', clock);
  const sent: Email[] = [];
  let failSends = 0;
  let held: DynamoDbHeldPatterns;
  /** Fault injection: forgetting a released pattern fails (a crash after its email, before it is forgotten). */
  let failForget = 0;

  beforeAll(() => {
    const table = new DynamoDbHeldPatterns(documents, dynamodb.tableName);
    held = {
      due: (now, limit) => table.due(now, limit),
      released: async (h) => {
        if (failForget > 0) {
          failForget -= 1;
          throw new Error('crashed');
        }
        await table.released(h);
      },
    } as DynamoDbHeldPatterns;
  });

  const queued: EscalationMessage[] = [];
  async function analyse(site: string) {
    const message = negative(site);
    await cases.createCase(
      { ...message, escalateRequested: false, status: 'received' } as never,
      new Date('2030-01-01'),
    );
    return escalateIfNeeded(
      { config: exampleConfig, patterns, clock, cases, queue: { enqueue: async (m) => void queued.push(m) } },
      { message, sentiment: 'NEGATIVE', topics: ['pay'], redactedText: message.text, urgentCategories: [] },
    );
  }
  const sweep = () =>
    releasePatterns({
      config: exampleConfig,
      escalations,
      cases,
      clock,
      heldPatterns: held,
      linkSigningKey: 'k'.repeat(64),
      publicUrl: 'https://feedback.example.com',
      mailer: {
        send: async (email) => {
          if (failSends > 0) {
            failSends -= 1;
            throw new Error('SES throttled');
          }
          sent.push(email);
        },
      },
    });

  it('Should send nothing when the report completing a pattern is analysed, then once at the release hour, stamped with it', async () => {
    let found: EscalationMessage[] = [];
    for (let i = 0; i < exampleConfig.escalation.patternThreshold; i += 1) found = await analyse('plant2');
    // Found, but neither queued nor emailed: an email now would date the fifth report.
    expect(queued).toEqual([]);
    expect(sent).toEqual([]);
    const id = found.find((e) => e.reasons.includes('pattern'))!.escalationId;
    // Known by its window's random name: never the week (or day) of the report that completed it (op43).
    expect(id).toMatch(/^pattern:plant2:pay:[\w-]+$/);
    expect(id).not.toMatch(/W47|2026|11-18/);
    expect(await escalations.get(id)).toBeUndefined();

    // The sweep runs all night and the next morning: nothing before the release.
    clock.set('2026-11-19T14:58:00Z');
    expect(await sweep()).toEqual({ released: 0, failed: 0 });
    expect(sent).toEqual([]);

    // At the release (the sweep a few minutes after it), the sponsors are told, once.
    clock.set('2026-11-19T15:03:41Z');
    expect(await sweep()).toEqual({ released: 1, failed: 0 });
    const emails = sent.splice(0);
    expect(emails.length).toBeGreaterThan(0);
    expect(new Set(emails.flatMap((e) => e.to))).toEqual(new Set(['chro@example.com']));
    expect(await sweep()).toEqual({ released: 0, failed: 0 });
    clock.set('2026-11-20T15:04:00Z');
    expect(await sweep()).toEqual({ released: 0, failed: 0 });
    expect(sent).toEqual([]);

    // Its stored times say the release's hour alone: nothing of 21:23, no minute; its deadline counts from it.
    const escalation = await escalations.get(id);
    expect(escalation?.raisedAt).toBe(RELEASE);
    expect(Date.parse(escalation!.slaDueAt)).toBe(Date.parse(RELEASE) + exampleConfig.slas.standardHours * 3_600_000);
    const items = (await documents.send(new ScanCommand({ TableName: dynamodb.tableName }))).Items ?? [];
    const stamps = items
      .filter((i) => String(i.pk).startsWith('ESC') && JSON.stringify(i).includes('pattern:plant2:pay'))
      .flatMap((i) => JSON.stringify(i).match(/\d{4}-\d{2}-\d{2}T[\d:.]+Z?/g) ?? []);
    expect(stamps.length).toBeGreaterThan(0);
    for (const stamp of stamps) expect(stamp.slice(11, 16), stamp).toBe('15:00');
    // Nothing of the report's minute anywhere in the table, nor in what was emailed.
    expect(JSON.stringify(items)).not.toMatch(/T21:|21:23/);
    expect(JSON.stringify(emails)).not.toMatch(/21:23|3:23|15:23/);
  });

  it('Should give a window claimed again before it is held the same name, and none once held (a retry is one escalation)', async () => {
    const until = new Date('2026-12-02T00:00:00Z');
    const first = await patterns.claim('warehouse', 'pay', clock.now(), until);
    expect(first).toEqual(expect.any(String));
    expect(await patterns.claim('warehouse', 'pay', clock.now(), until)).toBe(first);
    await patterns.markSent('warehouse', 'pay');
    expect(await patterns.claim('warehouse', 'pay', clock.now(), until)).toBeUndefined();
    // The window over (its claim holds to the Monday after `until`), the next one has a name of its own.
    const next = await patterns.claim(
      'warehouse',
      'pay',
      new Date('2026-12-08T00:00:00Z'),
      new Date('2026-12-15T00:00:00Z'),
    );
    expect(next).toEqual(expect.any(String));
    expect(next).not.toBe(first);
  });

  it('Should still send a pattern found before a crash, and never twice when the sweep fails half-way', async () => {
    clock.set('2026-11-19T23:10:07Z');
    let found: EscalationMessage[] = [];
    for (let i = 0; i < exampleConfig.escalation.patternThreshold; i += 1) found = await analyse('hq');
    const id = found.find((e) => e.reasons.includes('pattern'))!.escalationId;
    // The process holding the pattern is gone (a crash, a restart): what was found is in the table.
    expect(sent).toEqual([]);

    // The first sweep after the release cannot email; the next can.
    clock.set('2026-11-20T15:01:00Z');
    failSends = 1;
    expect((await sweep()).failed).toBe(1);
    expect(sent).toEqual([]);
    // It crashes after the email, before forgetting the pattern: the next sweep raises it again and sends nothing.
    failForget = 1;
    clock.set('2026-11-20T15:06:00Z');
    expect((await sweep()).failed).toBe(1);
    const told = sent.length;
    expect(told).toBeGreaterThan(0);
    clock.set('2026-11-20T15:11:00Z');
    expect(await sweep()).toEqual({ released: 1, failed: 0 });
    expect(sent).toHaveLength(told);
    expect((await escalations.get(id))?.raisedAt).toBe('2026-11-20T15:00:00.000Z');
  });
});
