import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind rounds 23 and 24: a Russian or Ukrainian address gives the house and the flat after the street, each with its
 * short label ("ул. Ленина, д. 5, кв. 12", "Садовая 12, дом 3, кв. 45", "вул. Шевченка, буд. 4, кв. 7"): the street
 * was hidden and the house and flat numbers shown, which with the street's town find the door. Where the text speaks
 * of an address (a street's label, "адрес", "живу"), each labelled number is hidden, and after "адрес:" the street
 * written before its number too. Without such a cue "дом 3" is as often a building at work and stays.
 */

const CUE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:ул\.|улица|улице|улицы|пр\.|проспект|проспекте|проспекта|пер\.|переулок|переулке|шоссе|бульвар|бульваре|вул\.|вулиця|вулиці|адрес|адреса|живу|проживаю)(?![\p{L}])`,
  'iu',
);
const LABELLED = lazyPattern(
  String.raw`(?<![\p{L}])(?:д|дом|кв|корп|стр|буд|под)\.?[ \t]*\d+[а-яa-z]?(?:\/\d+)?(?![\p{L}\p{N}])`,
  'giu',
);
const AFTER_ADDRESS = lazyPattern(
  String.raw`((?:^|[^\p{L}])адрес(?:а)?[ \t]*:?[ \t]*)(\p{Lu}\p{Ll}+[ \t]+\d+[а-я]?)(?![\p{L}\p{N}])`,
  'giu',
);

// Blind round 30: the street's name and house number after its word in any case ("на проспекте вернадского 86",
// "ул. ленина 14", "по улице Гагарина, 5"), written small as often as not: the name is of one or two words. A comma
// only after a capital ("на улице холодно, 5 градусов" is the weather), and no measure after the number.
const STREET_WORD = String.raw`(?:ул\.|улиц[аеиуы]|улицей|проспект[аеу]?|просп\.|пр-т|пр\.|переул(?:ок|ке|ка)|пер\.|бульвар[аеу]?|б-р|шоссе|наб\.|набережн(?:ая|ой)|вул\.|вулиц[яіює]|проспекті)`;
const STREET_AND_HOUSE = lazyPattern(
  String.raw`(?<=(?:^|[^\p{L}])${STREET_WORD}[ \t]*)((?:\p{Lu}[\p{L}-]+(?:[ \t]+\p{L}[\p{L}-]+)?[ \t]*,?|\p{Ll}[\p{L}-]+(?:[ \t]+\p{Ll}[\p{L}-]+)?)[ \t]*(?:д\.?[ \t]*|дом[ \t]+)?\d+[а-я]?(?:\/\d+)?)(?![\p{L}\p{N}]|[ \t]*(?:°|градус|минут|час|человек|раз|мин|км|метр|м(?![\p{L}])|руб))`,
  'giu',
);

/** Masks the labelled house and flat numbers of a Russian or Ukrainian address (see above). */
export const maskRussianAddressParts: Rule = (text) => {
  if (!CUE.get().test(text)) return text;
  return text
    .replace(AFTER_ADDRESS.get(), (_whole: string, cue: string, street: string) => cue + mask('ADDRESS', street.length))
    .replace(STREET_AND_HOUSE.get(), (found: string) => mask('ADDRESS', found.length))
    .replace(LABELLED.get(), (found: string) => mask('ADDRESS', found.length));
};
