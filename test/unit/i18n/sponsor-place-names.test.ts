import { describe, expect, it } from 'vitest';
import { caseDeskPage } from '../../../functions/intake/pages/case-desk';
import { configSchema, type Config } from '../../../shared/config/schema';
import { deskFiltersSchema } from '../../../shared/domain/case-desk';
import { describeEscalation } from '../../../shared/email/describe-escalation';
import type { Language } from '../../../shared/i18n/languages';
import { exampleConfig } from '../../support/fixtures';
import { raisedEscalation } from '../../support/raised-escalation';

/**
 * Sites and topics named in a sponsor's language wherever a sponsor reads
 * them: the desk's filters as well as its cases, so "Planta 2" in a case is
 * "Planta 2" in the list that picks it.
 */
const readingIn = (language: Language): Config => ({
  ...exampleConfig,
  sponsors: exampleConfig.sponsors.map((s) => ({ ...s, language })),
});
const optionsOf = (page: string, select: string) =>
  [
    ...(page.match(new RegExp(`<select id="${select}"[^>]*>(.*?)</select>`, 's'))?.[1] ?? '').matchAll(
      /<option value="([^"]+)"[^>]*>([^<]*)<\/option>/g,
    ),
  ].map((m) => ({ id: m[1]!, label: m[2]! }));

describe.each(['es', 'fr'] as const)('the desk read in %s', (language) => {
  const config = readingIn(language);
  const sponsor = config.sponsors[0]!;

  it('Should list every site and topic in its filters by the name in the sponsor’s language', async () => {
    const page = String(
      await caseDeskPage(config, sponsor, 't', deskFiltersSchema.parse({}), [], { open: 0, closing: 0, closed: 0 }),
    );
    const sites = optionsOf(page, 'site');
    const topics = optionsOf(page, 'topic');
    expect(sites.map((o) => o.id)).toEqual(config.sites.map((s) => s.id));
    for (const { id, label } of sites) expect(label).toBe(config.sites.find((s) => s.id === id)!.names![language]);
    for (const { id, label } of topics) expect(label).toBe(config.topics.find((t) => t.id === id)!.names![language]);
  });
});

describe('a site named after "at"', () => {
  const withAt = configSchema.parse({
    ...exampleConfig,
    sites: exampleConfig.sites.map((s) =>
      s.id === 'hq' ? { ...s, at: { fr: 'au siège', es: 'en la sede central' } } : s,
    ),
  });

  it('Should use the form the config gives for the language ("au siège"), never "à Siège"', () => {
    const { title } = describeEscalation(withAt, raisedEscalation({ site: 'hq', topics: ['safety'] }), 'fr');
    expect(title).toContain('Santé et sécurité au siège');
    expect(title).not.toMatch(/à Siège/);
    const es = describeEscalation(withAt, raisedEscalation({ site: 'hq', topics: ['safety'] }), 'es');
    expect(es.title).toContain('Salud y seguridad en la sede central');
  });

  it('Should read grammatically in French when the config gives no form, whatever the name', () => {
    const noForms = { ...exampleConfig, sites: exampleConfig.sites.map(({ at: _, ...s }) => s) };
    const { title, about } = describeEscalation(noForms, raisedEscalation({ site: 'hq', topics: ['safety'] }), 'fr');
    expect(title).not.toMatch(/ à Siège/);
    expect(about).toContain('Siège');
    const siteOnly = describeEscalation(noForms, raisedEscalation({ site: 'plant2', topics: [] }), 'fr');
    expect(siteOnly.about).not.toMatch(/de Usine/);
  });

  it('Should keep "at Plant 2" for English readers', () => {
    const { about } = describeEscalation(withAt, raisedEscalation({ site: 'plant2', topics: ['safety'] }), 'en');
    expect(about).toBe('Health and safety at Plant 2');
  });
});

describe('quoted text in its own language', () => {
  it('Should mark a Spanish report on a French reader’s /ack page with lang="es"', async () => {
    const { escalationPage } = await import('../../../functions/intake/pages/escalation');
    const e = raisedEscalation({ redactedText: 'La salida de emergencia está bloqueada otra vez.', language: 'es' });
    const page = String(await escalationPage(readingIn('fr'), e, 'token', { now: new Date('2026-11-18T11:00:00Z') }));
    expect(page).toMatch(/<blockquote class="verbatim" dir="auto" lang="es">La salida/);
  });
});
