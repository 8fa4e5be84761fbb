import { describe, expect, it } from 'vitest';
import { caseDeskPage } from '../../../functions/intake/pages/case-desk';
import { deskCasePage } from '../../../functions/intake/pages/desk-case';
import { escalationPage } from '../../../functions/intake/pages/escalation';
import type { Config } from '../../../shared/config/schema';
import { buildDigest } from '../../../shared/digest/build-digest';
import { renderDigestHtml } from '../../../shared/digest/render-email';
import { renderDigestText } from '../../../shared/digest/render-text';
import { renderDigestPage } from '../../../shared/digest/render-web';
import { deskFilters, deskStateOf } from '../../../shared/domain/case-desk';
import { escalationEmail } from '../../../shared/email/escalation-email';
import type { Language } from '../../../shared/i18n/languages';
import { seededDigestInput } from '../../support/digest-fixtures';
import { exampleConfig } from '../../support/fixtures';
import { raisedEscalation } from '../../support/raised-escalation';

/**
 * The example config after its operator removed the `warehouse` site, read in `language`: cases and
 * weekly figures stored before still carry the id, which read as its raw id on every sponsor surface.
 */
const withoutWarehouse = (language: Language): Config => ({
  ...exampleConfig,
  defaultLanguage: language,
  digest: { ...exampleConfig.digest, language },
  sites: exampleConfig.sites.filter((s) => s.id !== 'warehouse'),
  sponsors: exampleConfig.sponsors.map((s) => ({ ...s, language })),
});

const GONE: Record<Language, string> = {
  en: 'A site no longer listed',
  es: 'Un centro que ya no figura',
  fr: 'Un établissement qui ne figure plus',
} as Record<Language, string>;

const NOW = new Date('2026-11-18T11:00:00Z');
/** The raw id, as a word: what a sponsor or leader must never read. */
const RAW_ID = /\bwarehouse\b/;

describe.each(['en', 'es', 'fr'] as Language[])('a site removed from the config, read in %s', (language) => {
  const config = withoutWarehouse(language);
  const coo = config.sponsors.find((s) => s.id === 'coo')!;
  const e = raisedEscalation({ site: 'warehouse', sponsorId: 'coo', topics: ['safety'] });

  it('Should say in the email, its reminders and a hand-over that the site is no longer listed, never its id', async () => {
    for (const occasion of ['new', 'overdue', 'still-overdue', 'handed-over'] as const) {
      const email = await escalationEmail(config, e, [coo.email], 'https://x/ack/t', 'you', occasion, undefined, NOW);
      expect(`${email.subject}\n${email.html}\n${email.text}`).not.toMatch(RAW_ID);
      expect(email.text).toContain(GONE[language]);
    }
  });

  it('Should show the case’s page (/ack), the desk’s case page and the desk list with the site in words', async () => {
    const ack = String(await escalationPage(config, e, 'token', { now: NOW }));
    expect(ack).not.toMatch(RAW_ID);
    const page = String(await deskCasePage(config, coo, 'desk-token', e, [], NOW));
    expect(page).not.toMatch(RAW_ID);
    expect(page).toContain(GONE[language]);
    const desk = String(
      caseDeskPage(
        config,
        coo,
        'desk-token',
        deskFilters(config, {}),
        [{ escalation: e, state: deskStateOf(config, e, NOW), unread: false }],
        { open: 1, closing: 0, closed: 0 },
        undefined,
        NOW,
      ),
    );
    expect(desk).not.toMatch(RAW_ID);
    expect(desk).toContain(GONE[language]);
  });

  it("Should keep every figure of the week's digest (the same rows, counts and other) and name the old site in words", () => {
    const input = seededDigestInput();
    const before = buildDigest(exampleConfig, input, undefined, language);
    const after = buildDigest(config, input, undefined, language);
    const counts = (d: typeof before) => ({
      rows: d.sites.rows.map((r) => [r.id, r.count, r.sentiment]),
      other: d.sites.other?.count,
      topics: d.topics.rows.map((r) => [r.id, r.count]),
    });
    expect(counts(after)).toEqual(counts(before));
    const row = after.sites.rows.find((r) => r.id === 'warehouse');
    if (row) expect(row.label).toBe(GONE[language]);
    for (const rendered of [renderDigestText(after), renderDigestHtml(after), renderDigestPage(after)])
      expect(rendered).not.toMatch(RAW_ID);
  });
});
