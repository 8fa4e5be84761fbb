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
import type { EscalationStore } from '../../../shared/ports/escalation-store';
import { signLink } from '../../../shared/domain/signed-link';
import { appWithFakes, exampleConfig, fixedClock } from '../../support/fixtures';
import { raisedEscalation } from '../../support/raised-escalation';

/**
 * The example config after its operator removed the `safety` topic, its
 * sponsors in `language`: cases and weekly figures stored before still
 * carry the id.
 */
const withoutSafety = (language: Language): Config => ({
  ...exampleConfig,
  defaultLanguage: language,
  digest: { ...exampleConfig.digest, language },
  topics: exampleConfig.topics.filter((t) => t.id !== 'safety'),
  sponsors: exampleConfig.sponsors.map((s) => ({ ...s, language, topics: s.topics.filter((t) => t !== 'safety') })),
});

const GONE: Record<Language, string> = {
  en: 'A topic no longer offered',
  es: 'Un tema que ya no se ofrece',
  fr: 'Un thème qui n’est plus proposé',
} as Record<Language, string>;

const NOW = new Date('2026-11-18T11:00:00Z');
/** The raw id, as a word: what a sponsor or leader must never read. */
const RAW_ID = /\bsafety\b/;

describe.each(['en', 'es', 'fr'] as Language[])('a topic removed from the config, read in %s', (language) => {
  const config = withoutSafety(language);
  const sponsor = config.sponsors.find((s) => s.id === 'plant2-gm')!;
  const e = raisedEscalation({ site: 'plant2', sponsorId: 'plant2-gm', topics: ['safety'] });
  const both = { ...e, topics: ['safety', 'workload'] };

  it('Should tell the sponsor, in the email, its reminders and a hand-over or climb, that a topic since removed was chosen, never its id', async () => {
    for (const occasion of ['new', 'overdue', 'still-overdue', 'handed-over'] as const) {
      const email = await escalationEmail(
        config,
        e,
        [sponsor.email],
        'https://x/ack/t',
        'you',
        occasion,
        undefined,
        NOW,
      );
      expect(`${email.subject}\n${email.html}\n${email.text}`).not.toMatch(RAW_ID);
      expect(email.text).toContain(GONE[language]);
    }
  });

  it("Should show the case's own page (/ack) without the id, and the desk's case page with the topic in words", async () => {
    const workload = config.topics.find((t) => t.id === 'workload')!;
    const ack = String(await escalationPage(config, both, 'token', { now: NOW }));
    expect(ack).not.toMatch(RAW_ID);
    expect(ack).toContain(workload.names?.[language] ?? workload.name);
    const desk = String(await deskCasePage(config, sponsor, 'desk-token', both, [], NOW));
    expect(desk).not.toMatch(RAW_ID);
    expect(desk.toLocaleLowerCase(language)).toContain(GONE[language].toLocaleLowerCase(language));
    expect(String(await deskCasePage(config, sponsor, 'desk-token', e, [], NOW))).toContain(GONE[language]);
  });

  it('Should open the case from the link in its email (GET /ack) with no error and without the id', async () => {
    const key = 'k'.repeat(64);
    const store = { get: async (id: string) => (id === both.id ? structuredClone(both) : undefined) };
    const { app } = appWithFakes({
      config,
      clock: fixedClock(NOW.toISOString()),
      escalations: { store: store as unknown as EscalationStore, linkSigningKey: key },
    });
    const token = signLink({ subject: both.id, expiresAt: Date.parse('2027-12-01T00:00:00Z') / 1000 }, key);
    const res = await app.request(`/ack/${token}`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).not.toMatch(RAW_ID);
  });

  it('Should list the case on the desk, filtered by any topic or by the old id, without it', () => {
    for (const query of [{}, { topic: 'safety' }] as Record<string, string>[]) {
      const filters = deskFilters(config, query);
      const page = String(
        caseDeskPage(
          config,
          sponsor,
          'desk-token',
          filters,
          [{ escalation: e, state: deskStateOf(config, e, NOW), unread: false }],
          { open: 1, closing: 0, closed: 0 },
          undefined,
          NOW,
        ),
      );
      expect(page).not.toMatch(RAW_ID);
      expect(page).toContain(GONE[language]);
    }
  });

  it("Should keep every figure of the week's digest (the same rows, counts and other) and name the old topic in words", () => {
    const input = seededDigestInput();
    const before = buildDigest(exampleConfig, input, undefined, language);
    const after = buildDigest(config, input, undefined, language);
    const counts = (d: typeof before) => ({
      rows: d.topics.rows.map((r) => [r.id, r.count, r.sentiment]),
      other: d.topics.other?.count,
    });
    expect(counts(after)).toEqual(counts(before));
    expect(after.topics.rows.find((r) => r.id === 'safety')?.label).toBe(GONE[language]);
    for (const rendered of [renderDigestText(after), renderDigestHtml(after), renderDigestPage(after)])
      expect(rendered).not.toMatch(RAW_ID);
    const plant2 = buildDigest(config, input, sponsor);
    for (const rendered of [renderDigestText(plant2), renderDigestHtml(plant2), renderDigestPage(plant2)])
      expect(rendered).not.toMatch(RAW_ID);
  });
});
