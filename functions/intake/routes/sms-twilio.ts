import { Hono, type Context, type MiddlewareHandler } from 'hono';
import * as z from 'zod'; // a namespace import lets esbuild drop zod's unused locales (~370 KB)
import {
  AppError,
  type ErrorCode,
  ServiceUnavailableError,
  TooManyRequestsError,
  ReportNotSavedError,
  UrgentNotSavedError,
  ValidationError,
} from '../../../shared/errors';
import type { Config } from '../../../shared/config/schema';
import type { Clock } from '../../../shared/ports/clock';
import { emergencyLine } from '../../../shared/domain/emergency';
import { readSmsIntent, siteForNumber, type SmsIntent } from '../../../shared/domain/sms-message';
import { readsUrgent, readsUrgentInItself } from '../../../shared/use-cases/reads-urgent';
import { openerMarkedUrgent } from '../../../shared/use-cases/split-report';
import { URGENCY, type UrgencyReading } from '../middleware/rate-limit';
import {
  emergencyReply,
  busyReply,
  tooLongReply,
  unavailableReply,
  unreadableReply,
} from '../../../shared/domain/sms-replies';
import { replyLanguage } from '../../../shared/domain/sms-language';
import type { Language } from '../../../shared/i18n/translate';
import {
  accountSidSchema,
  ERASE_AFTER_DELIVERY_SECONDS,
  messageSidSchema,
  type SmsErasureJob,
} from '../../../shared/domain/sms-erasure';
import type { Queue } from '../../../shared/ports/queue';
import { answersRefusal, handleInboundSms, knownCopy } from '../../../shared/use-cases/handle-inbound-sms';
import { logSmsHandled } from '../../../shared/use-cases/log-sms-handled';
import type { IntakeEnv, SmsChannelDeps } from '../deps';
import { httpStatusOf } from '../error-status';
import { respondToError } from '../respond';
import { TWILIO_STATUS_PATH } from './sms-twilio-status';
import { mostBytesSent } from '../middleware/body-limits';
import { MAX_TEXT_CHARACTERS } from '../../../shared/domain/limits';
import { publicBaseOf, readSignedForm, twilioFormsOnly, verifyTwilioSignature } from './twilio-signature';

// Kept for callers that imported it from here; it lives with the intake's other dependencies.
export type { SmsChannelDeps } from '../deps';

export const TWILIO_WEBHOOK_PATH = '/sms/twilio';

/**
 * The largest form Twilio can post: the longest text it passes on (1,600
 * characters), percent-encoded the longest way, and its own two dozen fields
 * (numbers, SIDs, places, an Add-on's results). A larger body is not
 * Twilio's. The text itself is still held to the usual limits, with a reply.
 */
export const TWILIO_MAX_BODY_BYTES = mostBytesSent('form', { characters: MAX_TEXT_CHARACTERS }) + 8 * 1024;

// z.lazy: built on its first parse, not at import, so a cold start whose first request is another route skips it.
const twilioInboundSchema = z.lazy(() =>
  z.object({
    MessageSid: z.string().regex(/^[A-Z]{2}[0-9a-f]{32}$/i, 'must be a Twilio message SID'),
    From: z.string().min(1).max(64),
    To: z.string().max(64).optional(),
    Body: z.string().default(''),
    NumMedia: z
      .string()
      .regex(/^\d{1,2}$/, 'must be a number')
      .default('0')
      .transform(Number),
    // Which account's log holds the message, to erase it; checked where it is used, so that an odd one never refuses a text.
    AccountSid: z.string().max(64).optional(),
  }),
);

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);

/**
 * TwiML with one `<Message>` per reply text; `<Response/>` for none. With a
 * `statusCallback` URL, Twilio posts each reply's status changes there (the
 * `action` attribute of `<Message>`, which Twilio's docs prefer to the older
 * `statusCallback` one).
 */
