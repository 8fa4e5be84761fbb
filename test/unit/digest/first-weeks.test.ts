import { describe, expect, it } from 'vitest';
import type { Channel, Sentiment } from '../../../shared/domain/feedback';
import type { GroupFigures, SentimentCounts, TopicFigures, WeeklyFigures } from '../../../shared/domain/weekly-figures';
import { buildDigest, type DigestInput } from '../../../shared/digest/build-digest';
import { digestEmail } from '../../../shared/digest/render-email';
import { renderDigestText } from '../../../shared/digest/render-text';
import { renderDigestPage } from '../../../shared/digest/render-web';
import { exampleConfig } from '../../support/fixtures';

/**
 * A new installation's first digests, read as their recipients read them:
 * the plain-text part, the HTML email and the web view.
 */
const WEEK = '2026-W47';
const sponsor = (id: string) => exampleConfig.sponsors.find((s) => s.id === id)!;

const moods = (n: number, mood: Sentiment = 'NEGATIVE'): SentimentCounts => ({
  POSITIVE: 0,
  NEGATIVE: 0,
  NEUTRAL: 0,
  MIXED: 0,
  [mood]: n,
});
const group = (
  site: string,
  channel: Channel,
  total: number,
  ratings: GroupFigures['ratings'] = [0, 0, 0, 0],
): GroupFigures => ({
  site,
  channel,
  total,
  sentiment: moods(total),
  ratings,
});
const topic = (name: string, site: string, channel: Channel, total: number): TopicFigures => ({
  ...group(site, channel, total),
  topic: name,
});

function firstWeek(groups: GroupFigures[], topics: TopicFigures[] = [], extra: Partial<DigestInput> = {}): DigestInput {
  const figures: WeeklyFigures = {
    week: WEEK,
    groups,
    topics,
    phrases: [{ phrase: 'break room', total: 6, sentiment: moods(6) }],
  };
  return {
    week: WEEK,
    figures: new Map([[WEEK, figures]]),
    candidates: [],
    escalations: { raised: [], responded: [], overdueNow: [] },
    generatedAt: new Date('2026-11-23T14:00:00Z'),
    ...extra,
  };
}

/** Every rendering a recipient may read, as plain text (tags stripped). */
function readings(input: DigestInput, sponsorId?: string) {
  const digest = buildDigest(exampleConfig, input, sponsorId ? sponsor(sponsorId) : undefined);
  const email = digestEmail(digest, ['someone@example.com']);
  const words = (html: string) =>
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z]+;|&#\d+;/g, ' ')
      .replace(/\s+/g, ' ');
  return { digest, subject: email.subject, all: [email.text, words(email.html), words(renderDigestPage(digest))] };
}

