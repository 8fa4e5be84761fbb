import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { ROLES_ABROAD } from './redact-names-word-nicknames';
import { ROLE_CUES } from './redact-names-words';
import { MASKED, maskedSpans } from './redaction-kinds';
import { isCommonSurname } from './surnames';

/*
 * ra35 (blind re-attack), words the name rules took and that are given back here (only a mask the rules made, never
 * what was hidden before them):
 * - plants in a decoration ("Holly and Ivy decorations are up in the lobby", "the Holly and Ivy wreaths", "Rose and
 *   Lily bouquets", "we sang The Holly and the Ivy"): plant names joined and then what is made of them, or the carol.
 *   "Holly and Ivy from HR ignore complaints" are two people and stay hidden;
 * - the verb after a role's given name written small ("la supervisora luc\u00eda empuja a los nuevos", "el jefe ram\u00f3n
 *   golpea la mesa", "il capo marco spinge i nuovi"): the name rules read "luc\u00eda empuja" as a given name and a
 *   surname, and the sponsor lost what was done. Given back when the second word is no surname or given name, has a
 *   verb's ending in Spanish, Portuguese, Italian or French, and an object, article or clitic follows it; the name
 *   stays hidden ("la supervisora [NAME] empuja"). "el jefe ram\u00f3n garc\u00eda nos grita" keeps its surname hidden.
 */
const PLANTS = String.raw`(?:holly|ivy|rose|roses|lily|lilies|daisy|daisies|iris|jasmine|violet|violets|poppy|poppies|heather|fern|ferns|hazel|laurel|olive|willow|myrtle|mistletoe|rosemary|sage|basil|lavender|magnolia|camellia|dahlia|peony|tulip|tulips|pine|fir|cedar|juniper|bay|amaryllis|poinsettia|poinsettias)`;
const MADE_OF_THEM = String.raw`(?:decorations?|deco|wreaths?|garlands?|bouquets?|arrangements?|displays?|centrepieces?|centerpieces?|theme|themed|plants?|flowers?|bush|bushes|hedges?|leaves|bunch|bunches|sprigs?|garden|pattern|print|wallpaper|scent|candles?|cards?|motifs?|branches|berries|trimmings|swags?)`;
const JOINED_PLANTS = lazyPattern(
  String.raw`(?<![\p{L}])(?:the[ \t]+)?${PLANTS}(?:[ \t]*(?:,|and|&|or|\+)[ \t]*(?:the[ \t]+)?${PLANTS})+(?:[ \t]+${MADE_OF_THEM}(?![\p{L}])|(?=[ \t]*(?:$|[.,!?;)\n])))`,
  'giu',
);
// A list of plants only counts before what is made of them, or as the carol's title ("The Holly and the Ivy").
const CAROL = lazyPattern(String.raw`^the[ \t]+${PLANTS}[ \t]+and[ \t]+the[ \t]+${PLANTS}$`, 'iu');
const MADE = lazyPattern(String.raw`[ \t]${MADE_OF_THEM}$`, 'iu');
const PLANT_WORD = lazyPattern(String.raw`^${PLANTS}$`, 'iu');

const TWO_SMALL = lazyPattern(String.raw`^(\p{Ll}+)[ \t]+(\p{Ll}{3,})$`, 'u');
// A Spanish, Portuguese or Italian third person ("empuja", "golpea", "grita", "spinge", "empurra"), or French ("pousse",
// "frappe", "crie", "insulte").
const VERB_ENDING = /(?:a|e)$/u;
const OBJECT_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:a|al|la|las|los|lo|le|les|el|un|una|unos|unas|me|te|nos|os|se|mi|ti|ci|vi|gli|i|il|o|as|um|uma|du|des|de|en|\u00e0|con|sin|todo|todos|todas|toda|siempre|sempre|tutti|tutte|tout|tous|toutes|nous|vous|moi)(?![\p{L}])`,
  'u',
);
const ROLE_BEFORE = lazyPattern(String.raw`(?:^|[^\p{L}])(\p{L}+)[ \t]+$`, 'u');

function verbAfterRoleName(read: string, start: number, end: number): number | undefined {
  const m = TWO_SMALL.get().exec(read.slice(start, end));
  if (!m) return undefined;
  const [, given, second] = m as unknown as [string, string, string];
  if (!isGivenName(given) || isGivenName(second) || isCommonSurname(second) || !VERB_ENDING.test(second))
    return undefined;
  if (!OBJECT_AFTER.get().test(read.slice(end, end + 12))) return undefined;
  const role = ROLE_BEFORE.get()
    .exec(read.slice(Math.max(0, start - 24), start))?.[1]
    ?.toLowerCase();
  if (!role || !(ROLE_CUES.has(role) || ROLES_ABROAD.has(role))) return undefined;
  return end - second.length;
}

/** `masked` with plants in a decoration and a verb after a role's small given name given back from `read` (see above). */
export function keepPlantsAndVerbsAfterRoleNames(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000')) return masked;
  let out = masked;
  const plantLists = /(?:and|&|or|\+|,)/u.test(read) ? [...read.matchAll(JOINED_PLANTS.get())] : [];
  const inPlantList = (start: number, end: number) =>
    plantLists.some(
      (m) =>
        m.index <= start && end <= m.index + m[0].length && (MADE.get().test(m[0]) || CAROL.get().test(m[0].trim())),
    );
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    if (plantLists.length && PLANT_WORD.get().test(read.slice(start, end)) && inPlantList(start, end)) {
      out = out.slice(0, start) + read.slice(start, end) + out.slice(end);
      continue;
    }
    const verbAt = verbAfterRoleName(read, start, end);
    if (verbAt !== undefined) out = out.slice(0, verbAt - 1) + read.slice(verbAt - 1, end) + out.slice(end);
  }
  return out;
}
