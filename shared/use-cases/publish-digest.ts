import type { Config, Sponsor } from '../config/schema';
import { LEADERSHIP } from '../domain/escalation';
import type { LegalClocks } from '../ports/legal-clocks';
import { clocksStanding, type ClockStanding } from './legal-clocks';
import { foldLegalDeadlines } from '../digest/legal-deadlines';
import { candidateFor, caseFor, inputFor, sponsorsAt } from '../digest/around-sponsors';
import { ISO_WEEK_PATTERN } from '../domain/iso-week';
import { buildDigest, weeksNeeded, type DigestInput } from '../digest/build-digest';
import { publishableResponses, quotableCandidates } from '../digest/quotes-singling-out';
import { digestLink } from '../digest/links';
import { deskUrl } from '../domain/case-desk';
import type { Digest } from '../digest/model';
import { digestEmail } from '../digest/render-email';
import { describeWeek, weekBounds } from '../digest/weeks';
import { ValidationError } from '../errors';
import type { Clock } from '../ports/clock';
import type { DigestArchive, DigestKey } from '../ports/digest-archive';
import type { DeliveryClaim, DigestDeliveries, DigestDelivery } from '../ports/digest-deliveries';
import type { DigestSnapshots } from '../ports/digest-snapshots';
import type { EscalationHistory } from '../ports/escalation-history';
import type { Email, Mailer } from '../ports/mailer';
import type { VerbatimCandidates } from '../ports/verbatim-candidates';
import type { WeeklyFiguresStore } from '../ports/weekly-figures-store';
import { DAY_MS } from '../domain/durations';
import { isoWeekOf } from '../domain/iso-week';
import { LEADING_PHRASES, type PhraseFigures, type WeeklyFigures } from '../domain/weekly-figures';
import { randomBytes } from 'node:crypto';

export interface DigestDeps {
  config: Config;
  figures: WeeklyFiguresStore;
  /** Each week's figures as first shown, so that no later digest shows a week differently (see `DigestSnapshots`). */
  snapshots: DigestSnapshots;
  verbatims: VerbatimCandidates;
  escalations: EscalationHistory;
  archive: DigestArchive;
  /** Who has had which week's digest: a digest goes once per week and recipient. */
  deliveries: DigestDeliveries;
  mailer: Mailer;
  clock: Clock;
  /**
   * The key that signs the web-view and desk links, or what fetches it (the
   * Lambda's Secrets Manager read): fetched beside the run's reads, not
   * before them, so a cold digest waits for one round trip fewer.
   */
  linkSigningKey: string | (() => Promise<string>);
  /** Where the web-view links point, e.g. https://feedback.example.com */
  publicUrl: string;
  /** Told each step as it happens (the CLI prints it). */
  progress?: (line: string) => void;
  /**
   * How long to watch a delivery another run left `sending` before taking
   * it over: longer than a live run holds one (a single email send), so
   * only a run that stopped is taken over. Default `STALE_CLAIM_WAIT_MS`.
   */
  staleClaimWaitMs?: number;
  /** Waits; tests pass one that returns at once. */
  sleep?: (ms: number) => Promise<void>;
  /** The legal clocks: leadership's digest lists the cases near or past a deadline. Without them, none. */
  clocks?: LegalClocks;
}

/** A live run holds a claim for one email send; a minute without progress means it stopped. */
export const STALE_CLAIM_WAIT_MS = 60_000;
/** The smallest k the config accepts: phrases mentioned fewer times can never be a theme, and are not frozen. */
const SMALLEST_K = 3;

export interface DigestOptions {
  week: string;
  /** Send the leadership digest to these addresses instead of the configured recipients, and no sponsor variants. */
  to?: string[];
  /** Build and archive, send nothing. */
  dryRun?: boolean;
  /**
   * Send again to recipients who already had this week's digest. Without it
   * a digest goes once per week and recipient, however often the run is
   * repeated (by hand or by a retried schedule) or however many run at once.
   */
  resend?: boolean;
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
  /** On a dry run, the email it would have sent, so the operator can open it before anyone gets it. */
  preview?: Email;
}

