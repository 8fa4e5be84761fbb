import { rule, type UrgencyRule } from './types';

/*
 * Someone who went into a tank, a silo or a freezer and has not come out, told in parts: the place in one sentence (or
 * text), the going in in the next, the time gone by in the last ("the big tank in bay 2 needs cleaning today" / "Jose
 * went in at 10" / "its 1pm and he hasnt come out"). The rules beside it read "went into the tank … hasn't come out"
 * within one sentence; told over three texts (SMS are read together: split-report.ts), no sentence held both, and a
 * blind attacker's missing worker reached nobody (att40, F9). So the three are read across sentences and lines: a
 * confined place named, someone (not the writer) going in, within a few sentences of it, and after that going in,
 * not come out, not answering, or no one has seen them since.
 * Calm look-alikes are kept out by what follows: came out, is out, is fine, back now, a joke; and "I went in" is
 * the writer, who is writing.
 */

const EN_PLACE = String.raw`tanks?|silos?|(?:walk-?in )?freezers?|cold (?:room|store)s?|chillers?|vessels?|sumps?|pits?|manholes?|sewers?|shafts?|wells?|hoppers?|vats?|boilers?|kilns?|containers?|ducts?|crawl ?spaces?|culverts?|tunnels?|trenches?|grain bins?|bins?|cisterns?|tankers?|digesters?|vaults?`;
const EN_WENT_IN = String.raw`(?<!\b(?:i|we|you|u) )(?<!\b(?:i|we|you)'?(?:ve|d) )\b(?:went|gone|go|climbed|crawled|got|entered|headed|dropped) (?:(?:in|inside|down|in there|down there|into it|in it)\b(?! (?:to|for|the|a|my|our|his|her)\b)|in(?:to|side)? (?:the |a |that )?(?:[\w-]+ )?(?:${EN_PLACE})\b)(?! and (?:came|got) (?:out|back)\b)`;
const EN_NOT_OUT = String.raw`(?:hasn'?t|hasnt|has not|haven'?t|havent|have not|didn'?t|didnt|did not|not|never|isn'?t|isnt) (?:yet )?(?:come|came|got|gotten|been|climbed) (?:back )?(?:out|up|back)\b|(?:not|isn'?t|isnt|aren'?t|arent|stopped) (?:answering|responding|replying|picking up)\b|\bno (?:answer|response|reply)\b(?=\s*(?:$|[.!,;\n]|(?:from|on|off) (?:him|her|them|his|her|their|the radio)\b|when (?:we|i) (?:call|shout|bang|knock)))|(?:nobody|no one|noone|no-one) (?:has |have )?(?:seen|heard from|heard) (?:him|her|them|\w+)\b|\b(?:can'?t|cant|cannot) (?:reach|find|see|hear) (?:him|her|them)\b|\bradio (?:is )?(?:silent|dead)\b`;
const EN_CALM_AFTER = String.raw`\b(?:came out|come out fine|is out|are out|got out|back now|is fine|are fine|all good|he'?s ok|she'?s ok|lol|lmao|haha\w*|jk)\b`;

const ES_PLACE = String.raw`tanques?|silos?|cisternas?|depositos?|camaras? (?:frigorificas?|de frio)|congeladores?|pozos?|fosas?|alcantarillas?|tolvas?|cubas?|contenedores?|zanjas?|calderas?|ductos?`;
const ES_WENT_IN = String.raw`(?<!\b(?:yo|nosotros) )\b(?:entro|entraron|se metio|se metieron|bajo|bajaron|metio|ha entrado|han entrado)\b(?! (?:a trabajar|al turno|a la oficina)\b)`;
const ES_NOT_OUT = String.raw`\bno (?:ha |han )?(?:salido|sale|salen|vuelto|regresado|subido)\b|\bno (?:contesta|contestan|responde|responden)\b|\bsin (?:respuesta|contestar|responder)\b|\bnadie (?:lo|la|los) (?:ha )?visto\b`;
const ES_CALM_AFTER = String.raw`\b(?:ya salio|ya salieron|salio bien|esta bien|estan bien|jaja\w*|jeje\w*)\b`;

