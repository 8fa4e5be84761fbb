import { lazyPattern } from './lazy-pattern';

/*
 * The writer's own car, described (red43b, from op42): "my car, a blue Tesla Model 3 with a Steelers sticker, in the
 * staff lot". Makes and colours are kept (many people drive a Toyota: docs/anonymity.md), but a colour with a make or
 * model, or a sticker or a decal on it, is one car in the staff lot, and whoever walks past it knows whose.
 * So the preview names it, as it names a trait with a place. The writer's vehicle ("my car", "mi carro", "ma voiture",
 * "mein Auto", "meu carro", "la mia macchina", "mój samochód", "ang kotse ko", "I drive a"), then, in the same
 * clause and within about a dozen words, two of: a colour, a make or model, a mark (sticker, decal, roof box, lift kit,
 * tint); a mark alone is enough. A dent is damage, what a report about the lot is about, not a mark. Not "my car broke down", "our cars get scratched in lot B", "I drive a Toyota", "mi coche está en el taller".
 *
 * Letters outside ASCII are \u escapes, as in the other self-descriptions files (test/infra/bundles.test.ts).
 */

const VEHICLE = String.raw`car|truck|pickup|pick-up|van|suv|jeep|motorbike|motorcycle|coche|carro|auto|camioneta|troca|moto|voiture|bagnole|camionnette|caminhonete|wagen|macchina|samoch\u00f3d|furgonetk\p{L}*|kotse|sasakyan`;
const OWNER_FIRST = String.raw`my|mi|mon|ma|meu|minha|mein|meine|meinen|meinem|mio|mia|il[ \t]+mio|la[ \t]+mia|m\u00f3j|moja|moje`;
const OWN_VEHICLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:${OWNER_FIRST})[ \t]+(?:${VEHICLE})|(?:ang[ \t]+)?(?:kotse|sasakyan)[ \t]+ko|i[ \t]+drive[ \t]+(?:a|an|the)|(?:manejo|conduzco)[ \t]+(?:un|una|el|la)|je[ \t]+conduis[ \t]+(?:une?|la|le)|ich[ \t]+fahre[ \t]+(?:einen|ein|eine|den|das|die)|(?:eu[ \t]+)?(?:dirijo|guio)[ \t]+(?:um|uma|o|a)|guido[ \t]+(?:una|un|la|il)|je\u017cd\u017c\u0119)(?![\p{L}])`,
  'giu',
);
const COLOUR = String.raw`white|black|silver|gr[ae]y|red|blue|green|yellow|orange|purple|pink|gold|beige|brown|maroon|teal|lime|navy|blanc\p{L}*|negr[oa]|plateado|plata|gris|roj[oa]|azul|verde|amarill[oa]|naranja|morad[oa]|rosa|dorad[oa]|caf\u00e9|blanche?|noire?|argent\u00e9e?|rouge|bleue?|verte?|jaune|violette?|grise?|prata|preto|preta|branco|branca|vermelh[oa]|amarel[oa]|cinza|roxo|wei\u00df\p{L}*|schwarz\p{L}*|silbern\p{L}*|grau\p{L}*|rot\p{L}{0,2}|blau\p{L}*|gr\u00fcn\p{L}*|gelb\p{L}*|bianc[oa]|ner[oa]|argento|grigi[oa]|ross[oa]|blu|giall[oa]|bia\u0142\p{L}*|czarn\p{L}*|srebrn\p{L}*|szar\p{L}*|czerwon\p{L}*|niebiesk\p{L}*|zielon\p{L}*|\u017c\u00f3\u0142t\p{L}*|puti|itim|pula|asul|dilaw`;
const MAKE = String.raw`tesla|toyota|honda|ford|chevy|chevrolet|nissan|hyundai|kia|jeep|dodge|gmc|subaru|mazda|vw|volkswagen|bmw|mercedes|benz|audi|volvo|fiat|renault|peugeot|citro\u00ebn|citroen|skoda|\u0161koda|opel|mitsubishi|lexus|acura|infiniti|buick|cadillac|chrysler|porsche|dacia|suzuki|tacoma|tundra|civic|corolla|camry|prius|rav4|f-?150|f-?250|silverado|golf|jetta|passat|clio|megane|m\u00e9gane|panda|punto|corsa|astra|octavia|fabia|mustang|wrangler|altima|sentra|accord|model[ \t]+[3sxy]|cr-v|crv|outback|forester|beetle|harley|yamaha|kawasaki|ducati|vespa`;
const MARK = String.raw`stickers?|decals?|bumper[ \t]+stickers?|roof[ \t]+(?:rack|box)|lift[ \t]+kit|tinted|spoiler|calcoman\p{L}*|pegatina\p{L}*|autocollant\p{L}*|adesivos?|adesivo|aufkleber\p{L}*|dachbox|adesiv\p{L}*|naklejk\p{L}*`;
const COLOUR_W = lazyPattern(String.raw`(?<![\p{L}])(?:${COLOUR})(?![\p{L}])`, 'iu');
const MAKE_W = lazyPattern(String.raw`(?<![\p{L}])(?:${MAKE})(?![\p{L}])`, 'iu');
const MARK_W = lazyPattern(String.raw`(?<![\p{L}])(?:${MARK})(?![\p{L}])`, 'iu');
const GATE =
  /car|truck|pick|van|suv|jeep|moto|coche|carro|auto|camion|voiture|bagnole|wagen|macchina|samoch|furgon|kotse|sasakyan|drive|manejo|conduz|condui|fahre|dirijo|guio|guido|je\u017cd\u017c/iu;

/** Each phrase in which the writer describes their own vehicle ("my car, a blue Tesla Model 3 with a sticker"). */
export function ownCarDescribed(text: string): string[] {
  if (!GATE.test(text)) return [];
  const found: string[] = [];
  for (const m of text.matchAll(OWN_VEHICLE.get())) {
    // The rest of the sentence, up to 100 letters: a full stop, a question or a new line ends it.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 100);
    const stop = after.search(/[.!?\n;]|[ \t](?:but|pero|mais|aber|ma|mas|ale)[ \t]/iu);
    const rest = stop < 0 ? after : after.slice(0, stop);
    const kinds = [COLOUR_W, MAKE_W, MARK_W].filter((p) => p.get().test(rest)).length;
    const marked = MARK_W.get().test(rest);
    if (kinds >= 2 || marked) found.push((m[0] + rest).trimEnd().replace(/[,:]$/u, ''));
  }
  return found;
}
