import { describe, expect, it } from 'vitest';
import type { SentimentCounts, WeeklyFigures } from '../../../shared/domain/weekly-figures';
import { buildDigest, type DigestInput } from '../../../shared/digest/build-digest';
import type { Digest } from '../../../shared/digest/model';
import { digestEmail } from '../../../shared/digest/render-email';
import { renderDigestPage } from '../../../shared/digest/render-web';
import { exampleConfig } from '../../support/fixtures';

// Newcomer's report (round 32, `npm run digest:sample`): "You said, we did" repeated the heading "Health and safety:"
// above each of six responses, and a theme whose comments were all neutral read "negative 0% · positive 0%", as if
// it had no mood at all. Both are how every digest presents its figures, not the sample's made-up data.

const WEEK = '2026-W47';
const neutral = (n: number): SentimentCounts => ({ POSITIVE: 0, NEGATIVE: 0, NEUTRAL: n, MIXED: 0 });

function digestOf(change: (digest: Digest) => void): Digest {
  const figures: WeeklyFigures = {
    week: WEEK,
    groups: [{ site: 'hq', channel: 'web', total: 20, sentiment: neutral(20), ratings: [0, 0, 0, 0] }],
    topics: [],
    phrases: [],
  };
  const input: DigestInput = {
    week: WEEK,
    figures: new Map([[WEEK, figures]]),
    candidates: [],
    escalations: { raised: [], responded: [], overdueNow: [] },
    generatedAt: new Date('2026-11-23T14:00:00Z'),
  };
  const digest = buildDigest(exampleConfig, input);
  change(digest);
  return digest;
}

const render = (digest: Digest) => {
  const email = digestEmail(digest, ['someone@example.com']);
  return { text: email.text, html: email.html, page: renderDigestPage(digest) };
};
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('"You said, we did" with several responses on one topic', () => {
  const answers = ['Exit cleared.', 'Leak repaired.', 'Mirror fitted.', 'Guard replaced.', 'Bay marked.'];
  const digest = digestOf((d) => {
    d.escalations.responses = [
      ...answers.map((response) => ({ topics: ['Health and safety'], response })),
      { topics: [], response: 'Rota published a month ahead.' },
      { topics: ['Health and safety'], response: 'Wiring made safe.' },
    ];
  });
  const { text, html, page } = render(digest);

  it('Should name the topic once above all its responses, in the email, its text and the web view', () => {
    expect(count(text, 'Health and safety:')).toBe(1);
    expect(count(html, 'Health and safety<')).toBe(1);
    expect(count(page, 'Health and safety<')).toBe(1);
  });

  it('Should still list every response, the ones about no topic under their own heading, "Other feedback"', () => {
    for (const response of [...answers, 'Wiring made safe.', 'Rota published a month ahead.']) {
      expect(text).toContain(response);
      expect(html).toContain(response);
      expect(page).toContain(response);
    }
    expect(count(text, 'Other feedback:')).toBe(1);
  });
});

describe('a row or theme whose submissions are all neutral or mixed', () => {
  it('Should say the mood it has, not "negative 0% · positive 0%"', () => {
    const digest = digestOf((d) => {
      d.themes = [
        {
          phrase: 'afternoons',
          count: 5,
          sentiment: { POSITIVE: 0, NEGATIVE: 0, NEUTRAL: 100, MIXED: 0 },
          trend: 'new',
        },
        {
          phrase: 'better since',
          count: 10,
          sentiment: { POSITIVE: 0, NEGATIVE: 0, NEUTRAL: 50, MIXED: 50 },
          trend: 'new',
        },
      ];
    });
    const { text, html, page } = render(digest);
    for (const out of [text, html, page]) expect(out).not.toContain('negative 0% · positive 0%');
    expect(text).toMatch(/"afternoons": 5 comments[^"]*; 100%\s+neutral/);
    expect(text).toMatch(/"better since": 10 comments[^"]*50% neutral · 50%\s+mixed/);
  });

  it('Should keep both ends when either has any, zeros included ("negative 64% · positive 0%")', () => {
    const digest = digestOf((d) => {
      d.themes = [
        {
          phrase: 'late shift',
          count: 10,
          sentiment: { POSITIVE: 0, NEGATIVE: 60, NEUTRAL: 40, MIXED: 0 },
          trend: 'new',
        },
      ];
    });
    expect(render(digest).text).toContain('negative 60% · positive 0%');
  });
});
