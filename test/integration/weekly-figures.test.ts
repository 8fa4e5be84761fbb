import type { Context, SQSRecord } from 'aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createAnalyzeHandler } from '../../functions/analyze/handler';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbCaseStore } from '../../shared/adapters/aws/dynamodb-case-store';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import type { AnalysisMessage } from '../../shared/domain/feedback';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { useDynalite } from '../support/dynalite';

const context = { functionName: 'analyze', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
const WEEK = '2026-W47';

let seq = 0;
function message(text: string, extra: Partial<AnalysisMessage> = {}): AnalysisMessage {
  seq += 1;
  return {
    id: crypto.randomUUID(),
    caseKey: String(seq).padStart(64, 'c'),
    channel: 'web',
    week: WEEK,
    escalate: false,
    text,
    site: 'plant2',
    ...extra,
  };
}

describe('weekly figures on dynalite', () => {
  const { dynamodb } = useDynalite('figures-test');
  let failNextUpdates = 0;
  let updatesSeen = 0;

  const wiring = () => {
    const documents = localDocuments(dynamodb.endpoint);
    // Fault injection: make the Nth UpdateItem fail, as a crash half-way through would.
    documents.middlewareStack.add(
      (next, ctx) => async (args) => {
        if (ctx.commandName === 'UpdateCommand' || ctx.commandName === 'UpdateItemCommand') {
          updatesSeen += 1;
          if (failNextUpdates > 0 && updatesSeen === 2) {
            failNextUpdates -= 1;
            throw new Error('simulated crash between writes');
          }
        }
        return next(args);
      },
      { step: 'initialize', name: 'crashBetweenWrites' },
    );
    const clock = fixedClock();
    const store = new DynamoDbCaseStore(documents, dynamodb.tableName, clock);
    const figures = new DynamoDbWeeklyFigures(documents, dynamodb.tableName, clock);
    const handler = createAnalyzeHandler({
      config: exampleConfig,
      cases: store,
      figures,
      clock,
      analyzer: new OfflineAnalyzer(),
      logger,
    });
    return { store, figures, handler, clock };
  };

  const deliver = (handler: ReturnType<typeof wiring>['handler'], messages: AnalysisMessage[]) =>
    handler(
      { Records: messages.map((m, i) => ({ messageId: `${m.id}-${i}`, body: JSON.stringify(m) }) as SQSRecord) },
      context,
    );

  async function seed(store: DynamoDbCaseStore, messages: AnalysisMessage[]) {
    for (const m of messages) {
      await store.createCase(
        {
          id: m.id,
          caseKey: m.caseKey,
          channel: m.channel,
          week: m.week,
          site: m.site,
          escalateRequested: false,
          rating: m.rating,
          status: 'received',
        },
        new Date('2030-01-01'),
      );
    }
  }

  it('Should count each submission once even when every message is delivered twice', async () => {
    const { store, figures, handler } = wiring();
    const batch = [
      message('The team is great and I love the new schedule', { topic: 'scheduling' }),
      message('We are understaffed and the overtime pay is late', { site: 'hq' }),
      message('', { channel: 'kiosk', rating: 4, site: 'hq' }),
      message('', { channel: 'kiosk', rating: 1, site: 'hq' }),
    ];
    await seed(store, batch);
    await deliver(handler, batch);
    await deliver(handler, batch);
    await deliver(handler, [batch[1]!]);

    const week = await figures.read(WEEK);
    const total = week.groups.reduce((sum, g) => sum + g.total, 0);
    expect(total).toBe(4);
    const kioskHq = week.groups.find((g) => g.site === 'hq' && g.channel === 'kiosk');
    expect(kioskHq).toMatchObject({ total: 2, ratings: [1, 0, 0, 1] });
    expect(week.topics.find((t) => t.topic === 'scheduling' && t.site === 'plant2')?.total).toBe(1);
    expect(week.topics.filter((t) => t.topic === 'pay').reduce((s, t) => s + t.total, 0)).toBe(1);
  });

  it('Should finish counting exactly once when the handler dies between writes and the message comes back', async () => {
    const { store, figures, handler } = wiring();
    const before = await figures.read(WEEK);
    const m = message('Harassment by a supervisor on the night shift, and the pay is low', { site: 'warehouse' });
    await seed(store, [m]);
    updatesSeen = 0;
    failNextUpdates = 1;
    const first = await deliver(handler, [m]);
    expect(first.batchItemFailures).toHaveLength(1); // the message goes back to the queue

    updatesSeen = 0;
    const second = await deliver(handler, [m]);
    expect(second.batchItemFailures).toHaveLength(0);
    const after = await figures.read(WEEK);
    const count = (w: typeof after, topic: string) =>
      w.topics.filter((t) => t.topic === topic && t.site === 'warehouse').reduce((s, t) => s + t.total, 0);
    expect(count(after, 'harassment') - count(before, 'harassment')).toBe(1);
    expect(count(after, 'pay') - count(before, 'pay')).toBe(1);
    const groupTotal = (w: typeof after) =>
      w.groups.filter((g) => g.site === 'warehouse').reduce((s, g) => s + g.total, 0);
    expect(groupTotal(after) - groupTotal(before)).toBe(1);
    expect((await store.findCase(m.caseKey))?.status).toBe('analysed');
  });

  it('Should not count a submission whose case was removed (its sender was told it failed)', async () => {
    const { figures, handler } = wiring();
    const orphan = message('Refused at intake, so never to be counted', {
      site: 'hq',
      topic: 'management',
      week: '2026-W46',
    });
    const response = await deliver(handler, [orphan]); // no case seeded: the intake removed it
    expect(response.batchItemFailures).toEqual([]);
    expect((await figures.read('2026-W46')).groups).toEqual([]);
  });

  it('Should give every item of a week the same expiry, so no TTL tells when a submission was made', async () => {
    const { store, handler, clock } = wiring();
    const batch = [
      message('Morning shift: the canteen is great', { week: '2026-W45' }),
      message('Evening: the canteen is great', { week: '2026-W45' }),
    ];
    await seed(store, batch);
    clock.set('2026-11-02T07:13:05Z');
    await deliver(handler, [batch[0]!]);
    clock.set('2026-11-06T19:41:52Z');
    await deliver(handler, [batch[1]!]);
    const { Items = [] } = await localDocuments(dynamodb.endpoint).send(
      new QueryCommand({
        TableName: dynamodb.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'WEEK#2026-W45' },
      }),
    );
    expect(Items.length).toBeGreaterThan(0);
    expect(new Set(Items.map((i) => i.expiresAt)).size).toBe(1);
  });

  it('Should count each submission once in the language it was written in, a tap without words as not recognised, adding up to the week', async () => {
    const { store, figures, handler } = wiring();
    const week = '2026-W44';
    const batch = [
      message('The forklift in bay 3 has no working horn and nobody fixes it', { week }),
      message('La carretilla del pasillo tres no tiene bocina y nadie la arregla desde hace semanas', { week }),
      message('Los turnos de noche son demasiado largos y no tenemos descanso suficiente', { week, site: 'hq' }),
      message('', { week, channel: 'kiosk', rating: 2, site: 'hq' }),
    ];
    await seed(store, batch);
    await deliver(handler, batch);
    await deliver(handler, batch); // redelivered: counted once

    const read = await figures.read(week);
    const byLanguage = (language: string) =>
      (read.languages ?? []).filter((l) => l.language === language).reduce((n, l) => n + l.total, 0);
    expect(byLanguage('en')).toBe(1);
    expect(byLanguage('es')).toBe(2);
    expect(read.languages).toContainEqual({ language: 'und', site: 'hq', channel: 'kiosk', total: 1 });
    expect(read.languages).toContainEqual({ language: 'es', site: 'hq', channel: 'web', total: 1 });
    const total = (rows: readonly { total: number }[]) => rows.reduce((n, r) => n + r.total, 0);
    expect(total(read.languages ?? [])).toBe(total(read.groups));
  });

  it('Should keep other weeks apart', async () => {
    const { store, figures, handler } = wiring();
    const other = message('Next week is fine', { week: '2026-W48' });
    await seed(store, [other]);
    await deliver(handler, [other]);
    expect((await figures.read('2026-W48')).groups.reduce((s, g) => s + g.total, 0)).toBe(1);
    expect((await figures.read('2026-W49')).groups).toEqual([]);
  });
});
