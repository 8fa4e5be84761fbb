/*
 * Words an answer opens with: "ok", "yes", "thanks", "sí", "好的", "네". An SMS answer to a sponsor's question, or a
 * second text, often starts so ("ok, she is not breathing well", "gracias, el compa sigue sangrando de la cabeza"):
 * the rules that read a report from its first word, or a short text whole, do not see it behind them. They say
 * nothing about what happened, so the report is also read without them (urgency.ts). "No" is not one: it denies
 * ("no, nobody was hurt").
 */
const REPLY_WORDS = [
  // English
  String.raw`ok(?:ay|ey|i)?|k{1,2}|yes|yeah|yea|yep|yup|ya|sure|right|alright|all right|thanks|thank you|thx|ty|tks|understood|got it|roger|sorry`,
  // Spanish, Portuguese, French, Italian, German, Dutch, Romanian
  String.raw`s[ií]|vale|claro|bueno|dale|gracias|sim|certo|obrigad[oa]|valeu|beleza|oui|ouais|merci|d'accord|sì|grazie|va bene|ja|jawohl|danke|genau|oké|oke|dank je|dank u|da|mul[tț]umesc`,
  // Polish, Tagalog, Vietnamese, Turkish, Russian and Ukrainian, Hindi, Haitian Creole, Somali, Swahili
  String.raw`tak|dzi[eę]kuj[eę]|dzi[eę]ki|jasne|oo|opo|sige|salamat(?: po)?|v[aâ]ng|d[aạ]|ừ|c[aả]m [oơ]n|evet|tamam|te[sş]ekk[uü]rler|да|ок|спасибо|так|дякую|haan|han|ji|haan ji|shukriya|हाँ|हां|जी|धन्यवाद|wi|m[eè]si|haa|mahadsanid|ndiyo|asante|sawa`,
  // Chinese, Japanese, Korean, Arabic
  String.raw`好的|好|是的|是|嗯|谢谢|謝謝|收到|对|對|はい|ありがとう|네|예|감사합니다|نعم|أيوه|ايوه|شكرا|تمام`,
].join('|');

/*
 * "Si" and "se" are also "if": "si jamais y a une fuite de gaz, on appelle qui ?" is a what-if question, and without
 * its "si" it read as a report of a leak. Followed by a word that says the case is only supposed, they are no answer.
 */
const SUPPOSED = String.raw`(?:jamais|un jour|jam[aá]s|alguna vez|alg[uú]n d[ií]a|per caso|mai|algum dia)(?![\p{L}])`;
const LEADING = new RegExp(
  String.raw`^\s*(?:(?:${REPLY_WORDS})(?:\s*[,，、.。!！:：;；…–—-]+\s*|\s+(?!${SUPPOSED})))+`,
  'iu',
);

/*
 * A thanks that says to whom or for what ("thanks to the maintenance crew for fixing the gas leak", "gracias al equipo
 * por arreglar …") is the sentence itself, not an answer's opening: without it, the repair it thanks for read as a
 * hazard reported (att48 F8, rs51).
 */
const THANKS_FOR =
  /^\s*(?:thanks|thank you|gracias|obrigad[oa]s?|merci|danke|grazie)\s+(?:to|for|al|a|à|por|pour|an|für|fur|per|alla|alle|ai|agli)(?![\p{L}])/iu;

/** The text without the answer words it opens with, or undefined when it opens with none (or is nothing else). */
export function withoutReplyWords(text: string): string | undefined {
  if (THANKS_FOR.test(text)) return undefined;
  const match = LEADING.exec(text);
  if (!match) return undefined;
  const rest = text.slice(match[0].length);
  return rest.trim() ? rest : undefined;
}
