/*
 * Words of courtesy around a report: greetings, thanks, sign-offs and appeals ("Bonjour.", "Cảm ơn.", "please
 * help", "Es urgente."), in the languages the detector reads, folded (lower case, no accents). The learned model
 * reads some of them as calm ("cam on", "merci" end many calm messages), yet they say nothing about what happened:
 * a stretch of a report is read without them whatever the model makes of them (urgency.ts, modelReading). "c'est"
 * is what "c'est urgent" leaves once the appeal is taken out (asks-for-urgency.ts).
 */
const WORDS = [
  // English
  String.raw`hi|hello|hey|dear|team|all|everyone|good (?:morning|afternoon|evening|day)|thanks?|thank you|thx|in advance|(?:best|kind|warm) regards|regards|best|cheers|please|pls|plz|help|urgent|asap`,
  // French, Spanish, German, Italian, Portuguese
  String.raw`bonjour|bonsoir|salut|merci(?: beaucoup)?|svp|s'il vous plait|c'est urgent|c'est urgemment|c'est|stp|bonne (?:journee|soiree)|cordialement|c'est urgent|urgemment|hola|buen(?:o|a)s (?:dias|tardes|noches)|gracias|un saludo|saludos|por favor|es urgente|urgente|guten (?:tag|morgen|abend)|hallo|danke(?: schon)?|vielen dank|bitte|dringend|(?:mit )?freundlichen grussen|mfg|lg|ciao(?: a tutti)?|a tutti|grazie(?: mille)?|buongiorno|buonasera|per favore|per piacere|ola|oi|obrigad[oa]|bom dia|boa (?:tarde|noite)|abracos?`,
  // Polish, Vietnamese, Tagalog
  String.raw`dziekuje|dzieki|dzien dobry|czesc|prosze|pilne|pozdrawiam|cam on|xin chao|chao|lam on|gap|salamat(?: po)?|po|pakiusap|paki|magandang (?:umaga|hapon|gabi)|kumusta`,
  // Chinese, Arabic
  String.raw`谢谢|謝謝|你好|您好|请|請|紧急|緊急|麻烦了|麻煩了|شكرا|مرحبا|السلام عليكم|من فضلك|لو سمحت|عاجل|تحياتي`,
].join('|');
// Each word of courtesy whole (not the start of a longer word), and anything that is not a letter or a digit.
const COURTESY_ONLY = new RegExp(String.raw`^(?:[^\p{L}\p{N}]|(?:${WORDS})(?![\p{L}\p{N}]))*$`, 'u');

/** Whether the folded text holds nothing but words of courtesy, punctuation and emoji (or nothing). */
export const isCourtesyOnly = (folded: string): boolean => COURTESY_ONLY.test(folded.trim());
