import type { Context } from 'hono';
import { AppError, TooManyRequestsError } from '../../shared/errors';
import type { IntakeEnv, SponsorEnv } from './deps';
import { httpStatusOf } from './error-status';
import type { MessageKey } from '../../shared/i18n/catalogue';
import { NO_SUCH_CASE } from '../../shared/use-cases/get-case-status';
import { keepLang, pageLanguage, withLang } from './page-language';
import { errorPage } from './pages/error';
import { wordsFor } from './pages/words';

/** Whether the client asked for HTML (a browser) rather than JSON (an API client). */
export function wantsHtml(c: Context): boolean {
  // Twilio's webhooks post forms but are read by Twilio and the operator, never shown in a browser.
  if (c.req.path.startsWith('/sms/')) return false;
  const accept = c.req.header('accept') ?? '';
  if (accept.includes('application/json')) return false;
  if (accept.includes('text/html')) return true;
  return (c.req.header('content-type') ?? '').startsWith('application/x-www-form-urlencoded');
}

/**
 * Why a sponsor's page could not be shown, as the sponsors' catalogue says
 * it (`sponsor.error`): chosen by what went wrong, never the error's own
 * (English, developer-facing) message. Undefined for a refusal no case
 * covers, whose own message an English reader is shown as it is.
 */
function forSponsors(error: AppError | undefined): string | undefined {
  if (!error) return 'other';
  if (error.code === 'link_expired') return 'expired';
  if (error.code.startsWith('link_')) {
    if ('reason' in error && error.reason === 'moved') return 'moved'; // LinkRefusedError, not imported: the intake never refuses a link
    if ('reason' in error && error.reason === 'replaced') return 'replaced'; // a case link sent before a desk key was re-issued
    if (error.message.startsWith('This desk link has been replaced')) return 'replaced';
    return 'invalid';
  }
  switch (error.code) {
    case 'not_found':
      if (error.message.startsWith('There is no such case on your desk')) return 'not-on-desk';
      return error.message.startsWith('No digest has been published') ? 'no-digest' : 'not-found';
    case 'too_large':
      return 'too-large';
    case 'unsupported_media_type':
      return 'not-our-form';
    case 'invalid_input':
      return 'unreadable';
    case 'too_many_requests':
      return 'busy';
    case 'unavailable':
      return 'unavailable';
    default:
      return undefined;
  }
}

/**
 * A sponsor's error page (`/ack`, `/desk`, the digest's web view) in their
 * language: `?lang=` when they picked one, else the language of whoever the
 * link was made for (even an expired one), else the browser's.
 */
async function sponsorErrorPage(c: Context<IntakeEnv> | Context<SponsorEnv>, status: number, error?: AppError) {
  const { config } = c.var.deps;
  // Loaded only for a sponsor's page: the employees' intake, which shares this module, never reads a link or the sponsors' words.
  const [{ linkReaderLanguage }, { sponsorText }] = await Promise.all([
    import('./sponsor-reader-language'),
    import('../../shared/i18n/sponsor'),
  ]);
  const page = pageLanguage(c, config);
  const language = page.chosen
    ? page.language
    : ((await linkReaderLanguage(c as Context<SponsorEnv>)) ?? page.language);
  const { t } = wordsFor(language);
  const why = forSponsors(error);
  const message =
    why === undefined && language === 'en' && error
      ? error.message.charAt(0).toUpperCase() + error.message.slice(1)
      : sponsorText(language, 'sponsor.error', {
          why: why ?? (status >= 500 ? 'other' : 'not-allowed'),
          program: config.programName,
        });
  const here = new URL(c.req.url);
  return errorPage(config.programName, t('web.error.title', { status }), message, 'sponsor', {
    language,
    // A GET page can be asked for again in another language; a refused POST has no address to switch at.
    languages:
      c.req.method === 'GET'
        ? { languages: page.offered, href: (other) => withLang(`${here.pathname}${here.search}`, other) }
        : undefined,
  });
}

/**
 * What an employee is told, in their language: chosen by what went wrong,
 * never taken from the error's own (English, developer-facing) message.
 */
function forEmployees(error: AppError | undefined): MessageKey {
  if (!error) return 'web.error.internal';
  switch (error.code) {
    case 'not_found':
      if (error.message === NO_SUCH_CASE) return 'web.lookup.noSuchCase';
      return 'web.error.notFound';
    case 'too_large':
      return 'web.error.tooLarge';
    case 'unsupported_media_type':
      return 'web.error.notOurForm';
    case 'invalid_input':
      return 'web.error.unreadable';
    case 'idempotency_key_reused':
      return 'web.error.reused';
    case 'too_many_requests':
      return 'web.error.busy';
    case 'unavailable':
      return 'web.error.unavailable';
    default:
      return 'web.error.notAllowed';
  }
}

/** The error as a page: an employee's in their language (with the switch), a sponsor's as before. */
function errorAsPage(
  c: Context<IntakeEnv> | Context<SponsorEnv>,
  status: number,
  error: AppError | undefined,
  key = forEmployees(error),
) {
  const { config } = c.var.deps;
  // Sponsors' links and the digest web view are read by leaders, not by the employees the form's footer speaks to.
  if (isSponsorPage(c.req.path)) return sponsorErrorPage(c, status, error);
  const page = pageLanguage(c, config);
  const { t } = wordsFor(page.language);
  // A GET page can be asked for again in another language; a refused POST has no address to switch at, so the switch leads to the form.
  const here = c.req.method === 'GET' ? new URL(c.req.url) : undefined;
  return errorPage(config.programName, t('web.error.title', { status }), t(key, EXAMPLE), 'employee', {
    language: page.language,
    home: keepLang(page, '/'),
    languages: {
      languages: page.offered,
      href: (language) => withLang(here ? `${here.pathname}${here.search}` : '/', language),
    },
  });
}

const isSponsorPage = (path: string) => /^\/(ack|digest|desk)\//.test(path);

/** The example code in messages that show what a case code looks like. */
const EXAMPLE = { example: '7KQ4M-XW9TR' };

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
  const { logger } = c.var.deps;
  if (!(error instanceof AppError)) {
    // Never log the message: a parser error could quote the submitted text.
    logger.error('unhandled error', { errorName: error.name, route: c.req.routePath });
    if (wantsHtml(c)) return c.html(errorAsPage(c, 500, undefined), 500);
    const message = 'Something went wrong on our side; nothing you sent was kept.';
    return c.json({ error: { code: 'internal', message, issues: [] } }, 500);
  }
  const status = httpStatusOf(error);
  logRefusal(c, error);
  if (error instanceof TooManyRequestsError) c.header('Retry-After', String(error.retryAfterSeconds));
  if (wantsHtml(c)) return c.html(errorAsPage(c, status, error), status);
  return c.json({ error: { code: error.code, message: error.message, issues: error.issues } }, status);
}

/**
 * A refusal shown to an employee's browser with a message of the route's
 * choosing (one the error's code alone cannot tell apart), logged like any.
 */
export function refuseEmployee(c: Context<IntakeEnv>, error: AppError, key: MessageKey): Response | Promise<Response> {
  logRefusal(c, error);
  return c.html(errorAsPage(c, httpStatusOf(error), error, key), httpStatusOf(error));
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
