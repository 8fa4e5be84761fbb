import { describe, expect, it } from 'vitest';
import type { Config } from '../../../shared/config/schema';
import { smsReplyLanguage } from '../../../shared/domain/sms-language';
import { exampleConfig } from '../../support/fixtures';

/**
 * A short text ("hola", "merci") is answered in its own language, by its
 * strong cues (ñ, ¿, ¡, greetings, everyday words), even at a site with no
 * language of its own: never in English because the guess had too little.
 */
const noSiteLanguages: Config = { ...exampleConfig, sites: exampleConfig.sites.map(({ language: _, ...s }) => s) };
const TO = exampleConfig.sites.find((s) => s.id === 'plant2')!.smsNumbers[0]!;

describe('the reply language of a short text', () => {
  it.each([
    ['hola', 'es'],
    ['baños sucios', 'es'],
    ['¡otra vez!', 'es'],
    ['gracias', 'es'],
    ['salut', 'fr'],
    ['merci', 'fr'],
    ['toilettes sales', 'fr'],
    ['bonjour', 'fr'],
    ['hello', 'en'],
  ])('Should answer "%s" in %s', async (text, language) => {
    expect(await smsReplyLanguage(noSiteLanguages, text, TO)).toBe(language);
  });

  it('Should fall back to the site’s default when nothing marks a language', async () => {
    expect(await smsReplyLanguage(noSiteLanguages, 'ok 👍', TO)).toBe(exampleConfig.defaultLanguage);
  });
});
