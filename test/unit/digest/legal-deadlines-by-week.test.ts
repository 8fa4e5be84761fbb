import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../../shared/config/schema';
import { buildDigest } from '../../../shared/digest/build-digest';
import { foldLegalDeadlines, weekOfDay } from '../../../shared/digest/legal-deadlines';
import { digestSchema } from '../../../shared/digest/model';
import { renderDigestPage } from '../../../shared/digest/render-web';
import { startOfIsoWeek, isoWeekOf } from '../../../shared/domain/iso-week';
import { deadlineDay, deadlineOf } from '../../../shared/domain/deadlines';
import type { Escalation } from '../../../shared/domain/escalation';
import { conversationEmail } from '../../../shared/email/conversation-email';
import type { ClockEvent, LegalClocks, PassedDeadline } from '../../../shared/ports/legal-clocks';
import { publishDigest } from '../../../shared/use-cases/publish-digest';
import { GOLDEN_WEEK, seededDigestInput } from '../../support/digest-fixtures';
import { exampleConfig } from '../../support/fixtures';
import { inMemoryDigestDeps } from '../../support/golden-digest-deps';

// The outside attacker read in the sample leadership digest, under "Fewer than 5 raised … no figures are shown",
// two lines "Legal deadline at the end of Tuesday, December 1, 2026: a case held by Alex Romero (CEO)". A legal
// deadline is the raise moment plus the law's fixed days: its day less those days is the day the case was
// raised, and two such lines are a count the section above hid. A reader who does not hold a case learns its
// deadline's week only, and a holder's count only when at least k; the holder's own emails keep the day.

const { k } = exampleConfig.anonymity;
const HOUR = 3_600_000;
const DIGEST_AT = Date.parse('2026-11-23T14:00:00Z'); // the Monday after GOLDEN_WEEK
const template = seededDigestInput().escalations.raised.find((e) => e.status === 'raised')!;

/** The law's days to acknowledge, as the config sets them. */
const withLawDays = (days: number): Config => ({
  ...exampleConfig,
  legalClocks: { ...exampleConfig.legalClocks, acknowledgeDays: days },
});

/** The legal clocks as the sweep leaves them at `now`: a deadline gone is kept as passed, one ahead is scheduled. */
function clocksOf(config: Config, cases: Escalation[], now: number): LegalClocks {
  const passed: PassedDeadline[] = [];
  const ahead: ClockEvent[] = [];
  for (const e of cases) {
    const due = deadlineOf(config, 'acknowledge', e.raisedAt);
    const day = deadlineDay(due, config.timezone);
    if (due.getTime() <= now) passed.push({ escalationId: e.id, deadline: 'acknowledge', day });
    else ahead.push({ escalationId: e.id, deadline: 'acknowledge', stage: 'passed', at: due.toISOString(), day });
  }
  return {
    schedule: async () => {},
    dueBy: async () => [],
    between: async (from, to) =>
      ahead.filter((e) => Date.parse(e.at) > from.getTime() && Date.parse(e.at) <= to.getTime()),
    remove: async () => {},
    recordPassed: async () => {},
    met: async () => {},
    listPassed: async () => passed,
  };
}

/** `Tuesday, December 1, 2026` and `December 1`: a deadline's day as its holder is told it, and shorter. */
const dayWords = (day: string) => {
  const at = new Date(`${day}T12:00:00Z`);
  const long = new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
  return [long, new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(at)];
};

const mondayLabel = (week: string) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    startOfIsoWeek(week),
  );

const arbitraryCase = fc.record({
  holder: fc.constantFrom(...exampleConfig.sponsors.map((s) => s.id)),
  // Raised any hour in the three weeks before the digest is built.
  hoursBefore: fc.integer({ min: 1, max: 21 * 24 }),
});

