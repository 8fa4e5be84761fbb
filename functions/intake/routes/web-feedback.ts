import type { Config } from '../../../shared/config/schema';
import type { Clock } from '../../../shared/ports/clock';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import * as z from 'zod'; // a namespace import lets esbuild drop zod's unused locales (~370 KB)
import { saysYes, webSubmissionSchema } from '../../../shared/domain/feedback';
import { normaliseCaseCode } from '../../../shared/domain/case-code';
import {
  AppError,
  NotFoundError,
  PayloadTooLargeError,
  ReportNotSavedError,
  TooManyRequestsError,
  ValidationError,
} from '../../../shared/errors';
import { NO_SUCH_CASE } from '../../../shared/use-cases/get-case-status';
import { readsUrgent, readsUrgentInItself } from '../../../shared/use-cases/reads-urgent';
import { submitFeedback } from '../../../shared/use-cases/submit-feedback';
import type { IntakeEnv } from '../deps';
import { httpStatusOf } from '../error-status';
import { limitBody } from '../middleware/limit-body';
import { URGENCY, type UrgencyReading } from '../middleware/rate-limit';
import { EMPLOYEE_TEXT_BODY } from '../middleware/body-limits';
import { readBody } from '../middleware/read-body';
import { REPEATED_FIELD, RepeatedFieldError } from '../middleware/repeated-field-error';
import { refuseUnreadFields, UNREAD_FIELDS, UnreadFieldsError } from '../unread-fields';
import { confirmationPage } from '../pages/confirmation';
import { formKeyOf, sentBeforeAsAnother, submissionKeyOf } from './form-key';
import { feedbackFormPage, type FormState } from '../pages/feedback-form';
import { pageLanguage } from '../page-language';
import { logRefusal, respondToError, wantsHtml } from '../respond';
import { refusedReportSite, refusesAReport } from '../json-error';

/** Turns zod issues into the contract's `issues` and the right error: 413 when something is too long, else 400. */
export function submissionError(error: z.ZodError): AppError {
  const issues = error.issues.map((issue) => ({ path: issue.path.join('.') || '(body)', message: issue.message }));
  const tooLong = error.issues.some((i) => i.code === 'too_big' || (i.code === 'custom' && i.params?.tooBig === true));
  const summary = issues
    .map((i) => (i.path === '(body)' ? 'request body must be a JSON object' : i.message))
    .join('; ');
  return tooLong ? new PayloadTooLargeError(summary, issues) : new ValidationError(summary, issues);
}

// What clients use in practice (UUIDs, ULIDs, random tokens), and nothing that could hide control characters.
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{16,128}$/;
/** A key this varied is no counter or word another client would pick too (a UUID has 16 or more). */
const MIN_DISTINCT_CHARACTERS = 8;

/**
 * An API client's `Idempotency-Key` header, as the submission's key: a
 * retry with the same key and content within the hour and the next gets the
 * same case code and changes nothing stored; other content under it is
 * refused with 409. Keys are shared by every client, so they must be random.
 */
export function idempotencyKeyOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header) || new Set(header).size < MIN_DISTINCT_CHARACTERS) {
    throw new ValidationError(
      'The Idempotency-Key header must be a random value of 16 to 128 letters, digits or punctuation, without spaces (a new UUID for each submission, for example)',
      [
        {
          path: 'Idempotency-Key',
          message: 'must be 16 to 128 visible ASCII characters, random enough that no other client picks the same',
        },
      ],
    );
  }
  return `web:${header}`;
}

// z.lazy: built on its first parse, not at import, so a cold start whose first request is another route skips it.
/**
 * What a browser's form sent, to show it again after an error. Every field is
 * optional and a string (a form has no other kind); anything else is dropped.
 */
export const formEchoSchema = z.lazy(() =>
  z.object({
    text: z.string().optional().catch(undefined),
    site: z.string().optional().catch(undefined),
    topic: z.string().optional().catch(undefined),
    escalate: z.string().optional().catch(undefined),
    aboutManagement: z.string().optional().catch(undefined),
    formKey: z.string().optional().catch(undefined),
  }),
);
export type FormEcho = z.infer<typeof formEchoSchema>;
const FORM_FIELDS = ['text', 'site', 'topic', 'escalate', 'aboutManagement'];
/** The fields of a submission the API reads (`text`, `site`, …), as its schema names them. */
const submissionFields = () => Object.keys(webSubmissionSchema.unwrap().shape);

