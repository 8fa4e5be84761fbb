// Blind round 16: brands, products, places and a transport line read as names, given back by what stands around them.
import { isGivenName, isWordlikeName } from './given-names';
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { PERSON_DEEDS } from './redact-names-words';
import { keepWordsBeforeUnlistedHidden } from './redact-names-kept-before-hidden';
import { hideNamesSaidAgain } from './redact-names-said-again';
import { personDeedAtWorkAfter } from './redact-names-word-nicknames';
import { lazyPattern } from './lazy-pattern';

/*
 * A blind tester found these hidden as people (round 16), each standing for a family:
 * - brands named after a person, which only a list can tell ("the Jack Daniels at the party", "Taco Bell catering",
 *   "Ben & Jerry's", "Douwe Egberts"), and any "X & Y's" (a firm's shape: "Marks & Spencer's", "Ben & Jerry's");
 * - a product in the plural after a quantity ("more Sharpies and Post-its", "some Oreos"), a drink's or food's brand
 *   after the drink ("nước Lavie", "koffie van Douwe Egberts"), or one the vending machine has ("vill ha Marabou i
 *   automaten"), or after French's "du" once a verb has come ("on veut du Nutella");
 * - a transport line or operator: "the Victoria line was down", "les bus Transdev", "the Arriva buses";
 * - a town by what is said of it: Turkish's "in", "from" endings ("Ankara'da var", "İzmir'den"), the weather
 *   ("a Bari fa caldo"), colleagues from there ("i colleghi da Bergamo"), Romanian's "la" in a Romanian sentence
 *   ("la Cluj se dau bonuri").
 * A known given name in a person's place stays hidden ("Kevin's team", "ask Kevin"); nothing here frees a name
 * after a role or before what people do.
 */

const NAME_MARK = mask('NAME', 1);
const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

// Brands that are a person's name or look like one, in lower case, words joined by one space.
// Round 31: a shop, a bookmaker, a toy maker, a beer, a cleaner, an office program and dog breeds ("the John Lewis
// order", "Fisher Price toys", "MS Word", "a Jack Russell"): "John Lewis from packing" is still a person (PERSON_AFTER).
const BRANDS_LIKE_NAMES = words(
  `jack-daniels jack-daniel's taco-bell ben-&-jerry's ben-and-jerry's douwe-egberts tim-hortons tim-horton's dr-pepper
  johnnie-walker jim-beam captain-morgan papa-john's papa-johns little-caesars marks-&-spencer betty-crocker
  uncle-ben's sara-lee ralph-lauren calvin-klein tommy-hilfiger hugo-boss ted-baker fred-perry ben-sherman
  jack-wolfskin krispy-kreme dunkin-donuts baskin-robbins wendy's mcdonald's denny's arby's hardee's carl's-jr
  chick-fil-a jimmy-john's jersey-mike's marie-callender's aunt-jemima chef-boyardee mrs-baird's debbie-meyer
  kraft-heinz jose-cuervo jameson jack-links jack-link's johnson-&-johnson procter-&-gamble black-&-decker
  dolce-&-gabbana abercrombie-&-fitch barnes-&-noble bang-&-olufsen smith-&-wesson lea-&-perrins tate-&-lyle
  victoria's-secret massimo-dutti dr.-oetker dr-oetker albert-heijn
  ernst-&-young ernst-and-young leroy-merlin morgan-stanley kelly-services pão-de-açúcar pao-de-acucar
  martin-luther-king-day st.-patrick's-day st.-patrick's st-patrick's saint-patrick's
  harvey-nichols karen-millen michael-kors kate-spade jimmy-choo tory-burch
  kenneth-cole john-deere fisher-price fisher-&-price miller-lite miller-genuine-draft sam-adams samuel-adams
  ronald-mcdonald tommy-bahama dr-martens doc-martens dr.-martens dr-scholl's
  mr-clean mr-muscle mr-sheen mr-kipling mr-whippy mr-freeze mr-brain's mrs-brown's
  ms-word ms-excel ms-teams ms-office ms-paint ms-access ms-outlook ms-project ms-edge ms-dos
  jack-russell jack-russells st-bernard st.-bernard saint-bernard king-charles-spaniel gordon-setter`,
);
/*
 * Blind round 26: things of two or three words of which one is a name or no word of English, hidden as a person:
 * regions ("to Baden-Württemberg last year", "Castilla-La Mancha", "Friuli Venezia Giulia"), parties ("Forza Italia",
 * "Plaid Cymru", "Sinn Féin"), clubs ("Werder Bremen"), firms named for their founders without their "&" ("Diebold
 * Nixdorf", "Endress Hauser", "Harley Davidson"), sweets, songs and films ("Tic Tacs", "Kit Kat", "Billie Jean",
 * "Forrest Gump", "Mrs Robinson"), and towns a saint's name begins ("Sankt Augustin"). Given back whole, as the
 * brands are, unless a person's place or deed follows.
 */
