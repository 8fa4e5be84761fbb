import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { frozenFigures } from '../../../shared/adapters/aws/frozen-figures';
import { CHANNELS } from '../../../shared/domain/feedback';

/** The zod schema frozen figures were read back with before (`dynamodb-digest-snapshots.ts`): the reference. */
const counts = z.object({ POSITIVE: z.int(), NEGATIVE: z.int(), NEUTRAL: z.int(), MIXED: z.int() });
const group = z.object({
  site: z.string().optional(),
  channel: z.enum(CHANNELS),
  total: z.int(),
  sentiment: counts,
  ratings: z.tuple([z.int(), z.int(), z.int(), z.int()]),
});
const reference = z.object({
  week: z.string(),
  groups: z.array(group),
  topics: z.array(group.extend({ topic: z.string() })),
  phrases: z.array(z.object({ phrase: z.string(), total: z.int(), sentiment: counts })),
  languages: z
    .array(z.object({ language: z.string(), site: z.string().optional(), channel: z.enum(CHANNELS), total: z.int() }))
    .optional(),
});

// Mostly counts as the digest stores them; now and then one zod's \`int\` refuses (unsafe, a fraction).
const count = fc.oneof(
  { arbitrary: fc.nat(5000), weight: 200 },
  { arbitrary: fc.integer(), weight: 20 },
  { arbitrary: fc.constant(2 ** 53), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
);
const extra = fc.dictionary(fc.constantFrom('kind', 'note', 'x'), fc.jsonValue(), { maxKeys: 1 });
const countsArb = fc.record({ POSITIVE: count, NEGATIVE: count, NEUTRAL: count, MIXED: count });
const groupFields = {
  site: fc.string({ maxLength: 6 }),
  channel: fc.oneof(
    { arbitrary: fc.constantFrom(...CHANNELS), weight: 30 },
    { arbitrary: fc.constant('fax'), weight: 1 },
  ),
  total: count,
  sentiment: countsArb,
  ratings: fc.oneof(
    { arbitrary: fc.array(count, { minLength: 4, maxLength: 4 }), weight: 20 },
    fc.array(count, { maxLength: 5 }),
  ),
};
const withExtra = <T extends object>(arb: fc.Arbitrary<T>) => fc.tuple(arb, extra).map(([v, e]) => ({ ...e, ...v }));
const groupArb = withExtra(fc.record(groupFields, { requiredKeys: ['channel', 'total', 'sentiment', 'ratings'] }));
const figuresArb = withExtra(
  fc.record(
    {
      week: fc.constantFrom('2026-W40', 'W', ''),
      groups: fc.array(groupArb, { maxLength: 3 }),
      topics: fc.array(
        withExtra(
          fc.record(
            { ...groupFields, topic: fc.string({ maxLength: 4 }) },
            { requiredKeys: ['channel', 'total', 'sentiment', 'ratings', 'topic'] },
          ),
        ),
        { maxLength: 2 },
      ),
      phrases: fc.array(
        withExtra(fc.record({ phrase: fc.string({ maxLength: 4 }), total: count, sentiment: countsArb })),
        {
          maxLength: 2,
        },
      ),
      languages: fc.array(
        withExtra(
          fc.record(
            {
              language: fc.string({ maxLength: 3 }),
              site: fc.string({ maxLength: 3 }),
              channel: fc.constantFrom(...CHANNELS),
              total: count,
            },
            { requiredKeys: ['language', 'channel', 'total'] },
          ),
        ),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: ['week', 'groups', 'topics', 'phrases'] },
  ),
);

/** What each reader makes of `value`: the figures as JSON (key order included), or refused. */
function outcome(read: (value: unknown) => unknown, value: unknown): string {
  try {
    return JSON.stringify(read(value));
  } catch {
    return 'refused';
  }
}

describe('frozen figures read back from the table', () => {
  const tally = { accepted: 0, refused: 0 };
  it('Should accept, refuse and copy exactly what the zod schema did, on figures as stored and damaged', () => {
    fc.assert(
      fc.property(figuresArb, fc.option(fc.jsonValue(), { nil: undefined }), fc.nat(), (figures, damage, at) => {
        // As stored: JSON, read back with JSON.parse. Damaged: one field anywhere replaced by another JSON value.
        let value: unknown = JSON.parse(JSON.stringify(figures));
        if (damage !== undefined) value = replaceOneField(value, at, damage);
        const expected = outcome((v) => reference.parse(v), value);
        tally[expected === 'refused' ? 'refused' : 'accepted'] += 1;
        expect(outcome(frozenFigures, value)).toBe(expected);
        if (expected !== 'refused') expect(frozenFigures(value)).toStrictEqual(reference.parse(value));
      }),
      { numRuns: 2000 },
    );
    // Both outcomes are exercised, not only refusals.
    expect(tally.accepted).toBeGreaterThan(200);
    expect(tally.refused).toBeGreaterThan(200);
  });

  it('Should name the field that is wrong', () => {
    expect(() =>
      frozenFigures({
        week: '2026-W40',
        groups: [{ channel: 'fax', total: 1, sentiment: {}, ratings: [0, 0, 0, 0] }],
        topics: [],
        phrases: [],
      }),
    ).toThrow(/groups\.0\.channel/);
  });
});

/** `value` with its `at`-th field (counting every object field and list item, depth first) replaced by `by`. */
function replaceOneField(value: unknown, at: number, by: unknown): unknown {
  let n = 0;
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (path.length) paths.push(path);
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, item] of Object.entries(v)) walk(item, [...path, k]);
  };
  walk(value, []);
  if (!paths.length) return by;
  const path = paths[at % paths.length]!;
  n = path.length;
  const copy = JSON.parse(JSON.stringify(value));
  let parent = copy;
  for (const key of path.slice(0, n - 1)) parent = parent[key];
  parent[path[n - 1]!] = by;
  return copy;
}
