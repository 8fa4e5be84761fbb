import type { Config, Sponsor } from '../config/schema';
import { ISO_WEEK_PATTERN } from '../domain/iso-week';
import { buildDigest, weeksNeeded } from '../digest/build-digest';
import { digestLink } from '../digest/links';
import type { Digest } from '../digest/model';
import { digestEmail } from '../digest/render-email';
import { weekBounds } from '../digest/weeks';
import { ValidationError } from '../errors';
import type { Clock } from '../ports/clock';
import type { DigestArchive, DigestKey } from '../ports/digest-archive';
import type { EscalationHistory } from '../ports/escalation-history';
import type { Mailer } from '../ports/mailer';
import type { VerbatimCandidates } from '../ports/verbatim-candidates';
import type { WeeklyFiguresStore } from '../ports/weekly-figures-store';
import { DAY_MS } from '../domain/durations';

export interface DigestDeps {
  config: Config;
  figures: WeeklyFiguresStore;
  verbatims: VerbatimCandidates;
  escalations: EscalationHistory;
  archive: DigestArchive;
  mailer: Mailer;
  clock: Clock;
  linkSigningKey: string;
  /** Where the web-view links point, e.g. https://feedback.example.com */
  publicUrl: string;
  /** Told each step as it happens (the CLI prints it). */
  progress?: (line: string) => void;
}

export interface DigestOptions {
  week: string;
  /** Send the leadership digest to these addresses instead of the configured recipients, and no sponsor variants. */
  to?: string[];
  /** Build and archive, send nothing. */
  dryRun?: boolean;
  /** Leave out digests already delivered to their configured recipients: a scheduled run that is retried sends nothing twice. */
  skipDelivered?: boolean;
}

export interface PublishedDigest {
  key: DigestKey;
  /** `leadership`, or the sponsor's name. */
  audience: string;
  archivedAt: string;
  webView: string;
  /** Who it went to; empty on a dry run or when skipped. */
  sentTo: string[];
  skipped?: string;
}

export interface DigestRun {
  week: string;
  total?: number;
  digests: PublishedDigest[];
  ms: { read: number; build: number; deliver: number };
}

const MAX_OVERDUE_LISTED = 200;

/**
 * Builds a week's digest for leadership and a variant per sponsor, archives
 * each as JSON, and emails them with a signed web-view link. It reads the
 * pre-computed figures of `TREND_WEEKS` weeks, the week's verbatim sample
 * and the week's escalation entries: its cost does not grow with the
 * history kept.
 *
 * @example
 * const run = await publishDigest(deps, { week: '2026-W47', dryRun: true });
 */
export async function publishDigest(deps: DigestDeps, options: DigestOptions): Promise<DigestRun> {
  const { config, clock } = deps;
  const say = deps.progress ?? (() => undefined);
  const { week } = options;
  if (!ISO_WEEK_PATTERN.test(week)) throw new ValidationError(`week must be an ISO week such as 2026-W47, not '${week}'`, [{ path: 'week', message: 'must look like 2026-W47' }]);
  const now = clock.now();

  let started = performance.now();
  const weeks = weeksNeeded(week);
  say(`Reading weekly figures for ${weeks[0]} to ${week}, the week's comment sample and its escalations…`);
  const { start, end } = weekBounds(week, config.timezone);
  const [figures, candidates, raised, responded, overdueNow] = await Promise.all([
    Promise.all(weeks.map((w) => deps.figures.read(w))),
    deps.verbatims.list(week),
    deps.escalations.listRaisedBetween(start, end),
    deps.escalations.listRespondedBetween(start, end),
    deps.escalations.listOverdue(now, MAX_OVERDUE_LISTED),
  ]);
  const read = performance.now() - started;

  started = performance.now();
  const input = { week, figures: new Map(figures.map((f) => [f.week, f])), candidates, escalations: { raised, responded, overdueNow }, generatedAt: now };
  const audiences: { key: DigestKey; sponsor?: Sponsor; digest: Digest }[] = [
    { key: { week }, digest: buildDigest(config, input) },
    ...config.sponsors.map((sponsor) => ({ key: { week, sponsorId: sponsor.id }, sponsor, digest: buildDigest(config, input, sponsor) })),
  ];
  const build = performance.now() - started;
  const leadership = audiences[0]!.digest;
  say(
    leadership.headline.total === undefined
      ? `Built: fewer than ${config.anonymity.k} submissions in ${week}, so the digest shows no figures.`
      : `Built: ${leadership.headline.total.toLocaleString('en-US')} submissions, ${leadership.verbatims.length} verbatims, ${leadership.escalations.raised} escalations raised; ${config.sponsors.length} sponsor variants.`,
  );

  started = performance.now();
  const linkExpiry = new Date(now.getTime() + config.escalation.linkValidDays * DAY_MS);
  const digests: PublishedDigest[] = [];
  for (const { key, sponsor, digest } of audiences) {
    const audience = sponsor ? sponsor.name : 'leadership';
    const webView = digestLink(deps.publicUrl, key, deps.linkSigningKey, linkExpiry);
    if (options.skipDelivered && !options.to) {
      const delivered = (await deps.archive.get(key))?.delivered;
      if (delivered) {
        digests.push({ key, audience, archivedAt: '', webView, sentTo: [], skipped: `already delivered at ${delivered.at}` });
        say(`Skipped the ${audience} digest: already delivered at ${delivered.at}.`);
        continue;
      }
    }
    // A rebuild (a dry run, a --to test send) keeps the record of an earlier
    // delivery, so a retried scheduled run still sends nothing twice.
    const delivered = (await deps.archive.get(key))?.delivered;
    const archivedAt = await deps.archive.put(key, delivered ? { ...digest, delivered } : digest);
    const recipients = options.to ? (sponsor ? [] : options.to) : sponsor ? [sponsor.email] : config.digest.recipients;
    if (options.dryRun || recipients.length === 0) {
      const skipped = options.dryRun ? 'dry run' : '--to sends only the leadership digest';
      digests.push({ key, audience, archivedAt, webView, sentTo: [], skipped });
      say(`Archived the ${audience} digest to ${archivedAt} (not sent: ${skipped}).`);
      continue;
    }
    await deps.mailer.send(digestEmail(digest, recipients, { webView }));
    // Only a delivery to the configured recipients counts; a --to test send does not.
    if (!options.to) await deps.archive.put(key, { ...digest, delivered: { at: clock.now().toISOString(), to: recipients } });
    digests.push({ key, audience, archivedAt, webView, sentTo: recipients });
    say(`Sent the ${audience} digest to ${recipients.join(', ')}; archived to ${archivedAt}.`);
  }
  return { week, total: leadership.headline.total, digests, ms: { read, build, deliver: performance.now() - started } };
}
