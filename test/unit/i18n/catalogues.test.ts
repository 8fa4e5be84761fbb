import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/analysis/language';
import type { Catalogue, MessageKey } from '../../../shared/i18n/catalogue';
import { en } from '../../../shared/i18n/catalogues';
import { CATALOGUES, LANGUAGES } from '../../../shared/i18n/languages';
import { branchKeys, formatMessage, parameterNames } from '../../../shared/i18n/message-format';

const englishKeys = Object.keys(en.messages).sort() as MessageKey[];
const others = Object.entries(CATALOGUES).filter(([code]) => code !== 'en') as [string, Catalogue][];

/** Parameter values that carry no language of their own, so a rendered message shows only the catalogue's words. */
const NEUTRAL: Record<string, string | number> = {
  code: '7KQ4M-XW9TR',
  earlier: 'QEZBT-7BYWF',
  site: 'Usine 2',
  example: '7KQ4M-XW9TR',
  message: '',
  program: 'Voz',
  organisation: 'ACME',
  tag: 'xyz',
  tags: '#hq #plant2',
  minutes: 25,
  seconds: 30,
  start: '#plant2',
  max: 1600,
  used: 1234,
  urgent: 'yes',
  status: 'received',
  response: '',
  // The kiosk's: a face's label is itself translated; the rest are the employee's words or an address.
  choice: '',
  original: '',
  replacement: '[NAME]',
  // A phrase of the employee's own that may point to them (the preview's self-descriptions), quoted as written.
  phrase: '',
  address: 'example.org/status',
  count: 3,
  // The employee web pages': links, bold words and days are put in whole by the page.
  link: '',
  title: '',
  kind: 'NAME',
  spelled: '7 K Q 4 M',
  day: '',
  // A deadline's zone is named by `Intl`, in the reader's language, as its day is.
  zone: '',
  // A language's name, by `Intl` in the reader's language too ("The senior leader wrote this in English.").
  language: '',
  standard: '',
  legal: '',
  feedback: '',
  command: '',
  number: '+15550100002',
  from: 'sponsor',
  reader: 'employee',
  who: '',
  optional: '',
  // The names of a report's fields, as a program sends them: the same in every language.
  field: '"comment"',
  fields: '"comment"',
  read: '"text"',
  text: '"text"',
};

describe('message catalogues', () => {
  it('Should register each catalogue under its own language code', () => {
    for (const [code, catalogue] of Object.entries(CATALOGUES)) expect(catalogue.language).toBe(code);
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'es', 'fr']));
  });

  it.each(others)('Should give %s every English key and no other', (_, catalogue) => {
    expect(Object.keys(catalogue.messages).sort()).toEqual(englishKeys);
  });

  it.each(Object.entries(CATALOGUES))(
    'Should read every %s template, each with the parameters and cases of the English one',
    (_, catalogue) => {
      for (const key of englishKeys) {
        const template = (catalogue as Catalogue).messages[key];
        expect(parameterNames(template), key).toEqual(parameterNames(en.messages[key]));
        const english = branchKeys(en.messages[key]);
        const translated = branchKeys(template);
        expect([...translated.keys()].sort(), key).toEqual([...english.keys()].sort());
        for (const [argument, cases] of english) {
          // A select must cover each case the English does; a plural, at least `other` and the language's own categories it needs.
          if (argument.startsWith('select:')) expect(translated.get(argument), `${key} ${argument}`).toEqual(cases);
          else expect(translated.get(argument)?.has('other'), `${key} ${argument}`).toBe(true);
        }
      }
    },
  );

  it.each(others)('Should translate every %s message rather than leave it in English', (_, catalogue) => {
    const same = new Set(catalogue.sameAsEnglish ?? []);
    for (const key of englishKeys) {
      if (same.has(key)) continue;
      expect(catalogue.messages[key], key).not.toBe(en.messages[key]);
      const statuses = key.startsWith('sms.status')
        ? ['received', 'analysed', 'escalated', 'acknowledged', 'responded']
        : ['received'];
      for (const urgent of ['yes', 'no']) {
        for (const status of statuses) {
          const text = formatMessage(catalogue.language, catalogue.messages[key], { ...NEUTRAL, urgent, status });
          expect(detectLanguage(text), `${key}: ${text}`).not.toBe('en');
          expect(text, key).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });

  it.each(Object.entries(CATALOGUES))(
    'Should give %s its help, status and urgent keywords, in capitals',
    (_, catalogue) => {
      for (const kind of ['help', 'status', 'urgent'] as const) {
        expect(catalogue.keywords[kind].length, kind).toBeGreaterThan(0);
        for (const word of catalogue.keywords[kind]) expect(word).toBe(word.toUpperCase());
      }
    },
  );

  it.each(others)('Should tell %s speakers the keywords of their own language', (_, catalogue) => {
    const [help] = catalogue.keywords.help;
    const [status] = catalogue.keywords.status;
    const [urgent] = catalogue.keywords.urgent;
    expect(catalogue.messages['sms.empty']).toContain(help);
    expect(catalogue.messages['sms.statusUsage']).toContain(status);
    expect(catalogue.messages['sms.urgentOnly']).toContain(urgent);
    // STOP stays English: the carriers define it.
    expect(catalogue.messages['sms.help.minimal']).toContain('STOP');
  });
});
