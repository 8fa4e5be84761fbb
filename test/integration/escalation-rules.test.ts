import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import type { EscalationMessage } from '../../shared/domain/escalation';
import type { AnalysisMessage } from '../../shared/domain/feedback';
import { AddressRefusedError, type Email, type Mailer } from '../../shared/ports/mailer';
import type { PatternCounter } from '../../shared/ports/pattern-counter';
import { escalateIfNeeded } from '../../shared/use-cases/escalate-if-needed';
import { raiseEscalation, type EscalationDeps } from '../../shared/use-cases/raise-escalation';
import { sweepOverdue } from '../../shared/use-cases/sweep-overdue';
import { analysisMessage } from '../support/analysis-messages';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { usePatternStores } from '../support/pattern-stores';

/** Refuses the next `refuseNext` addresses, as SES refuses an address it will not send to. */
class RefusingMailer implements Mailer {
  sent: Email[] = [];
  refuseNext = 0;
  async send(email: Email) {
    if (this.refuseNext > 0) {
      this.refuseNext -= 1;
      throw new AddressRefusedError(`Email address is not verified: ${email.to[0]}`);
    }
    this.sent.push(email);
  }
}

/** A very unhappy tap on a kiosk, with no comment, from someone new. */
const negative = (site = 'warehouse', topic = 'pay'): AnalysisMessage =>
  analysisMessage({ channel: 'kiosk', site, topic, escalate: false, rating: 1, text: '' });

describe('escalation rules and their retries, on dynalite', () => {
  const clock = fixedClock('2026-11-18T10:00:00Z');
  const { dynamodb, cases, patterns, escalations } = usePatternStores('rules-test', clock);

  /** Fault injection: holding the next pattern for its release fails (as queueing an escalation can). */
  let loseNextHold = false;
  async function decide(message: AnalysisMessage): Promise<EscalationMessage[]> {
    const flaky: PatternCounter = Object.assign(Object.create(patterns), {
      hold: async (escalation: EscalationMessage, releaseAt: Date) => {
        if (loseNextHold) {
          loseNextHold = false;
          throw new Error('SQS down');
        }
        await patterns.hold(escalation, releaseAt);
      },
    });
    return escalateIfNeeded(
      {
        config: exampleConfig,
        patterns: flaky,
        clock,
        cases,
        queue: { enqueue: async () => {} },
      },
      { message, sentiment: 'NEGATIVE', topics: [message.topic!], redactedText: '', urgentCategories: [] },
    );
  }
  async function seed(message: AnalysisMessage) {
    await cases.createCase(
      {
        id: message.id,
        caseKey: message.caseKey,
        channel: message.channel,
        week: message.week,
        site: message.site,
        escalateRequested: false,
        status: 'received',
      },
      new Date('2030-01-01'),
    );
  }

  it('Should not let one person make a pattern by sending the same submission again and again', async () => {
    const same = negative('hq', 'pay');
    await seed(same);
    for (let i = 0; i < exampleConfig.escalation.patternThreshold + 2; i += 1) expect(await decide(same)).toEqual([]);
    expect(await patterns.count('hq', 'pay', [same.week])).toBe(1);
  });

  it('Should escalate a pattern once when enough different people are unhappy, even when the first attempt to hold it for its release fails', async () => {
    const threshold = exampleConfig.escalation.patternThreshold;
    const results: EscalationMessage[][] = [];
    for (let i = 0; i < threshold; i += 1) {
      const m = negative('warehouse', 'scheduling');
      await seed(m);
      if (i === threshold - 1) {
        loseNextHold = true;
        await expect(decide(m)).rejects.toThrow('SQS down'); // the message is retried …
      }
      results.push(await decide(m)); // … and this time the escalation is queued
    }
    const raised = results.flat();
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      reasons: ['pattern'],
      site: 'warehouse',
      topics: ['scheduling'],
      pattern: { count: threshold },
    });

    const another = negative('warehouse', 'scheduling');
    await seed(another);
    expect(await decide(another)).toEqual([]); // once per window
  });

  it('Should refuse a pattern threshold below the anonymity threshold', async () => {
    const { parseConfig } = await import('../../shared/config/load-config');
    const config = JSON.parse(
      JSON.stringify({ ...exampleConfig, escalation: { ...exampleConfig.escalation, patternThreshold: 3 } }),
    );
    expect(() => parseConfig(JSON.stringify(config), 'test')).toThrow(
      /escalation\.patternThreshold: must be at least anonymity\.k/,
    );
  });

  function deps(mailer: Mailer): EscalationDeps {
    return {
      config: exampleConfig,
      escalations,
      cases,
      mailer,
      clock,
      linkSigningKey: 'l'.repeat(64),
      publicUrl: 'https://feedback.example.com',
    };
  }

  it('Should climb past a backup whose address is refused, to the leadership list in the same sweep, and not hold up the other overdue escalations', async () => {
    clock.set('2026-11-18T10:00:00Z');
    const mailer = new RefusingMailer();
    const urgent = (site: string): EscalationMessage => ({
      escalationId: `case:${crypto.randomUUID()}`,
      reasons: ['urgent-topic'],
      week: '2026-W47',
      site,
      topics: ['safety'],
      urgentCategories: ['safety'],
      redactedText: 'blocked exit',
    });
    await raiseEscalation(deps(mailer), urgent('hq'));
    await raiseEscalation(deps(mailer), urgent('plant2'));
    expect(mailer.sent.map((e) => e.to[0])).toEqual(['coo@example.com', 'plant2-gm@example.com']);

    clock.set('2026-11-18T15:00:00Z'); // both past their 4-hour SLA
    mailer.refuseNext = 1; // the first backup's address is refused
    const first = await sweepOverdue(deps(mailer));
    // Both climbed: one reached its backup, the other, its backup unreachable, the leadership list at once.
    expect(first).toEqual({ moved: 2, failed: 0 });
    const told = mailer.sent.slice(2).map((e) => e.to[0]);
    expect(told).toContain('leadership@example.com');
    expect(told.filter((to) => to === 'ceo@example.com' || to === 'coo@example.com')).toHaveLength(1);

    const second = await sweepOverdue(deps(mailer)); // nothing left waiting, nobody told twice
    expect(second).toEqual({ moved: 0, failed: 0 });
    expect(mailer.sent.slice(2).map((e) => e.to[0])).toEqual(told);
  });

  it('Should put a retried escalation back under the SLA sweep if a crash had kept it off', async () => {
    clock.set('2026-11-19T10:00:00Z');
    const mailer = new RefusingMailer();
    const message: EscalationMessage = {
      escalationId: `case:${crypto.randomUUID()}`,
      reasons: ['requested'],
      week: '2026-W47',
      site: 'hq',
      topics: ['management'],
      urgentCategories: [],
      redactedText: 'please look',
    };
    const raised = await raiseEscalation(deps(mailer), message);
    // A crash right after the escalation was written: its open entry is missing.
    await localDocuments(dynamodb.endpoint).send(
      new (await import('@aws-sdk/lib-dynamodb')).DeleteCommand({
        TableName: dynamodb.tableName,
        Key: { pk: 'ESC_OPEN', sk: `${raised.slaDueAt}#${raised.id}` },
      }),
    );
    await raiseEscalation(deps(mailer), message); // the redelivery
    clock.set('2026-11-23T12:00:00Z'); // past the 72-hour SLA
    expect((await escalations.listOverdue(clock.now(), 100)).map((e) => e.id)).toContain(raised.id);
  });
});