describe('the legal deadlines a reader who does not hold the case is shown', () => {
  it('Should show the leadership digest each holder’s deadlines by week, a count only when at least k, never a day, for any raise times and law', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbitraryCase, { minLength: 1, maxLength: 2 * k + 2 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 4 * 24 }),
        async (raised, lawDays, hoursAfter) => {
          const config = withLawDays(lawDays);
          const now = DIGEST_AT + hoursAfter * HOUR;
          const cases: Escalation[] = raised.map((c, n) => ({
            ...template,
            id: `case:${n}`,
            caseKey: n.toString(16).padStart(64, 'a'),
            sponsorId: c.holder,
            level: 0,
            reroute: undefined,
            raisedAt: new Date(Math.floor((now - c.hoursBefore * HOUR) / HOUR) * HOUR).toISOString(),
            slaDueAt: new Date(now + HOUR).toISOString(),
            status: 'raised',
          }));
          const deps = {
            ...inMemoryDigestDeps({
              config,
              now: new Date(now).toISOString(),
              escalations: { raised: cases, responded: [], overdueNow: [] },
            }),
            clocks: clocksOf(config, cases, now),
          };
          await publishDigest(deps, { week: GOLDEN_WEEK });

          // What the reader should be told: each holder's unmet deadlines by week, this week's and next at most.
          const thisWeek = isoWeekOf(new Date(now), config.timezone);
          const nextWeek = isoWeekOf(new Date(now + 7 * 24 * HOUR), config.timezone);
          const days = cases.map((e) => deadlineDay(deadlineOf(config, 'acknowledge', e.raisedAt), config.timezone));
          const listed = cases
            .map((e, i) => ({ e, day: days[i]!, due: deadlineOf(config, 'acknowledge', e.raisedAt).getTime() }))
            .filter(({ day, due }) => due <= now || weekOfDay(day) <= nextWeek);
          const expected = new Map<string, number>();
          for (const { e, day } of listed) {
            const week = weekOfDay(day);
            const name = config.sponsors.find((s) => s.id === e.sponsorId)!.name;
            const key = `${week < thisWeek ? 'passed' : 'near'}|${week}|${name}`;
            expected.set(key, (expected.get(key) ?? 0) + 1);
          }

          const archived = digestSchema.parse(
            JSON.parse(JSON.stringify(await deps.archive.get({ week: GOLDEN_WEEK }))),
          );
          const groups = archived.escalations.legalDeadlines ?? [];
          expect(new Map(groups.map((g) => [`${g.state}|${g.week}|${g.holder}`, g.count ?? 'fewer']))).toEqual(
            new Map([...expected].map(([key, n]) => [key, n >= k ? n : 'fewer'])),
          );
          for (const g of groups) {
            expect(Object.keys(g)).not.toContain('day');
            if (g.count !== undefined) expect(g.count).toBeGreaterThanOrEqual(k);
          }

          // Every rendering leadership reads: the email (text and HTML), the web view, the archive.
          const leadershipEmails = deps.mailer.sent.filter((m) =>
            m.to.some((r) => config.digest.recipients.includes(r)),
          );
          expect(leadershipEmails.length).toBeGreaterThan(0);
          const readings = [
            ...leadershipEmails.flatMap((m) => [m.text, m.html]),
            renderDigestPage(archived),
            JSON.stringify(archived.escalations),
          ];
          const lines = leadershipEmails[0]!.text.split('\n').filter((l) => /cases held by/.test(l));
          expect(lines).toHaveLength(groups.length);
          for (const line of lines) {
            const said =
              /^\s*(?:(\d+)|1 to (\d+)) cases held by .+ (?:have a|are past a) legal deadline (?:that fell )?in the week of (.+?), (?:not yet|still not) met$/.exec(
                line,
              );
            expect(said, line).not.toBeNull();
            if (said![1]) expect(Number(said![1])).toBeGreaterThanOrEqual(k);
            else expect(Number(said![2])).toBe(k - 1);
            expect(groups.map((g) => mondayLabel(g.week))).toContain(said![3]);
          }
          for (const reading of readings)
            for (const day of days) {
              const [long] = dayWords(day);
              expect(reading).not.toContain(long);
              expect(reading).not.toMatch(/a case held by/);
            }
          for (const line of lines) for (const day of days) expect(line).not.toContain(dayWords(day)[1]);

          // No sponsor's own digest lists a case by its deadline.
          for (const m of deps.mailer.sent.filter((m) => !leadershipEmails.includes(m)))
            expect(m.text).not.toMatch(/legal deadline/i);

          // The holder, asked to act, is still told the day.
          const first = cases[0]!;
          const holder = config.sponsors.find((s) => s.id === first.sponsorId)!;
          const email = conversationEmail(config, first, [holder.email], 'https://feedback.example.com/ack/x', {
            kind: 'deadline-near',
            deadline: 'acknowledge',
            day: days[0]!,
            audience: 'holder',
          });
          expect(email.text).toContain(dayWords(days[0]!)[0]);
        },
      ),
      { numRuns: 40 },
    );
    // Forty whole digests: about 5 s alone, 26 s on a CI machine running two files at once.
  }, 120_000);

  it('Should fold a digest archived with each case’s day when it is read back (its web view), by week too', () => {
    const digest = buildDigest(exampleConfig, seededDigestInput());
    const old = JSON.parse(JSON.stringify(digest));
    old.escalations.legalDeadlines = [
      { state: 'near', deadline: 'acknowledge', day: '2026-12-01', holder: 'Alex Romero (CEO)' },
      { state: 'near', deadline: 'acknowledge', day: '2026-12-01', holder: 'Alex Romero (CEO)' },
    ];
    const read = digestSchema.parse(old);
    expect(read.escalations.legalDeadlines).toEqual([{ state: 'near', week: '2026-W49', holder: 'Alex Romero (CEO)' }]);
    const page = renderDigestPage(read);
    expect(page).toContain(
      `1 to ${k - 1} cases held by Alex Romero (CEO) have a legal deadline in the week of Mon 30 Nov`,
    );
    expect(page).not.toContain('December 1');
    expect(
      foldLegalDeadlines(
        [
          { escalationId: 'a', day: '2026-12-01', holder: 'x' },
          { escalationId: 'b', day: '2026-12-01', holder: 'x' },
        ],
        2,
        '2026-W50',
      ),
    ).toEqual([{ state: 'passed', week: '2026-W49', holder: 'x', count: 2 }]);
  });
});
