import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';

/*
 * Blind rounds 23 and 24: a Russian or Ukrainian address gives the house and the flat after the street, each with its
 * short label ("ул. Ленина, д. 5, кв. 12", "Садовая 12, дом 3, кв. 45", "вул. Шевченка, буд. 4, кв. 7"): the street
 * was hidden and the house and flat numbers shown, which with the street's town find the door. Where the text speaks
 * of an address (a street's label, "адрес", "живу"), each labelled number is hidden, and after "адрес:" the street
 * written before its number too. Without such a cue "дом 3" is as often a building at work and stays.
 */

const CUE =
  /(?:^|[^\p{L}])(?:ул\.|улица|улице|пр\.|проспект|пер\.|переулок|шоссе|бульвар|вул\.|вулиця|адрес|адреса|живу|проживаю)(?![\p{L}])/iu;
const LABELLED = /(?<![\p{L}])(?:д|дом|кв|корп|стр|буд|под)\.?[ \t]*\d+[а-яa-z]?(?:\/\d+)?(?![\p{L}\p{N}])/giu;
const AFTER_ADDRESS = /((?:^|[^\p{L}])адрес(?:а)?[ \t]*:?[ \t]*)(\p{Lu}\p{Ll}+[ \t]+\d+[а-я]?)(?![\p{L}\p{N}])/giu;

/** Masks the labelled house and flat numbers of a Russian or Ukrainian address (see above). */
export const maskRussianAddressParts: Rule = (text) => {
  if (!CUE.test(text)) return text;
  return text
    .replace(AFTER_ADDRESS, (_whole: string, cue: string, street: string) => cue + mask('ADDRESS', street.length))
    .replace(LABELLED, (found: string) => mask('ADDRESS', found.length));
};
