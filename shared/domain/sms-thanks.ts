import { isCourtesyOnly } from './sms-message';

/*
 * A text that is only thanks, courtesy or assent ("thanks", "ok", "k", "yes", "thank you so much", "gracias",
 * "vale", "merci beaucoup", "d'accord"), read as a whole. It says nothing to file or to pass on. Read by its first
 * word, "thanks, but 2 people are still inside" and "ok he is still on the floor" were taken for thanks and filed
 * calm while their fire was on its way (attack round 28): one word more than courtesy and it is no thanks.
 */

/** Assent and the words around thanks, in the languages the SMS channel answers in (en, es, fr), folded. */
const ASSENT = new Set(
  (
    'YES YEAH YEP YUP YA K KK KAY OKE OKI OKIE ALRIGHT ALL RIGHT SURE NOTED GOT IT ROGER UNDERSTOOD COOL GREAT ' +
    'PERFECT THANKYOU THANKU THNX THANX TNX TKS THNKS TQ U A LOT SO MUCH MANY VERY ' +
    'SI VALE CLARO BUENO PERFECTO ENTENDIDO DE ACUERDO GENIAL MIL MUY BIEN ' +
    'OUI OUAIS DACCORD D ACCORD ENTENDU PARFAIT SUPER COMPRIS TRES'
  ).split(' '),
);

/** Whether `text`, as a whole, is only thanks, courtesy or assent: punctuation and emoji aside, nothing else. */
export function readsAsThanks(text: string): boolean {
  if (isCourtesyOnly(text)) return /[\p{L}\p{N}]/u.test(text);
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  return words.length > 0 && words.every((word) => ASSENT.has(word) || isCourtesyOnly(word));
}
