/**
 * Every way a request can be refused, as the code clients read. Each edge
 * decides what a code means to its own clients (an HTTP status in
 * `functions/intake/error-status.ts`, a reply in the SMS route), so the
 * domain and use cases never speak HTTP.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'unauthorized'
  | 'forbidden'
  | 'link_malformed'
  | 'link_forged'
  | 'link_expired'
  | 'link_unknown'
  | 'not_found'
  | 'idempotency_key_reused'
  | 'too_large'
  | 'unsupported_media_type'
  | 'too_many_requests'
  | 'unavailable';

/** What was wrong with one field; `path` names it as the client sent it. */
export interface Issue {
  path: string;
  message: string;
}

/** A refusal with a code and a message for the person or developer who meets it; the edge picks the status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: Issue[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export class ValidationError extends AppError {
  constructor(message: string, issues: Issue[] = []) {
    super('invalid_input', message, issues);
    this.name = 'ValidationError';
  }
}

/** The request contradicts one already taken (an idempotency key reused for other content); nothing of it was kept. */
export class ConflictError extends AppError {
  constructor(code: 'idempotency_key_reused', message: string, issues: Issue[] = []) {
    super(code, message, issues);
    this.name = 'ConflictError';
  }
}

/** The caller is not who it must be (no valid credential, or a request not from the provider it claims). */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super('forbidden', message);
    this.name = 'ForbiddenError';
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(message: string, issues: Issue[] = []) {
    super('too_large', message, issues);
    this.name = 'PayloadTooLargeError';
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string) {
    super('unsupported_media_type', message);
    this.name = 'UnsupportedMediaTypeError';
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super('not_found', message);
    this.name = 'NotFoundError';
  }
}

export class TooManyRequestsError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('too_many_requests', message);
    this.name = 'TooManyRequestsError';
  }
}

/**
 * A report refused because its channel's budget is spent: NOT saved. The
 * urgency detector can miss danger in a report's words, so whoever reads the
 * refusal is told it was not saved, with the emergency number (of `site`,
 * when known), whether or not the report read urgent.
 */
export class ReportNotSavedError extends TooManyRequestsError {
  constructor(
    message: string,
    retryAfterSeconds: number,
    readonly site?: string,
  ) {
    super(message, retryAfterSeconds);
    this.name = 'ReportNotSavedError';
  }
}

/**
 * A report that reads urgent, refused because the urgent allowance past its channel's budget is spent too;
 * or, `unread`, one refused past the readings a flood may cost, which might have read urgent.
 */
export class UrgentNotSavedError extends ReportNotSavedError {
  constructor(
    message: string,
    retryAfterSeconds: number,
    site?: string,
    readonly unread = false,
  ) {
    super(message, retryAfterSeconds, site);
    this.name = 'UrgentNotSavedError';
  }
}

/** A dependency (table, queue) failed; the submission was not accepted and may be retried. */
export class ServiceUnavailableError extends AppError {
  constructor(message: string, options?: ErrorOptions) {
    super('unavailable', message, [], options);
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
