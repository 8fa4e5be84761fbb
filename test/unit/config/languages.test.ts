import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../shared/config/schema';
import { exampleConfig } from '../../support/fixtures';

const issuesOf = (config: unknown) => {
  const result = configSchema.safeParse(config);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('config: languages', () => {
  it('Should speak English, Spanish and French by default, falling back to English', () => {
    const { languages: _, defaultLanguage: __, ...rest } = exampleConfig;
    const config = configSchema.parse(rest);
    expect(config.languages).toEqual(['en', 'es', 'fr']);
    expect(config.defaultLanguage).toBe('en');
  });

  it('Should refuse a language with no catalogue, naming those there are', () => {
    expect(issuesOf({ ...exampleConfig, languages: ['en', 'de'] })).toEqual([
      "languages.1: Listening Post has no translation for 'de'; it speaks en, es, fr (add a catalogue in shared/i18n/catalogues to add a language)",
    ]);
    expect(issuesOf({ ...exampleConfig, defaultLanguage: 'klingon' })[0]).toMatch(
      /^defaultLanguage: Listening Post has no translation for 'klingon'/,
    );
  });

  it('Should refuse a default or site language the installation does not speak, and a language twice', () => {
    expect(issuesOf({ ...exampleConfig, languages: ['en', 'fr'], defaultLanguage: 'es' })).toEqual([
      "defaultLanguage: 'es' must also be one of languages (en, fr)",
    ]);
    const sites = exampleConfig.sites.map((s, i) => (i === 1 ? { ...s, language: 'es' } : s));
    expect(issuesOf({ ...exampleConfig, languages: ['en', 'fr'], sites })).toEqual([
      "sites.1.language: 'es' must also be one of languages (en, fr)",
    ]);
    expect(issuesOf({ ...exampleConfig, languages: ['en', 'en'] })).toEqual(["languages: duplicate language 'en'"]);
    expect(issuesOf({ ...exampleConfig, languages: [] })).toEqual(['languages: needs at least one language']);
  });

  it('Should take a site’s own language', () => {
    const sites = exampleConfig.sites.map((s, i) => (i === 1 ? { ...s, language: 'fr' } : s));
    expect(configSchema.parse({ ...exampleConfig, sites }).sites[1]!.language).toBe('fr');
  });
});
