import { describe, expect, it } from 'vitest';
import type { Config } from '../../../shared/config/schema';
import { buildDigest } from '../../../shared/digest/build-digest';
import { renderDigestHtml } from '../../../shared/digest/render-email';
import { renderDigestText } from '../../../shared/digest/render-text';
import { renderDigestPage } from '../../../shared/digest/render-web';
import { digestTranslator } from '../../../shared/i18n/digest';
import type { Language } from '../../../shared/i18n/languages';
import { seededDigestInput } from '../../support/digest-fixtures';
import { exampleConfig } from '../../support/fixtures';
import { escalationSummaryOf, weekOfEscalations } from '../../support/sponsor-week';

// Found reading the sample digest as a newcomer: "10 raised." then "Other sponsors combined: 10 raised", with no
// sponsor named above it. "Other" than whom? Every sponsor held too few to name, so the second line only repeated
// the total and read as if a list of sponsors had gone missing. The total now says once why no sponsor follows.
// Nothing more is shown: no sponsor below k is named, and the figure is the total the line gave before.

const readingIn = (language: Language): Config => ({ ...exampleConfig, digest: { ...exampleConfig.digest, language } });
const renderings = (config: Config, counts: Record<string, number>) => {
  const digest = buildDigest(config, seededDigestInput());
  digest.escalations = { ...digest.escalations, ...escalationSummaryOf(weekOfEscalations(counts), config) };
  return [renderDigestText(digest), renderDigestHtml(digest), renderDigestPage(digest)];
};

describe('the leadership digest’s escalations when every sponsor holds too few to name', () => {
  it.each(['en', 'es', 'fr'] as const)(
    'Should say why no sponsor is named, not list "other sponsors" (%s)',
    (language) => {
      const t = digestTranslator(language);
      for (const page of renderings(readingIn(language), { ceo: 4, coo: 3, chro: 3 })) {
        expect(page).not.toContain(t('digest.esc.otherSponsors'));
        // The note after the total, as a reader sees it (the text rendering wraps its lines).
        const note = t('digest.esc.summaryNoneNamed', { line: '' }).slice(1).trim().replace(/\s+/g, ' ');
        expect(page.replace(/\s+/g, ' ')).toContain(note);
        for (const name of ['Alex Romero', 'Dana Whitfield', 'Lee Marsh'])
          expect(page).not.toMatch(new RegExp(`${name}[^\\n<]*raised`));
      }
    },
  );

  it('Should still list "other sponsors" beside the sponsors it is told apart from', () => {
    const t = digestTranslator('en');
    for (const page of renderings(exampleConfig, { ceo: 10, coo: 3, chro: 3, 'plant2-gm': 3 })) {
      expect(page).toContain('Alex Romero (CEO)');
      expect(page).toContain(t('digest.esc.otherSponsors'));
      expect(page).not.toContain('No sponsor is named');
    }
  });
});