export interface DigestRun {
  week: string;
  total?: number;
  digests: PublishedDigest[];
  ms: { read: number; build: number; deliver: number };
  /** Set when recipients were left out because they already had the digest: says so, for people. */
  alreadySent?: string;
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
  if (!ISO_WEEK_PATTERN.test(week))
    throw new ValidationError(`week must be an ISO week such as 2026-W47, not '${week}'`, [
      { path: 'week', message: 'must look like 2026-W47' },
    ]);
  const now = clock.now();
  const { start, end } = weekBounds(week, config.timezone);
  if (end.getTime() > now.getTime()) {
    // A digest of part of a week, beside the whole week's later, would tell what came in after it.
    throw new ValidationError(
      `The week ${week} (${describeWeek(week)}) is not over yet; its digest can be built once it is, and then counts the whole week.`,
      [{ path: 'week', message: 'must be a week that has ended' }],
    );
  }

  let started = performance.now();
  const weeks = weeksNeeded(week);
  say(`Reading weekly figures for ${weeks[0]} to ${week}, the week's comment sample and its escalations…`);
  // Every read the run makes before it writes goes out at once: none depends on another, and in a
  // cold Lambda each round trip in a row is waited for (docs/performance-log.md, "Thirteenth round").
  const sending = !(options.dryRun || options.to);
  const [linkSigningKey, figures, candidates, raised, responded, overdueNow, standing, deliveries] = await Promise.all([
    typeof deps.linkSigningKey === 'string' ? deps.linkSigningKey : deps.linkSigningKey(),
    // A dry run is a trial: it shows a week not yet frozen as it stands now and freezes nothing, so the
    // first digest anyone receives (or a --to test send) is still the one that fixes the week's figures.
    frozenFigures(deps, weeks, !options.dryRun),
    // Never a comment whose words point to one person, even one sampled before analysis left such comments out.
    deps.verbatims.list(week).then(quotableCandidates),
    deps.escalations.listRaisedBetween(start, end),
    // Never a sponsor's response whose words point to one person ("thanks to the only electrician on nights").
    deps.escalations.listRespondedBetween(start, end).then(publishableResponses),
    deps.escalations.listOverdue(now, MAX_OVERDUE_LISTED),
    // Leadership's alone: a sponsor's digest never lists a case (one routed around them included).
    deps.clocks
      ? clocksStanding({ config, clocks: deps.clocks, escalations: deps.escalations, clock: deps.clock })
      : undefined,
    // Who already has the week's digest. Read before the digests are built rather than after: a run that
    // starts meanwhile is still stopped by the conditional claim, as it always was.
    sending ? deps.deliveries.list(week) : [],
  ]);
  const read = performance.now() - started;

  started = performance.now();
  const input = { week, figures, candidates, escalations: { raised, responded, overdueNow }, generatedAt: now };
  // A sponsor (or a reader of the leadership list who is one) sees nothing of a report that goes around them.
  const audiences: { key: DigestKey; sponsor?: Sponsor; digest: Digest; recipients?: string[] }[] = [
    { key: { week }, digest: buildDigest(config, input) },
    ...config.sponsors.map((sponsor) => ({
      key: { week, sponsorId: sponsor.id },
      sponsor,
      digest: buildDigest(config, inputFor(input, new Set([sponsor.id])), sponsor),
    })),
  ];
  const build = performance.now() - started;
  const leadership = audiences[0]!.digest;
  if (standing) leadership.escalations.legalDeadlines = legalDeadlinesOf(config, standing, new Set(), now);
  if (!options.to) audiences.push(...leadershipReadersGoneAround(config, input, standing, week));
  say(
    leadership.headline.total === undefined
      ? `Built: ${week} had fewer than ${config.anonymity.k} submissions, so its digest shows no counts (too few to show without pointing to someone).`
      : `Built: ${leadership.headline.total.toLocaleString('en-US')} submissions, ${leadership.verbatims.length} verbatims, ${leadership.escalations.raised ?? `fewer than ${config.anonymity.k}`} escalations raised; ${config.sponsors.length} sponsor variants.`,
  );

