import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppError, ErrorCode } from '../../shared/errors';

/**
 * The one place a refusal's code becomes an HTTP status. A new code does not
 * compile until it has a status here.
 */
const STATUS_OF: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  link_malformed: 403,
  link_forged: 403,
  link_expired: 403,
  link_unknown: 403,
  not_found: 404,
  idempotency_key_reused: 409,
  too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  unavailable: 503,
};

/** The HTTP status a refusal is answered with. */
export const httpStatusOf = (error: AppError): ContentfulStatusCode => STATUS_OF[error.code];
