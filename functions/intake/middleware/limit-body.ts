import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PayloadTooLargeError } from '../../../shared/errors';
import { bodyLimitOf, SHORT_FIELDS_BODY, type BodyLimits } from './body-limits';

/**
 * hono's `bodyLimit`, refusing with the contract's 413 (a PayloadTooLargeError
 * the app's `onError` renders for JSON clients and browsers alike) before
 * the body is read. The limit is the declared encoding's: a form or JSON
 * body big enough for the route's longest text escaped the longest way
 * (see body-limits.ts), so no text within the text limit is refused here.
 */
export function limitBody(limits: BodyLimits = SHORT_FIELDS_BODY): MiddlewareHandler {
  return async (c, next) => {
    const maxSize = bodyLimitOf(c.req.header('content-type'), limits);
    return bodyLimit({
      maxSize,
      onError: () => {
        throw new PayloadTooLargeError(`request body must be at most ${maxSize} bytes`);
      },
    })(c, next);
  };
}