  started = performance.now();
  const linkExpiry = new Date(now.getTime() + config.escalation.linkValidDays * DAY_MS);
  const sentInWeek = isoWeekOf(now, config.timezone);
  const run = randomBytes(8).toString('hex');
  const readersApart = new Set(audiences.flatMap((a) => (a.sponsor ? [] : (a.recipients ?? []))));
  const recipientsOf = (sponsor?: Sponsor, own?: string[]) =>
    own ??
    (options.to
      ? sponsor
        ? []
        : options.to
      : sponsor
        ? [sponsor.email]
        : config.digest.recipients.filter((r) => !readersApart.has(r)));
  const deliveryId = (audienceId: string, recipient: string) => `${audienceId}#${recipient.toLowerCase()}`;
  const wanted = new Set(
    audiences.flatMap(({ sponsor, recipients }) =>
      recipientsOf(sponsor, recipients).map((r) => deliveryId(sponsor ? `sponsor-${sponsor.id}` : 'leadership', r)),
    ),
  );
  const earlier = sending
    ? await deliveriesOf(deps, week, deliveries, (d) => wanted.has(deliveryId(d.audience, d.recipient)))
    : [];
  // Every digest is archived at once; each is awaited in its turn below, so a digest whose archive fails
  // stops the run where it did before (those before it sent, none after). A later one's failure is
  // then never reported twice, nor left unhandled.
  const archiving = audiences.map(({ key, digest }) => deps.archive.put(key, digest));
  for (const archived of archiving) archived.catch(() => undefined);
  const skippedRecipients = new Map<string, string>(); // recipient → the week it was sent in
  const digests: PublishedDigest[] = [];
  let failure: unknown;
  for (const [index, { key, sponsor, digest, recipients: own }] of audiences.entries()) {
    const audience = sponsor ? sponsor.name : 'leadership';
    const audienceId = sponsor ? `sponsor-${sponsor.id}` : 'leadership';
    const webView = digestLink(deps.publicUrl, key, linkSigningKey, linkExpiry);
    // A sponsor's own digest also opens their case desk.
    const desk = sponsor ? deskUrl(config, sponsor, deps.publicUrl, now, linkSigningKey) : undefined;
    const archivedAt = await archiving[index]!;
    const recipients = recipientsOf(sponsor, own);
    if (options.dryRun || recipients.length === 0) {
      const skipped = options.dryRun
        ? 'dry run'
        : options.to
          ? '--to sends only the leadership digest'
          : 'no recipients';
      const preview = options.dryRun ? digestEmail(digest, recipients, { webView, desk }) : undefined;
      digests.push({ key, audience, archivedAt, webView, sentTo: [], skipped, ...(preview ? { preview } : {}) });
      say(`Archived the ${audience} digest to ${archivedAt} (not sent: ${skipped}).`);
      continue;
    }
    if (options.to) {
      // A test send to addresses given by hand: always sent, never recorded as the week's delivery.
      await deps.mailer.send(digestEmail(digest, recipients, { webView, desk }));
      digests.push({ key, audience, archivedAt, webView, sentTo: recipients });
      say(`Sent the ${audience} digest to ${recipients.join(', ')}; archived to ${archivedAt}.`);
      continue;
    }

    // Claim each recipient first (a conditional write: the first run wins),
    // then send each their own email and mark it sent. A claim a stopped run
    // left behind is taken over, so a crash loses no digest; an address the
    // mail service refuses is given back alone, so the retry sends it to
    // that reader and to nobody who already has it.
    const claimed: DeliveryClaim[] = [];
    for (const recipient of recipients) {
      const claim: DeliveryClaim = { week, audience: audienceId, recipient, sentInWeek, run };
      const before = earlier.find(
        (d) => d.audience === audienceId && d.recipient.toLowerCase() === recipient.toLowerCase(),
      );
      let won: boolean;
      if (!before) won = await deps.deliveries.claim(claim);
      else if (options.resend) won = await deps.deliveries.claim(claim, before.sends);
      else if (before.state === 'sent') {
        skippedRecipients.set(recipient, before.sentInWeek);
        continue;
      } else won = await deps.deliveries.takeOver(claim, before); // left by a run that stopped (`deliveriesOf` made sure)
      if (won) claimed.push(claim);
      else skippedRecipients.set(recipient, sentInWeek); // another run, at this very moment
    }
    if (claimed.length === 0) {
      digests.push({ key, audience, archivedAt, webView, sentTo: [], skipped: 'already sent' });
      say(
        `Did not send the ${audience} digest again: ${recipients.join(', ')} already had it. Archived to ${archivedAt}.`,
      );
      continue;
    }
    const sendTo: string[] = [];
    for (const claim of claimed) {
      try {
        await deps.mailer.send(digestEmail(digest, [claim.recipient], { webView, desk }));
      } catch (error) {
        await deps.deliveries.release(claim);
        failure ??= error;
        continue;
      }
      await deps.deliveries.confirm(claim);
      sendTo.push(claim.recipient);
    }
    if (sendTo.length === 0) continue;
    digests.push({ key, audience, archivedAt, webView, sentTo: sendTo });
    say(`Sent the ${audience} digest to ${sendTo.join(', ')}; archived to ${archivedAt}.`);
  }
  const alreadySent = skippedRecipients.size ? alreadySentNotice(week, skippedRecipients) : undefined;
  if (alreadySent) say(alreadySent);
  // Every other reader has had theirs: the run fails for those left, whom a re-run (or the retried schedule) sends to alone.
  if (failure) throw failure;
  return {
    week,
    total: leadership.headline.total,
    digests,
    ms: { read, build, deliver: performance.now() - started },
    alreadySent,
  };
}

