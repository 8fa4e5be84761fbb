import type { Context } from 'hono';
import { AppError, TooManyRequestsError } from '../../shared/errors';
import type { IntakeEnv, SponsorEnv } from './deps';
import { httpStatusOf } from './error-status';
import { errorPage } from './pages/error';

/** Whether the client asked for HTML (a browser) rather than JSON (an API client). */
export function wantsHtml(c: Context): boolean {
  // Twilio's webhooks post forms but are read by Twilio and the operator, never shown in a browser.
  if (c.req.path.startsWith('/sms/')) return false;
  const accept = c.req.header('accept') ?? '';
  if (accept.includes('application/json')) return false;
  if (accept.includes('text/html')) return true;
  return (c.req.header('content-type') ?? '').startsWith('application/x-www-form-urlencoded');
}

const TITLES: Record<number, string> = {
  400: 'Something in the form needs fixing',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Already sent with other words',
  413: 'Too long',
  415: 'Not a form we understand',
  429: 'Too busy right now',
  503: 'Please try again',
};

/**
 * What a person at a browser is told. The JSON messages name fields and
 * limits in bytes for the developers who read them; a person needs to know
 * what to do next. Messages already written for people pass through.
 */
function forPeople(error: AppError): string {
  if (error.code === 'too_large') return 'What you sent is too long. Please go back, shorten it, and send it again.';
  if (error.code === 'unsupported_media_type')
    return 'That did not come from one of our forms. Please go back to the form and send it from there.';
  if (error.code === 'invalid_input' && error.issues.length)
    return 'Part of what was sent could not be read. Please go back to the form and try again.';
  return error.message.charAt(0).toUpperCase() + error.message.slice(1);
}

/**
 * The single `onError`: an {@link AppError} becomes its status with a message
 * that says what is wrong (JSON `{error: {code, message, issues}}`, or a page
 * for browsers); anything else is a bug, logged by name only and answered 500
 * (a page for browsers too).
 */
export function respondToError(
  error: Error,
  c: Context<IntakeEnv> | Context<SponsorEnv>,
): Response | Promise<Response> {
  const { logger, config } = c.var.deps;
  // Sponsors' links and the digest web view are read by leaders, not by the employees the form's footer speaks to.
  const audience = /^\/(ack|digest|desk)\//.test(c.req.path) ? 'sponsor' : 'employee';
  if (!(error instanceof AppError)) {
    // Never log the message: a parser error could quote the submitted text.
    logger.error('unhandled error', { errorName: error.name, route: c.req.routePath });
    const message = 'Something went wrong on our side; nothing you sent was kept.';
    if (wantsHtml(c)) return c.html(errorPage(config.programName, 'Something went wrong', message, audience), 500);
    return c.json({ error: { code: 'internal', message, issues: [] } }, 500);
  }
  const status = httpStatusOf(error);
  logRefusal(c, error);
  if (error instanceof TooManyRequestsError) c.header('Retry-After', String(error.retryAfterSeconds));
  if (wantsHtml(c))
    return c.html(errorPage(config.programName, TITLES[status] ?? 'Error', forPeople(error), audience), status);
  return c.json({ error: { code: error.code, message: error.message, issues: error.issues } }, status);
}

/** A refusal's log line: its code, status and route, and the name of what caused it; never the request. */
export function logRefusal(c: Context<IntakeEnv> | Context<SponsorEnv>, error: AppError): void {
  const causeName = error.cause instanceof Error ? error.cause.name : undefined;
  c.var.deps.logger.info('request refused', {
    code: error.code,
    status: httpStatusOf(error),
    route: c.req.routePath,
    causeName,
  });
}
