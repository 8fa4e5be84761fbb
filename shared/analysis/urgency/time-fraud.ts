import { rule, type UrgencyRule } from './types';

/*
 * Time fraud told without the word "fraud": a card, a badge or a fob swiped or clocked for someone who is not there,
 * who turns up hours later or not at all ("she swipes her boyfriend's card every morning and he turns up at noon",
 * "he clocks his mate in and the mate shows up after lunch", "they clock each other in when one of them isn't even on
 * site"). Read in English, Spanish, French, German and Portuguese. Someone else's card is named (a relative's, a
 * friend's, a name's, "his", "each other's") or someone is clocked in; the one clocked in is absent, at home, or comes
 * in late. Calm look-alikes name none of this: her own card at 7, a card swiped at a shop, a badge forgotten and a door
 * opened by security, a boyfriend who brings lunch at noon.
 */

// Whose card: someone else's, as people name them.
const EN_OTHERS = String.raw`(?:(?:her|his|their|my|a|the) (?:boy ?friend|girl ?friend|husband|wife|partner|brother|sister|cousin|son|daughter|mate|friend|buddy|bestie|bff|pal|mum|mom|dad|uncle|aunt|nephew|niece|relative|fiance|fiancee|roommate|flatmate|colleague|coworker|co-worker)'?s?|someone else'?s|somebody else'?s|other people'?s|each other'?s|(?!(?:her|his|my|our|their|your|the|a|own|its|every|each)\b)[a-z]+'s)`;
const EN_CARD = String.raw`(?:cards?|badges?|fobs?|passes|pass|ids?|id cards?|time ?cards?|clock ?cards?|key ?cards?|swipe ?cards?|fingerprints?|pins?|codes?|logins?)`;
const EN_CLOCKS = String.raw`(?:clock(?:s|ed|ing)?|swip(?:e|es|ed|ing)|badg(?:e|es|ed|ing)|scan(?:s|ned|ning)?|tap(?:s|ped|ping)?|punch(?:es|ed|ing)?|sign(?:s|ed|ing)?|us(?:e|es|ed|ing)|log(?:s|ged|ging)?)`;
const EN_WHO = String.raw`(?:him|her|them|each other|one another|(?:his|her|their|my) (?:[\w-]+ )?(?:boy ?friend|girl ?friend|husband|wife|partner|brother|sister|cousin|son|daughter|mate|mates|friend|friends|buddy|pal|relative|relatives))`;
// The one clocked in is not there: late by hours, at home, never in.
const EN_ABSENT = String.raw`(?:(?:turns?|turned|shows?|showed|rocks?|rolls?|strolls?|wanders?) up|comes? in|came in|gets? in|arrives?|arrived|walks? in|rolls? in|shows? his face|shows? her face)(?: \w+){0,2} (?:at (?:noon|midday|lunch(?:time)?|1[0-2]|[1-9](?::\d\d)?(?: ?pm)?)|after (?:lunch|dinner|noon|\d+)|hours later|(?:two|three|four|\d+) hours (?:late|later)|whenever|in the afternoon|till|until|around (?:noon|lunch|1[0-2]|[1-9]))|(?:is|'s|s|was|are|were|still) (?:at home|in bed|asleep|on holiday|abroad|not (?:even )?(?:here|in|there|on site))|(?:isn'?t|isnt|wasn'?t|aren'?t|weren'?t|not) (?:even |actually )?(?:here|there|in|on site|in the building|at work)|(?:never|doesn'?t|doesnt|don'?t|dont|didn'?t) (?:even )?(?:comes?|came|show(?:s|ed)? up|turn(?:s|ed)? up) (?:in|up)?|hours? before (?:he|she|they) (?:gets?|arrives?|turns? up|comes? in)`;

