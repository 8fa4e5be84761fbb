import { lazyPattern } from './lazy-pattern';

/*
 * What the preview missed in op43's operator attack (2026-12-07), though it warned of the same in other words:
 *
 * - an aid someone uses, which few at a site do: "the one who uses a wheelchair", "I walk with a cane", "soy la que
 *   usa silla de ruedas", "je suis en fauteuil roulant", "ich sitze im Rollstuhl", "uso cadeira de rodas", "sono in
 *   sedia a rotelle", "jeżdżę na wózku"; not "the wheelchair ramp is blocked", "no wheelchair access";
 * - the only car of its make or kind: "I drive the only Tesla in the lot", "tengo el único Tesla del estacionamiento",
 *   "la seule Clio rouge du parking", "der einzige Tesla auf dem Parkplatz"; not "the only parking lot is full", "the
 *   only forklift";
 * - a look or a mark of someone else joined to the writer: "the guy with the snake tattoo and I are the only two on
 *   nights", "me and the lady with the pink hair", "ja i ten z tatuażem smoka"; a look said of someone alone ("the
 *   guy with the snake tattoo yells at everyone") names whom the report is about, which its sponsor needs, and is
 *   not read (as the looks rules do).
 *
 * Warned about, not hidden (docs/anonymity.md): the writer alone knows whether it points back to them. Each pattern
 * is bounded and read once over the text.
 */

export const AID = String.raw`wheel[ \t-]?chair|rollator|crutch(?:es)?|hearing[ \t]+aids?|prosthetic(?:[ \t]+\p{L}{2,8})?|prosthesis|mobility[ \t]+scooter|silla[ \t]+de[ \t]+ruedas|bast\u00f3n|muletas|andadera|aud\u00edfonos?|pr\u00f3tesis|fauteuil[ \t]+roulant|canne|b\u00e9quilles|appareil[ \t]+auditif|appareils[ \t]+auditifs|proth\u00e8se|Rollstuhl|Gehstock|Kr\u00fccken|H\u00f6rger\u00e4t\p{L}{0,2}|Prothese|cadeira[ \t]+de[ \t]+rodas|bengala|aparelho[ \t]+auditivo|pr\u00f3tese|sedia[ \t]+a[ \t]+rotelle|carrozzina|stampelle|apparecchio[ \t]+acustico|protesi|w\u00f3zk\p{L}{1,2}(?![ \t]+wid\u0142ow)(?:[ \t]+inwalidzki\p{L}{1,2})?|las(?:ce|k\p{L}{1,2})|kul(?:ach|ami)|aparat\p{L}{0,3}[ \t]+s\u0142uchow\p{L}{1,3}|protez\p{L}{1,2}`;
// Someone using it: "uses a", "in a", "with a", "on crutches", "usa", "en", "con", "im", "mit", "na", "z".
const USES = String.raw`uses?|using|used|need|needs|in|with|on|usa|uso|utiliza|en|con|sobre|anda[ \t]+con|utilise|utilisent|avec|sur|im|mit|nutze|nutzt|benutze|benutzt|brauche|braucht|sitze[ \t]+im|sitzt[ \t]+im|em|de|com|numa|numa|in|su|con|sulla|na|z|u\u017cywam|u\u017cywa|o|je\u017cd\u017c\u0119[ \t]+na|je\u017adzi[ \t]+na|chodz\u0119[ \t]+o|chodzi[ \t]+o`;
const DET = String.raw`(?:(?:a|an|the|his|her|my|their|un|una|su|mi|une|son|sa|mon|ma|einem|einer|seinem|ihrem|meinem|einen|eine|um|uma|sua|minha|seu|meu|la|il|lo|sua|mia|mio)[ \t]+)?`;
const USES_AID = lazyPattern(
  String.raw`(?<![\p{L}])(?:walk(?:s|ed|ing)?[ \t]+with|uses?|using|need(?:s)?)[ \t]+(?:a|an|his|her|my)[ \t]+(?:cane|walker|walking[ \t]+stick)(?![\p{L}])|(?<![\p{L}])(?:${USES})[ \t]+${DET}(?:${AID})(?![\p{L}])|(?<![\p{L}])(?:wheel[ \t-]?chair|rollstuhl)[ \t-]?(?:user|fahrer\p{L}{0,2}|nutzer\p{L}{0,2})(?![\p{L}])|(?<![\p{L}])(?:usuari[oa]|utilisat(?:eur|rice)|utente|u\u017cytkowni\p{L}{1,2})[ \t]+(?:de|d['\u2019]un|di|wózka)[ \t]+(?:${AID})(?![\p{L}])`,
  'giu',
);
// Where the aid is a thing of the site, not someone's: "wheelchair access", "no wheelchair ramp".
const SITE_THING = lazyPattern(
  String.raw`^[ \t-]*(?:access\p{L}*|ramps?|lifts?|toilets?|bathrooms?|spaces?|parking|entrance|doors?|friendly|rampa|acceso|accesible|rampe|acc\u00e8s|Rampe|Zugang|gerecht|rampa|acesso|accessibile|podjazd)(?![\p{L}])`,
  'iu',
);