/**
 * The weeks' figures as every digest shows them: frozen by the first digest
 * sent that read each week, and read from there ever after. `freeze` is
 * false on a dry run: a trial shows a week not yet frozen as counted now and
 * leaves it unfrozen, so it changes nothing a later digest shows.
 *
 * Why frozen, rather than counting a late submission into the week it was
 * analysed in: the figures of a week stay those of the submissions made in
 * it (a mood is not moved to the next week), the analysis needs to know
 * nothing of digests, and the rule holds for every figure a digest derives
 * from earlier weeks (trend, last week, movers, themes) without each one
 * being reasoned about. A submission analysed after its week was frozen is
 * still stored, escalated and answered; it is only missing from the counts.
 */
async function frozenFigures(
  deps: DigestDeps,
  weeks: readonly string[],
  freeze: boolean,
): Promise<Map<string, WeeklyFigures>> {
  const frozen = await deps.snapshots.read(weeks);
  const unfrozen: string[] = [];
  for (const week of weeks) {
    if (frozen.has(week)) continue;
    const live = await deps.figures.read(week);
    const shown = { ...live, phrases: leadingPhrases(live.phrases) };
    if (freeze) frozen.set(week, await deps.snapshots.freeze(shown));
    else {
      frozen.set(week, shown);
      unfrozen.push(week);
    }
  }
  // Said, so that the operator knows a later sent digest may count a few more (those analysed meanwhile).
  if (unfrozen.length)
    deps.progress?.(
      `Dry run: the figures of ${unfrozen.length === 1 ? unfrozen[0] : `${unfrozen[0]} to ${unfrozen.at(-1)}`} are read as they stand now and not fixed; the first digest actually sent fixes them for good.`,
    );
  return frozen;
}

/**
 * The phrases a frozen week keeps: the `LEADING_PHRASES` said most often
 * (ties by text, so the choice is fixed), and only those said at least
 * `SMALLEST_K` times, which is all a theme can come from. A store may
 * already hold no more than these; a smaller one holds the whole tail.
 */
function leadingPhrases(phrases: readonly PhraseFigures[]): PhraseFigures[] {
  return phrases
    .filter((p) => p.total >= SMALLEST_K)
    .sort((a, b) => b.total - a.total || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0))
    .slice(0, LEADING_PHRASES);
}

