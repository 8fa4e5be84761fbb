import { MASKED, maskedSpans } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Round 33: "the clock was 1230" was stored "the clock was [ID]": "clock" names a clock card's number too ("clock
 * 4471", "my clock number is 4471"), so the figures after it were taken for one. After "the clock" and a verb of
 * showing ("was", "said", "showed", "read", "struck", "hit", "stopped at", "marcaba", "zeigte", "indiquait"), four
 * figures that are a time of day (00 to 23, then 00 to 59; "12:30" and "7.45" too) are the time: given back. A
 * clock card's number is still hidden ("my clock number was 1230", "clock no. 0745", "clock card 1230").
 */
const TIME = /^(?:(?:[01]\d|2[0-3])[0-5]\d|(?:[01]?\d|2[0-3])[:.][0-5]\d)$/u;
const CLOCK_SHOWED = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:the|a|that|this|el|la|die|der|das|l['\u2019]|il)[ \t]+(?:clock|reloj|uhr|horloge|orologio|rel\u00f3gio)(?:[ \t]+(?:on|in|at|en|an|am|im|de|del|dans|sur|nel|sul)[ \t]+(?:the[ \t]+|la[ \t]+|der[ \t]+|il[ \t]+)?\p{L}+)?[ \t]+(?:was|is|said|says|showed|shows|read|reads|struck|hit|stopped[ \t]+at|stood[ \t]+at|marcaba|marca|dec[\u00ed]a|zeigte|zeigt|stand[ \t]+auf|indiquait|affichait|segnava|marcava)[ \t]*$`,
  'iu',
);

/** `masked` with a time of day after "the clock said" given back (see above); `premasked`'s finds stay. */
export function keepClockTimes(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE004') || !/clock|reloj|uhr|horloge|orologio|rel\u00f3gio/iu.test(read)) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'ID' || MASKED.test(premasked.slice(start, end))) continue;
    if (!TIME.test(read.slice(start, end)) || !CLOCK_SHOWED.get().test(read.slice(Math.max(0, start - 60), start)))
      continue;
    out = out.slice(0, start) + read.slice(start, end) + out.slice(end);
  }
  return out;
}
