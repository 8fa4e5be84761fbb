import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/i18n/languages';
import { escalationEmail } from '../../../shared/email/escalation-email';
import { exampleConfig } from '../../support/fixtures';
import { raisedEscalation } from '../../support/raised-escalation';

// Newcomer's walk (round 27): the email said to hand over or close the case "from its page on your case desk (the
// second link)", but the second link opens the list of all one's cases, not the case's page; the way to the case's
// page is on the first link's page ("Hand over or close this case"). The email now says which link leads where.

const e = raisedEscalation({ id: 'case:7kq4', site: 'plant2', topics: ['safety'], sponsorId: 'plant2-gm' });

async function emailIn(language: Language) {
  const config = {
    ...exampleConfig,
    sponsors: exampleConfig.sponsors.map((s) => (s.id === 'plant2-gm' ? { ...s, language } : s)),
  };
  return escalationEmail(
    config,
    e,
    ['plant2-gm@example.com'],
    'https://x/ack/t',
    'Lee Marsh',
    'new',
    'https://x/desk/d',
  );
}

describe("the escalation email's words about its links", () => {
  it.each([
    ['en', /reach it from the first link’s page, or find it among your cases with the second link\./],
    ['es', /ábrala desde la página del primer enlace, o búsquela entre sus casos con el segundo enlace\./],
    ['fr', /ouvrez-la depuis la page du premier lien, ou retrouvez-la parmi vos dossiers avec le second lien\./],
  ] as const)(
    'Should say the second link lists the case among the others, not that it is the case’s page (%s)',
    async (language, words) => {
      const { text, html } = await emailIn(language);
      expect(text).toMatch(words);
      expect(html).toMatch(words);
      expect(text).not.toMatch(/\((the second link|el segundo enlace|le second lien)\)/);
    },
  );
});
