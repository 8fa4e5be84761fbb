import { describe, expect, it } from 'vitest';
import type { Channel } from '../../../shared/domain/feedback';
import type { WeeklyFigures } from '../../../shared/domain/weekly-figures';
import type { VerbatimCandidate } from '../../../shared/ports/verbatim-candidates';
import { publishDigest } from '../../../shared/use-cases/publish-digest';
import { inMemoryDigestDeps } from '../../support/golden-digest-deps';
import { offeredToDigest } from '../../support/offered-to-digest';

/*
 * op42 F0 (2026-12-07): the weekly digest, sent to the whole leadership list, quoted "I'm the only electrician at
 * Plant 2 on weekends …", "Ich bin die einzige Frau in der Nachtschicht …" and "Since I came back from maternity
 * leave in October …", each with its site and channel: words the preview warns single the writer out. An SMS or
 * kiosk writer never sees that warning. Such a comment counts in the week's figures but is never quoted.
 */

const WEEK = '2026-W47';
const NOW = '2026-11-23T14:00:00Z';

// Words that point to one person, in several languages and on every channel (the writer kept them, or never saw a warning).
const POINTING: string[] = [
  "I'm the only electrician at Plant 2 on weekends and the workload is crushing me",
  'Ich bin die einzige Frau in der Nachtschicht und die Arbeit ist zu viel',
  'Soy la única soldadora del turno de noche y el trabajo no para nunca',
  'Je suis le seul cariste de nuit et la charge de travail est énorme',
  "I'm the oldest guy on the line, 61 next month, and the workload is too much",
  'Since I came back from maternity leave in October my manager gives me every weekend shift',
  'Soy la más antigua del turno de noche, 22 años aquí, y nos cargan de trabajo',
  'Je suis la plus jeune de l’équipe et on me donne tout le travail en plus',
];
// Ordinary comments of the same groups, which the digest may quote.
const ORDINARY = [
  'The workload on the line doubled after the summer and nobody listens to us',
  'Too much overtime every week, we are all tired and the rota keeps changing',
];

function week(channels: readonly Channel[]) {
  const figures: WeeklyFigures = { week: WEEK, groups: [], topics: [], phrases: [] };
  const candidates: VerbatimCandidate[] = [];
  for (const channel of channels) {
    const sentiment = { POSITIVE: 0, NEGATIVE: 14, NEUTRAL: 0, MIXED: 0 };
    figures.topics.push({ site: 'plant2', topic: 'workload', channel, total: 14, sentiment, ratings: [0, 0, 0, 0] });
    figures.groups.push({ site: 'plant2', channel, total: 14, sentiment: { ...sentiment }, ratings: [0, 0, 0, 0] });
    for (const text of [...POINTING, ...ORDINARY])
      candidates.push({
        week: WEEK,
        site: 'plant2',
        topic: 'workload',
        channel,
        sentiment: 'NEGATIVE',
        redactedText: text,
      });
  }
  return { figures: new Map([[WEEK, figures]]), candidates };
}

describe('the digest never quotes words that point to one person', () => {
  it('Should quote none of them, on any channel, in any digest or email, and quote the ordinary comments instead', async () => {
    const d = inMemoryDigestDeps({ ...week(['web', 'sms', 'kiosk']), now: NOW });
    await publishDigest(d, { week: WEEK });
    const digests = [...d.archive.files.values()];
    expect(digests.length).toBeGreaterThan(1);
    const quoted = new Set(digests.flatMap((digest) => digest.verbatims.map((v) => v.text)));
    expect([...quoted].sort()).toEqual([...ORDINARY].sort());
    const everything = [...d.mailer.sent.map((email) => `${email.text}\n${email.html}`), JSON.stringify(digests)];
    for (const text of POINTING) for (const read of everything) expect(read).not.toContain(text.slice(0, 30));
    // Counted all the same: the leadership digest still shows the week's 42 reports.
    expect(d.archive.files.get(`${WEEK}.json`)!.headline.total).toBe(42);
  });

  it('Should quote nothing at all when every comment of the week points to someone', async () => {
    const { figures, candidates } = week(['sms']);
    const d = inMemoryDigestDeps({
      figures,
      candidates: candidates.filter((c) => POINTING.includes(c.redactedText)),
      now: NOW,
    });
    await publishDigest(d, { week: WEEK, dryRun: true });
    for (const digest of d.archive.files.values()) expect(digest.verbatims).toEqual([]);
  });

  it('Should not keep such a comment in the sample the digest quotes from, but keep an ordinary one', async () => {
    const message = (text: string, n: number) => ({
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      caseKey: String(n).padStart(64, 'c'),
      channel: 'sms' as const,
      week: WEEK,
      escalate: false,
      text,
      site: 'plant2',
    });
    const offered = await offeredToDigest([...POINTING, ...ORDINARY].map(message));
    expect(new Set(offered.map((c) => c.redactedText))).toEqual(new Set(ORDINARY));
  });
});
