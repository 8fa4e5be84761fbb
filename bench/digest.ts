/**
 * How long the weekly digest takes for weeks of 1,000, 10,000 and 100,000
 * submissions, and that it does not grow with the history kept.
 *
 * The weekly figures are seeded straight into the table (not through the
 * pipeline, which would take hours for 800,000 reports): each week is
 * simulated submission by submission, counted, and written in the shape
 * `DynamoDbWeeklyFigures.record` leaves at rest, built with its own key
 * functions: each counter's numbers spread over its `COUNTER_SHARDS` shard
 * items, and one `done` marker per report (`COUNTED#<digest>`), checked by
 * reading them back. Comments for the
 * verbatim sample go through the real `DynamoDbVerbatimCandidates`, and
 * escalations (one per 500 submissions) through the real escalation store.
 * Then the whole digest runs against dynalite: read 8 weeks, build the
 * leadership digest and every sponsor's, render, archive (to a temp dir)
 * and "send" (to a mailer that keeps nothing).
 *
 * A week's counters are read only by its first digest (later ones read the
 * frozen figures), so the first run is also timed `rounds` times on its own,
 * with a snapshot store that keeps nothing: `firstRunMedianMs`.
 *
 *   npx tsx bench/digest.ts
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BatchWriteCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localDocuments } from '../local/aws-clients';
import { startDynamoDb } from '../local/dynamodb-stand-in';
import { DynamoDbEscalationStore } from '../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbVerbatimCandidates } from '../shared/adapters/aws/dynamodb-verbatim-candidates';
import { leadingPhraseItems } from '../shared/adapters/aws/dynamodb-leading-phrases';
import { COUNTER_SHARDS, countedMarker, DynamoDbWeeklyFigures } from '../shared/adapters/aws/dynamodb-weekly-figures';
import { countedMarkerSk, counterShardSuffix } from '../shared/adapters/aws/table-keys';
import { DynamoDbDigestDeliveries } from '../shared/adapters/aws/dynamodb-digest-deliveries';
import { DynamoDbDigestSnapshots } from '../shared/adapters/aws/dynamodb-digest-snapshots';
import { FileDigestArchive } from '../shared/adapters/local/file-digest-archive';
import { loadConfigFile } from '../shared/config/load-config';
import type { Escalation } from '../shared/domain/escalation';
import { NO_SITE, type SentimentCounts, type WeeklyFigures } from '../shared/domain/weekly-figures';
import { weekBounds, weeksEndingWith } from '../shared/digest/weeks';
import type { Clock } from '../shared/ports/clock';
import { publishDigest } from '../shared/use-cases/publish-digest';
import { simulateWeek } from '../test/support/simulated-week';
import { median, ratio, round } from './stats';
import { tempDir } from './temp-dir';

const WEEK = '2026-W47';
/** BatchWriteItem calls in flight while seeding. */
const PARALLEL_WRITES = 8;
const TABLE = 'listening-post';
const FAR = new Date('2030-01-01T00:00:00Z');
const clock: Clock = { now: () => new Date('2026-11-23T14:00:00Z') };

export interface DigestBenchRow {
  submissionsPerWeek: number;
  /** Weeks of figures in the table; the digest reads the last 8 whatever this is. */
  weeksKept: number;
  /** Items under the digest week's partition (counters, phrases, comment sample). */
  itemsInWeek: number;
  distinctPhrases: number;
  escalations: number;
  /** The week's first run: reads the 8 weeks' counters (leading phrases only) and freezes them. */
  firstRunMs: number;
  /** The first run again, median of `rounds`, each reading the 8 weeks' counters (nothing frozen kept). */
  firstRunMedianMs: number;
  /** `firstRunMedianMs` against the first row's. */
  firstRunRatio: number;
  /** Later runs (`--resend`), from the frozen weeks. */
  medianMs: { read: number; build: number; deliver: number; total: number };
  /** Total time against the first row's. */
  ratio: number;
}

/**
 * Times the digest for weeks of the given sizes, median of `rounds` runs
 * each; with `historyWeeks`, the first size is measured again with that many
 * older weeks in the table, to show history does not add to the cost.
 *
 * @example
 * const rows = await measureDigest({ weeks: [1000, 10000, 100000] });
 */
