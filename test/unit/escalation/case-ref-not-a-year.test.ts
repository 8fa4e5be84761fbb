import { describe, expect, it } from 'vitest';
import { deskCasePage } from '../../../functions/intake/pages/desk-case';
import { escalationPage } from '../../../functions/intake/pages/escalation';
import type { Language } from '../../../shared/i18n/languages';
import { exampleConfig } from '../../support/fixtures';
import { raisedEscalation } from '../../support/raised-escalation';

/*
 * What a newcomer met (nc31) as a sponsor: the case's page headed "Urgent: Health and safety at Plant 2 (case 2024)",
 * between dates, read as a year. A case's label is the first symbols of its random id, and about one id in seven
 * starts with four digits ("20244078-fd64-…"): a label of digits alone now takes the id's first letter last, so it
 * never reads as a year or a count; a label with a letter stays as it was.
 */

const NOW = new Date('2026-12-05T18:30:00Z');
const headingOf = (page: string) => /<h1>([^<]*)<\/h1>/.exec(page)![1]!;
const WORD = { en: 'case', es: 'caso', fr: 'dossier' } as const;

async function headings(id: string, language: Language) {
  const sponsor = { ...exampleConfig.sponsors.find((s) => s.id === 'plant2-gm')!, language };
  const config = { ...exampleConfig, sponsors: exampleConfig.sponsors.map((s) => (s.id === sponsor.id ? sponsor : s)) };
  const e = raisedEscalation({
    id,
    site: 'plant2',
    topics: ['safety'],
    sponsorId: sponsor.id,
    raisedAt: '2026-12-05T18:00:00.000Z',
    slaDueAt: '2026-12-05T22:00:00.000Z',
  });
  const fromEmail = headingOf(String(await escalationPage(config, e, 'token', { now: NOW, thread: [] })));
  const fromDesk = headingOf(String(await deskCasePage(config, sponsor, 'token', e, [], NOW)));
  return { fromEmail, fromDesk };
}

describe("a case's label on the sponsor's pages", () => {
  it.each([
    ['case:20244078-fd64-49ea-b4e6-65cd7d983089', '202F'],
    ['case:19990512-3a7c-4e21-9b0d-2f6e8a1c4d55', '199A'],
  ] as const)('Should never be four digits alone, which read as a year (%s)', async (id, label) => {
    for (const language of ['en', 'es', 'fr'] as const) {
      const { fromEmail, fromDesk } = await headings(id, language);
      expect(fromDesk).toMatch(new RegExp(`\\(${WORD[language]} ${label}\\)$`));
      expect(fromEmail).toBe(fromDesk);
      expect(fromDesk).not.toMatch(/\(\S+ \d{4}\)$/);
    }
  });

  it('Should keep a label that already has a letter as it was', async () => {
    const { fromDesk } = await headings('case:7kq4e2aa-0000-4000-8000-000000000000', 'en');
    expect(fromDesk).toMatch(/\(case 7KQ4\)$/);
  });
});
