import { Hono } from 'hono';
import { normaliseCaseCode } from '../../../shared/domain/case-code';
import { NotFoundError } from '../../../shared/errors';
import { getCaseStatus } from '../../../shared/use-cases/get-case-status';
import type { IntakeEnv } from '../deps';
import { statusLookupPage, statusPage } from '../pages/status';
import { wantsHtml } from '../respond';

/** `GET /status/:code` and the lookup form at `GET /status`. */
export const caseStatus = new Hono<IntakeEnv>()
  .get('/status', (c) => {
    const typed = c.req.query('code');
    if (typed === undefined) return c.html(statusLookupPage(c.var.deps.config));
    const code = normaliseCaseCode(typed);
    if (!code) return c.html(statusLookupPage(c.var.deps.config, 'That does not look like a case code: it has ten letters and digits.', typed.slice(0, 40)), 400);
    return c.redirect(`/status/${code}`, 303);
  })
  .get('/status/:code', async (c) => {
    const { deps } = c.var;
    c.header('Cache-Control', 'no-store');
    try {
      const view = await getCaseStatus(deps, c.req.param('code'));
      return wantsHtml(c) ? c.html(statusPage(deps.config, view)) : c.json(view);
    } catch (error) {
      if (error instanceof NotFoundError && wantsHtml(c)) return c.html(statusLookupPage(deps.config, error.message), 404);
      throw error;
    }
  });
