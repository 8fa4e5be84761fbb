import type { SesStandIn } from '../../local/ses-stand-in';
import { noSesFaults, sesFaultFor, type SesFaultKind } from '../../local/ses-faults';
import { answerAsSes, isSendEmail, startSesFront } from './ses-front';

/**
 * In front of aws-ses-v2-local, which accepts every address: fails a SendEmail as SES fails one, nothing
 * sent, when it is to an address in `refused` (400 `MessageRejected`: refused for good, the case goes on
 * at once to whoever is next) or in `throttled` (429 `TooManyRequestsException`), or while
 * `failNext.count` is above zero (each failure counts one down: "SES fails once"), as `failNext.kind`
 * says: a failure of the service by default (`paused`), or any of `SES_FAULTS` (`refused`, `throttled`,
 * `unavailable`, …). Everything else is passed on.
 */
export async function startRefusingFront(ses: SesStandIn) {
  const faults = noSesFaults();
  const front = await startSesFront(ses, ({ req, res, body, pass }) => {
    if (!isSendEmail(req)) return pass();
    const to =
      (JSON.parse(body.toString('utf8')) as { Destination?: { ToAddresses?: string[] } }).Destination?.ToAddresses ??
      [];
    const fault = sesFaultFor(faults, to);
    if (fault) return answerAsSes(res, fault.status, fault.type, fault.message);
    pass();
  });
  return {
    ...front,
    refused: faults.refused,
    throttled: faults.throttled,
    failNext: faults.failNext,
    /** The next `count` sends fail as `kind`. */
    failNextAs(count: number, kind: SesFaultKind) {
      faults.failNext.count = count;
      faults.failNext.kind = kind;
    },
  };
}
