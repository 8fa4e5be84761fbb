// Blind round 17: brands, shops, firms, stations and holidays read as names, given back by what stands around them.
import { isGivenName, isWordlikeName } from './given-names';
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { PERSON_DEEDS } from './redact-names-words';
import { lazyPattern } from './lazy-pattern';

/*
 * A blind tester found these hidden as people (round 17), each standing for a family:
 * - a brand before what it makes ("Sharpie markers", "Bic pens", "Dell laptops") or after it in the languages that
 *   put the thing first ("canetas Bic", "stylos Bic", "cápsulas Nespresso");
 * - a shop, bar or bank after the kind of place it is ("al bar Lavazza", "no mercado Zaffari", "at the café Nero");
 * - a firm whose staff are meant ("o pessoal do Santander", "the folks at Deloitte", "la gente de Mercadona") or that
 *   pays better ("… paga vale-refeição melhor");
 * - a station: a town and the word for its main station ("bij Utrecht Centraal", "Milano Centrale", "Köln Hbf");
 * - a holiday no list knew ("Juneteenth", "Kwanzaa", "до Нового года", "на Масленицу");
 * - a shop in Russian or Ukrainian by what shops do ("Пятёрочка рядом закрылась", "в Магните дешевле").
 * A known given name in a person's place stays hidden ("the bar Kevin runs" hides Kevin: a person before a deed).
 */

const NAME_MARK = mask('NAME', 1);
const words = (list: string) => list.split(/\s+/).filter(Boolean);
const alternation = (list: string) =>
  words(list)
    .sort((a, b) => b.length - a.length)
    .join('|');

