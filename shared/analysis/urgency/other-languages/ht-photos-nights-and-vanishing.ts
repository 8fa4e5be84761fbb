/*
 * Haitian Creole reports an outside attacker still found missed after fx37uk (ra37's harder probes, ht 13/24), read
 * as the tables beside them are (./ht-reports-in-other-words.ts): what is done, by why or to whom, in one sentence,
 * either order, on folded text, so "kreyol" texted without its accents reads as "kreyòl" does.
 * - harassment: a photo or video of someone naked taken, sent or passed round; a camera or phone hidden, or filming,
 *   where people change, wash or use the toilet;
 * - discrimination: Black or Haitian staff kept on nights (or only given nights); people of fifty or more not hired,
 *   not wanted or put out;
 * - self-harm: wanting to vanish ("vle disparèt") with no holiday in sight, to sleep and never wake, rather not to
 *   exist, to finish with everything tonight, no reason left to live.
 * Calm beside them: a team photo, a photo of someone's child, working nights by choice, older workers' experience,
 * "m vle disparèt nan vakans pou yon semèn", "pito m mouri pase m manje sa".
 * Tests: test/unit/analysis/urgency-ukrainian-creole-latin-uk38.test.ts.
 */
import type { UrgencyCategory } from '../types';

const PHOTO = String.raw`(?:foto|fotograf\S*|videyo|potre|imaj|selfi)`;
const NAKED = String.raw`(?:toutouni|tou ni|touni|ni|san rad|dezabiye|pati (?:li|l|m|mwen|yo)|tete (?:li|l|m|mwen|yo)|fes (?:li|l|m|mwen|yo)|bouda (?:li|l|m|mwen|yo))`;
const PLACE = String.raw`(?:twalet|watese|vestye|douch|beny|chanm kote (?:\S+ ){0,2}(?:chanje rad|benyen|dezabiye)|kote (?:\S+ ){0,2}(?:chanje rad|benyen|dezabiye))`;
const HIDES = String.raw`(?:kache|sere|mete|enstale|plase|fe|fikse) (?:\S+ ){0,2}(?:kamera|telefon|selile|videyo)|(?:filme|anrejistre|fe videyo|pran foto|gade) (?:\S+ ){0,3}(?:fanm yo|fi yo|medam yo|moun yo|nou|m|mwen)`;

const KEPT_BLACK = String.raw`(?:(?:moun|travaye|neg|nèg|fanm|gason|anplwaye|ouvriye)\S* nwa|nwa yo|ayisyen yo|ayisyen|dominiken yo|imigran yo|etranje yo)`;
const NIGHTS = String.raw`(?:lannwit|nwit|shift nwit|shift lannwit|ekip nwit|ekip lannwit)`;
const KEPT = String.raw`(?:toujou|selman|sèlman|se selman|toutan|tout tan|rete|kenbe|mete|voye|ba yo|bay yo|fose|oblije|pa janm (?:bay|mete))`;
const AGED = String.raw`(?:(?:gen|genyen|rive|pase|depase) (?:plis pase |plis ke |plis |pase )?(?:[4-9]\d|karant|senkant|swasant)(?: an| ane)?|granmoun|vye moun|vye granmoun|twop laj|two granmoun)`;
const REFUSED = String.raw`(?:pa (?:janm )?(?:anboche|pran|bay travay)|pap (?:anboche|pran|vle)|p ap (?:anboche|pran|vle)|pa vle (?:w|ou|m|mwen|li|l|yo|granmoun|vye moun|moun|pesonn|okenn)|refize|revoke|ranvwaye|mete (?:\S+ )?deyo)`;

export const HAITIAN_PHOTOS_NIGHTS_AND_VANISHING: Partial<Record<UrgencyCategory, string[]>> = {
  harassment: [
    // A naked photo or video, taken, sent or passed round: "li pran foto m toutouni", "foto toutouni mwen ap sikile".
    String.raw`\b${PHOTO} (?:\S+ ){0,2}?${NAKED}\b|\b${NAKED} (?:\S+ ){0,1}${PHOTO}\b`,
    // A camera hidden or filming where people change, wash or use the toilet, either order.
    String.raw`\b(?:${HIDES})\b[^.!?\n]{0,50}?\b${PLACE}\b|\b${PLACE}\b[^.!?\n]{0,50}?\b(?:${HIDES})\b`,
  ],
  discrimination: [
    // Black or Haitian staff kept on nights, either order: "travayè nwa yo toujou rete sou shift lannwit".
    String.raw`\b${KEPT_BLACK}\b[^.!?\n]{0,50}?\b${KEPT}\b[^.!?\n]{0,30}?\b${NIGHTS}\b|\b${KEPT}\b[^.!?\n]{0,30}?\b${KEPT_BLACK}\b[^.!?\n]{0,30}?\b${NIGHTS}\b|\b${NIGHTS}\b[^.!?\n]{0,30}?\b(?:se pou|selman pou|se) ${KEPT_BLACK}\b`,
    // Fifty or more and not hired or wanted, either order: "yo pa anboche pèsonn ki gen plis pase 50 an".
    String.raw`\b${REFUSED}\b[^.!?\n]{0,50}?\b${AGED}\b|\b${AGED}\b[^.!?\n]{0,50}?\b${REFUSED}\b`,
  ],
  'self-harm': [
    // To vanish, with no holiday, week or weekend in sight: "mwen vle disparèt", "mwen ta renmen disparèt nèt".
    String.raw`\b(?:m|mwen)\b (?:\S+ ){0,2}?(?:vle|anvi|ta renmen|ta vle|swete|pral) (?:\S+ )?disparet\b(?! (?:\S+ ){0,4}(?:vakans|semen|wikenn|jou|konje|lakay|plaj|mon))`,
    // To sleep and never wake, rather not to exist, to finish with everything today, no reason left to live.
    String.raw`\b(?:domi|kouche|dodo)\b (?:\S+ ){0,3}?(?:pou (?:m|mwen) )?pa janm (?:leve|reveye)\b|\bpito (?:m|mwen) (?:pa )?(?:egziste|pa la|pa t fet|pa te fet)\b|\b(?:m|mwen|map|m'ap)\b (?:\S+ ){0,2}?(?:fini|kaba|bout) ak tout bagay\b(?! (?:\S+ )?(?:travay|djob|lekol|menaj))|\b(?:pa we|pa jwenn|pa gen|pa genyen|nanpwen) (?:okenn )?(?:rezon|sans)\b (?:\S+ ){0,2}?(?:viv|kontinye|leve)\b`,
  ],
};
