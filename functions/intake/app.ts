import { Hono } from 'hono';
import type { IntakeDeps, IntakeEnv } from './deps';
import { answerNotFoundAndErrors, commonMiddleware } from './middleware/common';
import { channelLimits, unverifiedTokenBudget, type ChannelLimits } from './middleware/rate-limit';
import { prepareUrgencyReading } from '../../shared/use-cases/reads-urgent';
import { withTokenCheckBudget } from './middleware/token-checks';
import { IN_PLACE_SCRIPT } from './pages/in-place-script';
import { RECEIPT_SCRIPT } from './pages/receipt-script';
import { SITE_CSS } from './pages/site-css';
import { caseStatus } from './routes/case-status';
import { kioskApi, kioskApiDisabled } from './routes/kiosk';
import { kioskApp } from './routes/kiosk-app';
import { smsTwilio, smsTwilioUnavailable } from './routes/sms-twilio';
import { smsTwilioStatus, smsTwilioStatusUnavailable } from './routes/sms-twilio-status';
import { redactionPreview } from './routes/redaction-preview';
import { webFeedback } from './routes/web-feedback';

/**
 * The intake: one hono app for every channel. It knows nothing of Lambda or
 * Node servers; `lambda.ts` wraps it with `handle()`, the local runtime with
 * `serve()`, and tests call `app.request()`. The sponsors' routes are not
 * here: on AWS they are another function's (`functions/sponsor/app.ts`), so
 * this one neither holds their rights nor loads their code; `moreRoutes`
 * mounts them too (tests: `createApp(deps, sponsorRoutes)`).
 *
 * @example
 * const app = createApp(deps);
 * const res = await app.request('/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"hi"}' });
 */
export function createApp(deps: IntakeDeps, moreRoutes?: (app: Hono<IntakeEnv>, limits: ChannelLimits) => void) {
  const app = new Hono<IntakeEnv>();
  const limits = channelLimits(deps.config, deps.rateLimits, undefined, {
    readingWaitMs: deps.urgencyWaitMs,
    prepareReading: prepareUrgencyReading,
  });

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
  app.get('/assets/in-place.js', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(IN_PLACE_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  app.route('/', webFeedback({ form: limits.web, json: limits.api }));
  app.route('/', redactionPreview(limits.preview));
  app.route('/', caseStatus(limits.status, limits.answers));
  // The sponsors' routes are their own function's (functions/sponsor/app.ts); tests add them here.
  moreRoutes?.(app, limits);
  app.route('/', kioskApp);
  // Optional channels are mounted only when configured; otherwise a stand-in refuses them in their own terms.
  if (deps.kiosk) {
    const kiosks = withTokenCheckBudget(deps.kiosk.kiosks, unverifiedTokenBudget(deps.config, deps.rateLimits));
    app.route('/', kioskApi({ channel: limits.kiosk, kiosks, preview: limits.preview }));
  } else app.route('/', kioskApiDisabled);
  if (deps.sms) {
    app.route('/', smsTwilio(deps.sms, limits.sms));
    // Twilio's delivery reports for our replies; they spend no channel budget, so a burst of them never refuses a text.
    app.route('/', smsTwilioStatus(deps.sms));
  } else app.route('/', smsTwilioUnavailable).route('/', smsTwilioStatusUnavailable);

  answerNotFoundAndErrors(app);
  return app;
}