export function twiml(messages: readonly string[], statusCallback?: string): string {
  const attributes = statusCallback ? ` action="${escapeXml(statusCallback)}" method="POST"` : '';
  const body = messages.map((m) => `<Message${attributes}>${escapeXml(m)}</Message>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${body}</Response>`;
}

/** What the texter is told when their message is refused, by the refusal's code; anything else asks them to resend later. */
const REPLY_TO: Partial<Record<ErrorCode, (language: Language) => string>> = {
  too_large: tooLongReply,
  invalid_input: unreadableReply,
  unsupported_media_type: unreadableReply,
  too_many_requests: busyReply,
};
// In the text's language when it was read before the refusal (over a budget), else the installation's default.
const refusalReply = (error: Error, language: Language): string =>
  (error instanceof AppError ? REPLY_TO[error.code] : undefined)?.(language) ?? unavailableReply(language);

/**
 * This route's `onError`. Twilio shows the texter nothing of a non-2xx
 * answer, so every refusal is answered 200 with TwiML the texter can read,
 * except a missing or wrong signature: that request is not from Twilio, and
 * gets the app's usual 403. Logged by code and name only, never the body.
 */
export async function answerInTwiml(error: Error, c: Context<IntakeEnv>): Promise<Response> {
  if (error instanceof AppError && error.code === 'forbidden') return respondToError(error, c);
  if (error instanceof TooManyRequestsError) c.header('Retry-After', String(error.retryAfterSeconds));
  const { logger } = c.var.deps;
  const causeName = error.cause instanceof Error ? error.cause.name : undefined;
  if (error instanceof AppError)
    logger.warn('sms refused', {
      channel: 'sms',
      provider: 'twilio',
      code: error.code,
      status: httpStatusOf(error),
      causeName,
    });
  else
    logger.error('unhandled error', {
      channel: 'sms',
      provider: 'twilio',
      errorName: error.name,
      route: c.req.routePath,
    });
  c.header('Cache-Control', 'no-store');
  // This number was answered for as many refused texts as an hour allows: the rest of a flood gets nothing,
  // and Twilio's copy of the text is erased all the same.
  if (c.var.smsRefusalUnanswered) {
    await c.var.smsErasure?.({ answered: false });
    return c.body(twiml([]), 200, { 'Content-Type': 'text/xml; charset=utf-8' });
  }
  const { config } = c.var.deps;
  // A Spanish text refused in a flood is told so in Spanish: the guess is read only for a text already parsed,
  // and a guess that cannot be loaded leaves the installation's own language.
  const language = (await c.var.smsRefusalLanguage?.().catch(() => undefined)) ?? config.defaultLanguage;
  // A text refused, for any reason (a flood, an outage, too long, unreadable): not saved, and where help comes
  // at once, the site's line when the text was read that far (the detector can miss danger).
  const site = error instanceof ReportNotSavedError ? error.site : c.var.urgency?.site;
  const danger = emergencyReply(emergencyLine(config, language, site));
  // A refused text was read (an urgent one answered as such): it and our answer are erased like any other exchange.
  const statusCallback = await c.var.smsErasure?.({ answered: true });
  return c.body(twiml([refusalReply(error, language), danger], statusCallback), 200, {
    'Content-Type': 'text/xml; charset=utf-8',
  });
}

/**
 * `POST /sms/twilio`: Twilio's inbound-message webhook. The signature is
 * checked before anything is read from the fields, and before the SMS
 * channel's budget is spent: a request not from Twilio costs one HMAC, gets
 * 403 and never uses up a real text's budget. The answer is TwiML at once,
 * refusals included. Nothing of the request body is logged: it holds the
 * sender's number. Beyond the channel's budget, the use case throttles per
 * (hashed) sender.
 */
export const smsTwilio = (sms: SmsChannelDeps, budget: MiddlewareHandler) =>
  new Hono<IntakeEnv>()
    .onError(answerInTwiml)
    .post(TWILIO_WEBHOOK_PATH, twilioFormsOnly(TWILIO_MAX_BODY_BYTES), async (c) => {
      const deps = c.var.deps;
      const fields = await readSignedForm(c, TWILIO_MAX_BODY_BYTES);
      await verifyTwilioSignature(c, sms, TWILIO_WEBHOOK_PATH, fields);
      // From here every answer, a refusal's included (`answerInTwiml`), has Twilio erase the exchange.
      c.set('smsErasure', ({ answered }) => eraseAtTwilio(c, sms, fields, answered));
      const parsed = twilioInboundSchema.safeParse(fields);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));
        throw new ValidationError('not a Twilio inbound message', issues);
      }
      const { From, To, Body, MessageSid, NumMedia, AccountSid } = parsed.data;
      // A copy of a text already taken (Twilio's retry, or the same signed request sent again) spends none of
      // the channel's budget, so a flood of copies never refuses anyone else's text: known at once, it takes
      // no share; found to be one only later (sent at the same moment as the first), it gives its share back.
      // The limiter only counts and refuses; it has nothing of its own to run after.
      // Read only if the channel's budget is spent: a text that reads urgent (URGENT…, or its words, as the
      // sender's own hourly exception reads it) is taken all the same, within the channel's urgent allowance.
      // Read once, when first needed (the budget's urgency, a refusal's language, the use case), then passed on.
      const intent = readOnce(deps.config, Body, To);
      // "URGENT" sent alone marks the next report (split-report.ts): set once a report refused by the budget is
      // found to follow it, so the budget reads it as marked, within the marked allowance.
      let markedByOpener = false;
      c.set(
        URGENCY,
        smsUrgency(deps.config, deps.clock, intent, To, () => markedByOpener),
      );
      const language = async () => replyLanguage(deps.config, intent(), Body, To);
      c.set('smsRefusalLanguage', language);
      // A copy says what the first said: the same id with other words is a text of its own (`deliveryOf`).
      const delivery = { messageId: MessageSid, from: From, to: To, body: Body, mediaCount: NumMedia };
      if (!(await knownCopy(deps, delivery))) {
        try {
          await budget(c, async () => {}).catch(async (error: unknown) => {
            // Refused as a report its sender did not mark: it may follow "URGENT" sent alone, whose mark is kept for
            // it. Asked only once refused, so a calm day reads nothing more; then asked of the budget as marked.
            const said = intent();
            if (!(error instanceof ReportNotSavedError) || said.kind !== 'feedback' || said.escalate) throw error;
            if (!(await openerMarkedUrgent(deps, { from: From }))) throw error;
            markedByOpener = true;
            await budget(c, async () => {});
          });
        } catch (error) {
          // Refused by the channel's budget: answered (`answerInTwiml`) a few times an hour per number, then not;
          // a text read as urgent from answers of its own, which ordinary refusals (and a flood refused unread) cannot spend.
          const urgent = error instanceof UrgentNotSavedError && !error.unread;
          if (!(await answersRefusal(deps, delivery, { urgent }))) c.set('smsRefusalUnanswered', true);
          throw error;
        }
      }

      let messages: string[];
      try {
        const reply = await handleInboundSms(
          deps,
          { from: From, to: To, body: Body, messageId: MessageSid, mediaCount: NumMedia },
          intent(),
        );
        if (reply.copy) c.var.giveBack?.();
        logSmsHandled(deps.logger, 'twilio', reply);
        messages = reply.messages;
      } catch (error) {
        // Twilio shows the sender nothing for a non-2xx answer and does not
        // retry, so the failure is answered in words, asking them to resend.
        deps.logger.warn('sms not saved', {
          channel: 'sms',
          provider: 'twilio',
          errorName: error instanceof Error ? error.name : typeof error,
          causeName: error instanceof Error && error.cause instanceof Error ? error.cause.name : undefined,
        });
        // Answered even if the language guess cannot be loaded: in the installation's own language then.
        const replyIn = await language().catch(() => deps.config.defaultLanguage);
        // Not saved: and where help comes at once, the site's, whatever the text says (the detector can miss danger).
        // A few an hour per number, as a busy channel's refusals: an outage must not answer a flood text for text.
        const site = c.var.urgency?.site;
        messages = (await answersRefusal(deps, delivery))
          ? [unavailableReply(replyIn), emergencyReply(emergencyLine(deps.config, replyIn, site))]
          : [];
      }
      const statusCallback = await eraseAtTwilio(c, sms, { AccountSid, MessageSid }, messages.length > 0);
      c.header('Cache-Control', 'no-store');
      return c.body(twiml(messages, statusCallback), 200, { 'Content-Type': 'text/xml; charset=utf-8' });
    });

