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

/*
 * Fired, then a killing (ra35, class firekill): "si me despiden, mato al gerente", "s'ils me virent, je tue le chef",
 * "se mi licenziano ammazzo il capo", "wenn sie mich feuern, bringe ich den Chef um", "ako i-fire nila? papatayin ko
 * silang lahat": the writer (or a boss, "te despido y te mato") ties a killing to a firing. Each language is a table
 * of its firing words (said of a person: "me despiden", "mich feuern", never "Feuer" the flames) by its words of
 * killing said by the one who will do it (first person, "mato", "je tue", "bringe ich … um"), in either order within
 * one sentence; a question mark may stand between ("i-fire nila? papatayin ko"). Left out on purpose: the writer's
 * own death ("si me despiden me mato", "kill myself" are the self-harm rules'), and a killing said of the writer by
 * family in jest ("si me despiden mi madre me mata", "my wife will kill me", "bringt mich meine Frau um"), which is
 * hyperbole. Kreyòl and Ukrainian are in their own tables (other-languages/ht.ts, uk.ts).
 */
const FIRED_GAP = String.raw`[^.!\n]{0,60}?`;
const firedThenKill = (fired: string, kill: string): string =>
  String.raw`\b(?:${fired})\b${FIRED_GAP}\b(?:${kill})\b|\b(?:${kill})\b${FIRED_GAP}\b(?:${fired})\b`;

const FIRED = {
  en: String.raw`(?:fire|fires|fired|firing|sack|sacks|sacked|sacking|axe|axes|axed|terminate|terminates|terminated) (?:me|us|him|her|them|you|u)|(?:get|gets|got|getting|am|i'?m|im|be|being|is|was|were|are) (?:fired|sacked|canned|axed|let go|laid off|terminated)|(?:let|lets|lay|lays|laid) (?:me|us) (?:go|off)|my name (?:is|'s|s) on (?:that|the) (?:list|layoff list)`,
  es: String.raw`(?:me|nos|te|lo|la|los|las) (?:desp[ie]d\w*|echan|echa|echaran|echen|corren|corre|corran|botan|bota|boten|liquidan|corra)|despedid[oa]s?`,
  fr: String.raw`(?:me|m'|nous|te|t'|le|la|l') ?(?:vir(?:e|es|ent|er|era|eront|ait|aient)|renvoi\w*|renvoy\w*|licenci\w*|mett\w* a la porte|fout\w* a la porte)|(?:suis|es|est|sommes|etre|serai|serais) (?:vire|viree|licencie|licenciee|renvoye|renvoyee)s?`,
  it: String.raw`(?:mi|ci|ti|lo|la) (?:licenzi\w*|caccia\w*|cacce\w*|mandano via|manda via|mandate via)|licenziat[oaie]`,
  pt: String.raw`(?:me|nos|te|o|a) (?:demit\w*|mand\w* embora|despede\w*|despedi\w*)|demitid[oa]s?|mandad[oa] embora`,
  de: String.raw`(?:mich|uns|dich|ihn) (?:\w+ )?(?:feuern|feuert|kundigen|kundigt|entlassen|entlasst|rauswerfen|rausschmeissen|schmeissen \w+ raus|werfen \w+ raus)|(?:feuern|feuert|kundigen|kundigt|entlassen|entlasst) (?:mich|uns|dich|ihn)|gefeuert|gekundigt|entlassen werde|rausgeworfen|rausgeschmissen`,
  tl: String.raw`i-?fire|na-?fire|ma-?fire|tanggal\w*|matanggal|natanggal|sisante\w*|masisante|nasisante|pinaalis|paalisin|papaalisin`,
};

