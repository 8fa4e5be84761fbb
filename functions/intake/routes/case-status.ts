import { createHash } from 'node:crypto';
import { idempotencyKeyOf } from './web-feedback';
import { Hono, type MiddlewareHandler } from 'hono';
import { caseKeyFor, normaliseCaseCode } from '../../../shared/domain/case-code';
import { NotFoundError, PayloadTooLargeError, ValidationError } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n/catalogue';
import {
  CASE_CLOSED,
  employeeAnswers,
  NO_CONVERSATION,
  statusForPrograms,
  statusWithConversation,
  THREAD_FULL,
} from '../../../shared/use-cases/case-conversation';
import { NO_SUCH_CASE } from '../../../shared/use-cases/get-case-status';
import type { IntakeEnv } from '../deps';
import { limitBody } from '../middleware/limit-body';
import { EMPLOYEE_TEXT_BODY } from '../middleware/body-limits';
import { readBody } from '../middleware/read-body';
import { keepLang, pageLanguage } from '../page-language';
import { statusLookupPage, statusPage } from '../pages/status';
import { withTextLanguages } from '../sponsor-message-languages';
import { refuseEmployee, wantsHtml } from '../respond';

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

/**
 * `GET /status/:code` (the case and its conversation) and `POST
 * /status/:code/messages` (the employee's answer, form or JSON), each under
 * the status budget, and the lookup form at `GET /status`. Every page is in
 * the employee's language (`?lang=`, else the browser's); the JSON stays
 * keyed, for programs.
 */
export const caseStatus = (budget: MiddlewareHandler, answerBudget: MiddlewareHandler = budget) =>
  new Hono<IntakeEnv>()
    .get('/status', (c) => {
      const { config } = c.var.deps;
      const page = pageLanguage(c, config);
      const typed = c.req.query('code');
      if (typed === undefined) return c.html(statusLookupPage(config, page));
      const code = normaliseCaseCode(typed);
      // A mistyped code and an unknown one get the same answer: both are "no such case" to the person typing.
      if (!code) {
        if (!wantsHtml(c)) throw new NotFoundError(NO_SUCH_CASE);
        // 200: the page is the answer ("no case has that code"), not a broken address, so the browser logs no failed load.
        return c.html(statusLookupPage(config, page, 'web.lookup.noSuchCase', typed.slice(0, 40)));
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
        return c.html(statusPage(deps.config, page, shown, { sentAfter: sentAfter(c.req.query('sent')) }));
      } catch (error) {
        // The code stays in the box, so a single wrong letter is fixed without typing it all again; answered
        // with 200 like the lookup above (programs asking for JSON still get 404).
        if (error instanceof NotFoundError && wantsHtml(c)) {
          const page = pageLanguage(c, deps.config);
          return c.html(statusLookupPage(deps.config, page, 'web.lookup.noSuchCase', c.req.param('code').slice(0, 40)));
        }
        throw error;
      }
    })
    .post('/status/:code/messages', answerBudget, limitBody(EMPLOYEE_TEXT_BODY), async (c) => {
      const { deps } = c.var;
      const code = c.req.param('code');
      const { kind, value } = await readBody(c, ['json', 'form'], EMPLOYEE_TEXT_BODY);
      const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
      c.header('Cache-Control', 'no-store');
      const page = pageLanguage(c, deps.config);
      try {
        // A retried request with the same Idempotency-Key adds the answer once (like a submission); so does a
        // form sent twice (a double click): its page's key, with the words, is claimed the same way.
        const idempotencyKey =
          kind === 'form' ? formKeyOf(fields.key, fields.text) : idempotencyKeyOf(c.req.header('idempotency-key'));
        // Counted before the answer is sent, so the page after it can say it is on its way until it shows.
        const before = kind === 'form' ? await answersSoFar(deps, code) : 0;
        const { caseCode, copy } = await employeeAnswers(deps, code, fields.text, 'web', idempotencyKey);
        if (copy) c.var.giveBack?.();
        // The browser goes back to the page (POST, redirect, GET), so a reload never sends the answer twice.
        if (kind === 'form') return c.redirect(keepLang(page, `/status/${caseCode}?sent=${before}#conversation`), 303);
        return c.json({ caseCode, status: 'received' }, 201);
      } catch (error) {
        if (kind === 'form' && error instanceof NotFoundError && error.message === NO_CONVERSATION)
          return refuseEmployee(c, error, 'web.error.noConversation');
        if (kind !== 'form' || !(error instanceof ValidationError || error instanceof PayloadTooLargeError))
          throw error;
        // The form again, with what was typed and what to fix.
        const found = await statusWithConversation(deps, code);
        const view = await withTextLanguages(found);
        const typed = typeof fields.text === 'string' ? fields.text : '';
        return c.html(
          statusPage(deps.config, page, view, { error: answerRefusal(error), text: typed }),
          error instanceof PayloadTooLargeError ? 413 : 400,
        );
      }
    });