// The writer, or one person pointed at.
const ONE_PERSON = lazyPattern(
  String.raw`(?<![\p{L}])(?:i|i['\u2019]m|me|my|myself|yo|soy|estoy|uso|utilizo|ando|mi|je|j['\u2019]|moi|suis|ich|mich|mein\p{L}{0,2}|nutze|benutze|brauche|sitze|eu|sou|estou|io|sono|ja|jestem|u\u017cywam|je\u017cd\u017c\u0119|chodz\u0119|the[ \t]+(?:one|guy|lady|woman|man|girl|boy|dude|gal|only)|(?:el|la)[ \t]+(?:que|del|de|chico|chica|se\u00f1ora|se\u00f1or|\u00fanic[oa])|celui|celle|(?:le|la)[ \t]+seule?|(?:der|die)[ \t]+(?:im|mit|einzige)|quell[oa]|(?:il|la)[ \t]+ragazz[oa]|ten|ta|(?:o|a)[ \t]+(?:que|\u00fanic[oa]|cara|mo\u00e7a))(?![\p{L}])`,
  'iu',
);

const ONLY = String.raw`the[ \t]+only|(?:el|la)[ \t]+\u00fanic[oa]|(?:le|la)[ \t]+seule?|l['\u2019]unique|(?:o|a)[ \t]+\u00fanic[oa]|l['\u2019]unic[oa]|(?:der|die|das|den|dem)[ \t]+einzigen?|jedyn\p{L}{1,3}`;
const VEHICLE_OR_MAKE = String.raw`tesla|toyota|honda|ford|chevy|chevrolet|nissan|hyundai|kia|jeep|dodge|subaru|mazda|vw|volkswagen|bmw|mercedes|audi|volvo|fiat|renault|peugeot|citro\u00ebn|citroen|skoda|\u0161koda|opel|mitsubishi|lexus|porsche|dacia|suzuki|clio|golf|corsa|panda|prius|mustang|harley|ducati|vespa|(?:pink|purple|yellow|orange|green|gold|lime|red|white|black|blue|silver|gr[ae]y)[ \t]+(?:car|truck|van|suv|jeep|pickup|motorcycle)|convertible|motorcycle|motorbike|moto|electric[ \t]+car|camper`;
const ONLY_CAR = lazyPattern(
  String.raw`(?<![\p{L}])(?:${ONLY})[ \t]+(?:\p{L}{2,12}[ \t]+){0,2}?(?:${VEHICLE_OR_MAKE})(?![\p{L}])(?![ \t-]*(?:charg\p{L}*|station\p{L}*|dealer\p{L}*|service|spot|spaces?|plug|outlet|cargador|borne|Lades\p{L}*|carregador|colonnina|ładowark\p{L}*))(?:[ \t]+\p{L}{1,12}){0,6}?[ \t]+(?:in|on|at|del|en|dans|du|sur|auf|im|am|no|na|nel|sul|w|na)[ \t]+(?:the[ \t]+|el[ \t]+|le[ \t]+|la[ \t]+|dem[ \t]+|o[ \t]+|il[ \t]+)?(?:lot|parking(?:[ \t]+lot)?|car[ \t]+park|garage|estacionamiento|aparcamiento|parqueadero|parking|Parkplatz|Parkhaus|estacionamento|parcheggio|parkingu)(?![\p{L}])`,
  'giu',
);

