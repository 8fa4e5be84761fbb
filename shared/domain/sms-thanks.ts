/*
 * A text that is only thanks, courtesy or assent ("thanks", "ok", "k", "yes", "thank you so much", "gracias",
 * "vale", "merci beaucoup", "d'accord"), read as a whole. It says nothing to file or to pass on. Read by its first
 * word, "thanks, but 2 people are still inside" and "ok he is still on the floor" were taken for thanks and filed
 * calm while their fire was on its way (attack round 28): one word more and it is no thanks. Words that judge
 * ("great", "it's ok", "cool", "A+") are feedback, not thanks: they are not here.
 */

/** Thanks, greeting and assent words, in the languages the SMS channel answers in (en, es, fr) and a few more, folded. */
const WORDS = new Set(
  (
    'PLEASE PLS PLZ THANKS THANK THX THNX THANX TNX TKS THNKS TY TQ THANKYOU THANKU OK OKAY OKI OKIE OKE K KK ' +
    'YES YEAH YEP YUP ALRIGHT SURE NOTED ROGER UNDERSTOOD CHEERS HI HELLO HEY ' +
    'GRACIAS HOLA VALE CLARO ENTENDIDO SI ' +
    'MERCI SVP BONJOUR OUI OUAIS DACCORD ENTENDU COMPRIS ' +
    'BITTE DANKE OBRIGADO OBRIGADA GRAZIE'
  ).split(' '),
);

/** The same said in several words: each is read as one. */
const PHRASES = [
  'THANK YOU SO MUCH',
  'THANK YOU VERY MUCH',
  'THANKS SO MUCH',
  'THANKS VERY MUCH',
  'THANKS A LOT',
  'THANK YOU',
  'THANK U',
  'MANY THANKS',
  'GOT IT',
  'ALL RIGHT',
  'POR FAVOR',
  'MUCHAS GRACIAS',
  'MIL GRACIAS',
  'DE ACUERDO',
  'MERCI BEAUCOUP',
  'D ACCORD',
  'S IL VOUS PLAIT',
  'S IL TE PLAIT',
  'PER FAVORE',
];

/** Whether `text`, as a whole, is only thanks, courtesy or assent: punctuation and emoji aside, nothing else. */
export function readsAsThanks(text: string): boolean {
  let plain = ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
  if (plain.trim() === '') return false;
  for (const phrase of PHRASES) plain = plain.replaceAll(` ${phrase} `, ' OK ').replaceAll(` ${phrase} `, ' OK ');
  return plain
    .trim()
    .split(' ')
    .every((word) => WORDS.has(word));
}
