// Round 32: a shop bought from, a machine named like a person, a park or a town named after one, given back.
import { isGivenName } from './given-names';
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Found hidden as people in round 31's attack, each taken as a class:
 * - a shop with a person's full name where things are bought, ordered, returned or bet ("I bought it from John
 *   Lewis", "a voucher from John Lewis", "ich habe es bei John Lewis gekauft", "je l'ai acheté chez John Lewis", "a
 *   bet with William Hill"); "a text from John Lewis" and "John Lewis from packing" stay a person;
 * - a machine with a person's name after an article, before what it is ("the Henry hoover", "a Hetty hoover", "our
 *   Henry hoovers", "der Henry Staubsauger", "l'aspirateur Henry", "the Billy bookcase"); "Henry hoovers the office"
 *   opens a sentence with no article and stays a person;
 * - a park named after someone where one meets, walks or lives ("we met at Victoria Park", "walk through Victoria Park",
 *   "nos vimos en Victoria Park"); "I texted Victoria Park", "Victoria Park yelled" stay a person;
 * - a town whose first word is a title ("Bishop Auckland", "Bishop's Stortford", "King's Lynn") where one lives, goes
 *   or is based, or before its site.
 */

const NAME_MARK = mask('NAME', 1);

// Shops and bookmakers named with a person's full name (the chains of the countries the service is sold in).
const FIRMS = new Set(
  `john lewis|william hill|paddy power|ted baker|hugo boss|calvin klein|ralph lauren|tommy hilfiger|ben sherman|paul smith|dorothy perkins|ann summers|laura ashley|harvey nichols|karen millen|jack wills|kurt geiger|marks spencer|victoria beckham|tom ford|michael kors|john deere`.split(
    '|',
  ),
);
// Where things are bought, ordered, returned or bet, before "from", "at", "with" or their other languages' words.
const BOUGHT_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:(?:bought|buy|buying|buys|ordered|order|ordering|purchased|returned|refund|refunds|returns|delivery|deliveries|parcel|parcels|voucher|vouchers|gift[ \t]+card|bet|bets|betting|account|discount)(?:[ \t]+(?:it|them|one|this|that|mine|(?:a|an|the|my|our|his|her|some|new)[ \t]+\p{Ll}+)){0,2}[ \t]+(?:from|at|with|in)|(?:got|get|getting)[ \t]+(?:my|our|a|an|the|some|new)(?:[ \t]+\p{Ll}+)?[ \t]+(?:boots|shoes|shirts?|suits?|coats?|jackets?|uniforms?|sofa|bed|dress|bag|clothes|jeans|furniture|stuff)[ \t]+(?:from|at)|(?:went|go|goes|going|popped|pop|nipped|nip|shopping|shop|lunch|food|sandwich|sandwiches|coffee|meal[ \t]+deal|clothes|uniform|queue|sale|fuimos|fui|vamos|ging|gingen|all\u00e9s|all\u00e9|sommes[ \t]+all\u00e9s)[ \t]+(?:(?:down|round|over|into|out)[ \t]+)?(?:to|at|from|in|a|zu|nach|\u00e0|chez)|bei|chez|en|da|na)[ \t]+$`,
  'iu',
);
const BUY_WORD_ABROAD =
  /(?:gekauft|bestellt|kaufen|einkaufen|achet\u00e9|achete|command\u00e9|acheter|compr\u00e9|compramos|compra|comprado|comprato|comprei|pedido|ordinato)/iu;
const NOT_BOUGHT_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:from|in|on)[ \t]+(?:the[ \t]+)?\p{Ll}+[ \t]+\p{Ll}+ed(?![\p{L}])|^['\u2019]s(?![\p{L}])`,
  'u',
);

