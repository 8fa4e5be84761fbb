import { hideIntranetAddresses } from './intranet-addresses';
import { replaceWebHosts } from './web-hosts';

/*
 * Promise 2: a sponsor's message reaches the employee on their case page, in JSON and in the SMS STATUS reply,
 * where phones make any web address a link. A site the sponsor names ("please open followup-8f3a2.net on your
 * own phone") would learn the employee's IP address and device if they opened it. Redaction hides personal
 * addresses only, and keeps a big company's ("indeed.com") in what employees write; in what a sponsor writes to an
 * employee every bare address goes, whoever's it is: the Listening Post is where they talk. The sponsor sees
 * "[URL]" where it was, and a note under their message saying why (functions/intake/pages/thread.ts). An address on
 * the company's own network ("\\\\fileserver01\\uploads", "go/safety-photos", "hr-portal:8443") goes too: its server
 * logs the work login of whoever opens it (intranet-addresses.ts).
 */

/** The redacted text of a sponsor's message with every bare web or company-network address left in it as "[URL]". */
export function hideEveryWebAddress(redacted: string): string {
  return hideIntranetAddresses(
    replaceWebHosts(redacted, () => '[URL]'),
    '[URL]',
  );
}
