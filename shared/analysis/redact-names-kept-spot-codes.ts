import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Round 33: "bay P47 is flooded" was stored "bay [NAME] is flooded": the capital read as an initial, the figures
 * after it as the rest of a handle. A letter or two glued to figures ("P47", "B12", "C3", "GH104") names a bay, a
 * spot, a room, a line or a part, never a person (a name in leetspeak puts letters after its figures: "D4ve").
 * It is given back where it is a place; where someone holds it ("bay P47 is mine", "my spot B12", "P47 is his
 * spot") it identifies the holder as a parking place does (redact-ids-owned.ts) and is hidden as [ID] instead.
 */
const CODE = lazyPattern(String.raw`^\p{Lu}{1,2}\d{1,4}$`, 'u');
const HELD_AFTER = lazyPattern(
  String.raw`^[ \t]*,?[ \t]*(?:is|was|has[ \t]+been)[ \t]+(?:mine|his|hers|theirs|ours|my|reserved[ \t]+for[ \t]+(?:me|him|her))(?![\p{L}])`,
  'iu',
);
const HELD_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:my|his|her|their|our|mi|su|mein|meine|meinen|sein|seine|seinen|ihr|ihre|ma|sa|mon|son)[ \t]+(?:\p{L}+[ \t]+)?$`,
  'iu',
);

/** `masked` with a bay's or a spot's code given back, or hidden as [ID] where someone holds it (see above). */
export function keepSpotCodes(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000') || !/\p{Lu}\d/u.test(read)) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const code = read.slice(start, end);
    if (!CODE.get().test(code) || /[\p{L}\p{N}]/u.test(read[end] ?? '')) continue;
    const held =
      HELD_AFTER.get().test(read.slice(end, end + 30)) ||
      HELD_BEFORE.get().test(read.slice(Math.max(0, start - 30), start));
    out = out.slice(0, start) + (held ? mask('ID', end - start) : code) + out.slice(end);
  }
  return out;
}
