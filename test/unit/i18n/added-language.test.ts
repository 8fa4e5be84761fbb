import { describe, expect, it, vi } from 'vitest';
import { configSchema } from '../../../shared/config/schema';
import { CATALOGUES, isLanguage, type Language, LANGUAGES } from '../../../shared/i18n/languages';
import { sponsorText } from '../../../shared/i18n/sponsor';
import { digestTranslator } from '../../../shared/i18n/digest';
import { copiedKeys } from '../../support/copied-messages';
import { appWithFakes, exampleConfig } from '../../support/fixtures';

/**
 * The README's way to add a language, done by a test: one catalogue (French
 * copied, two texts translated) and one export line in the registry.
 */
vi.mock('../../../shared/i18n/catalogues', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../shared/i18n/catalogues')>();
  const { copiedCatalogue, PORTUGUESE_KEYWORDS } = await import('../../support/added-language');
  const translated: Record<string, string> = {
    'web.error.back': 'Voltar ao formulário de opinião',
    'sponsor.label.site': 'Local',
  };
  const pt = copiedCatalogue(real.fr, {
    language: 'pt',
    name: 'Português',
    keywords: PORTUGUESE_KEYWORDS,
    translate: (text, key) => translated[key] ?? text,
  });
  return { ...real, pt };
});

// `pt` exists only at run time here: typed as a language, as it would be once registered.
const pt = 'pt' as Language;

describe('a language added by its catalogue and one registry line', () => {
  it('Should be a language the config accepts, with nothing else to change', () => {
    expect(LANGUAGES).toContain('pt');
    expect(isLanguage('pt')).toBe(true);
    const config = configSchema.parse({ ...exampleConfig, languages: ['en', 'pt'], defaultLanguage: 'pt' });
    expect(config.defaultLanguage).toBe('pt');
  });

  it('Should give employees, sponsors and the digest its texts', async () => {
    const config = configSchema.parse({ ...exampleConfig, languages: ['en', 'es', 'fr', 'pt'] });
    const { app } = appWithFakes({ config });
    const page = await (await app.request('/?lang=pt', { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('<html lang="pt" dir="ltr">');
    expect(page).toContain('Português');
    expect(sponsorText(pt, 'sponsor.label.site')).toBe('Local');
    expect(digestTranslator('pt').language).toBe('pt');
  });

  it('Should be caught left as the language it was copied from, its keys named', () => {
    const left = copiedKeys(CATALOGUES[pt], CATALOGUES.fr);
    expect(left).toContain('web.lookup.noSuchCase');
    expect(left).not.toContain('web.error.back');
    expect(left).not.toContain('sponsor.label.site');
  });
});
