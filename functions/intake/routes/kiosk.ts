import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { kioskSealKey, openKioskSealedText } from '../../../shared/crypto/kiosk-seal';
import { kioskSubmissionSchema } from '../../../shared/domain/kiosk';
import { kioskLanguage } from '../../../shared/domain/kiosk-language';
import { ValidationError } from '../../../shared/errors';
import type { KioskIdentity, KioskRegistry } from '../../../shared/ports/kiosk-registry';
import { previewRedactionAt } from '../../../shared/use-cases/preview-redaction';
import {
  authenticateKiosk,
  KioskSiteError,
  KioskTokenError,
  submitKioskFeedback,
  throttleKiosk,
} from '../../../shared/use-cases/kiosk-feedback';
import { queueKioskDetails, readsUrgentAnywhere, reportAndDetails } from '../../../shared/use-cases/kiosk-long-comment';
import { readsUrgent } from '../../../shared/use-cases/reads-urgent';
import { redeemKioskEnrolment } from '../../../shared/use-cases/redeem-kiosk-enrolment';
import type { IntakeEnv } from '../deps';
import { limitBody } from '../middleware/limit-body';
import { EMPLOYEE_TEXT_BODY, KIOSK_FEEDBACK_BODY, SHORT_FIELDS_BODY } from '../middleware/body-limits';
import { readBody } from '../middleware/read-body';
import { repeatedKeysIn } from '../middleware/json-repeated-keys';
import { repeatedJsonFields } from '../middleware/repeated-field-error';
import { refuseUnreadFields } from '../unread-fields';
import { kioskSettings } from '../kiosk/kiosk-settings';
import { previewTextOf } from './redaction-preview';
import { submissionError, urgencyOf } from './web-feedback';
import { DETECTOR_WAIT_MS, URGENCY } from '../middleware/rate-limit';

/** What the kiosk routes spend before they answer. */
export interface KioskAccess {
  /** The kiosk channel's budget, spent only by requests from enrolled kiosks. */
  channel: MiddlewareHandler;
  /**
   * The registry as the routes read it, its look-ups of unproven tokens and enrolment codes under their own
   * budget ({@link withTokenCheckBudget}).
   */
  kiosks: Pick<KioskRegistry, 'findByTokenHash' | 'redeemEnrolment'>;
  /** The redaction previews' budget (`limits.requestsPerSecond.preview`): a kiosk's previews never refuse its submissions. */
  preview: MiddlewareHandler;
}

/** Tells the client how to authenticate when it has not (RFC 6750). */
function challengeOnRefusal(c: Context, error: unknown): never {
  if (error instanceof KioskTokenError) c.header('WWW-Authenticate', 'Bearer realm="kiosk"');
  throw error;
}

/**
 * The kiosk of the request's token, or a 401; then the channel's budget,
 * which only a kiosk that proved itself spends: made-up tokens never use up
 * a real kiosk's requests.
 */
async function kioskOf(c: Context<IntakeEnv>, access: KioskAccess): Promise<KioskIdentity> {
  const identity = await enrolledKiosk(c, access);
  // The limiter only counts and refuses; it has nothing of its own to run after.
  await access.channel(c, async () => {});
  return identity;
}

/**
 * The kiosk of the request's token, or a 401; no budget spent yet. Its language is noted for the
 * refusals that may follow: whoever stands at a French kiosk reads French, whatever the tablet's browser says.
 */
async function enrolledKiosk(c: Context<IntakeEnv>, access: KioskAccess): Promise<KioskIdentity> {
  const kiosk = await authenticateKiosk(
    { kiosks: access.kiosks, config: c.var.deps.config },
    c.req.header('authorization'),
  ).catch((error) => challengeOnRefusal(c, error));
  c.set('kioskLanguage', kioskLanguage(c.var.deps.config, kiosk));
  // Known before the body is read: a refusal of what it sends gives this site's emergency number.
  c.set('kioskSite', kiosk.site);
  return kiosk;
}

/**
 * `?unenrolled=ok` on `GET /kiosk/config`: the kiosk app's own request, for
 * which a tablet that is not (or no longer) set up is a state to show, not
 * a fault: answered 200 `{"enrolled": false}` rather than 401, so whoever
 * opens the kiosk there meets its setup screen and a clean console. Any
 * other client is refused 401 as before. Made-up tokens spend the same
 * look-up budget either way (429 once it is spent), never the kiosks'.
 */
const UNENROLLED_OK = 'ok';
/**
 * A kiosk's submission as sent: `{"sealed": "…"}` from a tablet's sealed
 * outbox (see shared/crypto/kiosk-seal.ts), opened here, with
 * `"withoutTopic": true` when the tablet offers it again without its topic
 * and language (it cannot read them to take them out itself); or the plain
 * JSON of the API. {@link UNOPENED} when it is sealed but not to this
 * installation's key, or altered since.
 */