// Machines sold with a person's name, and what they are.
const MACHINE_NAMES = new Set(['henry', 'hetty', 'james', 'george', 'harry', 'charles', 'billy', 'ivar', 'kallax']);
const MACHINE_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:hoover|hoovers|vacuum|vacuums|vacuum[ \t]+cleaner|hoover[ \t]+bag|bookcase|bookcases|shelf|shelves|Staubsauger|aspirateur|aspirador|aspirapolvere)(?![\p{L}])`,
  'u',
);
const ARTICLE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:the|a|an|our|my|their|new|old|spare|broken|der|die|das|den|dem|ein|einen|unser|unseren|le|la|un|une|notre|el|una|nuestro|il|lo)[ \t]+$`,
  'iu',
);
const MACHINE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:l['\u2019]aspirateur|el[ \t]+aspirador|der[ \t]+staubsauger|l['\u2019]aspirapolvere)[ \t]+$`,
  'iu',
);

const BOUGHT_MACHINE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:bought|buy|buying|ordered|order|ordering|got|get|getting|need|needs|want|purchased|delivered)[ \t]+(?:a|an|another|the|our|us[ \t]+a)(?:[ \t]+(?:new|old|second[ \t-]hand|spare|replacement|bigger|better))?[ \t]+$`,
  'iu',
);
const ARTICLE_BEFORE_NEW = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:einen|ein|un|una)[ \t]+(?:neuen|neues|neue|nouveau|nuevo|nuovo)[ \t]+$`,
  'iu',
);

// Parks and open ground named after someone.
const PARK = lazyPattern(
  String.raw`^\p{Lu}\p{Ll}+(?:['\u2019]s)?[ \t]+(?:Park|Gardens|Square|Common|Fields|Heath|Recreation[ \t]+Ground)$`,
  'u',
);
const PARK_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:(?:met|meet|meeting|walk|walked|walking|walks|lives?|living|lived|based|located|site|depot|office|bus|buses|train|tram|shuttle|moved|moving|drive|drove|go|went|going|run|ran|running)[ \t]+(?:at|in|to|near|through|past|by|round|around|from)|(?:picnic|picnics|barbecue|barbecues|bbq|party|parties|fun[ \t]+day|sports[ \t]+day|match|game|games|football|cricket|run|walk|event|events|lunch|do|gathering|festival|is|was|are|were|be|held|again)[ \t]+(?:at|in)|(?:near|through|past|outside|behind|opposite|around|beside)|(?:en|am|im|nach|bei|pr\u00e8s[ \t]+de|\u00e0|al|cerca[ \t]+de|vicino[ \t]+a))[ \t]+(?:the[ \t]+)?$`,
  'iu',
);
const SITE_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:road|rd|route|site|depot|store|branch|office|station|closure|warehouse|hub|yard|entrance|gates?|car[ \t]+park|stop|bus|estate)(?![\p{L}])`,
  'iu',
);
const PERSON_AFTER = lazyPattern(
  String.raw`^(?:['\u2019]s(?![\p{L}])|[ \t]+(?:from|in|on)[ \t]+(?:the[ \t]+)?(?:HR|payroll|packing|nights|days|shift|dispatch|accounts)|[ \t]+(?:said|says|told|tells|yelled|shouted|screamed|hit|hits|grabbed|pushed|texted|keeps|kept|stole|threatened|groped)(?![\p{L}]))`,
  'iu',
);

// Towns whose first word is a title.
const TITLED_TOWN = lazyPattern(
  String.raw`^(?:Bishop|Bishop['\u2019]s|King['\u2019]s|Kings|Queen['\u2019]s|Saint|St\.?|Prince['\u2019]s|Lady|Market|Chipping)[ \t]+\p{Lu}\p{Ll}+$`,
  'u',
);
const TOWN_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:(?:live|lives|living|lived|based|located|site|depot|office|store|branch|work|works|worked|moved|moving|move|drive|drove|go|went|going|commute|commuting|bus|buses|train|trains)[ \t]+(?:at|in|to|near|from|outside)|(?:near|outside|around|in|to|from))[ \t]+(?:the[ \t]+)?$`,
  'iu',
);
const TOWN_SITE_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:depot|site|store|branch|office|station|warehouse|hub|plant|area|road|team)(?![\p{L}])`,
  'iu',
);

