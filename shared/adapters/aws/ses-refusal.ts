/**
 * SES v2 answers that refuse the address an email is to, not the account sending it: `MessageRejected`
 * (an unverified recipient while the account is in the sandbox, or a message SES will not take) and
 * `BadRequestException` ("Illegal address", "Invalid email address"). Every other SendEmail error is
 * the account's or the service's and would fail for any address alike: `TooManyRequestsException` (the
 * sending rate), `LimitExceededException` (a quota, the daily one included: it frees up within the day),
 * `SendingPausedException`, `AccountSuspendedException`, `MailFromDomainNotVerifiedException` (our own
 * sending domain), `NotFoundException` (our configuration set), 5xx, timeouts and connections refused
 * (SES or the laptop's aws-ses-v2-local down). Climbing to another holder cannot help with those.
 */
const REFUSALS = new Set(['MessageRejected', 'BadRequestException']);

/**
 * Whether an error from sending through SES says the address was refused (see `REFUSALS`). One the SDK
 * marks as throttling, worth retrying, or failed on SES's side never is, whatever its name.
 */
export function refusesTheAddress(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { $retryable, $fault, $metadata } = error as {
    $retryable?: unknown;
    $fault?: string;
    $metadata?: { httpStatusCode?: number };
  };
  const status = $metadata?.httpStatusCode ?? 0;
  if ($retryable || $fault === 'server' || status === 429 || status >= 500) return false;
  return REFUSALS.has(error.name);
}
