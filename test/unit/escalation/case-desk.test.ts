import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deskFilters, isOnDesk, openDeskLink, signDeskLink } from '../../../shared/domain/case-desk';
import type { Escalation } from '../../../shared/domain/escalation';
import { verifyLink } from '../../../shared/domain/signed-link';
import { openEscalation } from '../../../shared/use-cases/answer-escalation';
import { exampleConfig, fixedClock } from '../../support/fixtures';
import { raisedEscalation } from '../../support/raised-escalation';

const KEY = 'k'.repeat(64);
const NOW = new Date('2026-11-18T15:30:00Z');
const IN_A_WEEK = new Date('2026-11-25T15:00:00Z');
const sponsor = (id: string) => exampleConfig.sponsors.find((s) => s.id === id)!;

const escalation = (overrides: Partial<Escalation>): Escalation =>
  raisedEscalation({
    id: 'case:1',
    site: 'plant2',
    sponsorId: 'plant2-gm',
    raisedAt: '2026-11-18T15:00:00.000Z',
    slaDueAt: '2026-11-18T19:00:00.000Z',
    ...overrides,
  });

describe("a sponsor's desk link", () => {
  it("Should open that sponsor's desk, and only until it expires", () => {
    const token = signDeskLink(sponsor('coo'), IN_A_WEEK, KEY);
    expect(openDeskLink(exampleConfig, token, KEY, NOW)).toEqual({ ok: true, sponsor: sponsor('coo') });
    expect(openDeskLink(exampleConfig, token, KEY, new Date('2026-11-26T00:00:00Z'))).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('Should stop working once the sponsor is given a new desk key in the config', () => {
    const token = signDeskLink(sponsor('coo'), IN_A_WEEK, KEY);
    const reKeyed = {
      ...exampleConfig,
      sponsors: exampleConfig.sponsors.map((s) => (s.id === 'coo' ? { ...s, deskKey: '2026-12' } : s)),
    };
    expect(openDeskLink(reKeyed, token, KEY, NOW)).toEqual({ ok: false, reason: 'revoked' });
    expect(openDeskLink(reKeyed, signDeskLink(sponsor('coo'), IN_A_WEEK, KEY), KEY, NOW).ok).toBe(false);
    expect(
      openDeskLink(reKeyed, signDeskLink(reKeyed.sponsors.find((s) => s.id === 'coo')!, IN_A_WEEK, KEY), KEY, NOW).ok,
    ).toBe(true);
    // A sponsor removed from the config has no desk.
    const without = { ...exampleConfig, sponsors: exampleConfig.sponsors.filter((s) => s.id !== 'coo') };
    expect(openDeskLink(without, token, KEY, NOW)).toEqual({ ok: false, reason: 'revoked' });
  });

  it('Should never be mistaken for an escalation link, nor an escalation link for a desk', async () => {
    const token = signDeskLink(sponsor('coo'), IN_A_WEEK, KEY);
    expect(verifyLink(token, KEY, NOW).ok).toBe(true);
    const escalations = { get: async (id: string) => (id.startsWith('case:') ? escalation({}) : undefined) };
    const deps = { escalations, cases: {}, clock: fixedClock(), linkSigningKey: KEY } as unknown as Parameters<
      typeof openEscalation
    >[0];
    await expect(openEscalation(deps, token)).rejects.toThrow(/not valid/);
    const { signLink } = await import('../../../shared/domain/signed-link');
    expect(
      openDeskLink(
        exampleConfig,
        signLink({ subject: 'case:1', expiresAt: IN_A_WEEK.getTime() / 1000 }, KEY),
        KEY,
        NOW,
      ),
    ).toEqual({ ok: false, reason: 'not-a-desk' });
    expect(
      openDeskLink(
        exampleConfig,
        signLink({ subject: 'digest:2026-W47:coo', expiresAt: IN_A_WEEK.getTime() / 1000 }, KEY),
        KEY,
        NOW,
      ),
    ).toEqual({ ok: false, reason: 'not-a-desk' });
  });

  it('Should refuse anything that is not a genuine token, whatever it is, without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (token) => {
        expect(openDeskLink(exampleConfig, token, KEY, NOW).ok).toBe(false);
      }),
    );
  });
});

