import type { ServerResponse } from 'node:http';

/**
 * The ways SES v2 fails a SendEmail, answered as SES answers them (HTTP status, `x-amzn-errortype`, words),
 * so that the real SDK and `SesMailer` read them as they would on AWS. Two families, which escalation
 * treats apart (`shared/adapters/aws/ses-refusal.ts`):
 * - the address is refused for good (`refused`: `MessageRejected`; `invalid`: `BadRequestException`): the
 *   case goes on at once to whoever is next;
 * - the service or the account fails, alike for every address (`throttled`, `quota`, `paused`,
 *   `suspended`, `mail-from`, `config-set`, `internal`, `unavailable`): the case stays with its holder and
 *   is tried again.
 */
export const SES_FAULTS = {
  refused: {
    status: 400,
    type: 'MessageRejected',
    message: 'Email address is not verified. The following identities failed the check in region US-EAST-1: ',
  },
  invalid: { status: 400, type: 'BadRequestException', message: 'Illegal address' },
  throttled: { status: 429, type: 'TooManyRequestsException', message: 'Maximum sending rate exceeded.' },
  quota: { status: 400, type: 'LimitExceededException', message: 'Daily message quota exceeded.' },
  paused: { status: 400, type: 'SendingPausedException', message: 'Sending is paused for this account.' },
  suspended: { status: 400, type: 'AccountSuspendedException', message: 'Sending is suspended for this account.' },
  'mail-from': {
    status: 400,
    type: 'MailFromDomainNotVerifiedException',
    message: 'MAIL FROM domain is not verified.',
  },
  'config-set': { status: 404, type: 'NotFoundException', message: 'Configuration set does not exist.' },
  internal: { status: 500, type: 'InternalFailure', message: 'Internal error.' },
  unavailable: { status: 503, type: undefined, message: 'Service Unavailable' },
} as const satisfies Record<string, { status: number; type: string | undefined; message: string }>;

export type SesFaultKind = keyof typeof SES_FAULTS;

/**
 * What the SES stand-in fails, changed while it runs: every send to an address in `refused` is refused
 * (`MessageRejected`), every send to one in `throttled` throttled; and the next `failNext.count` sends, to
 * anyone, fail as `failNext.kind` (each counts one down: "SES fails once").
 */
export interface SesFaults {
  refused: Set<string>;
  throttled: Set<string>;
  failNext: { count: number; kind: SesFaultKind };
}

/**
 * None yet. `failNext` fails as a paused account unless told otherwise: a failure of the service, alike
 * for every address, that the SDK does not retry by itself, so one counted failure is one failed send.
 */
export const noSesFaults = (): SesFaults => ({
  refused: new Set(),
  throttled: new Set(),
  failNext: { count: 0, kind: 'paused' },
});

/** Whether any fault is set: while none is, the stand-in reads no email before aws-ses-v2-local does. */
export const anySesFault = (faults: SesFaults): boolean =>
  faults.refused.size > 0 || faults.throttled.size > 0 || faults.failNext.count > 0;

/** The fault a SendEmail to `to` meets now, if any (counting `failNext` down), with SES's words for it. */
export function sesFaultFor(
  faults: SesFaults,
  to: readonly string[],
): { status: number; type?: string; message: string } | undefined {
  const addresses = to.map((address) => address.toLowerCase());
  const refused = addresses.find((address) => faults.refused.has(address));
  if (refused) return { ...SES_FAULTS.refused, message: SES_FAULTS.refused.message + refused };
  if (addresses.some((address) => faults.throttled.has(address))) return SES_FAULTS.throttled;
  if (faults.failNext.count <= 0) return undefined;
  faults.failNext.count -= 1;
  const fault = SES_FAULTS[faults.failNext.kind];
  return fault.type === 'MessageRejected' ? { ...fault, message: fault.message + (to[0] ?? '') } : fault;
}

/** Answers as SES answers an error: its HTTP status, its error type (none for a bare 5xx) and its words. */
export function answerAsSes(res: ServerResponse, status: number, type: string | undefined, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json', ...(type ? { 'x-amzn-errortype': type } : {}) });
  res.end(JSON.stringify({ message }));
}

/**
 * Changes `faults` from a request to the stand-in's `/faults` (JSON; every field optional):
 * `{"refuse": ["a@x"], "throttle": ["b@x"], "failNext": {"count": 3, "kind": "unavailable"}}` adds to them,
 * `{"clear": true}` removes them all first. Returns them as they now are, or a message saying what is wrong.
 */
export function changeSesFaults(faults: SesFaults, body: unknown): { error: string } | Record<string, unknown> {
  const given = (body ?? {}) as {
    clear?: unknown;
    refuse?: unknown;
    throttle?: unknown;
    failNext?: { count?: unknown; kind?: unknown };
  };
  const addresses = (list: unknown) =>
    Array.isArray(list) && list.every((a) => typeof a === 'string') ? (list as string[]) : undefined;
  if (given.refuse !== undefined && !addresses(given.refuse)) return { error: '"refuse" must be a list of addresses' };
  if (given.throttle !== undefined && !addresses(given.throttle))
    return { error: '"throttle" must be a list of addresses' };
  const next = given.failNext;
  if (next !== undefined) {
    if (!Number.isInteger(next.count) || (next.count as number) < 0)
      return { error: '"failNext.count" must be a whole number, 0 or more' };
    if (next.kind !== undefined && !(typeof next.kind === 'string' && next.kind in SES_FAULTS))
      return { error: `"failNext.kind" must be one of ${Object.keys(SES_FAULTS).join(', ')}` };
  }
  if (given.clear === true) {
    faults.refused.clear();
    faults.throttled.clear();
    faults.failNext = noSesFaults().failNext;
  }
  for (const address of addresses(given.refuse) ?? []) faults.refused.add(address.toLowerCase());
  for (const address of addresses(given.throttle) ?? []) faults.throttled.add(address.toLowerCase());
  if (next) faults.failNext = { count: next.count as number, kind: (next.kind as SesFaultKind) ?? 'paused' };
  return { refuse: [...faults.refused], throttle: [...faults.throttled], failNext: faults.failNext };
}