// A person described by a mark or a look: "the guy with the snake tattoo", "la señora del pelo rosa", "ten z tatuażem".
const MARK = String.raw`tattoos?|tatts?|scar|piercings?|beard|dreads|dreadlocks|mohawk|(?:pink|purple|blue|green|red|orange)[ \t]+hair|tatuaje|tatuajes|cicatriz|barba|pelo[ \t]+(?:rosa|azul|verde|morado)|tatouage|cicatrice|cheveux[ \t]+(?:roses|bleus|verts)|Tattoo|Narbe|Bart|tatuagem|cicatriz|tatuaggio|cicatrice|tatua\u017c\p{L}{0,3}|blizn\p{L}{1,2}|brod\p{L}{1,2}`;
const PERSON = String.raw`guy|man|woman|lady|girl|dude|one|chico|chica|se\u00f1ora|se\u00f1or|hombre|mujer|el|la|mec|type|femme|dame|celui|celle|Typ|Mann|Frau|Kerl|der|die|cara|mo\u00e7a|senhora|homem|mulher|tipo|ragazzo|ragazza|signora|uomo|donna|quello|quella|ten|ta|facet|go\u015b\u0107|pani|pan|babka`;
const MARKED = String.raw`(?:the[ \t]+|un[ \t]+|una[ \t]+|le[ \t]+|la[ \t]+|el[ \t]+|der[ \t]+|die[ \t]+|o[ \t]+|a[ \t]+|il[ \t]+|lo[ \t]+)?(?:${PERSON})[ \t]+(?:with|del|de[ \t]+la|de|con|avec|au|aux|\u00e0[ \t]+la|mit[ \t]+(?:dem|der|den)|com|da|do|dos|col|con[ \t]+il|con[ \t]+la|z|ze)[ \t]+(?:(?:the|a|an|el|la|les|le|une?|dem|der|den|o|um|uma|il|lo)[ \t]+)?(?:\p{L}{2,12}[ \t]+){0,2}?(?:${MARK})(?![\p{L}])`;
const JOINED = lazyPattern(
  String.raw`(?<![\p{L}])(?:${MARKED})(?:[ \t]+\p{L}{1,12}){0,4}?[ \t]+(?:and[ \t]+(?:I|me|myself)|y[ \t]+yo|et[ \t]+moi|und[ \t]+ich|e[ \t]+eu|e[ \t]+io|i[ \t]+ja)(?![\p{L}])|(?<![\p{L}])(?:me[ \t]+and|yo[ \t]+y|moi[ \t]+et|ich[ \t]+und|eu[ \t]+e|io[ \t]+e|ja[ \t]+i)[ \t]+(?:${MARKED})`,
  'giu',
);

const GATE =
  /wheel|chair|cane|walker|rollator|crutch|hearing|prosth|scooter|silla|bast|muleta|andadera|aud|pr[\u00f3o]t|fauteuil|canne|b\u00e9quille|auditif|rollstuhl|gehstock|kr\u00fccken|h\u00f6rger|cadeira|bengala|auditivo|sedia|carrozzina|stampelle|acustico|w\u00f3zk|lask|kul|s\u0142uchow|only|\u00fanic|seul|unique|unic|einzig|jedyn|tat|scar|pierc|beard|dread|mohawk|hair|cicatri|barba|pelo|cheveux|narbe|bart|blizn|brod/iu;

/** The phrases of text that tell an aid someone uses, the only car of its kind, or a look joined to the writer. */
export function aidsCarsAndMarks(text: string): string[] {
  if (!GATE.test(text)) return [];
  const found: string[] = [];
  for (const m of text.matchAll(USES_AID.get())) {
    if (SITE_THING.get().test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    // Said of the writer or of one person pointed at ("the one who", "soy la que", "I'm the guy"), not of anyone
    // ("never a dude in a wheelchair", "an associate leaves the area in wheelchair": eval rows of a first version).
    const before = text.slice(Math.max(0, m.index - 60), m.index + m[0].length);
    if (!ONE_PERSON.get().test(before.slice(Math.max(before.search(/[^.!?\n]*$/u), 0)))) continue;
    found.push(sentenceAround(text, m.index, m.index + m[0].length));
  }
  for (const m of text.matchAll(ONLY_CAR.get())) found.push(m[0]);
  for (const m of text.matchAll(JOINED.get())) found.push(m[0]);
  return found;
}

/** The words around a find, to the sentence's edges and at most sixty letters each way. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 60);
  const from = Math.max(before.search(/[^.!?\n]*$/u), 0);
  const to = after.search(/[.!?\n]/u);
  return (before.slice(from) + text.slice(start, end) + (to < 0 ? after : after.slice(0, to))).trim();
}