describe('which cases are on a desk', () => {
  it('Should hold a case for the sponsor it was routed to, then for their backup, then for nobody below leadership', () => {
    const e = escalation({});
    expect(isOnDesk(exampleConfig, sponsor('plant2-gm'), e)).toBe(true);
    expect(isOnDesk(exampleConfig, sponsor('coo'), e)).toBe(false);
    expect(isOnDesk(exampleConfig, sponsor('plant2-gm'), { ...e, level: 1 })).toBe(false);
    expect(isOnDesk(exampleConfig, sponsor('coo'), { ...e, level: 1 })).toBe(true);
    for (const s of exampleConfig.sponsors) expect(isOnDesk(exampleConfig, s, { ...e, level: 2 })).toBe(false); // leadership@ is nobody's desk here
  });

  it('Should never show a sponsor a case routed around them, at any level, whoever else holds it', () => {
    const ids = exampleConfig.sponsors.map((s) => s.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.subarray(ids, { minLength: 1 }),
        fc.integer({ min: 0, max: 2 }),
        (routedTo, bypassed, level) => {
          const e = escalation({ sponsorId: routedTo, level, reroute: { reasons: ['named'], bypassed } });
          for (const id of bypassed) expect(isOnDesk(exampleConfig, sponsor(id), e)).toBe(false);
        },
      ),
    );
  });

  it('Should read unknown or malformed filters as "everything", never refuse the page', () => {
    expect(deskFilters(exampleConfig, { show: 'closed', site: 'plant2', topic: 'safety', unread: '1' })).toEqual({
      show: 'closed',
      site: 'plant2',
      topic: 'safety',
      unread: '1',
    });
    expect(deskFilters(exampleConfig, { show: 'x', site: 'nowhere', topic: '', unread: 'yes' })).toEqual({
      show: 'open',
      site: undefined,
      topic: undefined,
      unread: undefined,
    });
  });
});

describe("a case's page on the desk", () => {
  it('Should offer each person to hand over to once, even when the backup is the leadership list', async () => {
    const { deskCasePage } = await import('../../../functions/intake/pages/desk-case');
    const ceoCase = escalation({ sponsorId: 'ceo' }); // the default sponsor: no backup, so level 1 is the leadership list too
    const page = String(await deskCasePage(exampleConfig, sponsor('ceo'), 'token', ceoCase, [], NOW));
    expect(page.match(/name="to"/g)).toHaveLength(1);
    expect(page).toContain('the leadership list');
    const gmPage = String(await deskCasePage(exampleConfig, sponsor('plant2-gm'), 'token', escalation({}), [], NOW));
    expect(gmPage.match(/name="to"/g)).toHaveLength(2);
    expect(gmPage).toContain('Dana Whitfield (COO)');
  });

  it('Should tell the leadership list, and no one else, whom a case was routed around and why, as the case page does', async () => {
    const { deskCasePage } = await import('../../../functions/intake/pages/desk-case');
    const aroundBoth = escalation({ level: 2, reroute: { reasons: ['named'], bypassed: ['plant2-gm', 'coo'] } });
    const leadershipPage = String(await deskCasePage(exampleConfig, sponsor('ceo'), 'token', aroundBoth, [], NOW));
    expect(leadershipPage).toContain(
      'This case was routed around Lee Marsh (Plant 2 GM) and Dana Whitfield (COO): the report names them.',
    );
    // The backup holding a case that went around the site's sponsor reads nothing of it.
    const aroundLee = escalation({ level: 1, reroute: { reasons: ['named'], bypassed: ['plant2-gm'] } });
    const cooPage = String(await deskCasePage(exampleConfig, sponsor('coo'), 'token', aroundLee, [], NOW));
    expect(cooPage).not.toMatch(/routed around|Lee Marsh|names them/);
  });
});
