import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_BODY_BYTES } from '../../../shared/domain/limits';
import { PayloadTooLargeError } from '../../../shared/errors';

/**
 * hono's `bodyLimit`, refusing with the contract's 413 (a PayloadTooLargeError
 * the app's `onError` renders for JSON clients and browsers alike) before
 * the body is read.
 */
export function limitBody(maxSize: number = MAX_BODY_BYTES): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new PayloadTooLargeError(`request body must be at most ${maxSize} bytes`);
    },
  });
}
