import { Hono, type MiddlewareHandler } from 'hono';
import { normaliseCaseCode } from '../../../shared/domain/case-code';
import { NotFoundError, PayloadTooLargeError, ValidationError } from '../../../shared/errors';
import { employeeAnswers, statusWithConversation } from '../../../shared/use-cases/case-conversation';
import { NO_SUCH_CASE } from '../../../shared/use-cases/get-case-status';
import { limitBody } from '../middleware/limit-body';
import { readBody } from '../middleware/read-body';
import type { IntakeEnv } from '../deps';
import { statusLookupPage, statusPage } from '../pages/status';
import { wantsHtml } from '../respond';

/**
 * `GET /status/:code` (the case and its conversation) and `POST
 * /status/:code/messages` (the employee's answer, form or JSON), each under
 * the status budget, and the lookup form at `GET /status`.
 */
export const caseStatus = (budget: MiddlewareHandler) =>
  new Hono<IntakeEnv>()
    .get('/status', (c) => {
      const typed = c.req.query('code');
      if (typed === undefined) return c.html(statusLookupPage(c.var.deps.config));
      const code = normaliseCaseCode(typed);
      // A mistyped code and an unknown one get the same answer: both are "no such case" to the person typing.
      if (!code) {
        if (!wantsHtml(c)) throw new NotFoundError(NO_SUCH_CASE);
        return c.html(statusLookupPage(c.var.deps.config, NO_SUCH_CASE, typed.slice(0, 40)), 404);
      }
      return c.redirect(`/status/${code}`, 303);
    })
    .get('/status/:code', budget, async (c) => {
      const { deps } = c.var;
      c.header('Cache-Control', 'no-store');
      try {
        const view = await statusWithConversation(deps, c.req.param('code'));
        return wantsHtml(c)
          ? c.html(statusPage(deps.config, view, { sent: c.req.query('sent') === '1' }))
          : c.json(view);
      } catch (error) {
        // The code stays in the box, so a single wrong letter is fixed without typing it all again.
        if (error instanceof NotFoundError && wantsHtml(c))
          return c.html(statusLookupPage(deps.config, error.message, c.req.param('code').slice(0, 40)), 404);
        throw error;
      }
    })
    .post('/status/:code/messages', budget, limitBody(), async (c) => {
      const { deps } = c.var;
      const code = c.req.param('code');
      const { kind, value } = await readBody(c, ['json', 'form']);
      const text = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).text : undefined;
      c.header('Cache-Control', 'no-store');
      try {
        const { caseCode } = await employeeAnswers(deps, code, text, 'web');
        // The browser goes back to the page (POST, redirect, GET), so a reload never sends the answer twice.
        if (kind === 'form') return c.redirect(`/status/${caseCode}?sent=1#conversation`, 303);
        return c.json({ caseCode, status: 'received' }, 201);
      } catch (error) {
        if (kind !== 'form' || !(error instanceof ValidationError || error instanceof PayloadTooLargeError))
          throw error;
        // The form again, with what was typed and what to fix.
        const view = await statusWithConversation(deps, code);
        const typed = typeof text === 'string' ? text : '';
        return c.html(
          statusPage(deps.config, view, { error: error.message, text: typed }),
          error instanceof PayloadTooLargeError ? 413 : 400,
        );
      }
    });
