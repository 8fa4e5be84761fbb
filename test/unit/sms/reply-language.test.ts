import { describe, expect, it } from 'vitest';
import type { Config } from '../../../shared/config/schema';
import { replyLanguage } from '../../../shared/domain/sms-language';
import { readSmsIntent } from '../../../shared/domain/sms-message';
import { exampleConfig } from '../../support/fixtures';

// The language a text is answered in, as the SMS route reads it: the text parsed once (`readSmsIntent`),
// then `replyLanguage` on what it says.
const replyIn = (config: Config, body: string, to: string | undefined) =>
  replyLanguage(config, readSmsIntent(body, config, to), body, to);

const HQ_NUMBER = '+15550100001';

describe('the language of the reply to an SMS answer', () => {
  const lang = (body: string) => replyIn(exampleConfig, body, HQ_NUMBER);

  it('Should follow the keyword when the answer’s letters alone suggest another language', async () => {
    expect(await lang(`REPLY 7KQ4M-XW9TR ${'é'.repeat(1700)}`)).toBe('en');
    expect(await lang(`RESPONDER 7KQ4M-XW9TR ${'ç'.repeat(40)}`)).toBe('es');
  });

  it('Should follow the answer’s words when they show their language', async () => {
    expect(await lang('REPLY 7KQ4M-XW9TR la porte est toujours bloquée')).toBe('fr');
    expect(await lang('7KQ4M-XW9TR la salida sigue bloqueada con las cajas')).toBe('es');
    expect(await lang('REPLY 7KQ4M-XW9TR the east door by bay 3')).toBe('en');
  });
});

/**
 * A short text ("hola", "merci") is answered in its own language, by its
 * strong cues (ñ, ¿, ¡, greetings, everyday words), even at a site with no
 * language of its own: never in English because the guess had too little.
 */
describe('the reply language of a short text', () => {
  const noSiteLanguages: Config = { ...exampleConfig, sites: exampleConfig.sites.map(({ language: _, ...s }) => s) };
  const TO = exampleConfig.sites.find((s) => s.id === 'plant2')!.smsNumbers[0]!;

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
    expect(await replyIn(noSiteLanguages, text, TO)).toBe(language);
  });

  // What someone texts in a hurry is often one or two words: the answer, with the emergency number, must come in
  // their language, not the site's, when those words are clearly one language's.
  it.each([
    ['hay fuego', 'es'],
    ['fuego', 'es'],
    ['fuga de gas', 'es'],
    ['me acosan', 'es'],
    ['ayúdenme', 'es'],
    ['está roto', 'es'],
    ['accidente', 'es'],
    ['au secours', 'fr'],
    ['incendie', 'fr'],
    ['fuite de gaz', 'fr'],
    ['aidez-moi', 'fr'],
    ['harcèlement', 'fr'],
    ['blessé', 'fr'],
    ['fire', 'en'],
    ['gas leak', 'en'],
  ])('Should answer the short urgent text "%s" in %s', async (text, language) => {
    expect(await replyIn(noSiteLanguages, text, TO)).toBe(language);
  });

  it('Should answer a language with no catalogue ("pomocy", Polish) in the site’s language', async () => {
    expect(await replyIn(noSiteLanguages, 'pomocy', TO)).toBe(exampleConfig.defaultLanguage);
  });

  it('Should fall back to the site’s default when nothing marks a language', async () => {
    expect(await replyIn(noSiteLanguages, 'ok 👍', TO)).toBe(exampleConfig.defaultLanguage);
  });
});
