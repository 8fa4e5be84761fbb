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
    String.raw`\b(?:me|nos|te) (?:va|van|iba|iban) a \w+ (?:y|y luego|y despues|o) (?:a )?(?:matar|apunalar|pegar|golpear|disparar)\b|\b(?:va|van|iba|iban) a \w+(?:me|nos|te) (?:y|y luego|y despues|o) (?:a )?(?:matarme|matarnos|matarte|apunalarme|pegarme|golpearme|dispararme)\b|\b(?:que|dijo|dice)\s+(?:y|y luego|y despues) (?:a )?(?:matar|apunalar|disparar)(?:me|nos|te)?\b`,
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
