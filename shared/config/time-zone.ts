/**
 * Whether `name` is a time zone this Node can format times in: exactly what
 * `Intl.DateTimeFormat` accepts (IANA names, their aliases, any letter case,
 * `UTC`, offsets such as `+05:00`).
 *
 * Creating the first `Intl.DateTimeFormat` loads ICU's date-formatting data
 * (50–170 ms on a Lambda-sized machine), and every function validates its
 * config at start-up, most of them never formatting a time on their first
 * request. So the canonical names, which ICU lists in a few milliseconds
 * without that data, are looked up first; only a name not among them (an
 * alias, another letter case, an offset, or a mistake) is tried the slow
 * way. A bad zone still fails at start-up.
 */
export function isTimeZone(name: string): boolean {
  if (name === 'UTC' || canonicalZones().has(name)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

let canonical: Set<string> | undefined;

/** The canonical IANA names ICU knows, listed once per process. */
function canonicalZones(): Set<string> {
  canonical ??= new Set(Intl.supportedValuesOf('timeZone'));
  return canonical;
}
