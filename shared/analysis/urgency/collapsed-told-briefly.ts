import { LISTED_NAME } from './named-attacker';
import { rule, type UrgencyRule } from './types';

/*
 * A co-worker, named or described, who collapsed, told briefly (att43, F2b, 2026-12-07): "Dave just collapsed",
 * "Dave collapsed an hour ago and nobody called anyone", "Jose collapsed at the press 10 minutes ago", "Maria s'est
 * effondrée sur la ligne", "Maria ist an der Linie zusammengebrochen". The rules read a collapse after a pronoun ("he
 * just collapsed") or when a listed place at work or stillness followed ("on the line", "and isn't moving"); a name
 * followed by nothing, a time, a machine ("by the boiler") or nobody helping was left to the model, which read it or
 * not by a word around it: "Also" before it, or a full stop after it, turned a report calm.
 *
 * Each language: who (a given name the redaction knows, where a clause starts; a pronoun; a co-worker by role), the
 * collapse, and what follows it: the end of the sentence, a time just past, a place at work, or nobody helping. Calm
 * beside them: "the market collapsed" (no one), "collapsed on the couch", "in laughter", "at his wedding", "almost".
 */

// Where a clause starts: a given name stands as its subject there.
const OPENS = String.raw`(?:^|[.!?,;:()"\n]\s*|\b(?:and|but|so|then|also|btw|anyway|anyways|omg|just|today|now|update|fyi|ok|okay|guys|help|hey|because|cos|when|et|mais|puis|y|pero|und|aber|e|ma|i|a)\s)`;
const NAME = `${OPENS}(?:${LISTED_NAME})`;

// Somewhere away from work or a figure: not where a collapse at work is told.
const EN_NOT_AT_WORK = String.raw`couch|sofa|bed|laughter|tears|giggles|gym|party|wedding|concert|festival|match|game|bar|pub|club|beach|marathon|race|movie|film|show|home|house`;
const EN_WHO = String.raw`(?:${NAME}|\b(?:he|she|hes|shes|someone|somebody)|\b(?:my|our|the|a|an|one of (?:the|our|my)|another|this|that) (?:[\w-]+ ){0,2}?(?:guy|man|woman|lady|girl|boy|kid|bloke|lad|dude|person|worker|colleague|coworker|co-worker|workmate|operator|driver|picker|packer|temp|contractor|cleaner|welder|mechanic|fitter|apprentice|trainee|supervisor|lead|manager|employee|mate|foreman)(?: (?:from|in|on) (?:the )?[\w-]+)?)`;
const EN_COLLAPSED = String.raw`(?: (?:just|suddenly|then|has|has just|just now))? (?:collapsed|keeled over|blacked out|fainted|passed out|dropped to the (?:floor|ground)|hit the (?:floor|ground|deck))`;
const EN_AFTER = String.raw`(?=\s*(?:$|[.!?\n]))|(?: (?:just now|right now|again))?(?: (?:(?:about|like|maybe|over|almost) )?(?:\d{1,3}|an?|one|two|three|five|ten|fifteen|twenty|thirty|a few|a couple(?: of)?|half an?) (?:min|mins|minutes?|hours?|hrs?|hr|secs?|seconds?) ago\b|(?:,| and| but) (?:nobody|no one|noone|no-one|nobody'?s|still|not|isn'?t|isnt|hasn'?t|hasnt|won'?t|wont|can'?t|cant|he'?s|she'?s|hes|shes|is|we (?:can'?t|cant|need|called))\b| (?:at|by|near|next to|beside|behind|on|in|inside|under) (?:the|a|his|her|their|our) (?!(?:[\w-]+ )?(?:${EN_NOT_AT_WORK})\b)[\w-]+)`;
export const ENGLISH_COLLAPSED_TOLD_BRIEFLY: UrgencyRule = rule(
  'safety',
  String.raw`${EN_WHO}${EN_COLLAPSED}(?:${EN_AFTER})`,
);