const FR_PLACE = String.raw`cuves?|citernes?|silos?|reservoirs?|chambres? froides?|congelateurs?|fosses?|egouts?|puits|tremies?|conteneurs?|tranchees?|chaudieres?|regards?`;
const FR_WENT_IN = String.raw`(?<!\b(?:je|j'|nous|on) )\b(?:est (?:entre|descendu|rentre)e?|sont (?:entre|descendu|rentre)(?:e?s)?|entre dedans|descendu dedans)\b`;
const FR_NOT_OUT = String.raw`\b(?:n'est|ne sont|n'a|n'ont) (?:toujours )?pas (?:ressorti|ressortie|ressortis|remonte|remontee|revenu|revenue|repondu)\w*|\bne repond(?:ent)? (?:plus|pas)\b|\bpas de (?:reponse|nouvelles)\b|\bpersonne ne l'a (?:vu|revu)\b`;
const FR_CALM_AFTER = String.raw`\b(?:est ressorti\w*|va bien|vont bien|tout va bien|mdr|lol|ptdr)\b`;

const PT_PLACE = String.raw`tanques?|silos?|cisternas?|reservatorios?|camaras? (?:frias?|frigorificas?)|congeladores?|pocos?|fossas?|esgotos?|tremonhas?|contentores?|conteineres?|valas?|caldeiras?`;
const PT_WENT_IN = String.raw`(?<!\b(?:eu|nos) )\b(?:entrou|entraram|desceu|desceram|se meteu|foi (?:la )?dentro)\b(?! (?:para trabalhar|no turno)\b)`;
const PT_NOT_OUT = String.raw`\bnao (?:saiu|sairam|voltou|voltaram|subiu|respond\w*|atend\w*)\b|\bsem (?:resposta|responder)\b|\bninguem (?:o|a|os) viu\b`;
const PT_CALM_AFTER = String.raw`\b(?:ja saiu|ja sairam|esta bem|estao bem|kkk+|rsrs\w*)\b`;

const DE_PLACE = String.raw`tanks?|silos?|behalter|kuhlraum|kuhlhaus|kuhlzellen?|gefrierraum|schachte?|gruben?|kanale?|kanalisation|bunker|trichter|container|graben|kessel`;
const DE_WENT_IN = String.raw`(?<!\b(?:ich|wir) )\b(?:ist|sind) (?:\w+ ){0,3}(?:rein|hinein|hinunter|runter|reingestiegen|hineingestiegen|reingegangen|hineingegangen|runtergestiegen|eingestiegen)\w*\b`;
const DE_NOT_OUT = String.raw`\b(?:nicht|noch nicht|nie) (?:wieder )?(?:raus|rausgekommen|herausgekommen|zuruck|zuruckgekommen|hochgekommen)\b|\b(?:meldet|melden) sich nicht\b|\b(?:antwortet|antworten) nicht\b|\bkeine antwort\b|\bniemand hat (?:ihn|sie) gesehen\b`;
const DE_CALM_AFTER = String.raw`\b(?:ist (?:wieder )?raus|ist wieder da|alles gut|alles ok|haha\w*)\b`;

/** Place, then someone going in within a few sentences, then not out: in any order of place and going in. */
const toldInParts = (place: string, wentIn: string, notOut: string, calmAfter: string) =>
  String.raw`(?:(?<=\b(?:${place})\b[^]{0,220})${wentIn}|(?=[^]{0,120}\b(?:${place})\b)${wentIn})[^]{0,160}?(?:${notOut})(?![^]{0,80}${calmAfter})`;

export const ENGLISH_GONE_IN_AND_NOT_OUT: UrgencyRule[] = [
  rule('safety', toldInParts(EN_PLACE, EN_WENT_IN, EN_NOT_OUT, EN_CALM_AFTER)),
];
export const SPANISH_GONE_IN_AND_NOT_OUT: UrgencyRule[] = [
  rule('safety', toldInParts(ES_PLACE, ES_WENT_IN, ES_NOT_OUT, ES_CALM_AFTER)),
];
export const FRENCH_GONE_IN_AND_NOT_OUT: UrgencyRule[] = [
  rule('safety', toldInParts(FR_PLACE, FR_WENT_IN, FR_NOT_OUT, FR_CALM_AFTER)),
];
export const PORTUGUESE_GONE_IN_AND_NOT_OUT: UrgencyRule[] = [
  rule('safety', toldInParts(PT_PLACE, PT_WENT_IN, PT_NOT_OUT, PT_CALM_AFTER)),
];
export const GERMAN_GONE_IN_AND_NOT_OUT: UrgencyRule[] = [
  rule('safety', toldInParts(DE_PLACE, DE_WENT_IN, DE_NOT_OUT, DE_CALM_AFTER)),
];
