import { Hono, type MiddlewareHandler } from 'hono';
import { ISO_WEEK_PATTERN } from '../../../shared/domain/iso-week';
import { openDigestLink } from '../../../shared/digest/links';
import { NotFoundError } from '../../../shared/errors';
import { LinkRefusedError } from '../../../shared/use-cases/answer-escalation';
import type { SponsorEnv } from '../deps';

/**
 * `GET /digest/:week?t=<signed link>`: the web view of an archived digest
 * (the leadership one, or the sponsor's variant the link names), read from
 * the archive, never rebuilt. Without a valid, unexpired link for that week
 * it answers 403, as `/ack/:token` does. Each request spends the links' budget.
 * The renderer (and the digest's catalogues) is loaded on the first page or
 * stylesheet served, not at every cold start of the sponsors' function.
 */
const webRenderer = () => import('../../../shared/digest/render-web');

export const digest = (budget: MiddlewareHandler) =>
  new Hono<SponsorEnv>()
    .get('/assets/digest.css', async (c) => {
      const { DIGEST_CSS } = await webRenderer();
      c.header('Cache-Control', 'public, max-age=3600');
      return c.body(DIGEST_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
    })
    .get('/digest/:week', budget, async (c) => {
      const deps = c.var.deps;
      const week = c.req.param('week');
      if (!ISO_WEEK_PATTERN.test(week))
        throw new NotFoundError(`There is no week ${week.slice(0, 20)}; weeks look like 2026-W47.`);
      if (!deps.digests) throw new LinkRefusedError('unknown');
      const check = openDigestLink(c.req.query('t') ?? '', week, deps.digests.linkSigningKey, deps.clock.now());
      if (!check.ok) throw new LinkRefusedError(check.reason === 'other-digest' ? 'forged' : check.reason);
      const archived = await deps.digests.archive.get(check.key);
      if (!archived) throw new NotFoundError(`No digest has been published for ${week} yet.`);
      c.header('Cache-Control', 'no-store');
      c.header('X-Robots-Tag', 'noindex, nofollow');
      const { renderDigestPage } = await webRenderer();
      return c.html(renderDigestPage(archived));
    });
