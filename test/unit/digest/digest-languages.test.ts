import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../shared/digest/build-digest';
import type { Digest } from '../../../shared/digest/model';
import { renderDigestHtml } from '../../../shared/digest/render-email';
import { renderDigestText } from '../../../shared/digest/render-text';
import { renderDigestPage } from '../../../shared/digest/render-web';
import { DIGEST_CATALOGUES } from '../../../shared/i18n/digest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { describeCatalogues } from '../../support/catalogue-checks';
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
// Every site of the example config has a name in Spanish and French; a language added later gets a made-up one.
const config = {
  ...exampleConfig,
  sites: exampleConfig.sites.map((s) => ({
    ...s,
    names: Object.fromEntries(others.map((l) => [l, s.names?.[l] ?? `${s.name} (${l})`])),
  })),
};
const siteName = (site: (typeof config.sites)[number], language: string) => site.names[language] ?? site.name;
const input = seededDigestInput();
const sponsor = config.sponsors.find((s) => s.id === 'plant2-gm')!;
const link = 'https://feedback.example.com/digest/2026-W47?t=SIGNED.LINK';
const desk = 'https://feedback.example.com/desk/plant2-gm?t=SIGNED.LINK';

/** What a digest rightly shows as given: the installation's names, people's own words, links. */
function asGiven(digest: Digest): string[] {
  return [
    config.programName,
    config.organisation,
    ...config.sites.map((s) => siteName(s, digest.language ?? 'en')),
    // A topic the config does not name in the digest's language is shown by its name as written.
    ...config.topics
      .filter((t) => !(t.names as Record<string, string> | undefined)?.[digest.language ?? 'en'])
      .map((t) => t.name),
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

  it('Should name each site shown as the config names it in that language, and never by its English name', () => {
    const text = renderDigestText(leadership);
    const shown = config.sites.filter((s) => text.includes(siteName(s, language)));
    // The seeded week shows Plant 2 and Headquarters by name; the warehouse folds into "other sites".
    expect(shown.map((s) => s.id)).toEqual(expect.arrayContaining(['plant2', 'hq']));
    for (const site of config.sites) expect(text).not.toMatch(new RegExp(`${site.name}(?! \\()`));
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
    // As Intl writes them: "15 %" with a (narrow) no-break space in French and Spanish, "15%" in English.
    const fifteen = new Intl.NumberFormat(language, { style: 'percent' }).format(0.15);
    expect(text).toContain(fifteen);
    if (fifteen !== '15%') expect(text).not.toMatch(/\d%/);
  });

  it('Should mark the email and the web view with the language', () => {
    expect(renderDigestHtml(leadership)).toContain(`<html lang="${language}">`);
    expect(renderDigestPage(leadership)).toContain(`<html lang="${language}" dir="ltr">`);
  });
});

it('Should say "demasiado pocos" in Spanish: "demasiado" before an adjective is an adverb and does not agree', () => {
  const spanish = Object.values(DIGEST_CATALOGUES.es).join('\n');
  expect(spanish).toContain('demasiado pocos');
  expect(spanish).not.toMatch(/demasiad[oa]s (pocos|pocas)/);
});

/** Parameter values with no language of their own, so a rendered message shows only the catalogue's words. */
const NEUTRAL: Record<string, string | number> = {
  program: 'Voz',
  organisation: 'ACME',
  week: '47',
  period: '16–22/11/2026',
  name: 'Dana',
  count: 6,
  k: 5,
  upTo: 4,
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
  zone: 'hora central',
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

describeCatalogues("the digest's catalogues", {
  what: 'digest',
  catalogues: DIGEST_CATALOGUES,
  neutral: NEUTRAL,
  otherIsNeutral: true,
});