/** The text's keywords and words, parsed on the first call and kept for the others. */
function readOnce(config: Config, body: string, to: string | undefined): () => SmsIntent {
  let read: SmsIntent | undefined;
  return () => (read ??= readSmsIntent(body, config, to));
}

/**
 * How a text reads, and the site it is for (tagged, else the number texted): read only once the
 * channel's budget is spent, so a calm day never parses a text twice.
 */
export function smsUrgency(
  config: Config,
  /** The stack's clock, as analysis reads the same words on (`reading-year.ts`). */
  clock: Clock,
  read: () => SmsIntent,
  to: string | undefined,
  markedByOpener: () => boolean,
): UrgencyReading {
  const intent = () => {
    const said = read();
    if (said.kind === 'feedback') reading.site = said.site;
    return said;
  };
  const reading: UrgencyReading = {
    site: siteForNumber(config, to),
    // The keyword is read as the use case reads it: a few regular expressions over a bounded text.
    asked: () => {
      const said = intent();
      return said.kind === 'feedback' && (said.escalate || markedByOpener());
    },
    async urgent(waitAtMostMs) {
      const said = intent();
      return (
        said.kind === 'feedback' &&
        (await readsUrgent(
          config.topics,
          { escalate: said.escalate || markedByOpener(), text: said.text },
          waitAtMostMs,
          clock,
        ))
      );
    },
    async inWords(waitAtMostMs) {
      const said = intent();
      return (
        said.kind === 'feedback' && (await readsUrgentInItself(config.topics, { text: said.text }, waitAtMostMs, clock))
      );
    },
  };
  return reading;
}