export async function measureDigest({
  weeks,
  rounds = 5,
  historyWeeks = 52,
  phraseVocabulary = 20_000,
}: {
  weeks: number[];
  rounds?: number;
  historyWeeks?: number;
  phraseVocabulary?: number;
}): Promise<DigestBenchRow[]> {
  const config = loadConfigFile();
  const rows: DigestBenchRow[] = [];
  const cases = [
    ...weeks.map((n) => ({ n, extra: 0 })),
    ...(historyWeeks > 0 && weeks.length ? [{ n: weeks[0]!, extra: historyWeeks }] : []),
  ];
  for (const { n, extra } of cases) {
    const dir = tempDir();
    const dynamodb = await startDynamoDb({ port: 0, path: join(dir.path, 'dynamodb'), tableName: TABLE });
    const documents = localDocuments(dynamodb.endpoint);
    try {
      const seeded = await seed(documents, n, extra, phraseVocabulary);
      const deps = {
        config,
        figures: new DynamoDbWeeklyFigures(documents, TABLE, clock),
        snapshots: new DynamoDbDigestSnapshots(documents, TABLE),
        verbatims: new DynamoDbVerbatimCandidates(documents, TABLE, clock),
        escalations: new DynamoDbEscalationStore(documents, TABLE, clock),
        archive: new FileDigestArchive(join(dir.path, 'digests')),
        deliveries: new DynamoDbDigestDeliveries(documents, TABLE),
        mailer: { send: async () => undefined },
        clock,
        linkSigningKey: 'k'.repeat(64),
        publicUrl: 'http://127.0.0.1:3000',
      };
      const first = (await publishDigest(deps, { week: WEEK })).ms; // also the warm-up: JIT, connections
      // The first run again and again: a snapshot store that keeps nothing, so each reads every week's counters.
      const forgetful = { read: async () => new Map(), freeze: async (figures: WeeklyFigures) => figures };
      const firstRuns = [];
      for (let r = 0; r < rounds; r += 1) {
        const { ms } = await publishDigest({ ...deps, snapshots: forgetful }, { week: WEEK, resend: true });
        firstRuns.push(ms.read + ms.build + ms.deliver);
      }
      const firstRunMedian = median(firstRuns);
      const runs = [];
      // --resend: every round sends, as the first run of a week does.
      for (let r = 0; r < rounds; r += 1) runs.push((await publishDigest(deps, { week: WEEK, resend: true })).ms);
      const read = median(runs.map((m) => m.read));
      const build = median(runs.map((m) => m.build));
      const deliver = median(runs.map((m) => m.deliver));
      const total = median(runs.map((m) => m.read + m.build + m.deliver));
      rows.push({
        submissionsPerWeek: n,
        weeksKept: 8 + extra,
        itemsInWeek: await countItems(documents, `WEEK#${WEEK}`),
        distinctPhrases: seeded.distinctPhrases,
        escalations: seeded.escalations,
        firstRunMs: round(first.read + first.build + first.deliver),
        firstRunMedianMs: round(firstRunMedian),
        firstRunRatio: rows.length ? round(ratio(firstRunMedian, rows[0]!.firstRunMedianMs), 2) : 1,
        medianMs: { read: round(read), build: round(build), deliver: round(deliver), total: round(total) },
        ratio: rows.length ? round(ratio(total, rows[0]!.medianMs.total), 2) : 1,
      });
    } finally {
      documents.destroy();
      await dynamodb.close();
      dir.remove();
    }
  }
  return rows;
}

