import type { Context, MiddlewareHandler } from 'hono';
import { ForbiddenError } from '../../../shared/errors';

/**
 * Refuses (403, with the app's usual error page) a state-changing request a browser sent from another
 * site: a page elsewhere posting a hidden form to a sponsor's link (`/ack/…`, `/desk/…`) would acknowledge,
 * answer or hand over a case in the sponsor's name while they merely visit it. The browser says where a
 * request comes from: `Origin` (compared with the configured public URLs and the request's own origin, so
 * it works locally and behind any domain), or, where it sends no Origin, `Sec-Fetch-Site`. A request with
 * neither (a program, an old browser) is not a browser's cross-site post, and goes on.
 */
export function sameOriginPosts(publicUrls: (c: Context) => (string | undefined)[]): MiddlewareHandler {
  return async function sameOriginPostsOnly(c, next) {
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    const allowed = [new URL(c.req.url).origin, ...publicUrls(c).map(originOf)];
    // A page sent with `Referrer-Policy: no-referrer` (every page here) has its own form posts say `Origin: null`:
    // that names no site, so `Sec-Fetch-Site` decides, as when no Origin is sent.
    const named = origin !== undefined && origin !== 'null';
    const fromHere = named ? allowed.includes(origin) : fetchSite === undefined || SAFE_FETCH_SITES.includes(fetchSite);
    if (!fromHere)
      throw new ForbiddenError(
        'This request was sent from another website, so nothing was changed. Open the link from your email again and use the buttons on its page.',
      );
    return next();
  };
}

/** A request from this origin, or one the person started themselves (typed, a bookmark). */
const SAFE_FETCH_SITES = ['same-origin', 'none'];

const originOf = (url: string | undefined): string | undefined => {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};