/** `masked` with the shops, machines, parks and towns above given back from `read` (`premasked`'s finds stay). */
export function keepShopsParksAndMachines(read: string, masked: string, premasked: string): string {
  if (!masked.includes(NAME_MARK)) return masked;
  let out = masked;
  const giveBack = (start: number, end: number) => {
    if (MASKED.test(premasked.slice(start, end))) return;
    out = out.slice(0, start) + read.slice(start, end) + out.slice(end);
  };
  const spans = maskedSpans(masked).filter((s) => s.kind === 'NAME');
  for (let i = 0; i < spans.length; i++) {
    const { start, end } = spans[i]!;
    const next = spans[i + 1];
    // "Henry" and "hoover" may be hidden apart, or "John" and "Lewis": read the pair as one where only a space parts them.
    const pairEnd = next && /^[ \t]+$/u.test(read.slice(end, next.start)) ? next.end : end;
    const text = read.slice(start, end);
    const pair = read.slice(start, pairEnd);
    const before = read.slice(Math.max(0, start - 60), start);
    const after = read.slice(end, end + 40);
    const afterPair = read.slice(pairEnd, pairEnd + 40);
    // "Marks and Spencer": "Marks" may be read as a word and only "Spencer" hidden.
    const andBefore = /(\p{L}+)[ \t]+(?:and|&)[ \t]+$/u.exec(before);
    if (andBefore && isShop(read, `${andBefore[1]} ${text}`.toLowerCase(), before.slice(0, andBefore.index), after))
      giveBack(start, end);
    else if (isShop(read, pair.toLowerCase(), before, afterPair)) giveBack(start, pairEnd);
    else if (isShop(read, text.toLowerCase(), before, after)) giveBack(start, end);
    else if (isMachine(read, text, start, end, before)) {
      const m = MACHINE_AFTER.get().exec(after);
      giveBack(start, end + (m ? m[0].length : 0));
    } else if (isPark(text, before, after)) giveBack(start, end);
    else if (isPark(pair, before, afterPair)) giveBack(start, pairEnd);
    else if (isTitledTown(text, before, after)) giveBack(start, end);
  }
  return out;
}

function isShop(read: string, lower: string, before: string, after: string): boolean {
  if (!FIRMS.has(lower.replace(/[ \t]+(?:&|and)[ \t]+/u, ' ').replace(/[ \t]+/gu, ' '))) return false;
  if (NOT_BOUGHT_AFTER.get().test(after) || PERSON_AFTER.get().test(after)) return false;
  const m = BOUGHT_BEFORE.get().exec(before);
  if (!m) return false;
  // "bei", "chez", "en", "da", "na" alone are where anyone is: only in a text about buying.
  return !/^(?:bei|chez|en|da|na)$/iu.test(m[0].trim()) || BUY_WORD_ABROAD.test(read);
}

function isMachine(read: string, text: string, start: number, end: number, before: string): boolean {
  // "der Henry Staubsauger": hidden as one name with what it is.
  const [first, ...rest] = text.split(/[ \t]+/u);
  if (rest.length === 1 && MACHINE_AFTER.get().test(` ${rest[0]}`) && ARTICLE_BEFORE.get().test(before))
    return MACHINE_NAMES.has(first!.toLowerCase());
  const lower = text.toLowerCase();
  if (!MACHINE_NAMES.has(lower) || !/^\p{Lu}/u.test(text)) return false;
  if (MACHINE_BEFORE.get().test(before)) return true;
  // "we bought a new Henry", "einen neuen Henry gekauft": a person is not bought or ordered.
  if (
    BOUGHT_MACHINE_BEFORE.get().test(before) ||
    (ARTICLE_BEFORE_NEW.get().test(before) && BUY_WORD_ABROAD.test(read.slice(end, end + 30)))
  )
    return !PERSON_AFTER.get().test(read.slice(end, end + 40));
  return ARTICLE_BEFORE.get().test(before) && MACHINE_AFTER.get().test(read.slice(end, end + 40)) && start >= 0;
}

function isPark(text: string, before: string, after: string): boolean {
  return (
    PARK.get().test(text) &&
    !PERSON_AFTER.get().test(after) &&
    (PARK_BEFORE.get().test(before) || SITE_AFTER.get().test(after))
  );
}

function isTitledTown(text: string, before: string, after: string): boolean {
  if (!TITLED_TOWN.get().test(text) || PERSON_AFTER.get().test(after)) return false;
  const second = text.split(/[ \t]+/u)[1]!.toLowerCase();
  // "Saint Anne", "St Mary": a saint is named with a given name; the towns are not.
  if (isGivenName(second) && !/^(?:Bishop|Market|Chipping)/u.test(text)) return false;
  return TOWN_BEFORE.get().test(before) || TOWN_SITE_AFTER.get().test(after) || /the[ \t]+$/iu.test(before);
}
