import { describe, expect, it } from 'vitest';
import { publishDigest } from '../../../shared/use-cases/publish-digest';
import { GOLDEN_WEEK } from '../../support/digest-fixtures';
import { DIGEST_LINK_KEY, goldenDigestDeps } from '../../support/golden-digest-deps';

/**
 * Each store call as a round trip to a service: answered on a later turn of
 * the event loop, and given the number of round trips the run had waited for
 * in a row when it was made (1 for the first, 2 for one made after the first
 * came back…). On Lambda each of those waits is a network round trip of a
 * cold SDK client, the digest's whole first invocation.
 */
function roundTrips<T extends object>(
  name: string,
  target: T,
  log: { call: string; depth: number }[],
  state: { done: number },
): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const depth = state.done + 1;
        log.push({ call: `${name}.${String(property)}`, depth });
        await new Promise((resolve) => setImmediate(resolve));
        try {
          return await value.apply(object, args);
        } finally {
          state.done = Math.max(state.done, depth);
        }
      };
    },
  });
}

describe('a digest run’s round trips', () => {
  it('Should make every read of a week already frozen in one round, and archive every digest in the next', async () => {
    const d = goldenDigestDeps();
    // The first run freezes the weeks and sends; the second, like a retried schedule, reads and archives only.
    await publishDigest(d, { week: GOLDEN_WEEK });
    const log: { call: string; depth: number }[] = [];
    const state = { done: 0 };
    const run = await publishDigest(
      {
        ...d,
        snapshots: roundTrips('snapshots', d.snapshots, log, state),
        figures: roundTrips('figures', d.figures, log, state),
        verbatims: roundTrips('verbatims', d.verbatims, log, state),
        escalations: roundTrips('escalations', d.escalations, log, state),
        clocks: roundTrips('clocks', d.clocks, log, state),
        deliveries: roundTrips('deliveries', d.deliveries, log, state),
        archive: roundTrips('archive', d.archive, log, state),
      },
      { week: GOLDEN_WEEK },
    );
    expect(run.digests.every((x) => x.skipped === 'already sent')).toBe(true);
    const depthsOf = (prefix: string) => [...new Set(log.filter((c) => c.call.startsWith(prefix)).map((c) => c.depth))];
    for (const read of [
      'snapshots.read',
      'verbatims.list',
      'escalations.list',
      'clocks.listPassed',
      'clocks.between',
      'deliveries.list',
    ])
      expect({ read, rounds: depthsOf(read) }).toEqual({ read, rounds: [1] });
    expect(log.filter((c) => c.call === 'archive.put')).toHaveLength(5);
    expect(depthsOf('archive.put')).toEqual([2]);
    expect(Math.max(...log.map((c) => c.depth))).toBe(2);
  });

  it('Should fetch the link-signing key in the same round as its reads, not in a round of its own before them', async () => {
    const d = goldenDigestDeps();
    await publishDigest(d, { week: GOLDEN_WEEK });
    const log: { call: string; depth: number }[] = [];
    const state = { done: 0 };
    const secrets = roundTrips('secrets', { linkSigningKey: async () => DIGEST_LINK_KEY }, log, state);
    const run = await publishDigest(
      {
        ...d,
        linkSigningKey: () => secrets.linkSigningKey(),
        snapshots: roundTrips('snapshots', d.snapshots, log, state),
        verbatims: roundTrips('verbatims', d.verbatims, log, state),
        escalations: roundTrips('escalations', d.escalations, log, state),
        deliveries: roundTrips('deliveries', d.deliveries, log, state),
        archive: roundTrips('archive', d.archive, log, state),
      },
      { week: GOLDEN_WEEK },
    );
    expect(log.filter((c) => c.call === 'secrets.linkSigningKey').map((c) => c.depth)).toEqual([1]);
    expect(Math.max(...log.map((c) => c.depth))).toBe(2);
    // The links are signed with the fetched key, as with the key given as it is.
    const given = await publishDigest(d, { week: GOLDEN_WEEK, dryRun: true });
    expect(run.digests.map((x) => x.webView)).toEqual(given.digests.map((x) => x.webView));
  });

  it('Should fail a run whose key cannot be fetched with that error, archiving and sending nothing', async () => {
    const d = goldenDigestDeps();
    const unhandled: unknown[] = [];
    const listen = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listen);
    try {
      await expect(
        publishDigest(
          {
            ...d,
            linkSigningKey: async () => {
              throw new Error('Secrets Manager would not answer');
            },
          },
          { week: GOLDEN_WEEK },
        ),
      ).rejects.toThrow('Secrets Manager would not answer');
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off('unhandledRejection', listen);
    }
    expect(d.mailer.sent).toEqual([]);
    expect(unhandled).toEqual([]);
  });

  it('Should still stop at a digest it cannot archive: those before it sent, none after, and the error the run’s own', async () => {
    const d = goldenDigestDeps();
    const put = d.archive.put.bind(d.archive);
    d.archive.put = async (key, digest) => {
      if (key.sponsorId === 'chro') throw new Error('the archive refused the CHRO’s digest');
      return put(key, digest);
    };
    const unhandled: unknown[] = [];
    const listen = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listen);
    try {
      await expect(publishDigest(d, { week: GOLDEN_WEEK })).rejects.toThrow('the archive refused the CHRO’s digest');
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off('unhandledRejection', listen);
    }
    expect(d.mailer.sent.map((e) => e.to)).toEqual([['leadership@example.com'], ['coo@example.com']]);
    expect(unhandled).toEqual([]);
  });
});