const KILL = {
  en: String.raw`(?:kill|stab|murder) (?:him|her|them|that|the|my|this|every|everyone|everybody|all|y'?all|u|you|ya|whoever)|won'?t live to see|(?:coming|comin|come|be back|back) (?:back )?(?:with|w|wit|w/) (?:a|my|the|his|me) (?:gun|shotgun|rifle|piece|knife|machete|ak|glock)|know where (?:they|he|she|you) (?:park|live|sleep)s?`,
  es: String.raw`(?<!\bme )(?:mato|matare|mataria)(?! (?:de|del|yo)\b)|(?:lo|la|los|las|le|les|te) (?:mato|matare|mataria|quemo|reviento)|voy a matar(?:lo|la|los|las|te)?|me (?:lo|la|los|las) (?:cargo|cargare|quiebro|quiebre)|(?:le|les) (?:pego|meto|dare) (?:un tiro|un balazo|unos tiros|un plomazo)`,
  fr: String.raw`je (?:le |la |les |te |vous |l')?(?:tue|tuerai|tuerais|bute|buterai|buterais|flingue|flinguerai|descends|descendrai)|je vais (?:le |la |les |te |vous |l')?(?:tuer|buter|flinguer|descendre)|je (?:lui|leur|te|vous) (?:fais|ferai|ferais) la peau|(?:le|la|les|te) (?:tuer|buter|flinguer)`,
  it: String.raw`(?<!\bmi )(?:lo |la |li |le |ti |vi )?(?:ammazzo|ammazzero|ammazzerei|uccido|uccidero|ucciderei|accoltello|accoltellero)|(?:lo|la|li|ti|vi) faccio fuori|faccio fuori`,
  pt: String.raw`(?<!\bme )(?:eu )?(?:mato|matarei|mataria)(?! (?:de|do|da)\b)|vou matar|(?:o|a|os|as|te) (?:mato|matarei)`,
  de: String.raw`(?:bringe?|bringen) (?:ich|wir) (?!mich\b|uns\b)(?:\w+ ){1,3}um|ich (?:bringe?|werde) (?!mich\b|uns\b)(?:\w+ ){1,3}(?:um|umbringen)|(?:toete|erschiesse|ersteche|absteche|abknalle) ich|ich (?:toete|erschiesse|ersteche|absteche|knalle \w+ ab)|(?<!\bmich )(?:umbringen|abknallen|abstechen|kaltmachen)`,
  tl: String.raw`(?:papatayin|patayin|papatay|tatapusin) (?:ko|namin|natin)(?! (?:na lang |nalang |muna )?(?:ang |yung |ung )?(?:sarili|oras|panahon|gutom|inip|bagot))|(?:ko|namin) (?:sila|siya|kayo|ka) (?:papatayin|patayin)`,
};

export const FIRED_THEN_KILL: Record<keyof typeof FIRED, readonly UrgencyRule[]> = {
  en: [rule('threat', firedThenKill(FIRED.en, KILL.en))],
  es: [rule('threat', firedThenKill(FIRED.es, KILL.es))],
  fr: [rule('threat', firedThenKill(FIRED.fr, KILL.fr))],
  it: [rule('threat', firedThenKill(FIRED.it, KILL.it))],
  pt: [rule('threat', firedThenKill(FIRED.pt, KILL.pt))],
  de: [rule('threat', firedThenKill(FIRED.de, KILL.de))],
  tl: [rule('threat', firedThenKill(FIRED.tl, KILL.tl))],
};

// Ukrainian, for kind-of-wrong.ts (ASCII escapes: it runs on every text): the writer's "вб'ю", "уб'ю", "заріжу",
// "пристрелю", never "… себе".
const UKRAINIAN_WRITER_KILLS = String.raw`(?:\u0432\u0431(?:'| )?\u044e|\u0443\u0431'\u044e|\u0437\u0430\u0440\u0456\u0436\u0443|\u043f\u0440\u0438\u0441\u0442\u0440\u0435\u043b\u044e)(?! \u0441\u0435\u0431\u0435)`;
const KILLING_TIED_TO_FIRING = new RegExp(
  [...Object.values(FIRED_THEN_KILL).map((rules) => rules[0]!.source), UKRAINIAN_WRITER_KILLS].join('|'),
  'u',
);

/*
 * Whether a killing is tied to a firing in the folded text (the tables above). kind-of-wrong.ts rereads a report with
 * its threat to the job blanked to see whether the threat was only the job's; here the killing needs the firing to be
 * read at all ("si me despiden, mato al gerente": "mato al gerente" alone is not read), so the threat stays.
 */
export const tiesKillingToFiring = (folded: string): boolean => KILLING_TIED_TO_FIRING.test(folded);