// Paid for time nobody worked, or away while clocked (u36b): "gets paid for days off because someone badges for him".
const EN_PAID_AWAY = String.raw`(?:paid for (?:\w+ ){0,2}(?:days|shifts|hours|time|weeks)|(?:on|his|her) (?:holiday|vacation|days? off)|days off|never (?:shows|comes|turns up|works)|(?:isn'?t|isnt|not|wasn'?t) (?:even )?(?:here|in|there|on site)|at (?:home|(?:his|her|their) other job|another job)|neither of them (?:worked|works|is here)|(?:he|she|they) (?:never|don'?t|doesn'?t) (?:show|come|work))`;
export const ENGLISH_TIME_FRAUD: UrgencyRule[] = [
  // Someone clocks for him or her, and they are paid or away: either order in one sentence.
  rule(
    'fraud',
    String.raw`\b(?:clock|swip|badg|punch|scan|tap)\w* (?:in |on )?for (?:him|her|them|(?:his|her|their) (?:\w+ )?(?:boy ?friend|girl ?friend|husband|wife|partner|brother|sister|cousin|son|daughter|mate|friend|buddy|pal|bro))\b[^.!?\n]{0,80}?\b${EN_PAID_AWAY}|\b${EN_PAID_AWAY}\b[^.!?\n]{0,80}?\b(?:clock|swip|badg|punch|scan|tap)\w* (?:in |on )?for (?:him|her|them)\b`,
  ),
  // Someone else's card swiped or clocked, the owner absent or late: "swipes her boyfriend's card … he turns up at noon".
  rule('fraud', String.raw`\b${EN_CLOCKS}(?: in| on| out)? ${EN_OTHERS} ${EN_CARD}\b[^.!?\n]{0,80}?\b(?:${EN_ABSENT})`),
  // Someone clocked or swiped in by another, absent or late: "clocks his mate in and the mate shows up after lunch".
  rule(
    'fraud',
    String.raw`\b(?:clock(?:s|ed|ing)?|swip(?:e|es|ed|ing)|badg(?:e|es|ed|ing)|punch(?:es|ed|ing)?|sign(?:s|ed|ing)?|scan(?:s|ned|ning)?)(?: in)? ${EN_WHO} in\b[^.!?\n]{0,80}?\b(?:${EN_ABSENT})|\b(?:clock(?:s|ed|ing)?|swip(?:e|es|ed|ing)|badg(?:e|es|ed|ing)|punch(?:es|ed|ing)?) in ${EN_WHO}\b[^.!?\n]{0,80}?\b(?:${EN_ABSENT})|\buses? (?:his|her|their|${EN_OTHERS}) ${EN_CARD} to (?:clock|swipe|badge|sign|punch) (?:him|her|them) in\b`,
  ),
  // Clocked for someone named, or the cards of people, who are not there: "badging in for john every morning but john
  // isn't here till 10", "punches in the cards of guys who never come in". Not "clock in for my shift".
  rule(
    'fraud',
    String.raw`\b(?:clock|swip|badg|punch|sign|scan|tap)\w* (?:in |on )?for (?!(?:my|his|her|the|a|an|our|their|your|work|shift|lunch|break|me|us|you|myself|yourself|overtime|the day|\d+)\b)[a-z]+ (?:every|each|at|but|and|who|when|while|even|though)\b[^.!?\n]{0,80}?\b(?:${EN_ABSENT})|\b(?:clock|swip|badg|punch|scan)\w* (?:in |out )?(?:the |their |some )?(?:${EN_CARD}) (?:of|for) [^.!?\n]{0,30}?\b(?:who|that|when) (?:${EN_ABSENT})`,
  ),
];

// Spanish: "marca la tarjeta de su novio y él llega al mediodía", "le checa la entrada a su primo que ni viene".
const ES_ABSENT = String.raw`(?:llega|llego|llegan|viene|vino|aparece|aparecio|entra|entro) (?:\w+ ){0,2}(?:a (?:las )?(?:doce|once|diez|una|dos|\d+)|al mediodia|a mediodia|despues de comer|despues del almuerzo|por la tarde|horas (?:despues|mas tarde|tarde))|(?:ni|nunca|no) (?:siquiera )?(?:viene|vino|llega|aparece|esta|trabaja)|(?:esta|sigue) (?:en (?:su )?casa|durmiendo|de vacaciones)`;
export const SPANISH_TIME_FRAUD: UrgencyRule[] = [
  rule(
    'fraud',
    String.raw`\b(?:marca|marco|marcan|ficha|ficho|fichan|checa|checo|checan|pasa|paso|pasan|registra|registro)\b (?:(?:la|el|las|los) )?(?:tarjeta|entrada|huella|reloj|gafete|credencial|asistencia|ficha)s? (?:de|por|a|para) (?:su|sus|mi|un|una|el|la) (?:\w+ )?(?:novio|novia|marido|esposo|esposa|mujer|hermano|hermana|primo|prima|amigo|amiga|compa|compadre|cunado|cunada|hijo|hija|pareja|companero|companera)\b[^.!?\n]{0,80}?\b(?:${ES_ABSENT})`,
  ),
  rule(
    'fraud',
    String.raw`\b(?:le|les) (?:marca|marco|marcan|ficha|ficho|fichan|checa|checo|checan)\b[^.!?\n]{0,60}?\b(?:${ES_ABSENT})`,
  ),
];