// The thing and the kind of place are written small: "Marine Le Pen", "Store Manager" are names and titles.
const PRODUCT_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:${alternation(`markers marker pens pen pencils highlighters notes notebooks tape glue stapler staples
  folders envelopes labels batteries chargers charger cables headphones earbuds earphones laptops laptop phones
  printers printer ink toner cartridges chairs desks boots shoes sneakers gloves jackets uniforms vests helmets
  goggles masks trucks vans forklifts scanners tablets monitors keyboards mice machines machine coffee capsules pods
  bars chips crisps cookies biscuits snacks drinks soda juice water tea yogurt cereal noodles cups mugs`)})(?![\p{L}])`,
  'u',
);
// r36: "Okafor drinks on shift", "Etim drinks every night": the person's verb, not a brand's drinks.
const DRINKS_AS_VERB =
  /^[ \t]+(?:drinks|snacks)[ \t]+(?:on|at|in|during|while|before|after|every|all|too|alone|heavily|and|with|behind)(?![\p{L}])/u;
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/u;
const PRODUCT_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:${alternation(`canetas caneta bolígrafos boligrafos bolígrafo rotuladores rotulador marcadores
  marcador stylos stylo feutres feutre penne penna pennarelli evidenziatori cápsulas capsulas capsule capsules cialde
  pilhas pilas piles batterie baterias pilas cargador carregador chargeur caricatore tênis tenis zapatillas
  chaussures scarpe botas bottes stivali café cafe caffè caffe cafézinho refrigerante refresco bevanda biscotti
  galletas bolachas biscoitos`)})[ \t]+$`,
  'u',
);
const PLACE_KIND_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:${alternation(`bar café cafe caffè caffetteria cafeteria cafetería restaurante ristorante
  restaurant pizzeria loja tienda negozio magasin winkel laden supermercado supermercato supermarché supermarkt
  supermarket mercado mercato marché markt store shop kiosk quiosque kiosco edicola tabaccheria farmacia pharmacie
  apotheke apotheek padaria panadería panaderia panetteria boulangerie bäckerei bakkerij posto gasolinera benzinaio
  hotel hostel banca banco banque bank`)})[ \t]+$`,
  'u',
);
const FIRM_STAFF_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:(?:o|a)[ \t]+(?:pessoal|galera|turma|povo)[ \t]+d[oa]|(?:la[ \t]+)?gente[ \t]+de(?:l)?|los[ \t]+de(?:l)?|quelli[ \t]+d(?:i|ella|el)|(?:the[ \t]+)?(?:folks|people|guys|staff|workers|employees)[ \t]+(?:at|from)|les[ \t]+(?:gens|salariés|employés)[ \t]+(?:de|chez)|die[ \t]+(?:leute|mitarbeiter|kollegen)[ \t]+(?:bei|von)|de[ \t]+mensen[ \t]+(?:bij|van))[ \t]+$`,
  'iu',
);
// What a firm does for its staff, after its name: "paga vale-refeição melhor", "pays way more", "zahlt deutlich mehr".
const PAYS_MORE_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:paga|pagan|pagam|pays?|zahlt|betaalt|paie|payent)(?:[ \t]+[\p{L}-]+){0,2}?[ \t]+(?:melhor|mais|mejor|más|mas|better|more|mehr|besser|meer|beter|mieux|plus|meglio|di[ \t]+più)(?![\p{L}])`,
  'iu',
);
const STATION =
  /(?:^|[ \t])(?:centraal|central|centrale|hauptbahnhof|hbf|termini|station|gare|estación|estacion|stazione|dworzec|główny|glowny)(?:[ \t]|$)/iu;
const STATION_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:centraal|central|centrale|hauptbahnhof|hbf|termini|station|gare|estación|estacion|stazione|główny|glowny)(?![\p{L}])`,
  'iu',
);
// Holidays, as each language writes them (Russian in its cases: "Новый год", "до Нового года", "с Новым годом").
const HOLIDAY = lazyPattern(
  String.raw`^(?:${alternation(`juneteenth kwanzaa hanukkah hanukah chanukah diwali deepavali holi navratri dussehra onam
  pongal lohri vesak nowruz norouz purim passover pesach shavuot sukkot songkran chuseok obon tết tet thingyan
  sinterklaas koningsdag pinksteren hemelvaart fronleichnam pfingsten heiligabend silvester fasching fastnacht karneval
  ferragosto befana pasquetta ognissanti toussaint pentecôte pentecote nochebuena nochevieja carnaval carnival
  tiradentes wigilia wielkanoc andrzejki масленица масленицу масленицы пасха пасху пасхи рождество рождества
  рождеству крещение крещения`)})$|^(?:нов(?:ый|ого|ому|ым|ом)|нов(?:ий|ого|ому|им|ому))[ \t]+(?:год|года|году|годом|рік|року|роком)$`,
  'iu',
);
// A shop in Russian or Ukrainian, by what shops do or where one buys: "Пятёрочка рядом закрылась", "в Магните".
// A shop closes or opens for good, or for repairs; a person closes herself in somewhere ("Маша закрылась в туалете").
const SHOP_DOES_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:рядом[ \t]+)?(?:(?:закрыл(?:ась|ся|ось)|открыл(?:ась|ся|ось)|закрилась|закрився|відкрилась|відкрився)(?=[ \t]*(?:[,.!?;]|$|на[ \t]+ремонт|навсегда|насовсем|совсем|у[ \t]+проходной|возле|около|напротив))|работает[ \t]+до|дешевле|дороже)(?![\p{L}])`,
  'iu',
);
const PERSON_AFTER = lazyPattern(String.raw`^[ \t]+(?:from|who|${PERSON_DEEDS.join('|')}|runs|owns)(?![\p{L}])`, 'iu');

/** `masked` with the brands, shops, firms, stations and holidays above given back from `read`; never what `premasked` hid. */
export function keepShopsStationsAndHolidays(read: string, masked: string, premasked: string): string {
  if (!masked.includes(NAME_MARK)) return masked;
  let out = masked;
  for (const { kind, start, end } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const text = read.slice(start, end);
    if (!/\p{Lu}/u.test(text)) continue;
    const before = read.slice(Math.max(0, start - 40), start);
    const after = read.slice(end, end + 60);
    const lower = text.toLowerCase();
    const stem = lower.replace(/['’].*$/u, '');
    // A known given name stays hidden wherever it stands: "the bar Kevin runs", "the folks at Maria's".
    const person = (!/\s/u.test(stem) && isGivenName(stem) && !isWordlikeName(stem)) || PERSON_AFTER.get().test(after);
    // A holiday of two words may be hidden by its first alone ("до Нового года": "Нового" is the capital).
    const nextWord = /^[ \t]+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
    const holiday = HOLIDAY.get().test(lower) || (nextWord !== undefined && HOLIDAY.get().test(`${lower} ${nextWord}`));
    if (person && !holiday) continue;
    // A surname after a given name is part of a person's full name, whatever follows ("Marine Le pen").
    const wordBefore = /(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(before)?.[1]?.toLowerCase();
    if (wordBefore !== undefined && isGivenName(wordBefore) && !isWordlikeName(wordBefore) && !holiday) continue;
    // Before the thing made, the brand stands alone: a capitalised word before it makes a full name ("Marine Le pen").
    const kept =
      (PRODUCT_AFTER.get().test(after) &&
        !/\p{Lu}[\p{L}'’-]*[ \t]+$/u.test(before) &&
        !(DRINKS_AS_VERB.test(after) && !WEEKDAY.test(lower))) ||
      PRODUCT_BEFORE.get().test(before) ||
      PLACE_KIND_BEFORE.get().test(before) ||
      FIRM_STAFF_BEFORE.get().test(before) ||
      PAYS_MORE_AFTER.get().test(after) ||
      STATION.test(lower) ||
      STATION_AFTER.get().test(after) ||
      holiday ||
      SHOP_DOES_AFTER.get().test(after);
    if (kept) out = out.slice(0, start) + read.slice(start, end) + out.slice(end);
  }
  return out;
}
