import type { Context } from 'hono';
import { AppError, TooManyRequestsError } from '../../shared/errors';
import type { IntakeEnv, SponsorEnv } from './deps';
import { httpStatusOf } from './error-status';
import type { MessageKey } from '../../shared/i18n/catalogue';
import { EXAMPLE, forEmployees, forSponsors } from './error-words';
import { jsonError, refusedReportSite, refusesAReport } from './json-error';
import { emergencyLine } from '../../shared/domain/emergency';
import { translate } from '../../shared/i18n/translate';
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
  // A case no longer on the desk (handed over, passed on, a bookmark kept): the desk link it was opened under
  // still works, so the page leads back to the list the message speaks of, never to a dead end.
  const desk = why === 'not-on-desk' ? /^\/desk\/([^/]+)\/case\//.exec(here.pathname)?.[1] : undefined;
  return errorPage(config.programName, t('web.error.title', { status }), message, 'sponsor', {
    language,
    back: desk ? { href: `/desk/${desk}`, label: sponsorText(language, 'sponsor.desk.link') } : undefined,
    // A GET page can be asked for again in another language; a refused POST has no address to switch at.
    languages:
      c.req.method === 'GET'
        ? { languages: page.offered, href: (other) => withLang(`${here.pathname}${here.search}`, other) }
        : undefined,
  });
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
  // A report refused whole (too large, not a form's encoding, unreadable, our fault): nothing of it was kept,
  // and whoever sent it may be in danger, so the page says both, as the JSON API's refusal does.
  const report = refusesAReport(c);
  const said = t(key, EXAMPLE);
  const message = report ? `${said} ${translate(page.language, 'report.notSaved')}` : said;
  const emergency = report ? emergencyLine(config, page.language, refusedReportSite(c, error)) : undefined;
  return errorPage(config.programName, t('web.error.title', { status }), message, 'employee', {
    language: page.language,
    emergency,
    home: keepLang(page, '/'),
    languages: {
      languages: page.offered,
      href: (language) => withLang(here ? `${here.pathname}${here.search}` : '/', language),
    },
  });
}

const isSponsorPage = (path: string) => /^\/(ack|digest|desk)\//.test(path);

/**
 * The single `onError`: an {@link AppError} becomes its status with a message
 * that says what is wrong (JSON `{error: {code, message, issues}}` in the
 * request's language, see `json-error.ts`, or a page
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
    return jsonError(c, undefined).then((body) => c.json(body, 500));
  }
  const status = httpStatusOf(error);
  logRefusal(c, error);
  if (error instanceof TooManyRequestsError) c.header('Retry-After', String(error.retryAfterSeconds));
  if (wantsHtml(c)) return c.html(errorAsPage(c, status, error), status);
  return jsonError(c, error).then((body) => c.json(body, status));
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