function openedSubmission(pepper: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('sealed' in value)) return value;
  const { sealed, withoutTopic } = value as { sealed: unknown; withoutTopic?: unknown };
  const text = typeof sealed === 'string' ? openKioskSealedText(pepper, sealed) : undefined;
  const opened = parsedOrUndefined(text);
  if (typeof opened !== 'object' || opened === null) return UNOPENED;
  // Inside the seal as outside it: `"text": "<danger>", "text": "ok"` is refused, never read as "ok".
  const repeated = repeatedKeysIn(text!);
  if (repeated.length) throw repeatedJsonFields(opened, repeated);
  if (withoutTopic !== true) return opened;
  const { topic: _topic, language: _language, ...plain } = opened as Record<string, unknown>;
  return plain;
}
const UNOPENED = Symbol('sealed item that does not open');
const parsedOrUndefined = (text: string | undefined): unknown => {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
};
/** The outside of a sealed item: what `openedSubmission` reads. */
const ENVELOPE_FIELDS = ['sealed', 'withoutTopic'];
/** The fields of a kiosk's submission the API reads, as its schema names them. */
const kioskFields = () => Object.keys(kioskSubmissionSchema.unwrap().shape);
/** The comment of a submission as sent, before it is checked: what its words say is read from it alone. */
const textOf = (submission: unknown): string | undefined => {
  const text =
    typeof submission === 'object' && submission !== null ? (submission as { text?: unknown }).text : undefined;
  return typeof text === 'string' ? text : undefined;
};
/** A long comment's parts as sent (`text`, then `more`), before they are checked: any of them may tell of danger. */
const partsOf = (submission: unknown): (string | undefined)[] => {
  const more =
    typeof submission === 'object' && submission !== null ? (submission as { more?: unknown }).more : undefined;
  const rest = Array.isArray(more) ? more.filter((part): part is string => typeof part === 'string') : [];
  return [textOf(submission), ...rest];
};
/** `more` with a comment its writer could have shortened: a report is sent whole or not at all. */
const moreNotTaken = () =>
  new ValidationError('more is taken only with a comment left on the screen (leftUnsent) or marked urgent', [
    { path: 'more', message: 'only with leftUnsent or escalate' },
  ]);
/** A 400: the tablet then holds the item, as it holds any it cannot send as it stands. */
const unopenedError = () =>
  new ValidationError("the sealed submission could not be opened with this installation's key", [
    { path: 'sealed', message: "not sealed to this installation's key" },
  ]);

/** What `GET /kiosk/config` answers an enrolled tablet: its settings and the key it seals its outbox to. */
const settingsFor = (c: Context<IntakeEnv>, kiosk: KioskIdentity) =>
  c.json({ ...kioskSettings(c.var.deps.config, kiosk), sealKey: kioskSealKey(c.var.deps.pepper) });

const notEnrolled = (error: unknown) => error instanceof KioskTokenError || error instanceof KioskSiteError;

/**
 * `POST /kiosk/enrol` `{"code": "lpe_…"}`: the tablet's one-use link
 * exchanged for its token, `{"token": "lpk_…"}`, once. The code comes in the
 * body, never the address, so no access log holds it. Anything else (used,
 * expired, revoked, made up) is one 403 `link_expired`, after which the
 * tablet asks whoever holds it to get a new link; made-up codes spend the
 * token look-ups' budget, never the kiosks'.
 */
async function exchangeEnrolmentCode(c: Context<IntakeEnv>, access: KioskAccess) {
  c.header('Cache-Control', 'no-store');
  const { value } = await readBody(c, ['json'], SHORT_FIELDS_BODY);
  const code = typeof value === 'object' && value !== null ? (value as { code?: unknown }).code : undefined;
  if (typeof code !== 'string')
    throw new ValidationError('send {"code": "<the code after #enrol= in the set-up link>"}', [
      { path: 'code', message: 'code is required' },
    ]);
  return c.json({ token: await redeemKioskEnrolment({ kiosks: access.kiosks }, code) });
}

/**
 * The kiosks' API: `POST /kiosk/enrol` (a set-up link's one-use code for the
 * tablet's token), the site's question at `GET /kiosk/config`,
 * `POST /kiosk/feedback` (bearer token, idempotency key), and
 * `POST /kiosk/preview`, what redaction will change in a comment before it
 * is sent.
 */