async function seed(
  documents: DynamoDBDocumentClient,
  submissions: number,
  extraWeeks: number,
  phraseVocabulary: number,
) {
  await assertSameShapeAsRecorded(documents);
  const weeks = weeksEndingWith(WEEK, 8 + extraWeeks);
  let distinctPhrases = 0;
  for (const [i, week] of weeks.entries()) {
    const { figures, candidates } = simulateWeek(week, {
      submissions: Math.round(submissions * (0.85 + 0.03 * (i % 8))),
      seed: 9000 + i,
      phraseVocabulary,
    });
    await writeFigures(documents, figures, `bench-${i}`);
    const read = await new DynamoDbWeeklyFigures(documents, TABLE, clock).read(week);
    const expected = figures.groups.reduce((s, g) => s + g.total, 0);
    if (read.groups.reduce((s, g) => s + g.total, 0) !== expected)
      throw new Error(`seeded ${week} does not read back: the figures store's item shape has changed`);
    if ((read.languages ?? []).reduce((s, l) => s + l.total, 0) !== expected)
      throw new Error(`seeded ${week}'s languages do not read back: the figures store's item shape has changed`);
    if (week === WEEK) {
      distinctPhrases = figures.phrases.length;
      const sample = new DynamoDbVerbatimCandidates(documents, TABLE, clock);
      for (const c of candidates) await sample.offer(c, FAR);
    }
  }
  const escalations = Math.min(200, Math.ceil(submissions / 500));
  const store = new DynamoDbEscalationStore(documents, TABLE, clock);
  const { start } = weekBounds(WEEK, 'America/Chicago');
  for (let i = 0; i < escalations; i += 1) {
    const raisedAt = new Date(start.getTime() + (i * 7 * 86_400_000) / escalations).toISOString();
    const e: Escalation = {
      id: `case:bench-${i}`,
      reasons: ['urgent-topic'],
      topics: ['safety'],
      urgentCategories: [],
      urgent: i % 3 === 0,
      redactedText: 'bench',
      sponsorId: ['coo', 'chro', 'plant2-gm', 'ceo'][i % 4]!,
      level: 0,
      raisedAt,
      slaDueAt: new Date(Date.parse(raisedAt) + 4 * 3_600_000).toISOString(),
      status: 'raised',
      notifiedLevel: 0,
      audit: [],
    };
    await store.create(e, FAR);
    if (i % 2 === 0)
      await store.acknowledge(e.id, {
        at: new Date(Date.parse(raisedAt) + 3_600_000).toISOString(),
        event: 'acknowledged',
        detail: '',
      });
  }
  return { distinctPhrases, escalations };
}

/**
 * Counter items as `DynamoDbWeeklyFigures.record` leaves them at rest: each counter spread over up to
 * `COUNTER_SHARDS` shard items (`…#=<n>`, no `counting` set left), one `done` marker per report, and each
 * phrase's tally and rung markers.
 */
async function writeFigures(documents: DynamoDBDocumentClient, figures: WeeklyFigures, reportPrefix: string) {
  const pk = `WEEK#${figures.week}`;
  const items: Record<string, unknown>[] = [];
  const spread = (
    sk: string,
    attrs: Record<string, unknown>,
    total: number,
    sentiment: SentimentCounts,
    ratings?: readonly number[],
  ) => {
    const shards = Math.min(COUNTER_SHARDS, total);
    for (let shard = 0; shard < shards; shard += 1) {
      const part = (n: number) => Math.floor(n / shards) + (shard < n % shards ? 1 : 0);
      const item: Record<string, unknown> = {
        pk,
        sk: `${sk}#${counterShardSuffix(shard)}`,
        ...attrs,
        total: part(total),
        expiresAt: Math.floor(FAR.getTime() / 1000),
      };
      for (const [s, n] of Object.entries(sentiment)) item[s] = part(n);
      ratings?.forEach((n, i) => (item[`r${i + 1}`] = part(n)));
      items.push(item);
    }
  };
  for (const g of figures.groups)
    spread(
      `GROUP#${g.site ?? NO_SITE}#${g.channel}`,
      { kind: 'group', site: g.site ?? NO_SITE, channel: g.channel },
      g.total,
      g.sentiment,
      g.ratings,
    );
  // Each group's languages: most in English, a tenth in Spanish, so the digest reads and shows a language mix as it would.
  for (const g of figures.groups) {
    const spanish = Math.floor(g.total / 10);
    for (const [language, total] of [
      ['en', g.total - spanish],
      ['es', spanish],
    ] as const) {
      if (total > 0)
        spread(
          `LANG#${language}#${g.site ?? NO_SITE}#${g.channel}`,
          { kind: 'language', language, site: g.site ?? NO_SITE, channel: g.channel },
          total,
          { POSITIVE: 0, NEGATIVE: 0, NEUTRAL: 0, MIXED: 0 },
        );
    }
  }
  for (const t of figures.topics)
    spread(
      `TOPIC#${t.topic}#${t.site ?? NO_SITE}#${t.channel}`,
      { kind: 'topic', topic: t.topic, site: t.site ?? NO_SITE, channel: t.channel },
      t.total,
      t.sentiment,
      t.ratings,
    );
  for (const p of figures.phrases) {
    spread(`PHRASE#${p.phrase}`, { kind: 'phrase', phrase: p.phrase }, p.total, p.sentiment);
    items.push(...leadingPhraseItems(pk, p.phrase, p.total, Math.floor(FAR.getTime() / 1000)));
  }
  const reports = figures.groups.reduce((sum, g) => sum + g.total, 0);
  for (let i = 0; i < reports; i += 1) {
    const marker = countedMarker(`${reportPrefix}-${i}`);
    items.push({
      pk,
      sk: countedMarkerSk(marker),
      state: 'done',
      kind: 'counted',
      expiresAt: Math.floor(FAR.getTime() / 1000),
    });
  }
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  for (let i = 0; i < batches.length; i += PARALLEL_WRITES) {
    await Promise.all(
      batches
        .slice(i, i + PARALLEL_WRITES)
        .map((batch) =>
          documents.send(
            new BatchWriteCommand({ RequestItems: { [TABLE]: batch.map((Item) => ({ PutRequest: { Item } })) } }),
          ),
        ),
    );
  }
}

