import { lazyPattern } from './lazy-pattern';
import { MASKED, maskedSpans } from './redaction-kinds';

/*
 * r38 (ra37's words lost): what the names rules hid that names no one, given back.
 * - A make of vehicle or lift truck right after the word for the vehicle, in the languages the service reads: "il
 *   furgone Iveco", "kamyon Ford la", "el camión Volvo", "der Stapler Linde". Only a make of the list below (in "in
 *   the car Mike kept touching me" Mike is someone), and not before what only a person does; "van" is never read as
 *   a vehicle here, being a Dutch particle before a surname ("van Dijk").
 * - A Ukrainian city after "у", "в", "до", "з", "із" in its case forms ("у Львові", "в Києві", "до Харкова"): a
 *   town, not someone ("у Петра", at Petro's, is no city of the list).
 * - Feasts after the words for "at" or "for" in Ukrainian and Haitian Creole ("на Великдень", "на Різдво", "pou
 *   Nwèl", "pou Pak", "nan Kanaval"), which the names rules took for names because they are capitalised.
 * Only a name the rules made ([NAME]), one word, never what was hidden before them.
 */

const VEHICLE = String.raw`(?:truck|lorry|bus|forklift|furgone|camion|camioncino|autobus|muletto|carrello|cami[óo]n|camioneta|furgoneta|montacargas|coche|carro|caminh[ãa]o|caminhonete|furg[ãa]o|empilhadeira|[ôo]nibus|fourgon|camionnette|voiture|chariot|car|lkw|transporter|stapler|gabelstapler|kamyon|kamyonèt|kamyonet|machin|minibis|ciężarówka|wózek|вантажівка|автобус|бус|навантажувач)`;
const MAKES = new Set(
  `iveco ford volvo scania man mercedes mercedes-benz benz renault peugeot citroën citroen fiat toyota nissan isuzu hino
  mitsubishi hyundai kia daf tata mazda chevrolet chevy gmc dodge ram freightliner kenworth peterbilt mack navistar
  vw volkswagen opel vauxhall skoda škoda seat dacia suzuki honda yamaha linde jungheinrich hyster yale crown
  caterpillar cat komatsu doosan manitou jcb bobcat clark kalmar liebherr sprinter transit ducato daily crafter
  vito jumper boxer movano vivaro trafic kangoo berlingo partner hilux ranger`.split(/\s+/),
);
const VEHICLE_BEFORE = lazyPattern(String.raw`(?<![\p{L}])${VEHICLE}[ \t]+$`, 'iu');
// What only a person does next: then the word was a person after all.
const PERSON_NEXT = lazyPattern(
  String.raw`^[ \t]+(?:said|told|yelled|shouted|hit|pushed|grabbed|says|tells|yells|shouts|hits|pushes|grabs|dijo|grita|gritó|golpeó|empujó|disse|gritou|bateu|a[ \t]+dit|crie|a[ \t]+frapp[ée]|ha[ \t]+detto|urla|sagte|schreit|schlug|di|rele|frape)(?![\p{L}])`,
  'iu',
);

const CITY_STEMS = [
  'Київ',
  'Києв',
  'Львів',
  'Львов',
  'Харків',
  'Харков',
  'Одес',
  'Дніпр',
  'Запоріжж',
  'Вінниц',
  'Полтав',
  'Черкас',
  'Чернігов',
  'Чернігів',
  'Житомир',
  'Рівн',
  'Луцьк',
  'Тернопол',
  'Тернопіл',
  'Ужгород',
  'Франківськ',
  'Херсон',
  'Миколаїв',
  'Миколаєв',
  'Сум',
  'Кропивницьк',
  'Чернівц',
  'Хмельницьк',
  'Ковел',
  'Біл[аоі]й[ \t]+Церкв',
  'Кременчу[кц]',
  'Маріупол',
  'Краматорськ',
  'Ірпен',
  'Ірпін',
  'Бровар',
  'Бориспол',
  'Бориспіл',
];
export const CITY = lazyPattern(String.raw`^(?:${CITY_STEMS.join('|')})\p{Ll}{0,4}$`, 'u');
const CITY_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:у|в|до|з|із|зі|під|біля|на)[ \t]+$`, 'iu');

const FEAST = lazyPattern(
  String.raw`^(?:Великдень|Великодня|Великодні|Паска|Пасху|Пасхи|Різдво|Різдва|Різдві|Трійцю|Трійці|Водохреще|Водохреща|Нов(?:ий|ого|ому)[ \t]+р(?:ік|оку|оці)|Nwèl|Nwel|Pak|Kanaval|Lanne|Jou[ \t]+(?:de)?[ \t]*lan|Toussaint|Lamès)$`,
  'u',
);
const FEAST_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:на|до|після|перед|у|в|pou|nan|pandan|anvan|apre|jou|lè|depi|jis)[ \t]+$`,
  'iu',
);

const GATE = lazyPattern(String.raw`[\u0400-\u04FF]|${VEHICLE}|pou|nan|pandan`, 'iu');

/** `masked` with a vehicle's make, a Ukrainian city and a feast the names rules took, given back (see above). */
export function keepMakesCitiesAndFeasts(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000') || !GATE.get().test(read)) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const word = read.slice(start, end);
    const before = read.slice(Math.max(0, start - 30), start);
    const after = read.slice(end, end + 30);
    const make =
      MAKES.has(word.toLowerCase()) &&
      /^\p{Lu}/u.test(word) &&
      VEHICLE_BEFORE.get().test(before) &&
      !PERSON_NEXT.get().test(after);
    const city = CITY.get().test(word) && CITY_BEFORE.get().test(before);
    const feast = FEAST.get().test(word) && FEAST_BEFORE.get().test(before);
    if (make || city || feast) out = out.slice(0, start) + word + out.slice(end);
  }
  return out;
}
