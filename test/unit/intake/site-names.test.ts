import { describe, expect, it } from 'vitest';
import { describeEscalation } from '../../../shared/email/describe-escalation';
import { kioskSettings } from '../../../functions/intake/kiosk/kiosk-settings';
import { appWithFakes, exampleConfig } from '../../support/fixtures';
import { raisedEscalation } from '../../support/raised-escalation';

/** A site named in each language (`sites[].names`) is shown so to whoever reads it; a site without keeps its one name. */
const config = {
  ...exampleConfig,
  sites: exampleConfig.sites.map((s) => (s.id === 'plant2' ? { ...s, names: { es: 'Planta 2', fr: 'Usine 2' } } : s)),
};
const plant2 = exampleConfig.sites.find((s) => s.id === 'plant2')!;

describe("a site's name in each language", () => {
  it("Should list the site on the Spanish form by its Spanish name, and keep another site's only name", async () => {
    const { app } = appWithFakes({ config });
    const page = await (await app.request('/?lang=es', { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('>Planta 2</option>');
    expect(page).not.toContain(`>${plant2.name}</option>`);
    const other = exampleConfig.sites.find((s) => s.id !== 'plant2')!;
    expect(page).toContain(`>${other.name}</option>`);
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
