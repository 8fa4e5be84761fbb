import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/analysis/language';
import { buildDigest } from '../../../shared/digest/build-digest';
import type { Digest } from '../../../shared/digest/model';
import { renderDigestHtml } from '../../../shared/digest/render-email';
import { renderDigestText } from '../../../shared/digest/render-text';
import { renderDigestPage } from '../../../shared/digest/render-web';
import { DIGEST_CATALOGUES, DIGEST_SAME_AS_ENGLISH, type DigestKey } from '../../../shared/i18n/digest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { branchKeys, formatMessage, parameterNames } from '../../../shared/i18n/message-format';
import { seededDigestInput } from '../../support/digest-fixtures';
import { englishIn } from '../../support/english-leaks';
import { exampleConfig } from '../../support/fixtures';

/**
 * The weekly digest in its reader's language: golden files for Spanish and
 * French beside the English ones (review a difference, then
 * `npx vitest run test/unit/digest/digest-languages -u`), no English left
 * in a Spanish or French digest, and no key missing in any language.
 */

const others = LANGUAGES.filter((code) => code !== 'en');
// Plant 2 has a name in each language (a language added later gets a made-up one); the other sites keep the one they have.
const PLANT_2: Record<string, string> = { es: 'Planta 2', fr: 'Usine 2' };
const plant2Names = Object.fromEntries(others.map((l) => [l, PLANT_2[l] ?? `Plant 2 (${l})`]));
const config = {
  ...exampleConfig,
  sites: exampleConfig.sites.map((s) => (s.id === 'plant2' ? { ...s, names: plant2Names } : s)),
};
const input = seededDigestInput();
const sponsor = config.sponsors.find((s) => s.id === 'plant2-gm')!;
const link = 'https://feedback.example.com/digest/2026-W47?t=SIGNED.LINK';
const desk = 'https://feedback.example.com/desk/plant2-gm?t=SIGNED.LINK';

/** What a digest rightly shows as given: the installation's names, people's own words, links. */
function asGiven(digest: Digest): string[] {
  return [
    config.programName,
    config.organisation,
    ...config.sites.map((s) => s.name),
    ...config.topics.filter((t) => !t.names).map((t) => t.name),
    ...config.sponsors.map((s) => s.name),
    ...digest.verbatims.map((v) => v.text),
    ...digest.themes.map((t) => t.phrase),
    ...digest.escalations.responses.map((r) => r.response),
    link,
    desk,
  ];
}

describe.each(others)('the digest of the seeded week in %s', (language) => {
  const leadership = buildDigest(config, input, undefined, language);
  const plant2 = buildDigest(config, input, sponsor, language);

  it('Should read as the checked-in leadership digest in its language', async () => {
    await expect(renderDigestText(leadership, { webView: link })).toMatchFileSnapshot(
      `./golden/2026-W47.leadership.${language}.txt`,
    );
  });

  it("Should read as the checked-in Plant 2 sponsor's digest in its language", async () => {
    await expect(renderDigestText(plant2, { webView: link, desk })).toMatchFileSnapshot(
      `./golden/2026-W47.plant2-gm.${language}.txt`,
    );
  });

  it('Should name the site as the config names it in that language, and never the English name', () => {
    const text = renderDigestText(leadership);
    expect(text).toContain(plant2Names[language]);
    expect(text).not.toMatch(/Plant 2(?! \()/);
  });

  it.each([
    ['leadership', leadership],
    ['sponsor', plant2],
  ] as const)('Should leave no English in the text, the email or the web view (%s)', (_, digest) => {
    const given = asGiven(digest);
    for (const page of [
      renderDigestText(digest, { webView: link, desk }),
      renderDigestHtml(digest, { webView: link, desk }),
      renderDigestPage(digest),
    ]) {
      expect(englishIn(page, given)).toEqual([]);
    }
  });

  it('Should write numbers and percentages as the language does', () => {
    const text = renderDigestText(leadership);
    // Intl: "15 %" with a (narrow) no-break space in French and Spanish, never "15%".
    expect(text).toMatch(/\d[\u00a0\u202f]%/);
    expect(text).not.toMatch(/\d%/);
  });

  it('Should mark the email and the web view with the language', () => {
    expect(renderDigestHtml(leadership)).toContain(`<html lang="${language}">`);
    expect(renderDigestPage(leadership)).toContain(`<html lang="${language}">`);
  });
});

const english = DIGEST_CATALOGUES.en;
const keys = Object.keys(english).sort() as DigestKey[];

/** Parameter values with no language of their own, so a rendered message shows only the catalogue's words. */
const NEUTRAL: Record<string, string | number> = {
  program: 'Voz',
  organisation: 'ACME',
  week: '47',
  period: '16–22/11/2026',
  name: 'Dana',
  count: 6,
  k: 5,
  kQuote: 10,
  pct: '8 %',
  moved: '+8 %',
  last: 149,
  weeks: 8,
  negative: '30 %',
  positive: '41 %',
  taps: 40,
  escalations: 3,
  topics: 'Salario',
  sites: 'Planta 2',
  label: 'Planta 2',
  line: '4',
  holder: 'Dana',
  day: '2026-12-02',
  year: '2026',
  text: '…',
  phrase: '…',
  mood: '…',
  how: '…',
  change: '+8 %',
  before: '12 %',
  figure: '…',
  mix: '…',
  faces: '…',
  face: '0',
  colours: '…',
  words: '…',
  about: '…',
  channel: 'web',
  sentiment: 'POSITIVE',
};

/** Every branch each select of a template can take, so each is rendered and checked. */
function variants(template: string): Record<string, string>[] {
  let out: Record<string, string>[] = [{}];
  for (const [argument, cases] of branchKeys(template)) {
    if (!argument.startsWith('select:')) continue;
    const name = argument.slice('select:'.length);
    // The "other" branch of a parameter that is also shown (a figure, a change) takes its neutral value.
    const value = (c: string) => (c === 'other' && NEUTRAL[name] !== undefined ? String(NEUTRAL[name]) : c);
    out = out.flatMap((v) => [...cases].map((c) => ({ ...v, [name]: value(c) })));
  }
  return out;
}

describe("the digest's catalogues", () => {
  it.each(others)('Should give %s every English digest key, with the same parameters and cases', (code) => {
    const catalogue = DIGEST_CATALOGUES[code];
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

  it.each(others)('Should say every digest message in %s, never in English, in every case', (code) => {
    const catalogue = DIGEST_CATALOGUES[code];
    const same = new Set(DIGEST_SAME_AS_ENGLISH[code] ?? []);
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
