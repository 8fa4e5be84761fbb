import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/analysis/language';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { branchKeys, formatMessage, parameterNames } from '../../../shared/i18n/message-format';
import { SPONSOR_CATALOGUES, SPONSOR_SAME_AS_ENGLISH, type SponsorKey } from '../../../shared/i18n/sponsor';

const english = SPONSOR_CATALOGUES.en;
const keys = Object.keys(english).sort() as SponsorKey[];
const others = LANGUAGES.filter((code) => code !== 'en');

/** Parameter values with no language of their own, so a rendered message shows only the catalogue's words. */
const NEUTRAL: Record<string, string | number> = {
  label: 'X',
  value: 'Y',
  time: '14:00',
  topics: 'Plant 2',
  site: 'Plant 2',
  about: 'Plant 2',
  category: 'safety',
  why: 'requested',
  count: 6,
  before: 1,
  days: 14,
  language: 'xx',
  program: 'Voz',
  due: '14:00',
  holder: 'Dana',
  by: 'Lee',
  reason: '…',
  day: '2026-12-02',
  names: 'Dana',
  reasons: '…',
  max: 2000,
  has: 'no',
  from: 'sponsor',
  what: '…',
  who: 'Dana',
  to: 'Sam',
  name: 'Dana',
  total: 3,
  show: 'open',
  state: 'waiting',
  action: 'acknowledge',
  status: 'raised',
  kind: 'both',
  urgent: 'yes',
  occasion: 'new',
  deadline: 'acknowledge',
  event: 'raised',
};

/** Every branch each select of a template can take, so each is rendered and checked. */
function variants(template: string): Record<string, string>[] {
  let out: Record<string, string>[] = [{}];
  for (const [argument, cases] of branchKeys(template)) {
    if (!argument.startsWith('select:')) continue;
    const name = argument.slice('select:'.length);
    out = out.flatMap((v) => [...cases].map((c) => ({ ...v, [name]: c })));
  }
  return out;
}

describe("the sponsors' catalogues", () => {
  it.each(others)('Should give %s every English sponsor key, with the same parameters and cases', (code) => {
    const catalogue = SPONSOR_CATALOGUES[code];
    expect(Object.keys(catalogue).sort()).toEqual(keys);
    for (const key of keys) {
      expect(parameterNames(catalogue[key]), key).toEqual(parameterNames(english[key]));
      const mine = branchKeys(catalogue[key]);
      for (const [argument, cases] of branchKeys(english[key])) {
        if (argument.startsWith('select:')) expect(mine.get(argument), `${key} ${argument}`).toEqual(cases);
        else expect(mine.get(argument)?.has('other'), `${key} ${argument}`).toBe(true);
      }
    }
  });

  it.each(others)('Should say every sponsor message in %s, never in English, in every case', (code) => {
    const catalogue = SPONSOR_CATALOGUES[code];
    const same = new Set(SPONSOR_SAME_AS_ENGLISH[code] ?? []);
    for (const key of keys) {
      if (same.has(key)) continue;
      expect(catalogue[key], key).not.toBe(english[key]);
      for (const variant of variants(english[key])) {
        const text = formatMessage(code, catalogue[key], { ...NEUTRAL, ...variant });
        expect(text, `${key}: ${text}`).not.toMatch(/\{\w+\}/);
        if (text.split(/\s+/).length >= 3) expect(detectLanguage(text), `${key}: ${text}`).not.toBe('en');
      }
    }
  });
});
