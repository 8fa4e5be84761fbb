/**
 * One error type with an HTTP status, as hono's HTTPException, so that a
 * single `onError` can turn any failure into the right answer for the client.
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export class ValidationError extends AppError {
  constructor(message: string, issues: { path: string; message: string }[] = []) {
    super(400, 'invalid_input', message, issues);
    this.name = 'ValidationError';
  }
}

/** The request contradicts one already taken (an idempotency key reused for other content); nothing of it was kept. */
export class ConflictError extends AppError {
  constructor(code: string, message: string, issues: { path: string; message: string }[] = []) {
    super(409, code, message, issues);
    this.name = 'ConflictError';
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(message: string, issues: { path: string; message: string }[] = []) {
    super(413, 'too_large', message, issues);
    this.name = 'PayloadTooLargeError';
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string) {
    super(415, 'unsupported_media_type', message);
    this.name = 'UnsupportedMediaTypeError';
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super(404, 'not_found', message);
    this.name = 'NotFoundError';
  }
}

export class TooManyRequestsError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, 'too_many_requests', message);
    this.name = 'TooManyRequestsError';
  }
}

/** A dependency (table, queue) failed; the submission was not accepted and may be retried. */
export class ServiceUnavailableError extends AppError {
  constructor(message: string, options?: ErrorOptions) {
    super(503, 'unavailable', message, [], options);
    this.name = 'ServiceUnavailableError';
  }
}

/** A bad configuration file; the message names the field. */
export class ConfigError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ConfigError';
  }
}
