// Blind round 13: a town, or a brand, read as a name is given back where the words around it say what it is.
import { isGivenName } from './given-names';
import { isUkrainianNameForm } from './redact-names-small-declined-marked';
import { DEPARTMENTS, PERSON_VERBS, ROLE_CUES, TITLES } from './redact-names-words';
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * The name rules hide a capitalised word no list knows, and towns and brands are too many to list ("Bekasi",
 * "Nashik", "Đồng Nai", "Самаре", "Migros", "Nespresso"). The words around say what they are:
 *
 * - towns: right after a word that says "in" ("em Campinas", "ở Bình Dương", "в Казани", "di Surabaya" in Indonesian,
 *   "in Tilburg"), or before Hindi's "mein" ("Nashik mein"); and the town joined to such a town by "and", "with"
 *   ("em Campinas e Belo Horizonte", "ở Bình Dương với Đồng Nai", "Pune aur Nashik mein"). Only for what no list knows
 *   as a given name: "confío en Juan", "in Kevin's team" keep him hidden. Not "a", "à", "at", "from", "naar": there
 *   a person is as often meant ("a Marco", "from Kevin").
 * - brands: a machine before ("le distributeur Nespresso"), a household product after ("Dawn dish soap"), vouchers
 *   after ("Migros çekleri"), a price before ("harga Indomie"), what is drunk or eaten after Hindi's "ka"
 *   ("Amul ka doodh"), the wages it pays more of ("Hòa Phát trả lương cao hơn", "Acme pays better"), and a given name
 *   before "in the" and a capital, a chain's shape ("Jack in the Box").
 *
 * A person named there stays hidden when what follows is what people do.
 */

const NAME_MARK = mask('NAME', 1);
const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

