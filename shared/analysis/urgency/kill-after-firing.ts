import { rule, type UrgencyRule } from './types';

/*
 * A threat to kill the writer read as their own wish to die, or not read at all (ux33): French "il m'a dit qu'il va me
 * renvoyer et me tuer" was self-harm, since "me tuer" after "et" reads like "je vais me tuer"; Spanish "me va a
 * despedir y matar" was only harassment; Italian "mi ammazza" alone (he will kill me) was calm. The second verb shares
 * the first one's subject (he), so it is his threat. These rules run before the self-harm rules and blank what they
 * read; "me renvoyer" is left for the job-threat rule. kind-of-wrong.ts rereads the text with the threat to the job
 * blanked ("il va   et me tuer", "dijo que   y matar"), so each rule also reads the threat with the first verb gone. Italian "mi ammazza" with a thing before it ("questo caldo mi
 * ammazza") stays the complaint it is (it.ts benign).
 */

export const FRENCH_KILL_AFTER_FIRING: readonly UrgencyRule[] = [
  rule(
    'threat',
    String.raw`(?<=\b(?:va|vont|allait|allaient|veut|veulent|voulait|menace de|menacait de|a menace de|compte|pourrait|finira par|vient)\s+(?:(?:me|m'|nous|te|la|le|l')\s?[\w-]+(?: [\w-]+)?\s+)?(?:et|puis|ou|avant de|apres avoir) )(?:me|m'|nous|te) ?(?:tuer|buter|flinguer|frapper|cogner|poignarder|egorger|descendre|faire la peau)\b`,
    { consumes: true },
  ),
];

export const SPANISH_KILL_AFTER_FIRING: readonly UrgencyRule[] = [
  rule(
    'threat',
    String.raw`\b(?:me|nos|te) (?:va|van|iba|iban|voy|vamos) a \w+ (?:y|y luego|y despues|o) (?:a )?(?:matar|apunalar|pegar|golpear|disparar)\b|\b(?:me|nos|te) (?:va|van|voy|vamos) a (?:correr|despedir|echar|botar)\b[^.!?\n]{0,15}?\b(?:y|y luego|y despues|luego|despues) (?:me|te|nos) (?:mata|matan|matara|mato)\b|\b(?:va|van|voy|vamos) a\s+(?:y|y luego|y despues|luego|despues) (?:me|te|nos) (?:mata|matan|matara|mato)\b|\b(?:va|van|iba|iban) a \w+(?:me|nos|te) (?:y|y luego|y despues|o) (?:a )?(?:matarme|matarnos|matarte|apunalarme|pegarme|golpearme|dispararme)\b|\b(?:que|dijo|dice)\s+(?:y|y luego|y despues) (?:a )?(?:matar|apunalar|disparar)(?:me|nos|te)?\b`,
  ),
];

export const ITALIAN_KILL_AFTER_FIRING: readonly UrgencyRule[] = [
  // "Mi ammazza" with no thing before it and no "if" after it ("il capo mi ammazza se arrivo in ritardo" is the
  // hyperbole of being late, test/unit/analysis/urgency-blind-27.test.ts; "mi uccide con queste riunioni" a complaint): at the start, or after "che", "giuro", "lui", "se": he (she) will kill me.
  rule(
    'threat',
    String.raw`(?:^|(?<=(?:^|[.!?,;:]\s*|\b(?:che|giuro|lui|lei|se|e|poi|quando|stavolta|domani|stasera|altrimenti|senno|dice|detto|ha detto|ieri|oggi|ormai|davvero|sicuro|sicuramente|quello|quella|capo|ex|marito) )))mi (?:ammazza|ammazzano|ammazzera|ammazzeranno|uccide|uccidera|uccidono|accoltella|accoltellera)\b(?! (?:di|dal|dalla|dalle|dai|la|il|se|con|quando|appena|ogni volta)\b)`,
  ),
];

// English in slang (u34a): "gonna fire u then end u", "imma get u fired and then im coming for u", "he's gonna fire me
// and kill me" (a threat, not only to the job). The job threat may be blanked already (kind-of-wrong.ts): "he's gonna   and
// kill me". "Gonna finish the report then end the shift" names no one.
export const ENGLISH_KILL_AFTER_FIRING: readonly UrgencyRule[] = [
  rule(
    'threat',
    String.raw`\b(?:fire|sack|can|axe|get)\w* (?:u|you|ya|me|him|her|them|us)(?: fired| sacked| canned)?\b[^.!?\n]{0,15}?\b(?:and|then|n|an|&)\b(?: then| after that| afterwards)? (?:(?:end|kill|finish|off|murder|bury|shoot|stab|merk|smoke|waste|do) (?:u|you|ya|me|him|her|them|us)\b|(?:u|you|ur|youre|you'?re|you are|ya) (?:dead|done for|a dead man|6 feet under)|(?:im|i'?m|i am|imma) (?:coming|comin) for (?:u|you|ya))|\b(?:gonna|going to|will|'ll|ll|'d|would|wanna|threaten(?:s|ed)? to)\s+(?:and|then|n|&)(?: then)? (?:end|kill|finish|off|murder|bury|shoot|stab) (?:u|you|ya|me|him|her|them|us)\b`,
  ),
];

// Portuguese: "vai me demitir e me matar", "me manda embora e depois me mata": his threat, not the writer's wish to die.
export const PORTUGUESE_KILL_AFTER_FIRING: readonly UrgencyRule[] = [
  rule(
    'threat',
    String.raw`\b(?:me|te|nos) (?:\w+ ){0,1}?(?:demitir|despedir|mandar embora|manda embora|demite|despede|mandar pra rua)\b[^.!?\n]{0,15}?\b(?:e|e depois|depois|e ai) (?:me |te |nos )?(?:matar|mata|matam|matara)\b|\b(?:vai|vao|ia|iam)\s+(?:me |te |nos )?\s*(?:e|e depois|depois) (?:me |te |nos )?(?:matar|mata|matam|matara)\b`,
    { consumes: true },
  ),
];
