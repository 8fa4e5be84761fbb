/*
 * A text that is only thanks, courtesy or assent ("thanks", "ok", "k", "yes", "thank you so much", "gracias",
 * "vale", "merci beaucoup", "d'accord"), read as a whole. It says nothing to file or to pass on. Read by its first
 * word, "thanks, but 2 people are still inside" and "ok he is still on the floor" were taken for thanks and filed
 * calm while their fire was on its way (attack round 28): one word more and it is no thanks. Words that judge
 * ("great", "it's ok", "cool", "A+") are feedback, not thanks: they are not here.
 */

/**
 * Thanks, greeting and assent words, in the languages the SMS channel answers in (en, es, fr) and a few more, folded,
 * with the shorthand and slips a thumb makes ("tysm", "grax", "mrc", "bcp", "thansk"). A letter held down is one
 * letter ("thanksss", "okk", "graciass", "mercii"): see {@link heldLettersOnce}.
 */
const WORDS = new Set(
  (
    'PLEASE PLS PLZ THANKS THANK THX THNX THANX TNX TKS THNKS THANSK THNAKS TY TQ TYSM TYVM THANKYOU THANKU ' +
    'OK OKAY OKI OKIE OKE OKEY OKAI OKAS OKIDOKI OKIDOKIE K KK ' +
    'YES YEAH YEP YUP ALRIGHT SURE NOTED RECEIVED ROGER UNDERSTOOD CHEERS HI HELLO HEY ' +
    'GRACIAS GRASIAS GRAX GRCS HOLA VALE DALE CLARO ENTENDIDO RECIBIDO SI ' +
    'MERCI MERSI MRC MRCI BCP SVP BONJOUR OUI OUAIS DACCORD DACC ENTENDU COMPRIS RECU ' +
    'BITTE DANKE OBRIGADO OBRIGADA GRAZIE'
  )
    .split(' ')
    .map((word) => heldLettersOnce(word)),
);

/**
 * Words that say nothing new beside thanks or assent: how much, to whom, once more ("thank u so much", "muchísimas
 * gracias", "merci infiniment", "merci à vous", "thank you sir", "gracias jefe"). They count only beside a word above:
 * alone, or beside anything else ("so many people still inside", "much worse now"), they are words of a report.
 */
const BESIDE_THANKS = new Set(
  (
    'SO VERY MUCH LOT LOTS A REALLY MANY AGAIN SIR MAAM MADAM YOU U YA ALL GUYS EVERYONE BOSS TEAM ' +
    'MUCHAS MUCHISIMAS MUCHISIMO MUCHO MIL DE VERDAD NUEVO OTRA VEZ SENOR SENORA SENORITA A TODOS USTED USTEDES ' +
    'AMIGO AMIGA JEFE JEFA ' +
    'BEAUCOUP INFINIMENT MILLE FOIS VOUS TOI TOUS BIEN ENCORE MONSIEUR MADAME CHEF'
  )
    .split(' ')
    .map((word) => heldLettersOnce(word)),
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
  'D ACC',
  'BIEN RECU',
  'CA MARCHE',
  'OKIE DOKIE',
  'OKEY DOKEY',
  'S IL VOUS PLAIT',
  'S IL TE PLAIT',
  'PER FAVORE',
];

/** Whether `text`, as a whole, is only thanks, courtesy or assent: punctuation and emoji aside, nothing else. */
export function readsAsThanks(text: string): boolean {
  let plain = ` ${heldLettersOnce(
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toUpperCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  )} `;
  if (plain.trim() === '') return false;
  for (const phrase of PHRASES.map(heldLettersOnce))
    plain = plain.replaceAll(` ${phrase} `, ' OK ').replaceAll(` ${phrase} `, ' OK ');
  const words = plain.trim().split(' ');
  return words.some((word) => WORDS.has(word)) && words.every((word) => WORDS.has(word) || BESIDE_THANKS.has(word));
}

/**
 * A letter said once however long it was held ("THANKSSS", "OKK", "MERCII", "THANK YOUUU"): words and phrases are
 * compared so, both sides alike (so "CHEERS" is "CHERS" on both). Until session 38 "thanksss" or "graciass" within
 * minutes of an urgent report was a detail of it, emailed to its holder as "Urgent: the employee answered".
 */
function heldLettersOnce(words: string): string {
  return words.replace(/(\p{L})\1+/gu, '$1');
}
