import type { Hono, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { NotFoundError } from '../../../shared/errors';
import type { IntakeEnv, SponsorDeps, SponsorEnv } from '../deps';
import { respondToError } from '../respond';

/**
 * What every request to the intake or to the sponsors' app goes through
 * first: its log line (never its path), security headers, and errors that
 * are Errors. Both apps share it so they answer alike behind the one API.
 */
export function commonMiddleware(deps: Pick<SponsorDeps, 'logger'>): MiddlewareHandler[] {
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

/** A path nobody serves, and anything thrown, answered in the reader's terms (page or JSON). */
export function answerNotFoundAndErrors(app: Hono<IntakeEnv> | Hono<SponsorEnv>): void {
  app.notFound((c) =>
    respondToError(
      new NotFoundError(`There is nothing at ${c.req.method} ${new URL(c.req.url).pathname.slice(0, 100)}`),
      c,
    ),
  );
  app.onError((error, c) => respondToError(error, c));
}