export const kioskApi = (access: KioskAccess) =>
  new Hono<IntakeEnv>()
    .post('/kiosk/enrol', limitBody(SHORT_FIELDS_BODY), (c) => exchangeEnrolmentCode(c, access))
    .get('/kiosk/config', async (c) => {
      c.header('Cache-Control', 'no-store');
      if (c.req.query('unenrolled') === UNENROLLED_OK) {
        const kiosk = await authenticateKiosk(
          { kiosks: access.kiosks, config: c.var.deps.config },
          c.req.header('authorization'),
        ).catch((error) => {
          if (notEnrolled(error)) return undefined;
          throw error;
        });
        if (!kiosk) return c.json({ enrolled: false });
        c.set('kioskLanguage', kioskLanguage(c.var.deps.config, kiosk));
        await access.channel(c, async () => {});
        return settingsFor(c, kiosk);
      }
      return settingsFor(c, await kioskOf(c, access));
    })
    .post('/kiosk/feedback', limitBody(KIOSK_FEEDBACK_BODY), async (c) => {
      const deps = c.var.deps;
      // The body (bounded) is read before the channel's budget is spent: a report that reads urgent (the
      // tablet's urgent button, or its words) is taken past a spent budget, within its allowance.
      const kiosk = await enrolledKiosk(c, access);
      const { value } = await readBody(c, ['json'], KIOSK_FEEDBACK_BODY);
      // A sealed item is opened first: its urgency (the button or the words) is inside it.
      const submission = openedSubmission(deps.pepper, value);
      const urgency = { ...urgencyOf(submission, deps.config, deps.clock), site: kiosk.site };
      c.set(URGENCY, urgency);
      await access.channel(c, async () => {});
      // The kiosk's own minute has urgent allowances too: one for reports urgent in their words, one for those ticked.
      // Its words first: a report they say is urgent never waits behind reports only ticked urgent.
      await throttleKiosk(deps, kiosk, {
        asked: urgency.asked,
        // Each part, and the sentence each cut fell in: a danger told across a cut is read as the case will read it.
        wordsUrgent: () =>
          readsUrgentAnywhere(
            partsOf(submission).filter((text): text is string => text !== undefined),
            (text) => readsUrgent(deps.config.topics, { escalate: false, text }, DETECTOR_WAIT_MS, deps.clock),
          ),
      });
      if (submission === UNOPENED) throw unopenedError();
      // A field we do not read may hold words: refused (the tablet holds the item), never dropped. The site is
      // the kiosk's enrolment's, so a `site` sent is refused too; `held` is the tablet's own note in older outbox
      // records, sealed with them, and carries no words.
      if (submission !== value) refuseUnreadFields(value, ENVELOPE_FIELDS);
      refuseUnreadFields(submission, kioskFields(), ['held']);
      const parsed = kioskSubmissionSchema.safeParse(submission);
      if (!parsed.success) throw submissionError(parsed.error);
      const { leftUnsent, more, ...taken } = parsed.data;
      // The detector still loading after the wait reads them as urgent, on the safe side (`urgencyWaitMs`: 10 s
      // unless set, as the channel's budget waits).
      const readsUrgentWords = (text: string) =>
        readsUrgent(deps.config.topics, { escalate: false, text }, deps.urgencyWaitMs ?? DETECTOR_WAIT_MS, deps.clock);
      let details: string[] = [];
      if (more?.length) {
        // A comment longer than one report, left on the screen: one case, its urgent parts the report, the others
        // its details (kiosk-long-comment.ts). Only a comment left unsent or marked urgent comes so from a tablet.
        // A first part without words (a row of emoji) drops none of the others.
        if (!leftUnsent && !taken.escalate) throw moreNotTaken();
        const parts = taken.text === undefined ? more : [taken.text, ...more];
        const read = await reportAndDetails(parts, readsUrgentWords, { marked: taken.escalate });
        details = read.details;
        if (read.text === undefined) {
          delete taken.text;
          delete taken.language;
        } else taken.text = read.text;
      } else if (leftUnsent && taken.text !== undefined && !(await readsUrgentWords(taken.text))) {
        // Words left on the screen, not sent by their writer: kept only if they tell of danger (a detector still
        // loading reads them as urgent, on the safe side); otherwise the tap and topic are the answer, as before.
        delete taken.text;
        delete taken.language;
      }
      const { caseCode } = await submitKioskFeedback(deps, kiosk, taken);
      if (details.length) await queueKioskDetails(deps, { caseCode, site: kiosk.site }, details);
      c.header('Cache-Control', 'no-store');
      return c.json({ caseCode }, 201);
    })
    // The preview reads the comment as analysis will once this kiosk sends
    // it: with the kiosk's enrolled site, from its token, as its submission
    // is, so a sponsor named by first name or job at that site ("the general
    // manager") shows as hidden here too. Nothing is kept, queued or logged;
    // the placeholders come back as `[NAME]`, and the kiosk writes them in the
    // language on its screen.
    .post('/kiosk/preview', limitBody(EMPLOYEE_TEXT_BODY), async (c) => {
      c.header('Cache-Control', 'no-store');
      const { config } = c.var.deps;
      const kiosk = await enrolledKiosk(c, access);
      await access.preview(c, async () => {});
      const { value } = await readBody(c, ['json'], EMPLOYEE_TEXT_BODY);
      return c.json(await previewRedactionAt(config, previewTextOf(value), kiosk.site));
    });

const notEnabled = (c: Context) =>
  challengeOnRefusal(c, new KioskTokenError('kiosks are not enabled on this installation'));

/** Mounted instead of {@link kioskApi} when kiosks are not enabled: every kiosk is refused as not enrolled. */
export const kioskApiDisabled = new Hono<IntakeEnv>()
  .get('/kiosk/config', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.req.query('unenrolled') === UNENROLLED_OK ? c.json({ enrolled: false }) : notEnabled(c);
  })
  .post('/kiosk/enrol', notEnabled)
  .post('/kiosk/feedback', notEnabled)
  .post('/kiosk/preview', notEnabled);