/**
 * Records one report through the real `DynamoDbWeeklyFigures.record` in a week the digest never reads,
 * and checks that what it left has the shape `writeFigures` seeds: shard counters and one `done` marker.
 */
async function assertSameShapeAsRecorded(documents: DynamoDBDocumentClient) {
  const week = '2000-W01';
  await new DynamoDbWeeklyFigures(documents, TABLE, clock).record(
    'bench-shape',
    { week, channel: 'web', site: 'plant2', topics: ['safety'], sentiment: 'NEGATIVE', keyPhrases: ['fire exit'] },
    FAR,
  );
  const { Items = [] } = await documents.send(
    new QueryCommand({
      TableName: TABLE,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `WEEK#${week}` },
    }),
  );
  const counters = Items.filter((item) => /^(GROUP|LANG|TOPIC|PHRASE)#/.test(String(item.sk)));
  const markers = Items.filter((item) => String(item.sk).startsWith('COUNTED#'));
  const shard = new RegExp(`#${counterShardSuffix(0).replace(/\d+$/, '')}\\d+$`);
  if (
    counters.length !== 4 ||
    !counters.every((item) => shard.test(String(item.sk)) && !('counting' in item)) ||
    markers.length !== 1 ||
    markers[0]!.state !== 'done' ||
    markers[0]!.sk !== countedMarkerSk(countedMarker('bench-shape'))
  )
    throw new Error('the figures store no longer records in the shape this bench seeds: update writeFigures');
}

async function countItems(documents: DynamoDBDocumentClient, pk: string): Promise<number> {
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new QueryCommand({
        TableName: TABLE,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        Select: 'COUNT',
        ExclusiveStartKey: startKey,
      }),
    );
    count += page.Count ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return count;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const sizes = process.argv.find((a) => a.startsWith('--weeks='));
  const rows = await measureDigest({
    weeks: sizes ? sizes.slice('--weeks='.length).split(',').map(Number) : [1000, 10000, 100000],
    rounds: process.argv.includes('--quick') ? 2 : 5,
    historyWeeks: process.argv.includes('--no-history') ? 0 : 52,
  });
  console.log(
    '| submissions/week | weeks kept | items in week | distinct phrases | escalations | first run ms | first run, median ms | × 1k | read ms | build ms | render+archive+send ms | total ms | × 1k |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.submissionsPerWeek.toLocaleString('en-US')} | ${r.weeksKept} | ${r.itemsInWeek.toLocaleString('en-US')} | ${r.distinctPhrases.toLocaleString('en-US')} | ${r.escalations} | ${r.firstRunMs} | ${r.firstRunMedianMs} | ${r.firstRunRatio} | ${r.medianMs.read} | ${r.medianMs.build} | ${r.medianMs.deliver} | ${r.medianMs.total} | ${r.ratio} |`,
    );
  }
}
