import { Hono, type MiddlewareHandler } from 'hono';
import { normaliseCaseCode } from '../../../shared/domain/case-code';
import { NotFoundError } from '../../../shared/errors';
import { getCaseStatus, NO_SUCH_CASE } from '../../../shared/use-cases/get-case-status';
import type { IntakeEnv } from '../deps';
import { statusLookupPage, statusPage } from '../pages/status';
import { wantsHtml } from '../respond';

/** `GET /status/:code`, each look-up under the status budget, and the lookup form at `GET /status`. */
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
        const view = await getCaseStatus(deps, c.req.param('code'));
        return wantsHtml(c) ? c.html(statusPage(deps.config, view)) : c.json(view);
      } catch (error) {
        // The code stays in the box, so a single wrong letter is fixed without typing it all again.
        if (error instanceof NotFoundError && wantsHtml(c)) return c.html(statusLookupPage(deps.config, error.message, c.req.param('code').slice(0, 40)), 404);
        throw error;
      }
    });
