import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/languages';
import { copiedCatalogue } from '../../support/added-language';
import { copiedKeys } from '../../support/copied-messages';

const pairs = Object.values(CATALOGUES).flatMap((catalogue) =>
  Object.values(CATALOGUES)
    .filter((other) => other !== catalogue)
    .map((other) => [catalogue.language, other.language, catalogue, other] as const),
);

describe('catalogues translated rather than copied', () => {
  it.each(pairs)('Should find no %s message left as the %s one', (language, other, catalogue, from) => {
    expect(copiedKeys(catalogue, from), `${language} messages still in ${other}`).toEqual([]);
  });

  it('Should name every message a copied catalogue left untranslated, and only those', () => {
    const translated = new Set(['sms.throttled', 'web.error.back', 'sponsor.label.site']);
    const portuguese = copiedCatalogue(CATALOGUES.fr, {
      language: 'pt',
      name: 'Português',
      keywords: { help: ['AJUDA'], status: ['ESTADO'], urgent: ['URGENTE'], reply: ['RESPONDER'] },
      translate: (text, key) => (translated.has(key) ? `Texto traduzido para ${key}` : text),
    });
    const left = copiedKeys(portuguese, CATALOGUES.fr);
    expect(left).toContain('sms.help.full');
    expect(left).toContain('sponsor.label.why');
    expect(left).toContain('digest.kicker');
    for (const key of translated) expect(left).not.toContain(key);
    // Every other message with words of its own: all but the three translated and those with a word or none.
    expect(left.length).toBeGreaterThan(300);
  });
});
