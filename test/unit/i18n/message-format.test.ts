import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage, MessageSyntaxError, parameterNames } from '../../../shared/i18n/message-format';
import { chooseLanguage, formatDate, formatNumber, translate } from '../../../shared/i18n/translate';

const CASES = '{n, plural, =0 {no open cases} one {# open case} other {# open cases}}';

describe('message templates', () => {
  it('Should fill named parameters in, numbers written the language’s way', () => {
    expect(formatMessage('en', 'Case {code} of {n}', { code: 'X', n: 1600 })).toBe('Case X of 1,600');
    expect(formatMessage('es', '{n, number} casos', { n: 16000 })).toBe('16.000 casos');
    expect(formatMessage('fr', '{n, number} cas', { n: 1600 })).toBe('1\u202f600 cas');
  });

  it('Should choose plural forms by each language’s rules, exact values first', () => {
    expect([0, 1, 2, 1600].map((n) => formatMessage('en', CASES, { n }))).toEqual([
      'no open cases',
      '1 open case',
      '2 open cases',
      '1,600 open cases',
    ]);
    // French puts 0 and 1 in "one"; English puts 0 in "other".
    const fr = '{n, plural, one {# cas ouvert} other {# cas ouverts}}';
    expect([0, 1, 2].map((n) => formatMessage('fr', fr, { n }))).toEqual([
      '0 cas ouvert',
      '1 cas ouvert',
      '2 cas ouverts',
    ]);
    expect(formatMessage('en', '{n, plural, one {# case} other {# cases}}', { n: 0 })).toBe('0 cases');
  });

  it('Should choose a select branch by value, else "other", and nest', () => {
    const t = '{urgent, select, yes {Case {code} is urgent} other {Case {code} is noted}}.';
    expect(formatMessage('en', t, { urgent: 'yes', code: 'A' })).toBe('Case A is urgent.');
    expect(formatMessage('en', t, { urgent: 'maybe', code: 'A' })).toBe('Case A is noted.');
    expect(parameterNames(t)).toEqual(new Set(['urgent', 'code']));
  });

  it('Should show a missing parameter as its placeholder rather than fail', () => {
    expect(formatMessage('en', 'Case {code}', {})).toBe('Case {code}');
  });

  it.each([
    ['Case {code', /never closed|"," or "}"/],
    ['Case code}', /"}" with no "{"/],
    ['{n, plural, one {# case}}', /"other" branch/],
    ['{n, money}', /number, plural or select/],
    ['{1abc}', /parameter name/],
  ])('Should refuse the malformed template %j, saying where', (template, message) => {
    expect(() => formatMessage('en', template)).toThrow(MessageSyntaxError);
    expect(() => formatMessage('en', template)).toThrow(message);
  });

  it('Should render any parameter values without throwing', () => {
    const value = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(undefined));
    fc.assert(
      fc.property(fc.constantFrom('en', 'es', 'fr'), value, value, (locale, n, code) => {
        expect(typeof formatMessage(locale, `${CASES} {code}`, { n, code })).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('Should read any template either into a message or into a clear syntax error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (template) => {
        try {
          formatMessage('en', template, {});
        } catch (error) {
          expect(error).toBeInstanceOf(MessageSyntaxError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('translate', () => {
  it('Should give the message in the language asked for', () => {
    expect(translate('es', 'sms.unknownCase')).toMatch(/^Ningún caso tiene ese código/);
    expect(translate('fr', 'sms.tooLong', { max: 1600 })).toContain('1\u202f600 caractères');
  });

  it('Should write numbers and dates the language’s way, in the installation’s time zone', () => {
    const day = new Date('2026-11-18T03:00:00Z');
    expect(formatNumber('es', 12345)).toBe('12.345');
    expect(formatDate('en', day, 'America/Chicago')).toBe('November 17, 2026');
    expect(formatDate('es', day, 'Europe/Madrid')).toBe('18 de noviembre de 2026');
    expect(formatDate('fr', day, 'Europe/Paris')).toBe('18 novembre 2026');
  });

  it('Should answer in the first candidate the installation speaks, else its fallback', () => {
    expect(chooseLanguage(['en', 'es', 'fr'], ['pt', 'es'], 'en')).toBe('es');
    expect(chooseLanguage(['en', 'fr'], ['es'], 'fr')).toBe('fr');
    expect(chooseLanguage(['en', 'es', 'fr'], ['und', undefined, 'toString'], 'en')).toBe('en');
  });
});
