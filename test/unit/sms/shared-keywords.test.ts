import { describe, expect, it, vi } from 'vitest';
import { exampleConfig } from '../../support/fixtures';
import { codeIn, HQ_NUMBER, PLANT2_NUMBER, smsTestApp } from '../../support/sms';

/** The emergency line that follows every refusal of a report, in English, French or Spanish. */
const DANGER = expect.stringMatching(/danger|peligro/);

/**
 * Portuguese registered as the README adds a language, and listed before
 * Spanish: its keywords ESTADO and URGENTE are Spanish's too. Its texts are
 * the Spanish ones marked "PT ", so a reply in it is told apart.
 */
vi.mock('../../../shared/i18n/catalogues', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../shared/i18n/catalogues')>();
  const { copiedCatalogue, PORTUGUESE_KEYWORDS } = await import('../../support/added-language');
  const pt = copiedCatalogue(real.es, {
    language: 'pt',
    name: 'Português',
    keywords: PORTUGUESE_KEYWORDS,
    translate: (text) => `PT ${text}`,
  });
  return { en: real.en, pt, es: real.es, fr: real.fr };
});

/** A phone against the intake; `config` overrides the example's. */
const phone = (config: Record<string, unknown> = {}) => smsTestApp(config);

const WITH_PORTUGUESE = { languages: ['en', 'es', 'fr', 'pt'] };
const sitesIn = (plant2: string) =>
  exampleConfig.sites.map((s) => (s.id === 'plant2' ? { ...s, language: plant2 } : { ...s, language: undefined }));

describe('a keyword that a newly added language shares with another', () => {
  it('Should answer ESTADO and URGENTE in Spanish while the installation does not speak Portuguese', async () => {
    const { text } = phone();
    const code = codeIn(
      (await text('El comedor cierra demasiado temprano y el turno de noche no tiene donde comer'))[0],
    );
    expect(await text(`ESTADO ${code}`)).toEqual([`Caso ${code}: recibido; se leerá en breve.`]);
    expect(await text('URGENTE')).toEqual([expect.stringMatching(/^Para marcar algo como urgente/), DANGER]);
    expect((await text('URGENTE la salida de emergencia está bloqueada'))[0]).toMatch(/^Gracias\. El caso/);
  });

  it('Should answer a shared keyword in the site’s language once both languages are spoken, whichever is listed first', async () => {
    const { text } = phone({ ...WITH_PORTUGUESE, sites: sitesIn('es') });
    const code = codeIn((await text('lockers 4', { To: HQ_NUMBER }))[0]);
    // At a Spanish site, Spanish; at a site that speaks neither, the site's language, not Portuguese for coming first.
    expect(await text(`ESTADO ${code}`, { To: PLANT2_NUMBER })).toEqual([`Caso ${code}: recibido; se leerá en breve.`]);
    expect(await text(`ESTADO ${code}`, { To: HQ_NUMBER })).toEqual([
      `Case ${code}: received; it will be read shortly.`,
    ]);
    expect(await text('URGENTE', { To: PLANT2_NUMBER })).toEqual([
      expect.stringMatching(/^Para marcar algo como urgente/),
      DANGER,
    ]);
    expect(await text('URGENTE', { To: HQ_NUMBER })).toEqual([
      expect.stringMatching(/^To mark feedback urgent/),
      DANGER,
    ]);
  });

  it('Should answer in the language the words are written in, whatever keyword starts them', async () => {
    const { text } = phone({ ...WITH_PORTUGUESE, sites: sitesIn('pt') });
    expect((await text('URGENTE la salida de emergencia está bloqueada', { To: PLANT2_NUMBER }))[0]).toMatch(
      /^Gracias\. El caso .+ urgente/,
    );
  });

  it('Should answer a keyword only Portuguese has, and a shared one at a Portuguese site, in Portuguese', async () => {
    const { text } = phone({ ...WITH_PORTUGUESE, sites: sitesIn('pt') });
    const code = codeIn((await text('lockers 4', { To: HQ_NUMBER }))[0]);
    expect(await text('AJUDA', { To: HQ_NUMBER })).toEqual([
      expect.stringMatching(/^PT /),
      expect.stringMatching(/^PT /),
    ]);
    expect(await text(`ESTADO ${code}`, { To: PLANT2_NUMBER })).toEqual([
      `PT Caso ${code}: recibido; se leerá en breve.`,
    ]);
  });
});
