import { describe, expect, it } from 'vitest';
import { describeEscalation } from '../../../shared/email/describe-escalation';
import { kioskSettings } from '../../../functions/intake/kiosk/kiosk-settings';
import { appWithFakes, exampleConfig } from '../../support/fixtures';
import { raisedEscalation } from '../../support/raised-escalation';

/**
 * A site named in each language (`sites[].names`, as the example config names
 * every site in Spanish and French) is shown so to whoever reads it; a site
 * without keeps its one name.
 */
const config = exampleConfig;
const plant2 = exampleConfig.sites.find((s) => s.id === 'plant2')!;

describe("a site's name in each language", () => {
  it('Should list every site on the Spanish form by its Spanish name, never its English one', async () => {
    const { app } = appWithFakes({ config });
    const page = await (await app.request('/?lang=es', { headers: { accept: 'text/html' } })).text();
    for (const site of exampleConfig.sites) {
      expect(site.names?.es).toBeDefined();
      expect(page).toContain(`>${site.names!.es}</option>`);
      expect(page).not.toContain(`>${site.name}</option>`);
    }
  });

  it('Should keep the one name of a site the config names in no other language', async () => {
    const unnamed = { ...exampleConfig, sites: exampleConfig.sites.map(({ names: _, ...s }) => s) };
    const { app } = appWithFakes({ config: unnamed });
    const page = await (await app.request('/?lang=fr', { headers: { accept: 'text/html' } })).text();
    for (const site of exampleConfig.sites) expect(page).toContain(`>${site.name}</option>`);
  });

  it("Should give the kiosk the site's name in its own language and in each one it can switch to", () => {
    const settings = kioskSettings(config, { kioskId: 'k1', site: 'plant2', language: 'fr' });
    expect(settings.siteName).toBe('Usine 2');
    expect(settings.siteNames).toMatchObject({ es: 'Planta 2', fr: 'Usine 2', en: plant2.name });
  });

  it("Should name the site in a Spanish-reading sponsor's email by its Spanish name", () => {
    const described = describeEscalation(config, raisedEscalation({ site: 'plant2' }), 'es');
    expect(JSON.stringify(described)).toContain('Planta 2');
    expect(JSON.stringify(described)).not.toContain(plant2.name);
  });
});
