import { createHash } from 'node:crypto';
import { kioskSource } from './quiet-source';
import type { Config } from '../config/schema';
import { kioskTokenHash, looksLikeKioskToken, type KioskSubmission } from '../domain/kiosk';
import { AppError, TooManyRequestsError } from '../errors';
import type { Clock } from '../ports/clock';
import type { KioskIdentity, KioskRegistry } from '../ports/kiosk-registry';
import type { RateAndReplayState } from './rate-and-replay-state';
import { submitFeedback, type Accepted, type SubmitFeedbackDeps } from './submit-feedback';

/** No token, an unknown one, or a revoked one. */
export class KioskTokenError extends AppError {
  constructor(message: string) {
    super('unauthorized', message);
    this.name = 'KioskTokenError';
  }
}

/** The token is valid but its kiosk's site is no longer in the config. */
export class KioskSiteError extends AppError {
  constructor(site: string) {
    super(
      'forbidden',
      `this kiosk belongs to site '${site}', which is no longer configured; enrol it again for a current site`,
    );
    this.name = 'KioskSiteError';
  }
}

const WINDOW_MS = 60_000;

/**
 * Who is asking: the kiosk a bearer token was issued to, from the hash of
 * the token (one GetItem). Anything else is a {@link KioskTokenError}.
 */
export async function authenticateKiosk(
  deps: { kiosks: Pick<KioskRegistry, 'findByTokenHash'>; config: Config },
  authorization: string | undefined,
): Promise<KioskIdentity> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) throw new KioskTokenError('this kiosk is not enrolled: send Authorization: Bearer <kiosk token>');
  const token = match[1]!;
  const kiosk = looksLikeKioskToken(token) ? await deps.kiosks.findByTokenHash(kioskTokenHash(token)) : undefined;
  if (!kiosk)
    throw new KioskTokenError('this kiosk token is not valid, or the kiosk was revoked; enrol the tablet again');
  if (!deps.config.sites.some((s) => s.id === kiosk.site)) throw new KioskSiteError(kiosk.site);
  return kiosk;
}

/**
 * Counts a request against the kiosk's per-minute limit (config
 * `limits.kioskPerMinute`): far more than people queueing at one tablet
 * could tap. Over it, a 429 says when the minute ends, unless the report reads urgent and its allowance for
 * the minute is not spent: a report urgent in its words (`urgency.wordsUrgent`) has an allowance of its own,
 * which reports only ticked urgent (the button, an urgent topic chosen: free to tap) never spend; they have
 * their own, as large. The counters live in
 * the rate and replay state, keyed by an HMAC of the kiosk and minute under
 * the hour's random key: once that key is forgotten, no counter can be
 * matched to a kiosk, and none is ever written beside the cases.
 */
export async function throttleKiosk(
  deps: { rateState: RateAndReplayState; config: Config; clock: Clock },
  kiosk: KioskIdentity,
  urgency?: { asked(): boolean; wordsUrgent(): Promise<boolean> },
): Promise<void> {
  const now = deps.clock.now().getTime();
  const windowStart = Math.floor(now / WINDOW_MS) * WINDOW_MS;
  const windowEnd = windowStart + WINDOW_MS;
  const minute = new Date(windowStart).toISOString();
  const count = await deps.rateState.count(`kiosk-minute:${kiosk.kioskId}:${minute}`);
  if (count <= deps.config.limits.kioskPerMinute) return;
  const retryAfter = Math.max(1, Math.ceil((windowEnd - now) / 1000));
  // Past the kiosk's minute, a report urgent in its words (read as SMS reads them) is still taken, from an
  // allowance of its own; one only ticked, from another: five ticked calm taps never cost a knife report.
  const within = async (allowance: string) =>
    (await deps.rateState.count(`${allowance}:${kiosk.kioskId}:${minute}`)) <= URGENT_KIOSK_OVER_BUDGET_PER_MINUTE;
  if (urgency && (await urgency.wordsUrgent()) && (await within('kiosk-urgent-minute'))) return;
  if (urgency?.asked() && (await within('kiosk-ticked-minute'))) return;
  throw new TooManyRequestsError(
    'This kiosk is sending more than people could; it will be accepted again shortly',
    retryAfter,
  );
}

/**
 * Reports that read urgent in their words one kiosk may still send a minute once `limits.kioskPerMinute` is
 * spent, and as many again only ticked urgent: as
 * an SMS number's `limits.urgentSmsOverBudgetPerHour`, enough for people at one tablet to report one
 * danger several times, while each may reach an executive, so a flood of made-up ones stays small.
 */
export const URGENT_KIOSK_OVER_BUDGET_PER_MINUTE = 5;

/**
 * A kiosk tap, with its optional topic, comment and urgency. The site is the
 * kiosk's, never the client's; the client's key makes retries safe: the same
 * key from the same kiosk within the hour and the next is the same case and
 * case code, and only the first delivery's content is kept.
 *
 * @example
 * const kiosk = await authenticateKiosk(deps, request.headers.get('authorization'));
 * await throttleKiosk(deps, kiosk);
 * const { caseCode } = await submitKioskFeedback(deps, kiosk, { rating: 4, escalate: false, key: crypto.randomUUID() });
 */
export async function submitKioskFeedback(
  deps: SubmitFeedbackDeps,
  kiosk: KioskIdentity,
  // What the route decided to keep: whether the words were left unsent is its question, not the case's.
  submission: Omit<KioskSubmission, 'leftUnsent' | 'more'>,
): Promise<Accepted> {
  return submitFeedback(deps, {
    channel: 'kiosk',
    source: kioskSource(kiosk.kioskId),
    site: kiosk.site,
    topic: submission.topic,
    text: submission.text ?? '',
    escalate: submission.escalate,
    aboutManagement: submission.aboutManagement,
    rating: submission.rating,
    // The language on screen is not passed on: stored beside the report, it would tie a wordless one
    // ("👍") to this kiosk, or to the one person who switched its language. Only the words tell one.
    // Bound to what was tapped and written, as the web form's key is (`form-key.ts`): a retry sends the same
    // and gets the first receipt; other words under the same key (a client's bug, or someone holding the
    // tablet's token) are a report of their own, never answered with the first, calm case's code and dropped.
    idempotencyKey: `kiosk:${kiosk.kioskId}:${submission.key}:${wordsDigest(submission)}`,
    // The same words whose topic the config dropped since (then escalated as urgent): the first case stands.
    onKeyReuse: 'first-write-wins',
    // Sent from the outbox, perhaps after the topics changed, and nobody left to choose again.
    onUnknownTopic: 'no-topic',
  });
}

/** What a retry of a kiosk item repeats, as a short digest: the words never sit in a key, only this. */
function wordsDigest(submission: Omit<KioskSubmission, 'leftUnsent' | 'more'>): string {
  const { rating, topic, text, escalate, aboutManagement } = submission;
  return createHash('sha256')
    .update(JSON.stringify([rating, topic ?? null, text ?? '', escalate, aboutManagement === true]), 'utf8')
    .digest('base64url')
    .slice(0, 22);
}