const NAMED_THINGS = words(
  `baden-württemberg baden-wuerttemberg nordrhein-westfalen rheinland-pfalz schleswig-holstein sachsen-anhalt
  mecklenburg-vorpommern niedersachsen emilia-romagna friuli-venezia-giulia trentino-alto-adige valle-d'aosta
  castilla-la-mancha castilla-y-león castilla-y-leon país-vasco comunidad-valenciana île-de-france
  provence-alpes-côte-d'azur auvergne-rhône-alpes bourgogne-franche-comté hauts-de-france nouvelle-aquitaine
  kujawsko-pomorskie warmińsko-mazurskie zachodniopomorskie świętokrzyskie
  forza-italia fratelli-d'italia plaid-cymru sinn-féin sinn-fein bharatiya-janata rassemblement-national
  partido-popular die-linke
  werder-bremen hertha-bsc borussia-dortmund borussia-mönchengladbach real-betis aston-villa tottenham-hotspur
  orlando-pirates kaizer-chiefs boca-juniors inter-miami
  diebold-nixdorf endress-hauser endress-+-hauser rohde-schwarz rohde-&-schwarz parker-hannifin kuehne-nagel
  kühne-nagel hewlett-packard harley-davidson rolls-royce mettler-toledo procter-gamble black-decker
  tic-tac tic-tacs kit-kat kitkat chupa-chups
  billie-jean forrest-gump mrs-robinson hey-jude annie-hall
  sankt-augustin sankt-pölten sankt-gallen
  fidesz jobbik syriza podemos likud
  ferrari ferrero ferrero-rocher ferrero-rochet nespresso spotify securitas milano delonghi de'longhi`,
);
const BRAND = lazyPattern(
  String.raw`(?<![\p{L}'’-])(?:${[...BRANDS_LIKE_NAMES, ...NAMED_THINGS]
    .sort((a, b) => b.length - a.length)
    .map((b) =>
      b
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/'/g, "['’]")
        .replace(/-/g, String.raw`[ \t-]+`),
    )
    .join('|')})(?![\p{L}])`,
  'giu',
);
// The first word of each brand, any case: whether the text may hold one at all.
const BRAND_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:${[...new Set([...BRANDS_LIKE_NAMES, ...NAMED_THINGS].map((b) => b.split(/[-']/)[0]!))].join('|')})`,
  'iu',
);
const FIRM_SHAPE = lazyPattern(
  String.raw`(?<![\p{L}])\p{Lu}\p{L}+[ \t]*&[ \t]*\p{Lu}\p{L}+(?:['’]s)?(?![\p{L}])`,
  'gu',
);

// What a person does, or where one works, after the words: "Jack Daniels from nights hit me", "Tom & Jerry's fault".
const PERSON_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:from|on|in|who|fault|girlfriend|boyfriend|wife|husband|friend|brother|sister|mom|mum|dad|son|daughter|kids?|${PERSON_DEEDS.join('|')})(?![\p{L}])`,
  'iu',
);
// Blind round 25: "Ben & Jerry's in the freezer": where a thing is kept is no team.
// Blind round 27: a shop "on payday", a motorbike "in the fire lane": when one shops, where a vehicle stands.
const THING_PLACE_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:in|on)[ \t]+(?:the[ \t]+)?(?:freezer|fridge|vending|machine|canteen|kitchen|shelf|shelves|breakroom|break[ \t]+room|first[ \t]+aid|fire[ \t]+lane|car[ \t]+park|parking|loading[ \t]+bay|disabled[ \t]+bay|payday|pay[ \t]+day|sale|offer|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)(?![\p{L}])`,
  'iu',
);
/*
 * Blind round 25, each a family no list of names can tell:
 * - a tool or an illness named after a person ("the Phillips screwdrivers", "Allen keys", "Tourette's isn't a joke");
 * - a voice assistant after "the" ("the Alexa in the breakroom");
 * - a car's model after its make ("la Seat León"), and a Mercedes after a masculine or English article ("el
 *   Mercedes de reparto": a woman named so is "la Mercedes");
 * - a football club before its game or fans ("Chelsea game on the breakroom tv");
 * - a feast of the Virgin ("la Virgen de Guadalupe").
 */
const EPONYM_TOOLS = new Set(['phillips', 'allen', 'stanley', 'bunsen', 'petri', 'jubilee']);
const TOOL_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:screwdrivers?|screws?|heads?|bits?|keys?|wrench(?:es)?|bolts?|spanners?|knife|knives|blades?|burners?|dish(?:es)?|clips?)(?![\p{L}])`,
  'iu',
);
const EPONYM_ILLNESSES = new Set(['tourette', 'parkinson', 'alzheimer', 'crohn', 'asperger', 'hodgkin', 'huntington']);
const ILLNESS_AFTER = lazyPattern(String.raw`^(?:['’]s?(?![\p{L}])|[ \t]+(?:syndrome|disease))`, 'iu');
const ASSISTANTS = new Set(['alexa', 'siri', 'cortana', 'bixby']);
const CAR_MAKE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:seat|fiat|skoda|škoda|opel|ford|toyota|renault|peugeot|hyundai|kia|volkswagen|vw|nissan|dacia|honda|mazda|citroën|citroen|chevrolet|chevy|vauxhall)[ \t]+$`,
  'iu',
);
const CAR_MAKE_AND_MODEL = lazyPattern(
  String.raw`^(?:seat|fiat|skoda|škoda|opel|ford|toyota|renault|peugeot|hyundai|kia|volkswagen|vw|nissan|dacia|honda|mazda|citroën|citroen|chevrolet|chevy|vauxhall)[ \t]+\p{L}+$`,
  'u',
);
/*
 * Blind round 27: a film or a song named by a given name alone, by where it was shown or played ("Matilda was on the
 * telly", "Valerie on the radio every hour", "Amélie est passé à la télé", "they played Roxanne", "watched Annie").
 * A walkie-talkie is a radio too ("Dave on the radio told us"): the radio only with how often.
 */
const SHOWN_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:(?:was|is|came|comes)[ \t]+)?(?:on[ \t]+(?:the[ \t]+)?(?:telly|tv|tele|netflix|repeat|loop|radio[ \t]+(?:every|all|again|non-?stop|on[ \t]+repeat))|(?:est[ \t]+pass[ée]e?|passait|passe|pass[ée]e?)[ \t]+(?:à|a)[ \t]+la[ \t]+(?:t[ée]l[ée]|radio)|(?:lief|läuft|lief)[ \t]+im[ \t]+(?:fernsehen|radio)|(?:sal(?:ió|io)|pon(?:en|ían))[ \t]+en[ \t]+la[ \t]+tele)(?![\p{L}])`,
  'iu',
);
// Blind round 27 (and 26's "Zara and Mango pay better"): a chain named as a person is, by what a shop does or is.
const SHOPS_NAMED_AS_PEOPLE = new Set(['zara', 'monki', 'sephora']);
// Round 31: a shop or bookmaker named with a common full name, a person's as often ("speech by John Lewis"): only by
// what a shop is or does ("the John Lewis order", "John Lewis pays better", "worked at William Hill").
const FIRMS_NAMED_AS_PEOPLE = new Set(['john lewis', 'william hill', 'paddy power']);
const FIRM_THING_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:orders?|stores?|shops?|branch(?:es)?|vouchers?|cards?|bags?|deliver(?:y|ies)|vans?|partnership|website|app|uniforms?|warehouse|depot|bets?|betting|sale)(?![\p{L}])`,
  'iu',
);
const SHOP_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:(?:and|&|or)[ \t]+\p{Lu}\p{L}+[ \t]+)?(?:pays?|paid|hires?|hiring|is[ \t]+hiring|opened|opens|sells?|stores?|shops?|outlets?|staff|jobs|has[ \t]+a[ \t]+sale)(?![\p{L}])`,
  'iu',
);
const SHOP_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:shop|shopping|shopped|bought|buy|works?|worked|job|jobs)[ \t]+(?:at|from|in)[ \t]+$`,
  'iu',
);
// A song sung or hummed; not "watching" or "played", said of people too ("watching Streit make you", "played Kevin").
const SHOWN_BEFORE = lazyPattern(String.raw`(?:^|[^\p{L}])(?:sang|singing|sings|blasting|humming)[ \t]+$`, 'iu');
// Blind round 27: a town named as people are, where one moves, flies or is sent to ("moving to Charlotte next
// month"); not a person's team ("moving to Kevin's team" keeps its "'s" after the word).
const MOVED_TO_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:moving|move|moved|relocating|relocate|relocated|flying|fly|flew|flight|flights)[ \t]+(?:back[ \t]+)?to[ \t]+$`,
  'iu',
);
const CAR_ARTICLE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:el|un|del|al|the|a|our|my|his|her|company|o|um|der|den|dem|il)[ \t]+$`,
  'iu',
);
const CLUBS = new Set(['chelsea', 'everton', 'preston', 'charlton']);
// Blind round 26: a club's result ("chelsea lost again", "Everton won 2-1"); not what a person lost ("lost my form").
const CLUB_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:game|match|fans?|shirts?|kit|score|v|vs|(?:won|lost|drew)(?![ \t]+(?:my|our|his|her|their|the|a|an|it|them|me|us|all)(?![\p{L}])))(?![\p{L}])`,
  'iu',
);
const VIRGIN_BEFORE =
  /(?:virgen|virgem|nuestra[ \t]+señora|nossa[ \t]+senhora|our[ \t]+lady|madonna)[ \t]+(?:de(?:l|[ \t]+la)?|da|do|of|di|della)[ \t]+$/iu;

