import { describe, expect, it } from 'vitest';
import type { Config } from '../../../shared/config/schema';
import { configSchema } from '../../../shared/config/schema';
import { en } from '../../../shared/i18n/catalogues';
import { enrolKiosk } from '../../../shared/use-cases/enrol-kiosk';
import { appWithFakes, exampleConfig, fixedClock, json } from '../../support/fixtures';
import { InMemoryKioskRegistry } from '../../support/in-memory-kiosk-registry';

function kioskApp(config: Config = exampleConfig) {
  const kiosks = new InMemoryKioskRegistry();
  const clock = fixedClock('2026-11-18T15:30:10Z');
  const fakes = appWithFakes({ clock, config, kiosk: { kiosks } });
  const enrol = async (site: string, language?: string) =>
    (await enrolKiosk({ kiosks, config, clock }, { site, name: 'Break room', language })).token;
  const settings = async (token: string) =>
    (await fakes.app.request('/kiosk/config', { headers: { authorization: `Bearer ${token}` } })).json();
  return { ...fakes, kiosks, enrol, settings };
}

const withConfig = (changes: Record<string, unknown>): Config =>
  configSchema.parse({ ...structuredClone(exampleConfig), ...changes });

describe('the kiosk in each language', () => {
  it('Should tell a kiosk enrolled in French to start in French, with the question and topics in every language', async () => {
    const { enrol, settings } = kioskApp();
    const body = await settings(await enrol('plant2', 'fr'));
    expect(body.language).toBe('fr');
    expect(body.question).toBe('Comment s’est passé votre service aujourd’hui ?');
    expect(body.questions).toEqual({
      en: 'How was your shift today?',
      es: '¿Qué tal su turno hoy?',
      fr: 'Comment s’est passé votre service aujourd’hui ?',
    });
    const pay = body.topics.find((t: { id: string }) => t.id === 'pay');
    expect(pay).toEqual({
      id: 'pay',
      name: 'Salaire et avantages',
      names: { en: 'Pay and benefits', es: 'Salario y prestaciones', fr: 'Salaire et avantages' },
    });
  });

  it("Should start a kiosk enrolled without a language in its site's, else the installation's default", async () => {
    const config = withConfig({
      defaultLanguage: 'es',
      sites: exampleConfig.sites.map((s) => (s.id === 'hq' ? { ...s, language: 'fr' } : s)),
    });
    const { enrol, settings } = kioskApp(config);
    expect((await settings(await enrol('hq'))).language).toBe('fr');
    const warehouse = await settings(await enrol('warehouse'));
    expect(warehouse.language).toBe('es');
    // No question of its own: the catalogue's, in each language.
    expect(warehouse.question).toBe('¿Cómo va el trabajo hoy?');
    expect(warehouse.questions.en).toBe('How are things at work today?');
  });

  it('Should start a kiosk whose language was since removed from the config in the default language', async () => {
    const kiosks = new InMemoryKioskRegistry();
    const clock = fixedClock();
    const { token } = await enrolKiosk(
      { kiosks, config: exampleConfig, clock },
      { site: 'hq', name: 'x', language: 'fr' },
    );
    const { app } = appWithFakes({ clock, config: withConfig({ languages: ['en', 'es'] }), kiosk: { kiosks } });
    const body = await (await app.request('/kiosk/config', { headers: { authorization: `Bearer ${token}` } })).json();
    expect(body.language).toBe('en');
    expect(Object.keys(body.questions)).toEqual(['en', 'es']);
  });

  it('Should queue no language on screen beside the report, and refuse a malformed one', async () => {
    const { app, enrol, queue } = kioskApp();
    const token = await enrol('plant2', 'fr');
    const post = (body: unknown) => app.request('/kiosk/feedback', json(body, { authorization: `Bearer ${token}` }));
    expect((await post({ rating: 1, key: 'key-fr-00000001', text: 'nul', language: 'fr' })).status).toBe(201);
    expect((await post({ rating: 1, key: 'key-de-00000001', text: 'nul', language: 'de' })).status).toBe(201);
    expect((await post({ rating: 1, key: 'key-xx-00000001', text: 'nul', language: 'French!' })).status).toBe(400);
    expect(queue.messages.map((m) => m.languageHint)).toEqual([undefined, undefined]);
  });

  it("Should render the page in the installation's default language, with a switch naming each language in itself", async () => {
    const { app } = kioskApp(withConfig({ defaultLanguage: 'fr' }));
    const page = await (await app.request('/kiosk')).text();
    expect(page).toMatch(/<html lang="fr" dir="ltr">/);
    expect(page).toContain('Préparation…');
    for (const [code, name] of [
      ['en', 'English'],
      ['es', 'Español'],
      ['fr', 'Français'],
    ])
      expect(page).toContain(`data-language="${code}" lang="${code}" aria-pressed="${code === 'fr'}">${name}</button>`);
    const block = /<script type="application\/json" id="kiosk-messages">([^<]*)<\/script>/.exec(page)![1]!;
    const data = JSON.parse(block);
    expect(Object.keys(data.messages)).toEqual(['en', 'es', 'fr']);
    // Only the kiosk's own messages (the redaction placeholders and the emergency line too) travel to the tablet, each language complete.
    const kioskKeys = [
      ...Object.keys(en.messages).filter((k) => k.startsWith('kiosk.')),
      'web.redacted',
      'emergency.callNumber',
      'emergency.callLocal',
    ];
    for (const code of ['en', 'es', 'fr']) expect(Object.keys(data.messages[code]).sort()).toEqual(kioskKeys.sort());
  });

  it('Should render every screen of a French installation in French, the ones shown before the tablet is set up included', async () => {
    const { app } = kioskApp(withConfig({ defaultLanguage: 'fr' }));
    const page = (await (await app.request('/kiosk')).text())
      .replace(/<script[^>]*>[^<]*<\/script>/g, '')
      // The no-script notice speaks every configured language, each marked as such: only the French one is French.
      .replace(/<p class="site" lang="(?!fr")[^"]*"[^>]*>[^<]*<\/p>/g, '');
    // Each English text as it would stand in the page: an element's text, or an attribute (the switch's label).
    for (const [key, english] of Object.entries(en.messages)) {
      if (!key.startsWith('kiosk.') || /[{}]/.test(english)) continue;
      expect(page, key).not.toContain(`>${english}<`);
      expect(page, key).not.toContain(`"${english}"`);
    }
    expect(page).toContain('Cette tablette n’est pas encore configurée');
    expect(page).toContain('Cette borne a besoin de JavaScript.');
  });

  it('Should tell a tablet without JavaScript, in every configured language and marked as such, how to give feedback', async () => {
    const { app } = kioskApp(withConfig({ defaultLanguage: 'es' }));
    const page = await (await app.request('/kiosk')).text();
    const notice = /<noscript>([\s\S]*?)<\/noscript>/.exec(page)![1]!;
    const blocks = [...notice.matchAll(/<p [^>]*lang="([^"]+)" dir="(ltr|rtl)">([^<]+)<\/p>/g)];
    expect(blocks.map((b) => b[1])).toEqual(['es', 'en', 'fr']);
    expect(blocks.find((b) => b[1] === 'es')![3]).toContain('Este quiosco necesita JavaScript.');
    expect(blocks.find((b) => b[1] === 'fr')![3]).toContain('Cette borne a besoin de JavaScript.');
    expect(blocks.find((b) => b[1] === 'en')![3]).toContain('This kiosk needs JavaScript.');
    // Nothing outside a marked block: no sentence read aloud in the wrong language.
    expect(notice.replace(/<p [^>]*>[^<]*<\/p>/g, '').trim()).toBe('');
  });

  it('Should show no language switch where only one language is configured', async () => {
    const { app } = kioskApp(withConfig({ languages: ['es'], defaultLanguage: 'es' }));
    const page = await (await app.request('/kiosk')).text();
    expect(page).toMatch(/<html lang="es"/);
    expect(page).not.toContain('class="language"');
  });
});
