import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../../shared/config/schema';
import { heldByLeadership, recipientsAt, rerouteForAnswer } from '../../../shared/domain/escalation';
import { exampleConfig } from '../../support/fixtures';

const ids = exampleConfig.sponsors.map((s) => s.id);
const emailOf = (id: string) => exampleConfig.sponsors.find((s) => s.id === id)!.email;

describe('an answer that names sponsors, on a case already routed', () => {
  it('Should never leave the case with anyone it now goes around, at any level, whatever the answer names', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.integer({ min: 0, max: 2 }),
        fc.subarray(ids),
        fc.subarray(ids),
        (sponsorId, level, before, named) => {
          const e = {
            sponsorId,
            level,
            reroute: before.length ? { reasons: ['named' as const], bypassed: before } : undefined,
          };
          const route = rerouteForAnswer(exampleConfig, e, named);
          if (!route) {
            expect(named.every((id) => before.includes(id))).toBe(true);
            return;
          }
          const gone = new Set([...before, ...named]);
          expect(new Set(route.reroute.bypassed)).toEqual(gone);
          for (const at of [route.level, 1, 2].filter((l) => l >= route.level)) {
            const { emails } = recipientsAt(exampleConfig, route.sponsorId, at, route.reroute.bypassed);
            for (const id of gone) expect(emails).not.toContain(emailOf(id));
          }
        },
      ),
    );
  });

  it('Should change nothing when the answer names no one new', () => {
    const e = { sponsorId: 'coo', level: 0, reroute: { reasons: ['named' as const], bypassed: ['plant2-gm'] } };
    expect(rerouteForAnswer(exampleConfig, e, ['plant2-gm'])).toBeUndefined();
    expect(rerouteForAnswer(exampleConfig, e, [])).toBeUndefined();
  });
});

describe('who may read whom a case went around', () => {
  it('Should be the leadership list itself, never a sponsor standing in for it', () => {
    const onlyCoo: Config = { ...exampleConfig, digest: { ...exampleConfig.digest, recipients: ['coo@example.com'] } };
    const around = (bypassed: string[]) => ({ reasons: ['named' as const], bypassed });
    expect(heldByLeadership(exampleConfig, { sponsorId: 'leadership', level: 2, reroute: around(['coo']) })).toBe(true);
    // Everyone on the list is gone around: another sponsor stands in, and is not told why.
    expect(heldByLeadership(onlyCoo, { sponsorId: 'leadership', level: 2, reroute: around(['coo']) })).toBe(false);
    expect(heldByLeadership(exampleConfig, { sponsorId: 'coo', level: 0, reroute: around(['plant2-gm']) })).toBe(false);
  });
});
