import { type Context, type Env, Hono } from 'hono';
import type { SponsorDeps, SponsorEnv } from '../intake/deps';
import { answerNotFoundAndErrors, commonMiddleware } from '../intake/middleware/common';
import { type ChannelLimits, channelLimits } from '../intake/middleware/rate-limit';
import { acknowledge } from '../intake/routes/acknowledge';
import { caseDesk } from '../intake/routes/case-desk';
import { takeCase } from '../intake/routes/take-case';
import { digest } from '../intake/routes/digest';
import { sameOriginPosts } from '../intake/middleware/same-origin-posts';
import { signedLinkBudget } from '../intake/middleware/signed-link-budget';

/**
 * The sponsors' app: only their signed links (`/ack/:token`), their case
 * desks (`/desk/:token`) and the digest's web view (`/digest/:week`), with
 * the same headers, limits and errors as the intake. On AWS it runs in a
 * function of its own behind the same API, so that the employee-facing
 * intake needs no rights on escalations and this one none on employees'
 * channels. It imports none of the intake's channels (forms, kiosk, SMS),
 * so its function loads only what sponsors use.
 *
 * @example
 * const app = createSponsorApp({ config, cases, clock, logger, escalations: { store: escalationStore, linkSigningKey } });
 */
export function createSponsorApp(deps: SponsorDeps) {
  const app = new Hono<SponsorEnv>();
  app.use(async function provideDeps(c, next) {
    c.set('deps', deps);
    await next();
  });
  app.use(...commonMiddleware(deps));
  sponsorRoutes(app, channelLimits(deps.config, deps.rateLimits));
  answerNotFoundAndErrors(app);
  return app;
}

/**
 * Whether a path is one of the sponsors' (`/ack/{token}`, `/digest/{week}`,
 * `/desk/{token}…`, and the digest's stylesheet `/assets/digest.css`),
 * served by `createSponsorApp`: as the HTTP API routes it to the sponsors'
 * function (`infra/constructs/intake-api.ts`), for the local runtime.
 */
export const isSponsorPath = (path: string): boolean =>
  path === '/assets/digest.css' ||
  /^\/(ack|digest|take)\/[^/]+$/.test(path) ||
  /^\/desk\/[^/]+(\/case\/[^/]+)?$/.test(path);

/**
 * The sponsors' routes, each behind the links' budget for links this
 * installation signed, and another for the rest (`signed-link-budget.ts`);
 * tests mount them on the intake app too (`createApp(deps, sponsorRoutes)`).
 */
export function sponsorRoutes<E extends Env>(app: Hono<E>, limits: ChannelLimits): void {
  const escalationKey = (c: Context) => (c.var as { deps?: SponsorDeps }).deps?.escalations?.linkSigningKey;
  const byToken = signedLinkBudget(limits.links, limits.forgedLinks, (c) => ({
    token: c.req.param('token'),
    key: escalationKey(c),
  }));
  const byQuery = signedLinkBudget(limits.links, limits.forgedLinks, (c) => ({
    token: c.req.query('t'),
    key: (c.var as { deps?: SponsorDeps }).deps?.digests?.linkSigningKey,
  }));
  // A sponsor's buttons post only from their own pages: another site's hidden form is refused (`same-origin-posts.ts`).
  const fromOurPages = sameOriginPosts((c) => {
    const deps = (c.var as { deps?: SponsorDeps }).deps;
    return [deps?.config.publicUrl, deps?.desk?.publicUrl];
  });
  app.use('/ack/*', fromOurPages);
  app.use('/desk/*', fromOurPages);
  app.use('/take/*', fromOurPages);
  app.route('/', acknowledge(byToken));
  app.route('/', caseDesk(byToken));
  app.route('/', takeCase(byToken));
  app.route('/', digest(byQuery));
}
