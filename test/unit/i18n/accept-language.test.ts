import { describe, expect, it } from 'vitest';
import { negotiateLanguage, parseAcceptLanguage } from '../../../shared/i18n/accept-language';
import { textDirection } from '../../../shared/i18n/direction';
import { CATALOGUES } from '../../../shared/i18n/languages';

const ALL = ['en', 'es', 'fr'];

describe('choosing a page language', () => {
  it('Should read q-values, most wanted first, keeping the browser’s order for equal weights', () => {
    expect(parseAcceptLanguage('fr-CA;q=0.8, es-MX, en;q=0.5, de')).toEqual([
      { tag: 'es-mx', q: 1 },
      { tag: 'de', q: 1 },
      { tag: 'fr-ca', q: 0.8 },
      { tag: 'en', q: 0.5 },
    ]);
  });

  it('Should skip what is malformed instead of failing', () => {
    expect(parseAcceptLanguage('??, es;q=abc, fr;q=0.3,,')).toEqual([
      { tag: 'es', q: 1 },
      { tag: 'fr', q: 0.3 },
    ]);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
  });

  it.each([
    ['es-MX,es;q=0.9,en;q=0.8', 'es'],
    ['fr-CA', 'fr'],
    ['de-DE,de;q=0.9,fr;q=0.5', 'fr'],
    ['de-DE', 'en'],
    ['es;q=0, fr;q=0.2', 'fr'],
    ['*', 'en'],
    ['', 'en'],
  ])('Should answer Accept-Language %j in %s', (header, language) => {
    expect(negotiateLanguage(ALL, { acceptLanguage: header }, 'en')).toBe(language);
  });

  it('Should take ?lang= over the browser, but only for a language the installation speaks', () => {
    expect(negotiateLanguage(ALL, { requested: 'fr', acceptLanguage: 'es' }, 'en')).toBe('fr');
    expect(negotiateLanguage(ALL, { requested: 'FR', acceptLanguage: 'es' }, 'en')).toBe('fr');
    expect(negotiateLanguage(ALL, { requested: 'de', acceptLanguage: 'es' }, 'en')).toBe('es');
    expect(negotiateLanguage(['en', 'es'], { requested: 'fr', acceptLanguage: 'fr-FR' }, 'es')).toBe('es');
  });

  it('Should lay out right-to-left languages right to left, whatever their region', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('he-IL')).toBe('rtl');
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('ur')).toBe('rtl');
    for (const language of ALL) expect(textDirection(language)).toBe('ltr');
  });

  it('Should agree with each catalogue on its writing direction', () => {
    for (const [code, catalogue] of Object.entries(CATALOGUES))
      expect(textDirection(code), code).toBe(catalogue.direction);
  });
});
