import type { SesStandIn } from '../../local/ses-stand-in';
import { answerAsSes, isSendEmail, startSesFront } from './ses-front';

/**
 * In front of aws-ses-v2-local, which accepts every address: refuses a
 * SendEmail as SES refuses one (400 MessageRejected, nothing sent) when it
 * is to an address in `refused`, or while `failNext.count` is above zero
 * (each refusal counts one down: "SES fails once"), and passes everything
 * else on.
 */
export async function startRefusingFront(ses: SesStandIn) {
  const refused = new Set<string>();
  /** Addresses whose sends fail as SES throttling does (for a test of a passing failure). */
  const throttled = new Set<string>();
  const failNext = { count: 0 };
  const front = await startSesFront(ses, ({ req, res, body, pass }) => {
    if (!isSendEmail(req)) return pass();
    const to = (JSON.parse(body.toString('utf8')) as { Destination?: { ToAddresses?: string[] } }).Destination
      ?.ToAddresses;
    // Throttled (429): a failure of the service, not of the address, as SES answers a burst.
    if (to?.some((address) => throttled.has(address.toLowerCase())))
      return answerAsSes(res, 429, 'TooManyRequestsException', 'Too Many Requests');
    const bad = to?.find((address) => refused.has(address.toLowerCase()));
    if (bad || failNext.count > 0) {
      if (!bad) failNext.count -= 1;
      return answerAsSes(res, 400, 'MessageRejected', `Email address is not verified: ${bad ?? to?.[0]}`);
    }
    pass();
  });
  return { ...front, refused, throttled, failNext };
}