/** Mounted instead of {@link smsTwilio} when SMS is not configured: the texter is asked to try again later. */
export const smsTwilioUnavailable = new Hono<IntakeEnv>()
  .onError(answerInTwiml)
  .post(TWILIO_WEBHOOK_PATH, twilioFormsOnly(TWILIO_MAX_BODY_BYTES), () => {
    throw new ServiceUnavailableError('SMS not configured');
  });

/**
 * No reply (STOP, a sender over the hourly limit): no status callback will
 * come, so the texter's message alone is queued for erasure now. A failure
 * costs the texter nothing; Twilio's Message Redaction remains.
 */
/**
 * How Twilio's copy of a signed text (and of our answer, if any) is erased:
 * an answer asks for status callbacks, which erase both records once it is
 * delivered (this message's SID travels in the URL Twilio signs, and then
 * erases); a text left unanswered is queued for erasure at once. Returns the
 * callback URL for the answer, if there is one.
 */
async function eraseAtTwilio(
  c: Context<IntakeEnv>,
  sms: SmsChannelDeps,
  fields: Record<string, string | string[] | undefined>,
  answered: boolean,
): Promise<string | undefined> {
  const accountSid = accountSidSchema.safeParse(fields.AccountSid);
  if (!sms.erasure || !accountSid.success) return undefined;
  const inbound = messageSidSchema.safeParse(fields.MessageSid);
  if (answered)
    return `${publicBaseOf(sms, c.req.url)}${TWILIO_STATUS_PATH}${inbound.success ? `?inbound=${inbound.data}` : ''}`;
  if (inbound.success)
    await scheduleErasure(c, sms.erasure, { accountSid: accountSid.data, messageSids: [inbound.data] });
  return undefined;
}

async function scheduleErasure(
  c: Context<IntakeEnv>,
  erasure: Queue<SmsErasureJob>,
  job: SmsErasureJob,
): Promise<void> {
  try {
    await erasure.enqueue(job, { delaySeconds: ERASE_AFTER_DELIVERY_SECONDS });
  } catch (error) {
    c.var.deps.logger.warn('sms erasure not scheduled', {
      channel: 'sms',
      provider: 'twilio',
      errorName: error instanceof Error ? error.name : typeof error,
    });
  }
}
