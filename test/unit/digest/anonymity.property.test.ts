import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_SITE } from '../../../shared/domain/weekly-figures';
import { buildDigest } from '../../../shared/digest/build-digest';
import type { Breakdown } from '../../../shared/digest/model';
import { renderDigestHtml } from '../../../shared/digest/render-email';
import { renderDigestText } from '../../../shared/digest/render-text';
import { renderDigestPage } from '../../../shared/digest/render-web';
import { attack } from './anonymity/attacker';
import { checkText } from './anonymity/rendered-text';
import {
  DIGEST_WEEKS,
  inputFor,
  LANGUAGE_LABELS,
  LANGUAGES,
  scenario,
  siteLabel,
  topicLabel,
  WEEK,
  world,
} from './anonymity/world';

/**
 * Promise 4 over random organisations and weeks: whatever the figures, no
 * digest (leadership or sponsor variant, as a model or rendered) lets a
 * reader learn a group of fewer than k, directly or by subtraction.
 *
 * Labels are letters only, so any digit next to one in the rendering would
 * be a figure about it.
 */
describe('anonymity of the digest over random weeks (promise 4)', () => {
  it('Should let no one holding every digest of four weeks, leadership and every sponsor variant, work out a group below k by subtraction', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { config, input, raisedIn } = world(s);
        attack(
          config,
          s,
          DIGEST_WEEKS.map((w) => inputFor(input, w, raisedIn)),
          input,
          raisedIn,
        );
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('Should let no one work out a site × channel group, or a part of its mood, from one week of site and channel tables (known kiosks and SMS numbers)', () => {
    // Many small organisations, one week's digests: cells around k, where a row minus a column bites.
    const small = scenario.map((s) => ({
      ...s,
      topics: 1,
      sponsorScopes: s.sponsorScopes.slice(0, 1),
      escalationScale: 0,
    }));
    const aroundK = fc
      .record({ s: small, scale: fc.integer({ min: 4, max: 24 }) })
      .map(({ s, scale }) => ({ ...s, scale }));
    fc.assert(
      fc.property(aroundK, (s) => {
        const { config, input } = world(s);
        attack(config, s, [inputFor(input, WEEK)], input);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('Should show no figure below k in the renderings, and name hidden groups only in a quote’s attribution', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { config, raisedIn, ...rest } = world(s);
        const input = inputFor(rest.input, WEEK, raisedIn);
        const leadership = buildDigest(config, input);
        const now = input.figures.get(WEEK)!;
        const hidden = (
          items: readonly { total: number }[],
          key: (item: never) => string,
          b: Breakdown,
          label: (id: string) => string,
        ) => {
          const truth = new Map<string, number>();
          for (const item of items) truth.set(key(item as never), (truth.get(key(item as never)) ?? 0) + item.total);
          return [...truth]
            .filter(([id, n]) => n > 0 && id !== NO_SITE && !b.rows.some((r) => r.id === id))
            .map(([id]) => label(id));
        };
        const hiddenLabels = [
          ...hidden(now.groups, (g: { site?: string }) => g.site ?? NO_SITE, leadership.sites, siteLabel),
          ...hidden(now.topics, (t: { topic: string }) => t.topic, leadership.topics, topicLabel),
          ...hidden(
            now.languages ?? [],
            (l: { language: string }) => l.language,
            leadership.languages ?? { rows: [] },
            (id) => LANGUAGE_LABELS[LANGUAGES.indexOf(id)]!,
          ),
        ];
        checkText(renderDigestText(leadership), leadership, hiddenLabels);
        for (const page of [renderDigestHtml(leadership), renderDigestPage(leadership)]) {
          for (const label of hiddenLabels) {
            const quoted = leadership.verbatims.filter((v) => v.site === label || v.topic === label).length;
            expect(page.split(label).length - 1, `${label} in the HTML`).toBe(quoted);
          }
        }
        for (const sponsor of config.sponsors) {
          const variant = buildDigest(config, input, sponsor);
          checkText(renderDigestText(variant), variant, hiddenLabels);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('Should quote only from groups of at least kQuote', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { config, input } = world({ ...s, scale: 80 });
        const digest = buildDigest(config, input);
        const groupSize = new Map<string, number>();
        for (const t of input.figures.get(WEEK)!.topics) {
          const key = `${topicLabel(t.topic)}#${t.site ? siteLabel(t.site) : 'Site not given'}#${t.channel}`;
          groupSize.set(key, (groupSize.get(key) ?? 0) + t.total);
        }
        for (const v of digest.verbatims)
          expect(groupSize.get(`${v.topic}#${v.site}#${v.channel}`) ?? 0).toBeGreaterThanOrEqual(
            config.anonymity.kQuote,
          );
      }),
      { numRuns: 50 },
    );
  }, 30_000);
});