describe("a new installation's first digest", () => {
  // 20 submissions in the very first week: every channel in use at Plant 2, the web form at HQ.
  const input = firstWeek(
    [
      group('hq', 'web', 8),
      group('plant2', 'web', 5),
      group('plant2', 'sms', 6),
      group('plant2', 'kiosk', 6, [0, 0, 0, 6]),
    ],
    [topic('scheduling', 'plant2', 'sms', 6), topic('pay', 'hq', 'web', 3), topic('safety', 'plant2', 'sms', 6)],
  );

  it('Should say the earlier weeks had no submissions yet, never "fewer than 5", in every rendering', () => {
    for (const text of readings(input).all) {
      expect(text).toMatch(/W40\s*–\s*W46:?\s+no submissions yet/);
      expect(text).not.toMatch(/W4\d\s+fewer than/);
      expect(text).not.toMatch(/&lt;5|<5/);
    }
  });

  it('Should not label each week before the first submission "none" in the chart: the note says it once', () => {
    const page = renderDigestPage(buildDigest(exampleConfig, input));
    const chart = /<svg class="trend"[\s\S]*?<\/svg>/.exec(page)?.[0] ?? '';
    expect(chart).toContain('W47');
    expect(chart.match(/>none</g) ?? []).toEqual([]);
    expect(page).toMatch(/W40\s*–\s*W46:?\s+no submissions yet/);
  });

  it('Should not call every site and topic a mover or every phrase "new" when there is nothing to compare with', () => {
    const { digest, all } = readings(input);
    expect(digest.movers).toEqual([]);
    for (const text of all) {
      expect(text).toContain('Nothing to compare with yet');
      expect(text).not.toMatch(/new this week|new as a theme/);
    }
  });

  it('Should show each channel that has enough submissions at every site on its own, and the kiosk faces with them', () => {
    for (const text of readings(input).all) {
      expect(text).toMatch(/Web form\s+13/);
      expect(text).toMatch(/SMS\s+6/);
      expect(text).toMatch(/Kiosk\s+6/);
      expect(text).not.toContain('Other channels combined');
      expect(text).toMatch(/Kiosk faces \(6 taps\)/);
    }
  });

  it('Should fold the channel that must be folded with the one that lets the others show, not merely the smallest', () => {
    // HQ's 3 texts are too few on their own; folded with the web form (HQ 9 then), SMS and kiosk can both still show.
    const week = firstWeek([
      group('hq', 'web', 6),
      group('hq', 'sms', 3),
      group('plant2', 'web', 5),
      group('plant2', 'sms', 5),
      group('plant2', 'kiosk', 7, [0, 0, 7, 0]),
    ]);
    const { digest, all } = readings(week);
    expect(digest.headline.channels.rows.map((r) => r.id)).toEqual(['kiosk']);
    expect(digest.headline.channels.other?.count).toBe(19);
    for (const text of all) expect(text).toMatch(/Kiosk\s+7/);
  });

  it('Should say in words when no channel can be shown on its own, rather than leave the reader to wonder', () => {
    // HQ's 3 texts are too few, and Plant 2 (web form only) and the Warehouse (texts only) leave cells empty, so a row minus a column could give them.
    const week = firstWeek([
      group('hq', 'web', 6),
      group('hq', 'sms', 3),
      group('plant2', 'web', 9),
      group('warehouse', 'sms', 5),
    ]);
    for (const text of readings(week).all) {
      expect(text).toContain('By channel: not shown this week');
      expect(text).not.toMatch(/SMS\s+\d/);
    }
  });

  it('Should show the channels when the few from a site are spread over them but no site and channel is empty, so no row minus a column gives a group', () => {
    // HQ's 2 texts are too few to show apart, but every site has submissions on each side: web form 10 against 7 by text or kiosk.
    const week = firstWeek([
      group('hq', 'web', 6),
      group('hq', 'sms', 2),
      group('plant2', 'web', 4),
      group('plant2', 'sms', 3),
      group('plant2', 'kiosk', 2),
    ]);
    const { digest, all } = readings(week);
    expect(digest.headline.channels.rows.map((r) => [r.id, r.count, r.sentiment])).toEqual([['web', 10, undefined]]);
    expect(digest.headline.channels.other?.count).toBe(7);
    for (const text of all) {
      expect(text).toMatch(/Web form\s+10/);
      expect(text).toMatch(/Other channels combined\s+7/);
      expect(text).not.toContain('By channel: not shown this week');
      expect(text).not.toMatch(/SMS\s+\d|Kiosk\s+\d/);
    }
  });

  it('Should keep a kiosk faces section once kiosks are in use, saying why the faces are not shown, and leave it out where there is no kiosk', () => {
    const tooFew = firstWeek([
      group('hq', 'web', 9),
      group('plant2', 'web', 7),
      group('plant2', 'kiosk', 3, [1, 2, 0, 0]),
    ]);
    // The week before, its digest showed the kiosk on its own: kiosks are in use.
    const before: WeeklyFigures = {
      week: '2026-W46',
      groups: [group('hq', 'web', 9), group('plant2', 'kiosk', 6, [0, 0, 6, 0])],
      topics: [],
      phrases: [],
    };
    (tooFew.figures as Map<string, WeeklyFigures>).set('2026-W46', before);
    for (const text of readings(tooFew).all) {
      expect(text).toContain('Kiosk faces: not shown this week');
      expect(text).not.toMatch(/very unhappy|Kiosk\s+3/);
    }
    const noKiosk = firstWeek([group('hq', 'web', 9), group('plant2', 'web', 7)]);
    for (const text of readings(noKiosk).all) expect(text).not.toMatch(/kiosk/i);
  });

  it("Should count each sponsor's own sites or topics in their subject and at the top of their digest, and everything in leadership's", () => {
    expect(readings(input).subject).toMatch(/: 25 submissions$/);
    const plant2 = readings(input, 'plant2-gm'); // Plant 2 (17); the topics table is the whole organisation's
    expect(plant2.subject).toMatch(/for Lee Marsh \(Plant 2 GM\), .*: 17 submissions from your sites$/);
    for (const text of plant2.all) {
      expect(text).toContain('17 submissions from your sites.');
      expect(text).toMatch(/Across the whole organisation:\s*25/);
    }
    const chro = readings(input, 'chro'); // pay (3) is too few to show: nothing of theirs is shown on its own
    expect(chro.subject).not.toMatch(/\d+ (submissions|mentions)/);
    for (const text of chro.all)
      expect(text).toContain('Your topics: too few submissions this week to show on their own');
    const coo = readings(input, 'coo'); // safety 6 (facilities none)
    expect(coo.subject).toMatch(/: 6 mentions of your topics$/);
    for (const text of coo.all) expect(text).toContain('6 mentions of your topics (a comment may touch several).');
  });
});