// French: "s'est effondrée", "s'est écroulé", "s'est évanoui", "a fait un malaise", "est tombé dans les pommes".
const FR_WHO = String.raw`(?:${NAME}|\b(?:il|elle|quelqu'un|mon collegue|ma collegue|un collegue|une collegue|le nouveau|la nouvelle|un gars|un mec|un ouvrier|une ouvriere|le cariste|l'operateur|l'operatrice))`;
const FR_COLLAPSED = String.raw` (?:vient de |s'est (?:\w+ )?|a )?(?:s'effondrer|s'ecrouler|s'evanouir|effondre\w*|ecroule\w*|evanoui\w*|fait un malaise|perdu connaissance|est tombe\w* dans les pommes)`;
const FR_AFTER = String.raw`(?=\s*(?:$|[.!?\n]))| il y a (?:\d{1,3}|une|deux|dix|quelques) (?:min|minutes?|heures?)\b|(?:,| et) (?:personne|il ne|elle ne|il n'|elle n'|ne bouge|bouge plus|respire)| (?:sur|pres de|a cote de|dans|au|a la|devant|derriere|sous) (?!(?:le |la |les |un |une )?(?:canape|lit|fou rire|rire|larmes|salle de sport|soiree|mariage|concert|maison)\b)`;
export const FRENCH_COLLAPSED_TOLD_BRIEFLY: UrgencyRule = rule('safety', `${FR_WHO}${FR_COLLAPSED}(?:${FR_AFTER})`);

// German: "ist zusammengebrochen", "ist umgekippt", "ist ohnmächtig geworden", "ist bewusstlos", at the end of the clause.
const DE_WHO = String.raw`(?:${NAME}|\b(?:er|sie|jemand|mein kollege|meine kollegin|ein kollege|eine kollegin|der neue|die neue|ein mitarbeiter|eine mitarbeiterin|der staplerfahrer))`;
export const GERMAN_COLLAPSED_TOLD_BRIEFLY: UrgencyRule = rule(
  'safety',
  String.raw`${DE_WHO} ist (?:[\w-]+ ){0,5}?(?:zusammengebrochen|zusammengesackt|umgekippt|ohnmachtig geworden|bewusstlos geworden|kollabiert)\b(?! (?:vor lachen|vor mude\w*|ins bett|aufs sofa|auf das sofa)\b)`,
);

// Italian: "è crollata", "è svenuto", "si è accasciato".
const IT_WHO = String.raw`(?:${NAME}|\b(?:lui|lei|qualcuno|un collega|una collega|il mio collega|la mia collega|il nuovo|la nuova|un operaio|un'operaia|il mulettista))`;
export const ITALIAN_COLLAPSED_TOLD_BRIEFLY: UrgencyRule = rule(
  'safety',
  String.raw`${IT_WHO} (?:e |si e )?(?:appena |improvvisamente |all'improvviso )?(?:crollat[oa]|svenut[oa]|collassat[oa]|accasciat[oa]|stramazzat[oa])\b(?! (?:dal (?:ridere|sonno)|sul divano|a letto|nel letto)\b)`,
);

// Polish: "zasłabła", "zemdlał", "upadł i nie wstaje", "stracił przytomność".
const PL_WHO = String.raw`(?:${NAME}|\b(?:on|ona|ktos|kolega|kolezanka|nowy|nowa|pracownik|pracownica|operator|magazynier))`;
export const POLISH_COLLAPSED_TOLD_BRIEFLY: UrgencyRule = rule(
  'safety',
  String.raw`${PL_WHO} (?:(?:wlasnie|nagle|przed chwila) )?(?:zaslabl\w*|zemdlal\w*|stracil\w* przytomnosc|upadl\w* (?:i nie|na ziemie|na podloge))\b(?! (?:ze smiechu|na kanapie|w domu)\b)`,
);