/** Blind round 25: a tool, illness, assistant, car, club or feast named after a person (see above). */
function isThingNamedAfterSomeone(lower: string, before: string, after: string, text = lower): boolean {
  // A film or song is one word written as names are ("GodChronos on Youtube" is a channel, "David Blaine's" a person).
  const titleWord = /^\p{Lu}?\p{Ll}+$/u.test(text);
  const stem = lower.replace(/['’]s?$/u, '');
  return (
    (EPONYM_TOOLS.has(stem) && TOOL_AFTER.get().test(after)) ||
    (EPONYM_ILLNESSES.has(stem) && (ILLNESS_AFTER.get().test(after) || /['’]s$/u.test(lower))) ||
    // Blind round 27's attacker: "Ask Siri to set reminders", "Alexa in the lobby keeps playing music".
    (ASSISTANTS.has(lower) &&
      (THE_BEFORE.get().test(before) ||
        /^[ \t]+(?:to[ \t]+(?:set|play|call|remind|turn)|in[ \t]+the[ \t]+(?:lobby|break[ \t]?room|breakroom|canteen|kitchen|office))(?![\p{L}])/iu.test(
          after,
        ))) ||
    (!/\s/u.test(lower) && CAR_MAKE_BEFORE.get().test(before)) ||
    // Blind round 27: the make and the model hidden as one name ("the company Vauxhall Astra").
    CAR_MAKE_AND_MODEL.get().test(lower) ||
    (titleWord && SHOWN_AFTER.get().test(after)) ||
    (SHOPS_NAMED_AS_PEOPLE.has(lower) && (SHOP_AFTER.get().test(after) || SHOP_BEFORE.get().test(before))) ||
    (FIRMS_NAMED_AS_PEOPLE.has(lower) &&
      (SHOP_AFTER.get().test(after) || SHOP_BEFORE.get().test(before) || FIRM_THING_AFTER.get().test(after))) ||
    (titleWord && SHOWN_BEFORE.get().test(before)) ||
    (MOVED_TO_BEFORE.get().test(before) && !/^(?:['’]|[ \t]+(?:and|&|or|from|in|on)(?![\p{L}]))/u.test(after)) ||
    (lower === 'mercedes' && CAR_ARTICLE_BEFORE.get().test(before)) ||
    (CLUBS.has(lower) && CLUB_AFTER.get().test(after)) ||
    VIRGIN_BEFORE.test(before)
  );
}
const QUANTITY_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:more|some|any|extra|enough|few|less|fewer|new|buy|bought|order|ordered|no)[ \t]+$`,
  'iu',
);
const DRINK_OR_FOOD_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:nước|nuoc|water|agua|acqua|eau|wasser|vatten|koffie|kaffe|kaffee|coffee|café|caffè|thee|tea|chocolade|choklad|chocolate|cioccolato|bier|beer|cerveza|birra)(?:[ \t]+(?:van|de|di|of|du|von|från))?[ \t]+$`,
  'iu',
);
const MACHINE_AFTER =
  /^[ \t]+(?:i|in|im|en|nella|nel|dans|na|no|op)[ \t]+(?:the[ \t]+|la[ \t]+|le[ \t]+|de[ \t]+|het[ \t]+)?(?:automaten|automat|automaat|vending|machine|máquina|maquina|macchinetta|distributeur|kantine|canteen|kantinen|matsalen)/iu;
const PARTITIVE_BEFORE = lazyPattern(String.raw`(?:^|[^\p{L}])\p{Ll}+[ \t]+(?:du|de[ \t]+la|des)[ \t]+$`, 'u');
const LINE_AFTER = lazyPattern(String.raw`^[ \t]+(?:line|lines|linie|ligne|línea|linea)(?![\p{L}])`, 'iu');
const THE_BEFORE = lazyPattern(String.raw`(?:^|[^\p{L}])(?:the|la|le|die|de)[ \t]+$`, 'iu');
// Not "coach": a role too ("coach Omar Johnson").
const BUS_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:bus|buses|busses|bussen|shuttle|shuttles|tram|trams|autobus|ônibus|onibus|autobuses)[ \t]+$`,
  'iu',
);
// Not "trains", "coaches": what a person does too ("Kevin trains new hires").
const BUS_AFTER = lazyPattern(String.raw`^[ \t]+(?:bus|buses|busses)(?![\p{L}])`, 'iu');
const TURKISH_IN_FROM = lazyPattern(String.raw`^['’](?:d|t)[ae](?:n|ki)?(?![\p{L}])`, 'u');
const TURKISH_PLACE = lazyPattern(String.raw`^\p{Lu}\p{Ll}+['’](?:d|t)[ae](?:n|ki)?$`, 'u');
const WEATHER_AFTER =
  /^[ \t]+(?:fa[ \t]+(?:caldo|freddo)|hace[ \t]+(?:calor|frío|frio)|faz[ \t]+(?:calor|frio)|fait[ \t]+(?:chaud|froid)|e[ \t]+(?:cald|frig)|piove|llueve|chove)/iu;
const COLLEAGUES_FROM_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:colleghi|colleagues|coworkers|co-workers|collègues|collegues|kollegen|colegas|collega|colleghe|colegii|lavoratori|trabajadores|trabalhadores|ragazzi|guys|people)[ \t]+(?:da|di|from|de|aus|din|do|da)[ \t]+$`,
  'iu',
);
const ROMANIAN_AT_BEFORE = lazyPattern(String.raw`(?:^|[^\p{L}])la[ \t]+$`, 'u');
// Words only Romanian has ("se", "mai", "nu" are Spanish, Italian, French too: "Quintero y la Yesi se van").
const ROMANIAN = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:decât|decat|și|sunt|pentru|avem|aici|acolo|foarte|lucrăm|lucram|bonuri|salariu|salariul)(?![\p{L}])`,
  'u',
);

/** `masked` with the brands, products, lines and towns above given back from `read`; never what `premasked` hid. */
export function keepBrandsLinesAndTowns(read: string, masked: string, premasked: string): string {
  if (!masked.includes(NAME_MARK)) return masked;
  let out = masked;
  const giveBack = (start: number, end: number) => {
    if (MASKED.test(premasked.slice(start, end))) return;
    out = out.slice(0, start) + read.slice(start, end) + out.slice(end);
  };
  // Whole brands and firms' shapes, wherever a name mark lies inside them; each asked only of a text that may hold
  // one (a brand's word, an "&"), as most texts with a hidden name hold neither.
  const patterns: RegExp[] = [];
  if (BRAND_WORD.get().test(read)) patterns.push(BRAND.get());
  if (read.includes('&')) patterns.push(FIRM_SHAPE.get());
  for (const pattern of patterns)
    for (const m of read.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const next = read.slice(end, end + 40);
      // A program is no one whatever it does ("MS Word keeps crashing"): "MS" in capitals is Microsoft, not "Ms".
      const program = /^MS[ \t]/u.test(m[0]);
      if (
        !masked.slice(start, end).includes(NAME_MARK) ||
        (PERSON_AFTER.get().test(next) && !THING_PLACE_AFTER.get().test(next) && !program)
      )
        continue;
      if (pattern !== BRAND.get() && !/['’]s$/u.test(m[0])) continue;
      // With the particle hidden before it ("koffie van Douwe Egberts" was hidden from "van" on), nothing else.
      const particle = /(?:^|[^\p{L}])((?:van|von|de|di|da|du|of)[ \t]+)$/iu.exec(
        read.slice(Math.max(0, start - 8), start),
      );
      const from = particle && out[start - particle[1]!.length] === NAME_MARK ? start - particle[1]!.length : start;
      giveBack(from, end);
    }
  for (const { kind, start, end } of maskedSpans(out)) {
    if (kind !== 'NAME') continue;
    const text = read.slice(start, end);
    const before = read.slice(Math.max(0, start - 40), start);
    const after0 = read.slice(end, end + 40);
    // A club's result is the club's written small too ("chelsea lost again").
    if (!/\p{Lu}/u.test(text)) {
      if (CLUBS.has(text) && CLUB_AFTER.get().test(after0)) giveBack(start, end);
      continue;
    }
    const after = read.slice(end, end + 40);
    const lower = text.toLowerCase();
    const oneWord = !/\s/u.test(text);
    const stem = lower.replace(/['’].*$/u, '');
    const person = !/\s/u.test(stem) && isGivenName(stem) && !isWordlikeName(stem);
    const product =
      (oneWord && /\p{Ll}s$/u.test(text) && QUANTITY_BEFORE.get().test(before)) ||
      DRINK_OR_FOOD_BEFORE.get().test(before) ||
      // Round 32: "Smudge in the canteen spat in the soup" is someone: no product spits.
      (!person && MACHINE_AFTER.test(after) && !personDeedAtWorkAfter(after)) ||
      (!person && PARTITIVE_BEFORE.get().test(before));
    // "the Victoria line" is no one, whatever the lists know; a bus company's name may be a person's.
    // "Victoria line strike made us late": opening the text too.
    const line =
      ((THE_BEFORE.get().test(before) || before.trim() === '') && LINE_AFTER.get().test(after)) ||
      (!person && (BUS_BEFORE.get().test(before) || BUS_AFTER.get().test(after)));
    const town =
      !person &&
      (TURKISH_IN_FROM.get().test(after) ||
        TURKISH_PLACE.get().test(text) ||
        WEATHER_AFTER.test(after) ||
        COLLEAGUES_FROM_BEFORE.get().test(before) ||
        (ROMANIAN_AT_BEFORE.get().test(before) && ROMANIAN.get().test(read)));
    if (product || line || town || isThingNamedAfterSomeone(lower, before, after, text)) giveBack(start, end);
  }
  // Blind round 26: a name said again, read once the give-backs above have settled which words are names.
  return hideNamesSaidAgain(read, keepWordsBeforeUnlistedHidden(read, out, premasked));
}
