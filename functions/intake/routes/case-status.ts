import { createHash } from 'node:crypto';
import { idempotencyKeyOf } from './web-feedback';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { caseCodeTypo, caseKeyFor, normaliseCaseCode } from '../../../shared/domain/case-code';
import { NotFoundError, PayloadTooLargeError, ValidationError } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n/catalogue';
import type { Language } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/translate';
import {
  CASE_CLOSED,
  employeeAnswers,
  employeeObjects,
  NO_CONVERSATION,
  statusForPrograms,
  statusWithConversation,
  THREAD_FULL,
} from '../../../shared/use-cases/case-conversation';
import { answerKeptAsReport } from '../../../shared/use-cases/answer-kept-as-report';
import { AnswerSinglesOut, singlesOutCheck } from '../../../shared/use-cases/answer-singles-out';
import { NO_SUCH_CASE } from '../../../shared/use-cases/get-case-status';
import { confirmationPage } from '../pages/confirmation';
import type { IntakeEnv } from '../deps';
import { limitBody } from '../middleware/limit-body';
import { padCasePages } from '../middleware/pad-case-pages';
import { EMPLOYEE_TEXT_BODY } from '../middleware/body-limits';
import { readBody } from '../middleware/read-body';
import { keepLang, pageLanguage } from '../page-language';
import {
  ANYWAY_FIELD,
  type AnswerState,
  CHECK,
  SENT_FIELD,
  SENT_NOW_FIELD,
  statusLookupPage,
  statusPage,
} from '../pages/status';
import { withTextLanguages } from '../sponsor-message-languages';
import { refuseEmployee, wantsHtml } from '../respond';

/** When an answer reaches the case's holder, as far as anyone can say before analysis has read it. */
export const ANSWER_REACHES_SPONSOR = 'at-once-if-urgent-else-when-the-hour-is-over';
/** An answer with content on an urgent case still live: its holder is emailed it now. */
export const ANSWER_REACHES_SPONSOR_NOW = 'at-once';

/** What a program's user is told when urgent words their case could not take were kept as a new report. */
export const KEPT_AS_NEW_REPORT =
  'That case can no longer take answers, and what you wrote reads urgent, so it was sent as a new report with its own code (caseCode). If anyone is in danger now, call the emergency number.';

/** The JSON API's field that sends an answer as it is, once the words it names were shown (op48c). */
const SEND_ANYWAY_FIELD = 'sendAnyway';

/**
 * A JSON answer not sent because its words may show who wrote it (op48c): the words, for the person (`message`, in the
 * request's language, as the case's page says it) and for the program (`singledOut`), and how to send it as it is.
 */
function heldAnswer(language: Language, held: AnswerSinglesOut) {
  const words = held.phrases.map((phrase) => translate(language, 'web.preview.singledOutItem', { phrase })).join(', ');
  return {
    status: 'not-sent',
    singledOut: [...held.phrases],
    message: `${translate(language, 'web.status.singledOut.heading')}. ${translate(language, 'web.preview.singledOut')} ${words}.`,
    sendAnyway: `to send it as it is, post the same text again with "${SEND_ANYWAY_FIELD}": true; to change it, post the new text`,
  };
}

/** Why an answer from the form was refused, as the employee is told it. */
function answerRefusal(error: ValidationError | PayloadTooLargeError): MessageKey {
  if (error instanceof PayloadTooLargeError) return 'web.status.error.tooLong';
  if (error.message === CASE_CLOSED) return 'web.status.closed';
  return error.message === THREAD_FULL ? 'web.status.error.full' : 'web.status.error.empty';
}

/**
 * The form's key: the random value its page carried (`key`), with the words sent, so a form sent
 * twice (a double click, a resent request) adds its answer once, while other words typed after going
 * back are a new answer. A key not in the expected form is ignored: the answer is still taken.
 */
