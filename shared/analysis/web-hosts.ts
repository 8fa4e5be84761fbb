import { TOP_LEVEL_DOMAINS } from './top-level-domains.generated';

/*
 * A web address written bare, without "https://" or "www.": "lp-case.info", "KOWALSKI.PL", "jdoe42.github.io",
 * "пример.рф", "xn--e1afmkfd.xn--p1ai", "followup-8f3a2.net:8080", "linktr.ee/janedoe". Phones and mail readers
 * make each one a link; opening it tells its site who opened it. What counts as a domain is IANA's list of
 * top-level domains (top-level-domains.generated.ts), so "report.pdf", "Node.js", "e.g.", "v2.1" and "p.m." are
 * not ones; "ASP.NET" and its like are products, not sites.
 */

const TLDS: ReadonlySet<string> = new Set(TOP_LEVEL_DOMAINS.split(' '));
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,62}[\p{L}\p{M}\p{N}])?`;
// Not inside an email, a longer address or a placeholder's mask (\uE000-\uE006: redaction-kinds.ts); a trailing
// dot is the sentence's, left in place.
const HOST = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}@._/\\-]|[\uE000-\uE006])((?:${LABEL}\.)+(xn--[a-z0-9-]+|\p{L}[\p{L}\p{M}]*))(:\d{1,5})?(\/[^\s<>"']*[^\s<>"'.,;:!?)\]])?(?![\p{L}\p{M}\p{N}_@\uE000-\uE006-]|\.[\p{L}\p{N}])`,
  'giu',
);
const PRODUCTS = /^(?:asp|ado|vb|dot)\.net$/iu;

export interface WebHost {
  /** Where it starts in the text, and the whole address (port and path with it). */
  index: number;
  whole: string;
  /** The host's labels as written ("Jane-Doe", "co", "uk"). */
  labels: string[];
  port?: string;
  path?: string;
}

/** The text's bare web addresses, each with a real top-level domain. */
export function webHostsIn(text: string): WebHost[] {
  if (!text.includes('.')) return [];
  const found: WebHost[] = [];
  HOST.lastIndex = 0;
  for (let m = HOST.exec(text); m; m = HOST.exec(text)) {
    const [whole, host, tld, port, path] = m as unknown as [string, string, string, string?, string?];
    if (!TLDS.has(tld.toLowerCase()) || PRODUCTS.test(host)) continue;
    found.push({
      index: m.index,
      whole,
      labels: host.split('.'),
      ...(port ? { port } : {}),
      ...(path ? { path } : {}),
    });
  }
  return found;
}

/** The text with `replace` applied to each bare web address it keeps no longer. */
export function replaceWebHosts(text: string, replace: (host: WebHost) => string | undefined): string {
  let out = '';
  let last = 0;
  for (const host of webHostsIn(text)) {
    const by = replace(host);
    if (by === undefined) continue;
    out += text.slice(last, host.index) + by;
    last = host.index + host.whole.length;
  }
  return out + text.slice(last);
}
