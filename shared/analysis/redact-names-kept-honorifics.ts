// names39: the respect South Asian English puts after a name stays, when a name rule took it as a surname.
import { lazyPattern } from './lazy-pattern';
import { MASKED, maskedSpans } from './redaction-kinds';

/*
 * "supervisor ravi bhai sabko dhamkata hai": the role rules took "ravi bhai" as a given name and a surname, and hid
 * the respect with it; redact-names-honorifics.ts means it to stay ("Ravi bhai", "Lakshmi garu", "Sharma ji"). Seen
 * when names39's lists came to hold "rakesh", which an older test had hidden alone. A hidden name of two words or
 * more whose last word is such a respect, or a Hindi word for where or when ("mera bhai rakesh yahan kaam karta hai"),
 * gives that word back; what the name was stays hidden.
 */
const LAST_IS_RESPECT = lazyPattern(
  String.raw`[ \t]+(?:bhai|bhaiya|bhaiyya|didi|garu|gaaru|ji|jee|sahab|saab|sahib|saheb|yahan|wahan|idhar|udhar|abhi|bhi|toh|sabko|hamesha|roz)$`,
  'iu',
);

/** `masked` with a respect after a hidden name given back. */
export function keepHonorificsAfterNames(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000')) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME') continue;
    const m = LAST_IS_RESPECT.get().exec(read.slice(start, end));
    if (!m) continue;
    const from = start + m.index;
    if (from === start || MASKED.test(premasked.slice(from, end))) continue;
    out = out.slice(0, from) + read.slice(from, end) + out.slice(end);
  }
  return out;
}