/** The request budgets of the two channels `POST /feedback` serves. */
export interface WebFeedbackLimits {
  /** Browsers sending the form. */
  form: MiddlewareHandler;
  /** API clients sending JSON. */
  json: MiddlewareHandler;
}

/** The form a browser sent, kept for this route's `onError` to show it again. */
const sentForms = new WeakMap<Request, FormEcho>();

/**
 * This route's `onError`: a browser whose form was read gets it back, with
 * what was typed and what to fix; anything else, and every JSON client, gets
 * the app's usual answer.
 */
function formAgain(error: Error, c: Context<IntakeEnv>): Response | Promise<Response> {
  // A form refused as it was read (a box sent twice) has not been kept yet: the refusal holds what it sent.
  const fields =
    sentForms.get(c.req.raw) ??
    (error instanceof RepeatedFieldError && error.form && refusesAReport(c) && wantsHtml(c)
      ? formEchoSchema.parse(error.form)
      : undefined);
  if (!fields || !(error instanceof AppError)) return respondToError(error, c);
  logRefusal(c, error);
  if (error instanceof TooManyRequestsError) c.header('Retry-After', String(error.retryAfterSeconds));
  // Fields the form's page never has (an old page kept open, an add-on's): one problem for the page, in words
  // for the person at it, never the fields' names.
  const byField =
    error instanceof UnreadFieldsError
      ? [{ path: 'form', message: UNREAD_FIELDS }]
      : error instanceof RepeatedFieldError
        ? [{ path: 'form', message: REPEATED_FIELD }]
        : error.issues.length
          ? error.issues
          : [{ path: 'form', message: error.message }];
  const { config } = c.var.deps;
  return c.html(
    feedbackFormPage(config, pageLanguage(c, config), {
      ...formStateOf(fields),
      errors: Object.fromEntries(byField.map((i) => [FORM_FIELDS.includes(i.path) ? i.path : 'form', i.message])),
      errorCode: error.code,
      // Refused whole, nothing kept (a spent budget, a box sent twice or not read): whom to call, in the refusal.
      urgentRefused:
        error instanceof ReportNotSavedError
          ? { site: error.site }
          : error instanceof RepeatedFieldError || error instanceof UnreadFieldsError
            ? { site: refusedReportSite(c, error) }
            : undefined,
    }),
    httpStatusOf(error),
  );
}

/**
 * How a submission reads, before it is checked: the form's box (`on`), the
 * API's `escalate: true` or a topic the config marks urgent (as the priority
 * lane reads it: `urgent-lane.ts`), else its words as analysis will escalate
 * them (`readsUrgent`: the detector, or an urgent topic's keyword reporting a
 * problem), and the site chosen, whose emergency number a refusal gives.
 */
export function urgencyOf(
  value: unknown,
  config: Pick<Config, 'topics'>,
  /** The stack's clock, as analysis reads the same words on (`reading-year.ts`). */
  clock: Clock,
): UrgencyReading {
  const fields = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  // The form's "Not sure / something else" sends an empty topic: no topic, not one the config dropped (read as urgent).
  const topic = typeof fields.topic === 'string' ? fields.topic.trim() || undefined : undefined;
  const escalate =
    // Read as the submission's schema reads it: `"true"` asks as `true` does, on every channel.
    saysYes(fields.escalate) ||
    // A topic the config no longer has is taken as the urgent one it may have been (`withTopicKnownOrNone`):
    // past a spent budget it is taken within the urgent allowance, and counted under it, as the urgent box is.
    (topic !== undefined && config.topics.every((t) => t.id !== topic || t.urgent));
  const text = typeof fields.text === 'string' ? fields.text : undefined;
  const site = typeof fields.site === 'string' ? fields.site : undefined;
  return {
    asked: () => escalate,
    urgent: (waitAtMostMs) => readsUrgent(config.topics, { escalate, text, topic }, waitAtMostMs, clock),
    // Its words alone (no box, no topic chosen, no "it is urgent"): what a flooder cannot fake by ticking.
    inWords: (waitAtMostMs) => readsUrgentInItself(config.topics, { text: text ?? '' }, waitAtMostMs, clock),
    site,
  };
}

/** The form as it was sent, to show it again: what was typed and chosen, nothing else. */
export const formStateOf = (echo: FormEcho): FormState => ({
  text: echo.text,
  site: echo.site,
  topic: echo.topic,
  escalate: echo.escalate === 'on',
  aboutManagement: echo.aboutManagement === 'on',
  formKey: echo.formKey,
});

