import { AddressRefusedError } from '../ports/mailer';
import { EmailInFlightError, PartlyReachedError } from './send-to-each';

/**
 * Why an email about a case was not sent, as the operator's log says it: `address-refused`, the mail
 * service will not send to that address (fix it in the config, or in SES's suppression list); `throttled`,
 * the service is sending too fast or over its quota (it passes: the next sweep tries again); `in-flight`,
 * another attempt is sending it right now; `failed`, anything else (the service down, the table failing).
 */
export type MailFailureKind = 'address-refused' | 'throttled' | 'in-flight' | 'failed';

/**
 * One email about a case not sent, for the log: where (`step`), the kind, and the error's own name as the
 * service gave it (`MessageRejected`, `TooManyRequestsException`, …). Never the address (the service's
 * message names it), the case, or anything of the report: a line per case could be matched to its stored
 * hour (docs/anonymity.md, promise 10).
 */
export interface MailFailure {
  step: string;
  kind: MailFailureKind;
  errorName: string;
  /** Some readers of a list have it; the others are tried again. */
  partly?: true;
}

const THROTTLED = /Throttl|TooManyRequests|LimitExceeded|RequestLimit/i;

/** The failure `error` stands for: unwrapped to the service's own error, its message left out. */
export function mailFailureOf(step: string, error: unknown): MailFailure {
  const partly = error instanceof PartlyReachedError;
  const cause = partly ? error.cause : error;
  // A refusal keeps the service's error as its cause (a suppressed address is its own: no cause).
  const service = cause instanceof AddressRefusedError && cause.cause instanceof Error ? cause.cause : cause;
  const errorName = service instanceof Error ? service.name : typeof service;
  const throttling = (service as { $retryable?: { throttling?: boolean } } | undefined)?.$retryable?.throttling;
  const kind: MailFailureKind =
    cause instanceof AddressRefusedError
      ? 'address-refused'
      : cause instanceof EmailInFlightError
        ? 'in-flight'
        : throttling || THROTTLED.test(errorName)
          ? 'throttled'
          : 'failed';
  return { step, kind, errorName, ...(partly ? { partly: true } : {}) };
}

/** Tells `deps.mailFailed` (the operator's log), if given, that an email of `step` failed with `error`. */
export function reportMailFailure(
  deps: { mailFailed?: (failure: MailFailure) => void },
  step: string,
  error: unknown,
): void {
  deps.mailFailed?.(mailFailureOf(step, error));
}
