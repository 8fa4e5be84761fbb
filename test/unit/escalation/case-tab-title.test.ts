import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/i18n/languages';
import { deskCasePage } from '../../../functions/intake/pages/desk-case';
import { escalationPage } from '../../../functions/intake/pages/escalation';
import { exampleConfig } from '../../support/fixtures';
import { raisedEscalation } from '../../support/raised-escalation';

// Newcomer's report (round 26): one case open in two tabs, from the email's link and from the desk, read
// "Case: Health and safety at Plant 2" in one and "Lee Marsh (Plant 2 GM): Health and safety at Plant 2" in the other, so the
// sponsor could not tell from the tabs that they were the same case. Both now read as the page's heading.

const NOW = new Date('2026-11-18T15:30:00Z');
const titleOf = (page: string) => /<title>([^<]*)<\/title>/.exec(page)![1]!;
const headingOf = (page: string) => /<h1>([^<]*)<\/h1>/.exec(page)![1]!;

async function bothPages(language: Language) {
  const sponsor = { ...exampleConfig.sponsors.find((s) => s.id === 'plant2-gm')!, language };
  const config = { ...exampleConfig, sponsors: exampleConfig.sponsors.map((s) => (s.id === sponsor.id ? sponsor : s)) };
  const e = raisedEscalation({
    id: 'case:7kq4',
    site: 'plant2',
    topics: ['safety'],
    sponsorId: sponsor.id,
    raisedAt: '2026-11-18T15:00:00.000Z',
    slaDueAt: '2026-11-18T19:00:00.000Z',
  });
  const fromEmail = String(await escalationPage(config, e, 'token', { now: NOW, thread: [] }));
  const fromDesk = String(await deskCasePage(config, sponsor, 'token', e, [], NOW));
  return { fromEmail, fromDesk };
}

describe("a case's tab title", () => {
  it.each(['en', 'es', 'fr'] as const)(
    'Should be the same from the email’s link and from the desk, and read as the page’s heading (%s)',
    async (language) => {
      const { fromEmail, fromDesk } = await bothPages(language);
      expect(titleOf(fromEmail)).toBe(titleOf(fromDesk));
      expect(titleOf(fromDesk)).toBe(`${headingOf(fromDesk)} \u00b7 ${exampleConfig.programName}`);
      expect(headingOf(fromEmail)).toBe(headingOf(fromDesk));
    },
  );

  it('Should name the case, never the sponsor reading it', async () => {
    const { fromDesk } = await bothPages('en');
    expect(titleOf(fromDesk)).toMatch(/^Urgent: Health and safety at Plant 2 \(case 7KQ4\) · /);
  });
});
