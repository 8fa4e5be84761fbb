import { describe, expect, it } from 'vitest';
import type { Config } from '../../../shared/config/schema';
import { buildDigest } from '../../../shared/digest/build-digest';
import { renderDigestHtml } from '../../../shared/digest/render-email';
import { renderDigestText } from '../../../shared/digest/render-text';
import { renderDigestPage } from '../../../shared/digest/render-web';
import { type DigestKey, digestTranslator } from '../../../shared/i18n/digest';
import type { Language } from '../../../shared/i18n/languages';
import { seededDigestInput } from '../../support/digest-fixtures';
import { exampleConfig } from '../../support/fixtures';

// A newcomer read, under the red "Still overdue now, from any week": "Legal deadline within a week … by the end
// of Tuesday, December 1". A case whose legal deadline is only near is not overdue: it is listed under its own
// heading, and a case past its deadline says so, with what was due and since when, in every language.

const readingIn = (language: Language): Config => ({ ...exampleConfig, digest: { ...exampleConfig.digest, language } });
const HOLDERS = { near: 'Alex Romero (CEO)', passed: 'Dana Whitfield (COO)', feedback: 'Lee Marsh (Plant 2 GM)' };

/** The text between a heading and the next one, in a rendering with the headings given as they read. */
const under = (page: string, heading: string, next: string[]) => {
  const from = page.indexOf(heading);
  if (from < 0) return '';
  const rest = page.slice(from + heading.length);
  const ends = next.map((h) => rest.indexOf(h)).filter((i) => i >= 0);
  return rest.slice(0, ends.length ? Math.min(...ends) : undefined);
};

describe('the leadership digest’s legal deadlines', () => {
  it.each(['en', 'es', 'fr'] as const)(
    'Should list a near deadline apart from what is overdue, and word an overdue one as overdue (%s)',
    (language) => {
      const digest = buildDigest(readingIn(language), seededDigestInput());
      digest.escalations.legalDeadlines = [
        { state: 'near', week: '2026-W49', holder: HOLDERS.near },
        { state: 'passed', week: '2026-W47', holder: HOLDERS.passed, count: 6 },
        { state: 'passed', week: '2026-W47', holder: HOLDERS.feedback },
      ];
      const t = (key: DigestKey) => digestTranslator(language)(key);
      const overdue = t('digest.esc.stillOverdue');
      const comingUp = t('digest.esc.comingUp');
      const after = [t('digest.section.did'), t('digest.section.didText'), comingUp, overdue];
      for (const [name, page] of [
        ['text', renderDigestText(digest)],
        ['email', renderDigestHtml(digest)],
        ['web', renderDigestPage(digest)],
      ] as const) {
        const overdueBlock = under(page, overdue, after);
        const comingBlock = under(page, comingUp, after);
        expect(overdueBlock, `${language} ${name}`).toContain(HOLDERS.passed);
        expect(overdueBlock, `${language} ${name}`).toContain(HOLDERS.feedback);
        expect(overdueBlock, `${language} ${name}`).not.toContain(HOLDERS.near);
        expect(comingBlock, `${language} ${name}`).toContain(HOLDERS.near);
        expect(comingBlock, `${language} ${name}`).not.toContain(HOLDERS.passed);
      }
      if (language === 'en') {
        const text = renderDigestText(digest);
        expect(text).toContain(
          '6 cases held by Dana Whitfield (COO) are past a legal deadline that fell in the week of Mon 16 Nov, still not met',
        );
        expect(text).toContain(
          '1 to 4 cases held by Lee Marsh (Plant 2 GM) are past a legal deadline that fell in the week of Mon 16 Nov, still not met',
        );
        expect(text).toContain(
          '1 to 4 cases held by Alex Romero (CEO) have a legal deadline in the week of Mon 30 Nov, not yet met',
        );
        expect(text).not.toMatch(/within a week/);
      }
    },
  );
});