// Words that say "in" a place, across the languages, before the place.
// Blind round 15: Romanian "din" (in, from: "fabrica din Cluj"), Tagalog "sa", "nasa" (at: "sa Jollibee"; a person
// takes "kay"), and the kinds of site Indonesian names before the town ("pabrik Cikarang", "cabang Bekasi").
const IN_BEFORE = words(`in em en aus uit ở tại в во из din sa nasa pabrik cabang kota kabupaten`);
// Indonesian's "di" is Italian's "of" ("la borsa di Giusy"): only where the text reads as Indonesian.
const INDONESIAN_IN = words(`di ke dari`);
const INDONESIAN = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:sama|yang|dan|dapat|karyawan\p{L}*|nggak|gak|tidak|juga|kami|kita|saya|aku|kantin|gaji)(?![\p{L}])`,
  'iu',
);
// Hindi puts it after: "Nashik mein" (not "me", English's too).
const IN_AFTER = words(`mein में`);
// "and", "with" joining two towns.
const AND = words(`and e y en und i и та і và với sama dan aur ve och og et`);
// A person is doing something after the word: no town.
const PERSON_DOES = words(`said says told tells yells yelled shouts shouted keeps kept works worked dijo grita disse
  fala sagt schreit zegt heeft сказал сказала кричит nói bilang bola kaha`);

// Blind round 26: a forklift's or a machine's make after the machine ("wózek Jungheinrich", "погрузчик Toyota"): the
// makes are surnames ("Linde", "Jungheinrich"), a person is no forklift's.
const MACHINE_BEFORE = words(`distributeur distributore automaat koffieautomaat kaffeeautomat macchinetta máquina
  maquina vending forklift forklifts wózek wózka wózki stapler gabelstapler heftruck carrello muletto montacargas
  carretilla empilhadeira chariot погрузчик погрузчика vysokozdvižný reachtruck кофемашина кофемашины кофемашину
  кофемашине кофеварка кофеварки`);
const PRODUCT_AFTER = words(`soap detergent shampoo wipes bleach cleaner sanitizer sanitiser tissues toothpaste`);
const VOUCHERS_AFTER = words(`çek çeki çekleri cekleri voucher vouchers gutschein gutscheine bon bonnen vale vales
  cupom cupons cupón cupones coupon coupons`);
const PRICE_BEFORE = words(`harga giá fiyat prijs preis precio preço prezzo`);
const HINDI_OF = words(`ka ki ke`);
const EATEN_AFTER = words(`doodh dudh chai paani pani biscuit biscuits namkeen noodles atta ghee dahi`);
const PAYS_MORE = [
  /^[ \t]+trả[ \t]+lương[ \t]+(?:cao|tốt|nhiều)/u,
  /^[ \t]+pays?[ \t]+(?:better|higher)(?:[ \t]+wages|[ \t]+than|[ \t]*[.,!]|$)/iu,
  /^[ \t]+paga[ \t]+(?:mais|más|meglio|melhor|mejor)/iu,
  /^[ \t]+(?:zahlt|betaalt)[ \t]+(?:mehr|besser|meer|beter)/iu,
];

const WORD_BEFORE = lazyPattern(String.raw`([\p{L}\p{M}]+)[ \t]+$`, 'u');
const TOWN_WORD_LEFT = lazyPattern(String.raw`(?<=[ \t])\p{Lu}\p{Ll}+[ \t]+$`, 'u');
const WORD_AFTER = lazyPattern(String.raw`^[ \t]+([\p{L}\p{M}]+)(?:[ \t]+([\p{L}\p{M}]+))?`, 'u');

interface Span {
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
  afterNext: string;
}

/**
 * `masked` with the towns and brands given back from `read` (the text the rules read, same positions). `premasked`
 * is what was hidden before the rules ran (a sponsor's name): that is never given back.
 */
export function keepTownsAndBrands(read: string, masked: string, premasked: string): string {
  if (!masked.includes(NAME_MARK)) return masked;
  const spans: Span[] = maskedSpans(masked)
    .filter((s) => s.kind === 'NAME' && !MASKED.test(premasked.slice(s.start, s.end)))
    .map(({ start, end }) => {
      const text = read.slice(start, end);
      // "in Castle [Bromwich]": the town's first word left visible; the word before it says "in".
      const leftWord = TOWN_WORD_LEFT.get().exec(masked.slice(Math.max(0, start - 30), start))?.[0] ?? '';
      const townStart = start - (isGivenName(leftWord.trim().toLowerCase()) ? 0 : leftWord.length);
      const left = WORD_BEFORE.get().exec(read.slice(Math.max(0, townStart - 40), townStart));
      const right = WORD_AFTER.get().exec(read.slice(end, end + 40));
      return {
        start,
        end,
        text,
        before: left?.[1]?.toLowerCase() ?? '',
        after: right?.[1]?.toLowerCase() ?? '',
        afterNext: right?.[2]?.toLowerCase() ?? '',
      };
    })
    // Only what is written with a capital, and no known given name: "Kevin" in any frame stays hidden.
    .filter((s) => /^\p{Lu}/u.test(s.text) && !/['’]s$/u.test(s.text) && !PERSON_DOES.has(s.after));
  if (!spans.length) return masked;
  // Asked only of a word after "di", "ke", "dari": most texts have none.
  let indonesian: boolean | undefined;
  const inBefore = (lower: string) =>
    IN_BEFORE.has(lower) || (INDONESIAN_IN.has(lower) && (indonesian ??= INDONESIAN.get().test(read)));
  // Dutch "en" is "and": "[NAME] en Ruud" lists a person after a person, no town after Spanish's "in".
  const afterAName = (s: Span) => /[\uE000][ \t]+\p{L}+[ \t]+$/u.test(masked.slice(Math.max(0, s.start - 20), s.start));
  const town = (s: Span) =>
    unlisted(s) && ((inBefore(s.before) && !(AND.has(s.before) && afterAName(s))) || IN_AFTER.has(s.after));
  const keep = new Set(spans.filter((s) => town(s) || isBrand(read, s)));
  // "em Campinas e Belo Horizonte", "Pune aur Nashik mein": a town joined to a town.
  for (let round = 0; round < 2; round++)
    spans.forEach((s) => {
      if (keep.has(s) || !unlisted(s)) return;
      const joinedBefore = joinedTown(read, s.start, keep, spans, -1, inBefore);
      const joinedAfter = joinedTown(read, s.end, keep, spans, 1, inBefore);
      if (joinedBefore || joinedAfter) keep.add(s);
    });
  let out = masked;
  for (const s of keep) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/** Whether a town stands `direction` of `at`, joined by "and" or "with": kept already, or visible after "in". */
function joinedTown(
  read: string,
  at: number,
  keep: Set<Span>,
  spans: Span[],
  direction: -1 | 1,
  inBefore: (lower: string) => boolean,
): boolean {
  if (direction < 0) {
    // "em Curitiba e …", "ở Long An với …": the word that says "in", the town (of up to three words), "and".
    const m =
      /(?:^|[^\p{L}])([\p{L}\p{M}]+)[ \t]+(\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,2})[ \t]+([\p{L}\p{M}]+)[ \t]+$/u.exec(
        read.slice(Math.max(0, at - 60), at),
      );
    if (!m || !AND.has(m[3]!.toLowerCase()) || !/^\p{Lu}/u.test(m[2]!)) return false;
    const townStart = at - m[0].length + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
    const hidden = spans.find((s) => s.start <= townStart && townStart < s.end);
    if (hidden) return keep.has(hidden);
    return inBefore(m[1]!.toLowerCase()) && !isGivenName(m[2]!.toLowerCase());
  }
  const m = /^[ \t]+([\p{L}\p{M}]+)[ \t]+/u.exec(read.slice(at, at + 20));
  if (!m || !AND.has(m[1]!.toLowerCase())) return false;
  const next = at + m[0].length;
  const hidden = spans.find((s) => s.start === next);
  return !!hidden && keep.has(hidden);
}

// A town's name is capitalised words and nothing else: "Chicago. Rahm Emanuel" is a town and the next sentence's person.
const CAPITALISED_WORDS = lazyPattern(String.raw`^\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}$`, 'u');

// op48b: a Ukrainian given name in its genitive after "в" ("Спитайте в Оксани", ask Oksana) is listed too, in that form.
function unlisted(s: Span): boolean {
  return (
    CAPITALISED_WORDS.get().test(s.text) &&
    !s.text.split(/[ \t]+/u).some((w) => isGivenName(w.toLowerCase()) || isUkrainianNameForm(w.toLowerCase()))
  );
}

// Blind round 15: chains the covered countries' workers name, which the name rules take for an unknown word ("sa
// Jollibee", "Indomaret jauh"): given back unless a role or title stands before or a deed after. Makes of cars and
// motorbikes are surnames too ("il capo Ferrari urla"): only with their model after ("la Ferrari Roma", "Honda Civic").
const CHAINS = words(`jollibee chowking greenwich indomaret alfamart alfamidi hypermart matahari ministop oxxo soriana
  chedraui coppel mercadona eroski carrefour auchan leclerc intermarché intermarche lidl aldi kaufland rewe edeka
  rossmann esselunga conad biedronka żabka zabka lewiatan migros a101 emag dedeman tesco asda sainsburys morrisons
  primark walmart costco kroger ikea decathlon uniqlo daiso vinamilk vinfast viettel gojek shopee tokopedia lazada
  flipkart swiggy zomato dmart bigbasket infosys wipro`);
const MAKES = words(`ferrari lamborghini maserati porsche ducati piaggio peugeot renault citroën citroen škoda skoda
  dacia hyundai toyota nissan mitsubishi suzuki honda yamaha kawasaki mazda subaru volvo`);

function isBrand(read: string, s: Span): boolean {
  const rest = read.slice(s.end, s.end + 40);
  const [first, model] = s.text.toLowerCase().split(/[ \t]+/u);
  const cueBefore = ROLE_CUES.has(s.before) || TITLES.has(s.before);
  if (CHAINS.has(first!) && !cueBefore && !PERSON_DOES.has(s.after)) return true;
  // "Suzuki Kenji said": a given name after the make, or a deed, is a person written surname first.
  const modelAfter = model !== undefined ? !isGivenName(model) : /^[ \t]+\p{Lu}/u.test(rest);
  if (MAKES.has(first!) && !cueBefore && modelAfter && !PERSON_DOES.has(s.after)) return true;
  if (MACHINE_BEFORE.has(s.before) || PRICE_BEFORE.has(s.before)) return true;
  if (PRODUCT_AFTER.has(s.after) || VOUCHERS_AFTER.has(s.after)) return true;
  if (s.after === 'dish' && PRODUCT_AFTER.has(s.afterNext)) return true;
  if (HINDI_OF.has(s.after) && EATEN_AFTER.has(s.afterNext)) return true;
  // "my manager Kevin pays more attention": a known given name, or one after a role, is the person.
  if (PAYS_MORE.some((p) => p.test(rest))) return unlisted(s) && !ROLE_CUES.has(s.before) && !TITLES.has(s.before);
  // "Jack in the Box by the plant": a chain named as a sentence is, not a person in a department who does something
  // ("Kevin in the Bakery yelled").
  const chain = /^[ \t]+in[ \t]+the[ \t]+(\p{Lu}\p{Ll}+)(?:[ \t]+(\p{L}+))?/u.exec(rest);
  if (!chain || s.text.includes(' ')) return false;
  const [place, next] = [chain[1]!.toLowerCase(), chain[2]?.toLowerCase() ?? ''];
  return !DEPARTMENTS.has(place) && !ROLE_CUES.has(place) && !PERSON_VERBS.has(next) && !PERSON_DOES.has(next);
}
