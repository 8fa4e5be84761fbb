// Blind round 18: towns on a route, sites listed by town, shops, brands, software and festivals read as names.
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * A blind tester found these hidden as people (round 18), each standing for a family:
 * - a town where a bus, a shuttle or a train goes from or to, in any of the languages' prepositions and endings ("la
 *   navetta per Mestre", "autobus z Poznania", "xe đưa đón từ Hà Nội", "le RER est en retard à Châtelet", "the
 *   shuttle from Charlotte", "der Bus nach Spandau"): a vehicle goes to a place, not to a person;
 * - towns listed before what a firm has there ("between Jackson and Charlotte warehouses", "the Leeds and Charlotte
 *   sites"), whatever the name lists know;
 * - shops, brands, meal vouchers, workplace software and festivals no rule knew ("van Albert Heijn", "kopi Kapal
 *   Api", "les tickets Sodexo", "Zoégas", "IKEA-stolarna", "Jira is down", "Diwali aur Holi"), and a brand joined to
 *   a noun written small ("IKEA-stolarna", "Aldi-Filiale"); blind round 24: the coffee machines of a break room, the
 *   WiFi and the crèche ("the nespresso pods ran out", "ang WiFi sa canteen", "calpol for the creche").
 * A name owning something stays hidden ("the shuttle from Kevin's house"); nothing here frees a name after a role.
 */

const NAME_MARK = mask('NAME', 1);
const set = (list: string) =>
  new Set(
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.replace(/_/g, ' ')),
  );

const KNOWN = set(`jira confluence slack teams outlook workday kronos ukg adp zoom trello asana salesforce servicenow
  sharepoint webex excel powerbi power_bi tableau notion bamboohr peoplesoft successfactors deputy_app rotacloud
  albert_heijn lidl aldi rewe edeka kaufland carrefour auchan leclerc intermarché intermarche
  monoprix franprix mercadona eroski ica willys hemköp hemkop tesco asda sainsbury's morrisons waitrose
  sodexo edenred pluxee swile up_déjeuner ticket_restaurant chèque_déjeuner zoégas zoegas gevalia löfbergs lofbergs
  ikea kapal_api indomie kopiko good_day nescafé nescafe torabika alfamart indomaret gojek tokopedia
  shopee holi diwali deepavali eid onam pongal navratri dussehra lohri baisakhi vaisakhi raksha_bandhan
  karva_chauth ganesh_chaturthi durga_puja chhath makar_sankranti ugadi bihu ramzan ramadan hanukkah nowruz tết
  chuseok songkran vesak lebaran idul_fitri imlek hari_raya
  nespresso dolce_gusto keurig tassimo senseo lavazza delonghi wifi wi-fi creche crèche`);
// "IKEA-stolarna", "Aldi-Filiale": a brand joined to what it is.
const KNOWN_JOINED = lazyPattern(String.raw`^([\p{L}'’ ]+?)-\p{L}{3,}$`, 'u');
const PARTICLE = /^(?:van|von|de|di|da|du|del|der)[ \t]+/iu;

const VEHICLE = String.raw`(?:bus|buses|busses|bussen|shuttle|shuttles|navetta|navette|treno|train|trains|tram|autobus|autobusy|pullman|xe(?:[ \t]+(?:buýt|bus|đưa[ \t]+đón|khách))?|metro|métro|rer|ônibus|onibus|autobús|autobuses|coach|ferry|flight|vuelo|volo|vol|pociąg|pociag|busem|tramwaj|zug|bahn|s-bahn|trein|commute|ride|van|fretado)`;
const TOWARD = String.raw`(?:per|da|z|ze|do|od|từ|đến|tới|to|from|towards|toward|à|pour|vers|nach|von|naar|para|desde|hasta|até|ate|fino[ \t]+a|verso|till|från|fran)`;
const ROUTE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])${VEHICLE}(?![\p{L}])[^.!?\n]{0,40}?(?:^|[^\p{L}])${TOWARD}[ \t]+$`,
  'iu',
);
// "en retard à Châtelet", "arrivé à Nation", "changer à Bastille": where a train stops.
const STOP_BEFORE =
  /(?:retard|arrive|arrivent|arrivé|arrivée|arrivons|station|gare|descend[sre]?|descendre|changer|change|correspondance|bloqué|bloqués|coincé|coincés)[ \t]+(?:à|a|en)[ \t]+$/iu;
const OWNED_AFTER = lazyPattern(String.raw`^['’]s?(?![\p{L}])`, 'u');
// Not "store", "shop", "plant": verbs too ("Dave and Sarah shop at Aldi").
const SITES = String.raw`(?:warehouses|warehouse|sites|site|depots|depot|plants|branches|branch|stores|offices|office|locations|location|facilities|facility|hubs|dcs|factories|factory|yards|shops)`;
const LISTED_SITES = lazyPattern(
  String.raw`(?<![\p{L}])\p{Lu}\p{L}+(?:[ \t]*(?:,|and|&|or|\+)[ \t]*\p{Lu}\p{L}+)+[ \t]+${SITES}(?![\p{L}])`,
  'gu',
);

/** `masked` with the towns on a route, listed sites, brands, software and festivals given back; never what `premasked` hid. */
export function keepRoutesSitesAndBrands(read: string, masked: string, premasked: string): string {
  if (!masked.includes(NAME_MARK)) return masked;
  let out = masked;
  const giveBack = (start: number, end: number) => {
    if (MASKED.test(premasked.slice(start, end))) return;
    out = out.slice(0, start) + read.slice(start, end) + out.slice(end);
  };
  for (const { kind, start, end } of maskedSpans(masked)) {
    if (kind !== 'NAME') continue;
    const text = read.slice(start, end);
    const lower = text.toLowerCase().replace(PARTICLE, '');
    const joined = KNOWN_JOINED.get().exec(text)?.[1]?.toLowerCase();
    const before = read.slice(Math.max(0, start - 60), start);
    const after = read.slice(end, end + 20);
    const owned = OWNED_AFTER.get().test(after);
    const known = KNOWN.has(lower) || (joined !== undefined && KNOWN.has(joined));
    const onRoute = !owned && /^\p{Lu}/u.test(text) && (ROUTE_BEFORE.get().test(before) || STOP_BEFORE.test(before));
    if (known || onRoute) giveBack(start, end);
  }
  if (
    /[Ss]ite|[Ww]arehouse|[Dd]epot|[Pp]lant|[Bb]ranch|[Ss]tore|[Oo]ffice|[Ll]ocation|[Ff]acilit|[Hh]ub|DC|[Ff]actor|[Yy]ard|[Ss]hop/u.test(
      read,
    )
  )
    for (const m of read.matchAll(LISTED_SITES.get())) {
      // The towns of the list and what parts them ("Austin, Tyler" was read as a surname and a given name).
      const towns = m[0].replace(new RegExp(String.raw`[ \t]+${SITES}$`, 'u'), '');
      if (out.slice(m.index, m.index + towns.length).includes(NAME_MARK)) giveBack(m.index, m.index + towns.length);
    }
  return out;
}