// French: "il badge pour son copain tous les matins et il arrive à midi", "elle pointe à la place de sa sœur".
const FR_ABSENT = String.raw`(?:arrive|arrivent|arrivait|vient|debarque|se pointe|se ramene) (?:\w+ ){0,2}(?:a midi|a (?:\d+|onze|dix|treize) ?h|(?:l'|dans l')apres-midi|apres (?:le )?(?:dejeuner|repas|midi)|des heures (?:apres|plus tard))|(?:n'est|est) (?:meme )?(?:pas|jamais) (?:la|venu|present)|(?:ne vient|vient) (?:meme )?(?:pas|jamais)|(?:est|reste) (?:chez (?:lui|elle|eux)|au lit|en vacances)`;
export const FRENCH_TIME_FRAUD: UrgencyRule[] = [
  rule(
    'fraud',
    String.raw`\b(?:badge|badgent|badgeait|pointe|pointent|pointait|scanne|passe|passent) (?:le badge |la carte |sa carte |son badge )?(?:pour|a la place de|au nom de|de) (?:son|sa|ses|mon|ma|un|une) (?:\w+ )?(?:copain|copine|mari|femme|frere|soeur|cousin|cousine|pote|potes|ami|amie|amis|collegue|fils|fille|conjoint|beau-frere)\b[^.!?\n]{0,80}?\b(?:${FR_ABSENT})`,
  ),
];

// German: "sie stempelt jeden Morgen für ihren Freund ein und er kommt erst mittags".
const DE_ABSENT = String.raw`(?:kommt|kam|erscheint|taucht) (?:\w+ ){0,2}(?:erst )?(?:mittags|am mittag|um (?:\d+|elf|zwolf|zwoelf|eins)|nachmittags|am nachmittag|nach dem mittag\w*|stunden spater|stunden spaeter)|(?:ist|war) (?:gar |noch |oft )?(?:nicht|nie) (?:da|im betrieb|anwesend|auf arbeit)|(?:kommt|kam) (?:gar |oft )?(?:nicht|nie)|(?:ist|bleibt|liegt) (?:noch )?(?:zu hause|zuhause|im bett|im urlaub)|(?:gar )?(?:zu hause|zuhause|im bett|im urlaub|nicht da|nie da|nicht im betrieb) (?:ist|war|bleibt|sitzt|liegt)`;
export const GERMAN_TIME_FRAUD: UrgencyRule[] = [
  // Stamped in as someone else (u36b): "der Schichtleiter stempelt seinen Kumpel ein, obwohl der zu Hause ist".
  rule(
    'fraud',
    String.raw`\b(?:stempelt|stempeln|stempelte|stempelten|loggt|scannt|checkt) (?:\w+ ){0,2}(?:ihren|ihre|seinen|seine|meinen|meine|einen|eine|den|die) (?:\w+ )?(?:freund|freundin|mann|frau|bruder|schwester|cousin|cousine|kumpel|kollegen|kollegin|sohn|tochter|partner|partnerin|schwager)\b (?:\w+ ){0,3}(?:ein|mit ein)\b[^.!?\n]{0,80}?\b(?:${DE_ABSENT})`,
  ),
  rule(
    'fraud',
    String.raw`\b(?:stempelt|stempeln|stempelte|stempelten|badget|scannt|zieht|zog) (?:\w+ ){0,3}(?:fur|fuer|statt) (?:ihren|ihre|seinen|seine|meinen|meine|einen|eine|den|die) (?:\w+ )?(?:freund|freundin|mann|frau|bruder|schwester|cousin|cousine|kumpel|kollegen|kollegin|sohn|tochter|partner|partnerin|schwager)\b[^.!?\n]{0,80}?\b(?:${DE_ABSENT})`,
  ),
];

// Portuguese: "ela bate o ponto do namorado todo dia e ele chega ao meio-dia".
const PT_ABSENT = String.raw`(?:chega|chegou|chegam|aparece|apareceu|vem|veio|entra|entrou) (?:\w+ ){0,2}(?:ao meio[- ]dia|meio[- ]dia|as (?:\d+|onze|dez|doze|uma|duas)|a tarde|depois do almoco|horas depois|horas mais tarde)|(?:nem|nunca|nao) (?:sequer )?(?:vem|veio|aparece|esta|chega|trabalha)|(?:esta|fica) (?:em casa|dormindo|a dormir|de ferias)`;
export const PORTUGUESE_TIME_FRAUD: UrgencyRule[] = [
  rule(
    'fraud',
    String.raw`\b(?:bate|bateu|batem|marca|marcou|registra|registrou|passa|passou) (?:o |a )?(?:ponto|cartao|cracha|biometria|picagem|entrada) (?:do|da|pelo|pela|de|para o|para a) (?:seu |sua |meu |minha )?(?:\w+ )?(?:namorado|namorada|marido|mulher|esposa|irmao|irma|primo|prima|amigo|amiga|colega|filho|filha|cunhado|cunhada|companheiro|companheira)\b[^.!?\n]{0,80}?\b(?:${PT_ABSENT})`,
  ),
];
