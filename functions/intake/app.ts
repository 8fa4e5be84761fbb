import { Hono, type Env, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { NotFoundError } from '../../shared/errors';
import type { IntakeDeps, IntakeEnv, SponsorDeps, SponsorEnv } from './deps';
import { channelLimits, unverifiedTokenBudget, type ChannelLimits } from './middleware/rate-limit';
import { withTokenCheckBudget } from './middleware/token-checks';
import { RECEIPT_SCRIPT } from './pages/receipt-script';
import { SITE_CSS } from './pages/site-css';
import { respondToError } from './respond';
import { acknowledge } from './routes/acknowledge';
import { caseDesk } from './routes/case-desk';
import { caseStatus } from './routes/case-status';
import { digest } from './routes/digest';
import { kioskApi, kioskApiDisabled } from './routes/kiosk';
import { kioskApp } from './routes/kiosk-app';
import { smsTwilio, smsTwilioUnavailable } from './routes/sms-twilio';
import { smsTwilioStatus, smsTwilioStatusUnavailable } from './routes/sms-twilio-status';
import { redactionPreview } from './routes/redaction-preview';
import { webFeedback } from './routes/web-feedback';

/**
 * The intake: one hono app for every channel. It knows nothing of Lambda or
 * Node servers; `lambda.ts` wraps it with `handle()`, the local runtime with
 * `serve()`, and tests call `app.request()`.
 *
 * @example
 * const app = createApp(deps);
 * const res = await app.request('/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"hi"}' });
 */
export function createApp(deps: IntakeDeps) {
  const app = new Hono<IntakeEnv>();
  const limits = channelLimits(deps.config, deps.rateLimits);

  app.use(async function provideDeps(c, next) {
    c.set('deps', deps);
    await next();
  });
  app.use(...commonMiddleware(deps));
  // Each channel spends its own budget, attached to its own routes and
  // methods only: a flood on one channel, on a path that does not exist or
  // with the wrong method leaves every other channel answering. /feedback
  // takes its budget once it knows whether it is the web form or the JSON
  // API, so a browser gets its form back with what was typed. The kiosk and
  // SMS routes take theirs once the request has proved where it comes from
  // (a kiosk's token, Twilio's signature). Pages that are the same for
  // everyone (the form, the kiosk app, assets) spend none.
  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.get('/assets/site.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(SITE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.get('/assets/receipt.js', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(RECEIPT_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  app.route('/', webFeedback({ form: limits.web, json: limits.api }));
  app.route('/', redactionPreview(limits.preview));
  app.route('/', caseStatus(limits.status));
  sponsorRoutes(app, limits);
  app.route('/', kioskApp);
  // Optional channels are mounted only when configured; otherwise a stand-in refuses them in their own terms.
  if (deps.kiosk) {
    const kiosks = withTokenCheckBudget(deps.kiosk.kiosks, unverifiedTokenBudget(deps.config, deps.rateLimits));
    app.route('/', kioskApi({ channel: limits.kiosk, kiosks }));
  } else app.route('/', kioskApiDisabled);
  if (deps.sms) {
    app.route('/', smsTwilio(deps.sms, limits.sms));
    // Twilio's delivery reports for our replies; they spend no channel budget, so a burst of them never refuses a text.
    app.route('/', smsTwilioStatus(deps.sms));
  } else app.route('/', smsTwilioUnavailable).route('/', smsTwilioStatusUnavailable);

  app.notFound((c) =>
    respondToError(
      new NotFoundError(`There is nothing at ${c.req.method} ${new URL(c.req.url).pathname.slice(0, 100)}`),
      c,
    ),
  );
  app.onError((error, c) => respondToError(error, c));
  return app;
}

/**
 * The sponsors' app: only their signed links (`/ack/:token`) and the digest's
 * web view (`/digest/:week`), with the same headers, limits and errors as
 * the intake. On AWS it runs in a function of its own behind the same API,
 * so that the employee-facing intake needs no rights on escalations and
 * this one none on employees' channels.
 *
 * @example
 * const app = createSponsorApp({ config, store, clock, logger, escalations: { store: escalationStore, linkSigningKey } });
 */
export function createSponsorApp(deps: SponsorDeps) {
  const app = new Hono<SponsorEnv>();
  app.use(async function provideDeps(c, next) {
    c.set('deps', deps);
    await next();
  });
  app.use(...commonMiddleware(deps));
  sponsorRoutes(app, channelLimits(deps.config, deps.rateLimits));
  app.notFound((c) =>
    respondToError(
      new NotFoundError(`There is nothing at ${c.req.method} ${new URL(c.req.url).pathname.slice(0, 100)}`),
      c,
    ),
  );
  app.onError((error, c) => respondToError(error, c));
  return app;
}

/**
 * Whether a path is one of the sponsors' (`/ack/{token}`, `/digest/{week}`, `/desk/{token}…`),
 * served by `createSponsorApp`: as the HTTP API routes it to the sponsors'
 * function (`infra/constructs/intake-api.ts`), for the local runtime.
 */
export const isSponsorPath = (path: string): boolean =>
  /^\/(ack|digest)\/[^/]+$/.test(path) || /^\/desk\/[^/]+(\/case\/[^/]+)?$/.test(path);

/** The sponsors' routes, each behind the links' budget. */
function sponsorRoutes<E extends Env>(app: Hono<E>, limits: ChannelLimits): void {
  app.route('/', acknowledge(limits.links));
  app.route('/', caseDesk(limits.links));
  app.route('/', digest(limits.links));
}

/** What every request goes through first: its log line (never its path), security headers, and errors that are Errors. */
function commonMiddleware(deps: SponsorDeps): MiddlewareHandler[] {
  return [
    async function logRequest(c, next) {
      const started = performance.now();
      await next();
      // A successful write is not logged: its timestamp would be the moment
      // a case was made (metrics count submissions instead). Route pattern,
      // never the path: a path can carry a case code.
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.res.status < 400) return;
      deps.logger.info('request', {
        method: c.req.method,
        route: c.req.routePath,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      });
    },
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
    }),
    async function errorsAreErrors(_c, next) {
      try {
        await next();
      } catch (thrown) {
        // hono hands only Errors to onError; anything else thrown is a bug too.
        if (thrown instanceof Error) throw thrown;
        throw new Error('a non-Error was thrown', { cause: thrown });
      }
    },
  ];
}

export type IntakeApp = ReturnType<typeof createApp>;
