/*
 * An address on the company's own network, written the ways people write them at work: a share
 * ("\\fileserver01\safety\uploads", "//fs01/home"), a host with a port ("hr-portal:8443/upload"), a name on a private
 * domain ("fileserver01.corp.local/share", "photos.internal/up"), a short link ("go/safety-photos") or an intranet
 * path ("intranet/forms/photo"). None has a public top-level domain, so web-hosts.ts does not see them; yet a sponsor
 * who sends one to an employee learns, from the server's log, the work login and the computer of whoever opens it
 * (attack round 19). A sponsor's message hides them all, as it hides web addresses (sponsor-web-addresses.ts).
 *
 * What is not an address stays: "and/or", "24/7", "he/she/they", "day/night", "n/a", "9:30", "w/e", "1/2".
 */

// A share: two slashes of either kind, a host, and at least one folder.
const SHARE = String.raw`\\\\[^\s<>"']+|//[\p{L}\p{N}][\p{L}\p{N}._$-]*(?:/[^\s<>"'/]+)+/?`;
// Any address with a scheme the redactor leaves ("file://fileserver/drop", "smb://nas/safety", "ftp://files"), and a
// path on a mapped drive ("S:\\Safety\\Uploads"): both open a company machine from the employee's own.
const SCHEMED = String.raw`[a-z][a-z0-9+.-]{1,15}://[^\s<>"']+|[a-z]:\\[^\s<>"']+`;
// A host named with a port, an optional path after it: "hr-portal:8443", "intranet:8080/forms".
// The redactor may have taken the port and path for a number ("ehs-box:[ID]"): a host with a hyphen or a digit
// before such a placeholder is still one.
const WITH_PORT = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}.-]*[\p{L}\p{N}])?:\d{2,5}(?:/[^\s<>"']*)?|[\p{L}\p{N}]*[\d-][\p{L}\p{N}.-]*[\p{L}\p{N}]:\[[A-Z]+\]`;
// A name on a domain no public resolver answers: the suffixes companies use inside.
const PRIVATE = String.raw`(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:local|localdomain|corp|internal|intranet|intra|lan|private|home\.arpa)(?::\d{2,5})?(?:/[^\s<>"']*)?`;
// A single name before a path: kept only when it is a word intranets use, or when the name or the path carries a
// hyphen, an underscore, a digit or a dot (what words joined by a slash never have).
const SHORT_LINK = String.raw`[\p{L}][\p{L}\p{N}_-]*(?:/(?:[\p{L}\p{N}._~%-]|\[[A-Z]+\])+)+/?`;
const INTRANET_WORDS =
  /^(?:go|intranet|intra|wiki|portal|sharepoint|confluence|share|shares|files|fileserver\w*|fs\d*|nas\d*|hr|hrportal|docs|forms|upload|uploads|drive|jira|servicenow|helpdesk|kb|home|people|who|staff|dept|departments?)$/iu;

const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._/\\:-])(?:(${SCHEMED})|(${SHARE})|(${WITH_PORT})|(${PRIVATE})|(${SHORT_LINK}))(?<![.,;:!?)])(?![\p{L}\p{N}@_-])`,
  'giu',
);

const isShortLink = (link: string): boolean => {
  const [name = '', ...path] = link.replace(/\/$/u, '').split('/');
  if (path.length === 0) return false;
  // A name with a digit is a machine's ("fs01", "srv2"); two characters are a quarter or a size ("Q3/Q4", "A4/A3").
  if (INTRANET_WORDS.test(name) || (name.length >= 3 && /\d/u.test(name))) return true;
  if (path.some((part) => /[_.~%]/u.test(part) || (part.length >= 3 && /\d/u.test(part)))) return true;
  // "e-mail/phone" is two words; "hr-portal/upload-photo" and "safety/forms/photo-upload" are a site's pages.
  return path.some((part) => part.includes('-')) && (name.includes('-') || path.length >= 2);
};

// "9:30", "12:45:10" and "1:2" are times and ratios, not a host and its port.
const isTime = (text: string): boolean => /^\d{1,2}:\d{2}(?::\d{2})?$/u.test(text);

/** The text with every company-network address in it replaced by `by`. */
export function hideIntranetAddresses(text: string, by: string): string {
  if (!/[\\/:.]/u.test(text)) return text;
  return text.replace(
    ADDRESS,
    (whole, schemed?: string, share?: string, port?: string, privateName?: string, short?: string) => {
      if (schemed || share || privateName) return by;
      if (port) return isTime(port) ? whole : by;
      if (short && isShortLink(short)) return by;
      return whole;
    },
  );
}