/**
 * The week's delivery records, once any this run would send to and left
 * `sending` by another run have been watched for `staleClaimWaitMs`: those still held by the same run then
 * belong to a run that stopped, and are returned as they are, for this run
 * to take over; those that moved meanwhile are returned as they now stand.
 * Nothing about when is stored: the wait is this run's own.
 */
async function deliveriesOf(
  deps: DigestDeps,
  week: string,
  first: DigestDelivery[],
  wanted: (d: DigestDelivery) => boolean,
): Promise<DigestDelivery[]> {
  const left = first.filter((d) => d.state === 'sending' && wanted(d));
  if (left.length === 0) return first;
  const wait = deps.staleClaimWaitMs ?? STALE_CLAIM_WAIT_MS;
  const who = left.length === 1 ? '1 recipient' : `${left.length} recipients`;
  deps.progress?.(
    `An earlier run began sending to ${who} without finishing; waiting ${Math.round(wait / 1000)} s to be sure it has stopped before sending in its place…`,
  );
  await (deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))))(wait);
  return deps.deliveries.list(week);
}

/** `The digest for 2026-W49 was already sent to 4 recipients in week 2026-W50; use --resend to send it again.` */
function alreadySentNotice(week: string, recipients: ReadonlyMap<string, string>): string {
  const weeks = [...new Set(recipients.values())].sort();
  const when =
    weeks.length === 1 ? `in week ${weeks[0]}` : `in weeks ${weeks.slice(0, -1).join(', ')} and ${weeks.at(-1)}`;
  const who = recipients.size === 1 ? '1 recipient' : `${recipients.size} recipients`;
  return `The digest for ${week} was already sent to ${who} ${when}; use --resend to send it again.`;
}

/**
 * The cases near or past a legal deadline, for leadership's digest: none that goes around `readers`, folded by
 * holder and week with a count only when at least k (`foldLegalDeadlines`): no reader learns a deadline's day.
 */
function legalDeadlinesOf(
  config: Config,
  standing: readonly ClockStanding[],
  readers: ReadonlySet<string>,
  now: Date,
): NonNullable<Digest['escalations']['legalDeadlines']> {
  const cases = standing
    .filter((s) => !(s.around ?? []).some((id) => readers.has(id)))
    .map((s) => ({
      escalationId: s.escalationId,
      day: s.day,
      holder:
        s.sponsorId === LEADERSHIP
          ? 'the leadership list'
          : (config.sponsors.find((x) => x.id === s.sponsorId)?.name ?? s.sponsorId),
    }));
  return foldLegalDeadlines(cases, config.anonymity.k, isoWeekOf(now, config.timezone));
}

/**
 * Readers of the leadership list who are also sponsors that some of this
 * week's reports go around: each gets the leadership digest without those
 * reports (no quote, no response, no count, no legal deadline of them),
 * archived apart so that its web view shows the same. Everyone else on the
 * list gets the one leadership digest.
 */
function leadershipReadersGoneAround(
  config: Config,
  input: DigestInput,
  standing: readonly ClockStanding[] | undefined,
  week: string,
): { key: DigestKey; digest: Digest; recipients: string[] }[] {
  const apart = new Map<string, { readers: Set<string>; recipients: string[] }>();
  for (const recipient of config.digest.recipients) {
    const readers = sponsorsAt(config, recipient);
    if (!readers.size) continue;
    const { raised, responded, overdueNow } = input.escalations;
    const touched =
      input.candidates.some((c) => !candidateFor(c, readers)) ||
      [...raised, ...responded, ...overdueNow].some((e) => !caseFor(e, readers)) ||
      (standing ?? []).some((s) => (s.around ?? []).some((id) => readers.has(id)));
    if (!touched) continue;
    const id = [...readers].sort().join('+');
    const group = apart.get(id) ?? { readers, recipients: [] };
    group.recipients.push(recipient);
    apart.set(id, group);
  }
  return [...apart.entries()].map(([id, { readers, recipients }]) => {
    const digest = buildDigest(config, inputFor(input, readers));
    if (standing) digest.escalations.legalDeadlines = legalDeadlinesOf(config, standing, readers, input.generatedAt);
    return { key: { week, sponsorId: `leadership-${id}` }, digest, recipients };
  });
}