function formKeyOf(key: unknown, text: unknown): string | undefined {
  if (typeof key !== 'string' || !/^[0-9a-f-]{36}$/.test(key) || typeof text !== 'string') return undefined;
  return `form:${key}:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** How many answers the employee has written in the case's conversation (on their way included), as the page counts them. */
async function answersSoFar(deps: IntakeEnv['Variables']['deps'], typedCode: string): Promise<number> {
  const caseCode = normaliseCaseCode(typedCode);
  if (!caseCode || !deps.threads) return 0;
  const caseKey = caseKeyFor(caseCode, deps.pepper);
  const [placed, waiting] = await Promise.all([deps.threads.list(caseKey), deps.threads.waiting(caseKey)]);
  return [...placed, ...waiting].filter((m) => m.from === 'employee').length;
}

/** `?sent=N`: how many answers the employee had written when they sent this one. */
function sentAfter(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{1,3}$/.test(value) ? Number(value) : undefined;
}

/** A form's field as typed, or '' (a form has strings only; anything else was not typed). */
function fieldOf(fields: Record<string, unknown>, name: string): string {
  const value = fields[name];
  return typeof value === 'string' ? value : '';
}

/**
 * The case's page for a code the employee typed or posted, or the lookup
 * form again, with what was typed, when no case has it. Answered with 200
 * either way: the page is the answer ("no case has that code"), not a broken
 * address, so the browser logs no failed load.
 */
async function caseOrLookup(c: Context<IntakeEnv>, typed: string, answer: AnswerState = {}) {
  const { deps } = c.var;
  const page = pageLanguage(c, deps.config);
  c.header('Cache-Control', 'no-store');
  try {
    const view = await withTextLanguages(await statusWithConversation(deps, typed));
    return c.html(statusPage(deps.config, page, view, answer));
  } catch (error) {
    if (error instanceof NotFoundError && error.message === NO_SUCH_CASE)
      return c.html(statusLookupPage(deps.config, page, lookupRefusal(typed), typed.slice(0, 40)));
    throw error;
  }
}

/**
 * Why a typed code found no case, as the person typing is told it: "12" is not a code at all (the format is
 * public, so saying so tells nothing), while a well-formed code may just have one letter wrong.
 */
function lookupRefusal(typed: string): MessageKey {
  if (normaliseCaseCode(typed)) return 'web.lookup.noSuchCase';
  // A 0, O, 1, I or L where a code has none: which characters to look at again.
  return caseCodeTypo(typed) ? 'web.lookup.leftOut' : 'web.lookup.notACode';
}

/**
 * The employee's answer from a form, whichever address it was posted to:
 * taken once however often the form is sent (its key), then the case's page
 * with the answer on its way (`shown`), or the form again with what was typed
 * and what to fix.
 */
async function answerFromForm(
  c: Context<IntakeEnv>,
  code: string,
  fields: Record<string, unknown>,
  shown: (caseCode: string, before: number, now: boolean) => Response | Promise<Response>,
) {
  const { deps } = c.var;
  c.header('Cache-Control', 'no-store');
  const page = pageLanguage(c, deps.config);
  try {
    // A form sent twice (a double click, a reload that posts again) adds its answer once: its page's key, with the
    // words, is claimed like an API client's Idempotency-Key.
    const idempotencyKey = formKeyOf(fields.key, fields.text);
    // Counted before the answer is sent, so the page after it can say it is on its way until it shows.
    const before = await answersSoFar(deps, code);
    // "Send it as it is", pressed after the page named words that may point to them (op44a): sent unchecked.
    const anyway = fieldOf(fields, ANYWAY_FIELD) === '1' || c.req.query(ANYWAY_FIELD) === '1';
    const { caseCode, copy, atOnce } = await employeeAnswers(deps, code, fields.text, 'web', idempotencyKey, {
      ...(anyway ? {} : { checkSinglesOut: singlesOutCheck(deps) }),
    });
    if (copy) c.var.giveBack?.();
    return shown(caseCode, before, atOnce === true);
  } catch (error) {
    // Not sent: the case's page again, the answer in its box, the words named, and a button to send it as it is.
    if (error instanceof AnswerSinglesOut) {
      return caseOrLookup(c, code, {
        text: fieldOf(fields, 'text'),
        key: fieldOf(fields, 'key'),
        singledOut: error.phrases,
      });
    }
    // Urgent words the case cannot take are kept as a new report, and the page says so with its code.
    const kept = await answerKeptAsReport(deps, error, {
      typedCode: code,
      text: fields.text,
      channel: 'web',
      idempotencyKey: formKeyOf(fields.key, fields.text),
    });
    if (kept)
      return c.html(
        confirmationPage(deps.config, page, kept.caseCode, new URL(c.req.url).origin, { fromClosed: true }),
      );
    if (error instanceof NotFoundError && error.message === NO_CONVERSATION)
      return refuseEmployee(c, error, 'web.error.noConversation');
    if (!(error instanceof ValidationError || error instanceof PayloadTooLargeError)) throw error;
    // The form again, with what was typed and what to fix.
    const view = await withTextLanguages(await statusWithConversation(deps, code));
    return c.html(
      statusPage(deps.config, page, view, { error: answerRefusal(error), text: fieldOf(fields, 'text') }),
      error instanceof PayloadTooLargeError ? 413 : 400,
    );
  }
}

/**
 * The case pages, which never put a case code in an address the pages
 * produce (a browser's history, synced or read by a work proxy, would date
 * each visit and answer to the case): the lookup form at `GET /status` posts
 * the code to `POST /status`, which shows the case there; its answer form
 * posts to `POST /status/answer`, which shows the case again with the answer
 * on its way. `GET /status/:code` (JSON for programs, and the page for links
 * already kept) and `POST /status/:code/messages` (the API's answer) stay.
 * Look-ups spend the status budget, answers their own. Every page is in the
 * employee's language (`?lang=`, else the browser's); the JSON stays keyed.
 */
export const caseStatus = (budget: MiddlewareHandler, answerBudget: MiddlewareHandler = budget) =>
  new Hono<IntakeEnv>()
    // Every answer about a case the same length in whole blocks, so no count of bytes says which case it was.
    .use('/status', padCasePages)
    .use('/status/*', padCasePages)
    // The lookup, and the case page's language switch: from the answer form, with the answer typed so far (and
    // its form's key), which comes back in its box in the new language. Nothing is sent from here.
    .post('/status', budget, limitBody(EMPLOYEE_TEXT_BODY), async (c) => {
      const { value } = await readBody(c, ['form'], EMPLOYEE_TEXT_BODY);
      const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
      const typed = fieldOf(fields, 'code');
      // Nothing typed: the lookup form again. "Check" pressed (or Enter) with the box empty says what to type (a
      // silent reload read as a page that does nothing); the language switch with it empty asks for nothing yet.
      if (!typed.trim()) {
        const pressed = fieldOf(fields, CHECK.name) === CHECK.value;
        const config = c.var.deps.config;
        return c.html(statusLookupPage(config, pageLanguage(c, config), pressed ? 'web.lookup.empty' : undefined));
      }
      const text = fieldOf(fields, 'text');
      // An answer sent just before ("Check again", or a switch of language, pressed while it is on its way) is
      // still said to be on its way, until it is in the thread.
      const sent = sentAfter(fieldOf(fields, SENT_FIELD) || undefined);
      return caseOrLookup(c, typed, {
        ...(text ? { text, key: fieldOf(fields, 'key') } : {}),
        ...(sent !== undefined ? { sentAfter: sent, sentNow: fieldOf(fields, SENT_NOW_FIELD) === '1' } : {}),
      });
    })
    .post('/status/answer', answerBudget, limitBody(EMPLOYEE_TEXT_BODY), async (c) => {
      const { value } = await readBody(c, ['form'], EMPLOYEE_TEXT_BODY);
      const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
      // The case's page is the answer, at this address: a reload asks the browser before posting again, and the
      // form's key keeps a second post from adding the answer twice.
      return answerFromForm(c, fieldOf(fields, 'code'), fields, (caseCode, before, now) =>
        caseOrLookup(c, caseCode, { sentAfter: before, sentNow: now }),
      );
    })
    // The employee says the report is about the person handling it: the case page again, saying what happens now.
    // Spends the answers' budget: it moves a case as an answer naming its holder does.
    .post('/status/object', answerBudget, limitBody(EMPLOYEE_TEXT_BODY), async (c) => {
      const { value } = await readBody(c, ['form'], EMPLOYEE_TEXT_BODY);
      const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
      const code = fieldOf(fields, 'code');
      try {
        const { caseCode } = await employeeObjects(c.var.deps, code, 'web');
        return caseOrLookup(c, caseCode, { objected: true });
      } catch (error) {
        if (error instanceof NotFoundError && error.message === NO_CONVERSATION)
          return refuseEmployee(c, error, 'web.error.noConversation');
        if (error instanceof NotFoundError) return caseOrLookup(c, code);
        throw error;
      }
    })
    // Addresses kept for links and bookmarks made before the pages posted codes; the pages no longer produce them.
    .get('/status', (c) => {
      const { config } = c.var.deps;
      const page = pageLanguage(c, config);
      const typed = c.req.query('code');
      if (typed === undefined) return c.html(statusLookupPage(config, page));
      const code = normaliseCaseCode(typed);
      // A code that cannot be one: programs get "no such case"; a person is told the format is wrong.
      if (!code) {
        if (!wantsHtml(c)) throw new NotFoundError(NO_SUCH_CASE);
        // 200: the page is the answer ("not a case code"), not a broken address, so the browser logs no failed load.
        return c.html(statusLookupPage(config, page, lookupRefusal(typed), typed.slice(0, 40)));
      }
      return c.redirect(keepLang(page, `/status/${code}`), 303);
    })
    .get('/status/:code', budget, async (c) => {
      const { deps } = c.var;
      c.header('Cache-Control', 'no-store');
      try {
        const view = await statusWithConversation(deps, c.req.param('code'));
        if (!wantsHtml(c)) return c.json(statusForPrograms(view));
        const page = pageLanguage(c, deps.config);
        const shown = await withTextLanguages(view);
        return c.html(
          statusPage(deps.config, page, shown, {
            sentAfter: sentAfter(c.req.query('sent')),
            sentNow: c.req.query(SENT_NOW_FIELD) === '1',
          }),
        );
      } catch (error) {
        // The code stays in the box, so a single wrong letter is fixed without typing it all again; answered
        // with 200 like the lookup above (programs asking for JSON still get 404).
        if (error instanceof NotFoundError && wantsHtml(c)) {
          const page = pageLanguage(c, deps.config);
          const typed = c.req.param('code');
          return c.html(statusLookupPage(deps.config, page, lookupRefusal(typed), typed.slice(0, 40)));
        }
        throw error;
      }
    })
    .post('/status/:code/messages', answerBudget, limitBody(EMPLOYEE_TEXT_BODY), async (c) => {
      const { deps } = c.var;
      const code = c.req.param('code');
      const { kind, value } = await readBody(c, ['json', 'form'], EMPLOYEE_TEXT_BODY);
      const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
      // A form from a page made before answers were posted to /status/answer: taken the same way, then back to
      // its page (POST, redirect, GET) as then, so a reload never sends the answer twice.
      if (kind === 'form')
        return answerFromForm(c, code, fields, (caseCode, before, now) =>
          c.redirect(
            keepLang(
              pageLanguage(c, deps.config),
              `/status/${caseCode}?sent=${before}${now ? `&${SENT_NOW_FIELD}=1` : ''}#conversation`,
            ),
            303,
          ),
        );
      c.header('Cache-Control', 'no-store');
      // A retried request with the same Idempotency-Key adds the answer once (like a submission).
      const idempotencyKey = idempotencyKeyOf(c.req.header('idempotency-key'));
      let answered: Awaited<ReturnType<typeof employeeAnswers>>;
      // op48c: an answer whose words may point to its writer is held here too, as on the page and by SMS; the
      // program's "sendAnyway": true (or ?anyway=1) is the page's "Send it as it is".
      const anyway = fields[SEND_ANYWAY_FIELD] === true || c.req.query(ANYWAY_FIELD) === '1';
      try {
        answered = await employeeAnswers(deps, code, fields.text, 'web', idempotencyKey, {
          ...(anyway ? {} : { checkSinglesOut: singlesOutCheck(deps) }),
        });
      } catch (error) {
        if (error instanceof AnswerSinglesOut)
          return c.json(heldAnswer(pageLanguage(c, deps.config).language, error), 422);
        // Urgent words the case cannot take (closed, say) are kept as a new report: its code, and why.
        const kept = await answerKeptAsReport(deps, error, {
          typedCode: code,
          text: fields.text,
          channel: 'web',
          idempotencyKey,
        });
        if (!kept) throw error;
        return c.json(
          { caseCode: kept.caseCode, status: 'received', keptAsNewReport: true, message: KEPT_AS_NEW_REPORT },
          201,
        );
      }
      const { caseCode, copy, atOnce } = answered;
      if (copy) c.var.giveBack?.();
      // What the page says too, before analysis has read it: an urgent answer is emailed at once, any other when its
      // hour is over; on an urgent case still live, any answer with content is emailed now (`answer-on-a-live-urgent-case.ts`).
      return c.json(
        { caseCode, status: 'received', reachesSponsor: atOnce ? ANSWER_REACHES_SPONSOR_NOW : ANSWER_REACHES_SPONSOR },
        201,
      );
    });
