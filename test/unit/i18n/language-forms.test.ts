import { describe, expect, it } from 'vitest';
import { enrolKiosk } from '../../../shared/use-cases/enrol-kiosk';
import { appWithFakes, exampleConfig, fixedClock } from '../../support/fixtures';
import { InMemoryKioskRegistry } from '../../support/in-memory-kiosk-registry';

/**
 * A language asked for as people write it, with a region, in capitals or
 * with an underscore, is the configured language it names: on every page's
 * `?lang=` and at kiosk enrolment.
 */
const FORMS: [string, string][] = [
  ['es-MX', 'es'],
  ['es_ES', 'es'],
  ['ES', 'es'],
  [' es-419 ', 'es'],
  ['fr-CA', 'fr'],
  ['FR_fr', 'fr'],
  ['Fr', 'fr'],
];

describe('?lang= in its regional and upper-case forms', () => {
  it.each(FORMS)('Should show the form in the right language for ?lang=%s', async (asked, language) => {
    const { app } = appWithFakes();
    const res = await app.request(`/?lang=${encodeURIComponent(asked)}`, {
      headers: { accept: 'text/html', 'accept-language': 'en' },
    });
    const page = await res.text();
    expect(page).toContain(`<html lang="${language}"`);
    // The choice travels on: the form posts with the language it was shown in.
    expect(page).toContain(`lang=${language}`);
  });

  it('Should keep the browser’s language for a language the installation does not speak', async () => {
    const { app } = appWithFakes();
    const page = await (
      await app.request('/?lang=de-DE', { headers: { accept: 'text/html', 'accept-language': 'fr' } })
    ).text();
    expect(page).toContain('<html lang="fr"');
  });
});

describe('a kiosk enrolled with a regional language', () => {
  it.each(FORMS)('Should enrol --language %s as %s', async (asked, language) => {
    const deps = { kiosks: new InMemoryKioskRegistry(), config: exampleConfig, clock: fixedClock() };
    const { kiosk } = await enrolKiosk(deps, { site: 'plant2', name: 'Break room', language: asked });
    expect(kiosk.language).toBe(language);
  });

  it('Should refuse a language the installation does not speak', async () => {
    const deps = { kiosks: new InMemoryKioskRegistry(), config: exampleConfig, clock: fixedClock() };
    await expect(enrolKiosk(deps, { site: 'plant2', name: 'Break room', language: 'de-AT' })).rejects.toThrow(
      /not one/,
    );
  });
});
