import { eitherOrder } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * Someone finding out or telling who wrote an anonymous report (attack ra34, class U30): "someone in IT is reading the
 * anonymous feedback and telling managers who wrote it", "looked up the kiosk logs to find out who wrote the last
 * complaint and named her". Harassment (retaliation), the owner of harassment's: unmasking a reporter is what keeps every
 * other report from being made, and it breaks this service's one promise, so it cannot wait for the digest (the
 * decision is in docs/escalations.md). Who wrote a policy or a rota is no report.
 */
const EN_UNMASKING = String.raw`(?:(?:find|finds|found|finding)(?: out)?|work(?:s|ed|ing)? out|figur(?:e|es|ed|ing) out|track(?:s|ed|ing)? down|tell(?:s|ing)?(?: \w+){0,2}|told(?: \w+){0,2}|reveal(?:s|ed|ing)?|expos(?:e|es|ed|ing)|nam(?:e|es|ed|ing)|guess(?:es|ed|ing)?|know(?:s)?) who (?:wrote|writes|sent|sends|made|filed|posted|submitted|left|complained|reported|raised|said)`;
const EN_ANONYMOUS = String.raw`anonymous|anonymously|feedback|complaints?|kiosk|survey|hotline|suggestion box|whistle ?blow\w*|reports?|logs?`;
export const ENGLISH_UNMASKING_REPORTERS: UrgencyRule[] = [
  rule('harassment', eitherOrder('latin', 80, EN_UNMASKING, EN_ANONYMOUS)),
];

/*
 * The same, by what is done to find the writer (u36b): handwriting, spelling or the kiosk's camera compared ("comparing
 * handwriting on the comment cards to find out who the rat is", "checking the kiosk camera to see who typed the
 * complaint"); "the snitch", "the rat" hunted; the writer promised to be "dealt with"; the reporter's name handed to the
 * one reported. Calm beside them: handwriting compared in a training, who wrote a poem or the minutes, and (u37a) the
 * cameras checked to see who left the door open or made a mess: who left or made a note is read in
 * reporters-hunted-by-method.ts, where the thing left must be a note, a complaint or the box.
 */
const EN_INSPECTED = String.raw`(?:compar|match|check|look(?:s|ed|ing)? (?:at|through)|go(?:es|ing)? through|went through|study|analys|review|pull|scan)\w* (?:\w+ ){0,4}(?:handwriting|hand writing|writing|spelling|cameras?|cctv|footage|ip address\w*|logins?|timestamps?|badge logs?)`;
const EN_WHO_TOLD = String.raw`who (?:the |our )?(?:snitch|rat|grass|mole|leaker|whistle ?blower)|(?:the|our) (?:snitch|rat|grass|mole|leaker)\b(?! (?:problem|trap|poison|infestation|droppings|bait))|who (?:wrote|typed|sent|filed|posted|submitted|complained|reported) (?:it|them|that|the|each|those|a|an|this|him|her)|who it was`;
export const ENGLISH_REPORTERS_HUNTED: UrgencyRule[] = [
  rule('harassment', eitherOrder('latin', 80, EN_INSPECTED, EN_WHO_TOLD)),
  rule(
    'harassment',
    String.raw`\b(?:(?:find|found|finding|catch|catching|caught|smoke|smoking|hunt\w*|track\w*|sniff\w*|root\w*|weed\w*)(?: out| down)? (?:the |our |who the )?(?:snitch|rat|grass|mole|leaker|whistle ?blower)s?)\b(?! (?:problem|trap|poison|infestation|droppings|bait))`,
  ),
  rule(
    'harassment',
    eitherOrder(
      'latin',
      80,
      String.raw`(?:who(?:ever)? (?:wrote|sent|filed|posted|typed) (?:it|them|that|each one|those|the \w+)|the (?:writer|author|person who (?:wrote|complained|reported))|whoever (?:complained|reported|wrote|snitched)|(?:anonymous|survey|kiosk|hotline) (?:comments?|complaints?|feedback|reports?))`,
      String.raw`(?:will|would|is going to|'s going to|gonna|to) be (?:dealt with|taken care of|sorted out|made an example of|punished|sorry|gone)|(?:deal|dealt) with (?:them|him|her|whoever)`,
    ),
  ),
  rule(
    'harassment',
    String.raw`\b(?:gave|give|gives|told|tell|tells|passed|sent|leaked|showed)\b (?:\w+ ){0,3}(?:the )?names? of (?:whoever|who|the person who|the people who|everyone who) (?:reported|complained|called|wrote|went|filed|raised)`,
  ),
];

/*
 * Spanish, Portuguese, French, Italian (u36b): finding out who made an anonymous report or complaint, or comparing the
 * handwriting to find the teller. "La supervisora está comparando la letra de las quejas para saber quién fue", « le
 * directeur essaie de découvrir qui a fait le signalement anonyme », "il capo vuole scoprire chi ha scritto la
 * segnalazione anonima", "quer descobrir quem fez a denúncia anônima". Calm: who wants overtime, who wrote the minutes.
 */
const ROMANCE_FIND_WHO = String.raw`(?:averigu\w*|saber|sabe|descubr\w*|encontrar|buscar?|busca\w*|investiga\w*|adivin\w*|descobrir|descobre|achar|decouvrir|savoir|sait|trouver|cherch\w*|identifi\w*|devin\w*|scoprire|scopre|sapere|sa|capire|indovinare|trovare|cerca\w*) (?:quien|quem|qui|chi|ya quien)`;
const ROMANCE_REPORT = String.raw`(?:anonim\w*|anonym\w*|queja\w*|denuncia\w*|buzon|encuesta|reclamac\w*|reclamo\w*|denuncia|signalement\w*|plainte\w*|questionnaire|sondage|boite a idees|segnalazion\w*|denunc\w*|questionario|sondaggio|cassetta dei suggerimenti|letra|ecriture|calligrafia|grafia|balance|chivat\w*|soplon\w*|spia|infame|x-?9|dedo-?duro)`;
export const ROMANCE_REPORTERS_HUNTED: UrgencyRule[] = [
  rule('harassment', eitherOrder('latin', 60, ROMANCE_FIND_WHO, ROMANCE_REPORT)),
  rule(
    'harassment',
    String.raw`\b(?:compar\w*|confront\w*) (?:\w+ ){0,2}(?:la letra|l'ecriture|la calligrafia|la grafia|a letra|la escritura)\b`,
  ),
];
