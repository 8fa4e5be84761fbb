import type { Context, MiddlewareHandler } from 'hono';
import { signedSubject } from '../../../shared/domain/signed-link';

/** Where a route's link token is, and the key that signs it (none when this runtime has no such links). */
export type LinkOf = (c: Context) => { token: string | undefined; key: string | undefined };

/**
 * Spends the links' budget only on links this installation signed (expired
 * ones included: their page says what to do). A made-up or altered link is
 * checked first, by its HMAC alone (no table read), and spends a budget of
 * its own, so a flood of forged `/ack/…` or `/desk/…` requests can never
 * refuse a sponsor's real link; the route then refuses it with its 403 page.
 */
export function signedLinkBudget(
  links: MiddlewareHandler,
  forged: MiddlewareHandler,
  linkOf: LinkOf,
): MiddlewareHandler {
  return async (c, next) => {
    const { token, key } = linkOf(c);
    const signed = token !== undefined && key !== undefined && signedSubject(token, key) !== undefined;
    return (signed ? links : forged)(c, next);
  };
}