/**
 * `GET /` and `POST /feedback`: the web channel, for browsers (form) and API
 * clients (JSON), each with its own budget. The budget is spent here, once
 * the body says which channel it is, so that a browser refused with 429 (or
 * 503 when the store or queue is down) gets its form back with what was
 * typed still in it.
 */
export function webFeedback(limits: WebFeedbackLimits) {
  return (
    new Hono<IntakeEnv>()
      .onError(formAgain)
      .get('/', (c) => {
        // Each load carries a key of its own: no cache may hand it to someone else.
        c.header('Cache-Control', 'no-store');
        return c.html(feedbackFormPage(c.var.deps.config, pageLanguage(c, c.var.deps.config)));
      })
      // The form's language switch: the same form in the language of the
      // button pressed, with what was typed. Nothing is checked, kept or sent
      // on, so it spends no budget; the body limit still applies.
      .post('/', limitBody(EMPLOYEE_TEXT_BODY), async (c) => {
        const { config } = c.var.deps;
        const { value } = await readBody(c, ['form'], EMPLOYEE_TEXT_BODY);
        c.header('Cache-Control', 'no-store');
        return c.html(feedbackFormPage(config, pageLanguage(c, config), formStateOf(formEchoSchema.parse(value))));
      })
      // The receipt's language switch: the same receipt for the same code in
      // the language of the button pressed. The receipt says nothing of the
      // case (no status, no text), so the code is not looked up: no budget,
      // and no answer that tells a made-up code from a real one.
      .post('/receipt', limitBody(), async (c) => {
        const { config } = c.var.deps;
        const { value } = await readBody(c, ['form']);
        const typed = (value as Record<string, unknown>).caseCode;
        const code = normaliseCaseCode(typeof typed === 'string' ? typed : '');
        if (!code) throw new NotFoundError(NO_SUCH_CASE);
        c.header('Cache-Control', 'no-store');
        return c.html(confirmationPage(config, pageLanguage(c, config), code, new URL(c.req.url).origin));
      })
      .post('/feedback', limitBody(EMPLOYEE_TEXT_BODY), async (c) => {
        const deps = c.var.deps;
        const { kind, value } = await readBody(c, ['json', 'form'], EMPLOYEE_TEXT_BODY);
        if (kind === 'form') sentForms.set(c.req.raw, formEchoSchema.parse(value));
        // Read only if the budget is spent: an urgent report is taken all the same, within its allowance.
        c.set(URGENCY, urgencyOf(value, deps.config, deps.clock));
        // The limiter only counts and refuses; it has nothing of its own to run after.
        await (kind === 'form' ? limits.form : limits.json)(c, async () => {});
        // A field we do not read may hold words ("comment": "There is a fire in bay 3"): refused, never dropped.
        refuseUnreadFields(value, submissionFields(), kind === 'form' ? ['formKey'] : []);
        const parsed = webSubmissionSchema.safeParse(value);
        if (!parsed.success) throw submissionError(parsed.error);
        // A form's key is bound to its words (`form-key.ts`): nobody who learns it can block this report.
        const formKey = kind === 'form' ? formKeyOf(sentForms.get(c.req.raw)?.formKey) : undefined;
        const idempotencyKey =
          kind === 'form'
            ? formKey && submissionKeyOf(formKey, parsed.data)
            : idempotencyKeyOf(c.req.header('idempotency-key'));
        const receipt = await submitFeedback(deps, {
          channel: 'web',
          ...parsed.data,
          idempotencyKey,
          // A form's topic was one of the list we gave it (perhaps before the
          // topics changed): its words are kept without it. A JSON client is
          // told, as it still holds what it sent.
          onUnknownTopic: kind === 'form' ? 'no-topic' : 'refuse',
        });
        if (receipt.copy) c.var.giveBack?.();
        c.header('Cache-Control', 'no-store');
        if (kind === 'json') return c.json({ caseCode: receipt.caseCode, status: receipt.status }, 201);
        const asNew = formKey ? await sentBeforeAsAnother(deps.rateState, formKey, receipt.caseCode) : false;
        const page = pageLanguage(c, deps.config);
        return c.html(confirmationPage(deps.config, page, receipt.caseCode, new URL(c.req.url).origin, { asNew }));
      })
  );
}
