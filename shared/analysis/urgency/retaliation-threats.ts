import { rule, type UrgencyRule } from './types';

/*
 * A threat to fire, sack or punish whoever complains or reports: "my boss says he will have me fired if we complain",
 * "he will sack anyone who goes to HR", "звільнить усіх, хто скаржиться". Urgent, and harassment (retaliation, owned by
 * whoever owns harassment): it is the threat that keeps every other report from being made (docs/escalations.md).
 * Read in either order (the threat, then who complains; or "anyone who complains will be fired"), in English, Spanish,
 * French, German, Portuguese, Italian, Ukrainian and Russian. Calm look-alikes name no complaint or report, or
 * deny the threat: "he'll fire anyone who steals", "fire up the grill", "you can't be fired for going to HR", "if a
 * customer complains you get a call".
 */

// A film, a game or a joke around the words: no threat here.
const EN_NOT_REAL = String.raw`movie|film|show|series|episode|book|novel|game|news|podcast|training|course|video|joke|lol|lmao|haha\w*|policy says|the law|illegal to|can'?t (?:legally )?fire|cannot fire|not allowed to fire|protected`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words}))(?<!\b(?:${words})\b[^\n]{0,120})`;

// To lose the job or be punished for it, as a boss puts it.
const EN_PUNISH = String.raw`(?:fire(?! (?:up|off|away|back|at)\b)|sack|axe|terminate|get rid of|let (?:\w+ )?go|write (?:\w+ )?up|(?:have|get) (?:me|us|you|them|him|her|\w+) (?:fired|sacked|terminated|let go|deported)|cut (?:\w+ )?(?:hours|shifts)|take (?:\w+ )?(?:hours|shifts)|put (?:\w+ )?on nights|make (?:\w+ )?life (?:hell|miserable)|blacklist|make sure (?:\w+ )?(?:never work|lose|loses|get fired|gets fired|are fired|is fired))`;
// Who is threatened: anyone, the writer, the team.
const EN_ANYONE = String.raw`(?:anyone|anybody|any of (?:us|you|them)|everyone|everybody|whoever|people|staff|workers|the next (?:person|one|guy)|me|us|you|them|him|her|all of (?:us|you|them))`;
// Complaining or reporting, as people put it.
const EN_COMPLAINS = String.raw`(?:complain\w*|moan\w*|report\w*|go(?:es)? to (?:hr|human resources|the union|osha|the labou?r board|the police|management|head office|the ombudsman)|went to (?:hr|the union|osha)|talks? to (?:hr|the union|osha|a lawyer|the press)|speaks? (?:up|out)|snitch\w*|grass\w*|rats? (?:him|her|them|us) out|blows? the whistle|whistle-?blow\w*|files? (?:a |an )?(?:complaint|grievance|claim)|raises? (?:a |an )?(?:complaint|grievance|concern)|says? anything|tells? (?:hr|anyone|anybody)|joins? the union)`;
const EN_WILL = String.raw`(?:will|'ll|ll|would|'d|is going to|'s going to|are going to|gonna|going to|is gonna|threaten(?:s|ed|ing)? to|promised to|swore to|vowed to|wants to|plans to|is ready to)`;
// Whether the text denies the threat: "he won't fire anyone who complains".
const EN_NOT = String.raw`(?<!\b(?:won'?t|wont|will not|would not|wouldn'?t|can'?t|cannot|never|not|no one|nobody) (?:\w+ ){0,2})`;

// Kept out of work for good, the blacklist said as a consequence (ra38's leftover): "if anyone complains to HR we'll
// never work here again", "whoever reports him will never get hired anywhere in this town", "nobody will ever hire
// you". Said of the writer alone ("after this I will never work here again") it is their own choice, not a threat.
const EN_NEVER_HIRED = String.raw`never (?:ever )?(?:work|be hired|get hired|get (?:a|another) job|find (?:a |another )?(?:job|work))\b(?:[^.!?\n]{0,25}?\bagain\b|[^.!?\n]{0,25}?\b(?:anywhere|in this (?:town|city|industry|trade|business|field|county|state)))`;
const EN_NO_ONE_HIRES = String.raw`no(?: ?one|body)(?: \w+){0,3} (?:will|'ll|is going to|gonna|would) (?:ever )?(?:hire|employ|give (?:you|u|us|them|him|her) (?:a )?(?:job|work))\b`;
const EN_BLACKLISTED = String.raw`(?:(?:you|u|you'?ll|youll|we|we'?ll|they|they'?ll|theyll|he'?ll|she'?ll|anyone|anybody|whoever|people|(?:you|we|they|he|she) (?:will|would|are gonna|is gonna|are going to|is going to)|(?:will|'ll) make sure (?:you|we|they|he|she)) ${EN_NEVER_HIRED}|${EN_NO_ONE_HIRES})`;

export const ENGLISH_RETALIATION_THREATS: UrgencyRule[] = [
  // The threat, then who complains: "he will have me fired if we complain", "he'll sack anyone who goes to HR".
  rule(
    'harassment',
    String.raw`${EN_NOT}\b${EN_WILL} (?:\w+ )?${EN_PUNISH}(?: ${EN_ANYONE})?\b[^.!?\n]{0,40}?\b(?:if|when|whoever|who|that|for|the moment|as soon as|once|the day)(?: (?:i|we|you|they|he|she|anyone|anybody|someone|somebody|any of us|people|staff))? (?:ever |even |dares? to |tries? to |try to )?(?:${EN_COMPLAINS})\b${notAround(EN_NOT_REAL)}`,
  ),
  // Who complains, then the threat: "anyone who goes to HR gets sacked", "if anyone reports him they're gone".
  rule(
    'harassment',
    String.raw`\b(?:anyone|anybody|whoever|everyone|everybody|the next (?:person|one|guy)|people|staff|any of (?:us|you))(?: who| that)? (?:ever |even |dares? to )?(?:${EN_COMPLAINS})\b[^.!?\n]{0,40}?\b(?:(?:will|'ll|ll|is going to|are going to|gonna|would|'d) (?:be |get )?(?:fired|sacked|axed|terminated|let go|gone|out|done|finished|written up|blacklisted)|gets? (?:fired|sacked|axed|the sack|the boot|let go|written up)|(?:is|are) (?:gone|out|done|finished|fired|sacked)|(?:will|'ll|ll|is going to|are going to|gonna|would|'d) ${EN_NEVER_HIRED}|${EN_NO_ONE_HIRES})\b${notAround(EN_NOT_REAL)}`,
  ),
];

// Silenced (u34a): told to keep quiet about a hazard or a complaint or lose the job, in the words of the shop floor:
// "snitches get canned, dont call osha", "keep your mouth shut about the leak or youre done here", "complain again and
// you are out", "say a word to safety and ur done", "whoever calls the labor board is getting let go". Calm beside them:
// "complain all you want, you wont be fired", "keep your mouth shut about the surprise party", "I'm done here".
const EN_SPEAKS_UP = String.raw`(?:complain\w*|report(?:s|ed|ing)? (?:it|this|that|him|her|them|anything|the|a|an|to|us)\b|call(?:s|ing)? (?:osha|the state|the labou?r board|the inspector|the union|the cops|the police|corporate|the health department)|(?:talk|speak)(?:s|ing)? to (?:the inspector|the auditor|osha|hr|the union|the state|corporate|anyone|anybody|safety)|go(?:es)? to (?:hr|osha|the union|the state|corporate)|say (?:a|one) (?:word|thing)|says? anything|tell(?:s)? (?:anyone|anybody|hr|osha|the inspector|corporate|safety)|snitch\w*|open (?:your|ur|yer) mouth|one more complaint)`;
const EN_JOB_GONE = String.raw`(?<!\b(?:not|never|no one|nobody|wont|won'?t|cant|can'?t|cannot|don'?t|dont|doesn'?t|aren'?t|isn'?t) (?:\w+ ){0,2})(?:(?:you'?re|youre|ur|you are|you'?ll be|youll be|they'?re|theyre|they are|we're|we are|you|they|we) (?:all )?(?:out|done|gone|finished|fired|canned|sacked|history|through)\b|(?:lose|losing) (?:your|our|their|ur|my) jobs?|(?:is|gets?|'s) (?:getting )?(?:let go|fired|canned|sacked|the (?:boot|sack|axe))|looking for (?:a )?(?:new|another) job|won'?t have a job|(?:is|are) (?:done|finished|gone|out) (?:here|of here)|${EN_BLACKLISTED})`;
// Silenced by harm promised (u36b), a threat of violence rather than of the job: telling or complaining, then harm to
// the teller or their family ("keep your mouth shut about the stock or you know what happens to rats", "people who talk
// to the inspector end up having accidents", "he reminded me i have kids"), either order in one sentence, or the
// saying alone ("snitches get stitches"). Talk alone is no telling ("trash talk gets old ... easy to get hurt", a review).
// Calm beside them: "people who talk a lot in meetings end up running them",
// "if you report the leak facilities will fix it", "keep your mouth shut during the minute of silence".
const EN_TELLS = String.raw`(?:${EN_SPEAKS_UP}|(?:(?:talk|talks|talking|talked) (?:to|with)|(?:people|those|anyone|whoever|ones) (?:who|that) (?:talk|snitch|complain)|complain\w*|report\w*|snitch\w*|grass\w*|rat(?:s|ting)?(?: \w+)? out|(?:keep|shut) (?:your|ur|yer) (?:mouth|trap|lips)|keep (?:quiet|your head down)|open (?:your|ur) mouth|say (?:a|one) (?:word|thing)))`;
const EN_HARMED = String.raw`(?:end(?:s|ed)? up (?:in (?:a |the )?(?:ditch|river|canal|hospital|morgue|box|grave|wheelchair|lake|bay)|dead|hurt|(?:having |with |in )?(?:an? )?accidents?|(?:in )?pieces)|(?:have|has|having|had|get|gets) (?:an? |a little |little )?accidents?|(?:get|gets|getting) (?:hurt|stitches|stabbed|shot|buried|jumped|their \w+ broken|(?:your|ur) \w+ broken)|(?:your|ur|his|her|my) (?:family|kids|wife|husband|children|mum|mom|mother|daughter|son) (?:will|'ll|would|is gonna|are gonna|gonna|might) (?:pay|suffer|get hurt|find out what|regret)|what happens to (?:rats|snitches|grasses|people who (?:talk|snitch|complain)|those who talk)|(?:we|i|they) know where (?:you|u|ur family|your family|your kids|she|he) (?:live|lives)|(?:remember|reminded me|don'?t forget) (?:that )?(?:you|u|i) (?:have|got|'ve got|ve got) (?:a |two |three )?(?:family|kids|children|wife|husband|daughter|son))`;
const EN_HARM_SAID_ALONE = String.raw`snitch(?:es)? get stitches|(?:rats|snitches|grasses|people who talk|those who talk) (?:end up|get|wind up) (?:dead|hurt|buried|in (?:a |the )?(?:ditch|river|hospital))`;
export const ENGLISH_SILENCED: UrgencyRule[] = [
  rule(
    'harassment',
    String.raw`\b(?:${EN_SPEAKS_UP}\b[^.!?\n]{0,40}?\b${EN_JOB_GONE}|snitch(?:es)? get (?:canned|fired|sacked|the (?:boot|sack|axe)|let go|written up)|(?:keep|shut) (?:your|ur|yer) (?:mouth|trap|lips)(?: shut| closed)?\b[^.!?\n]{0,40}?\b(?:or|otherwise|else)\b[^.!?\n]{0,15}?${EN_JOB_GONE})${notAround(EN_NOT_REAL)}`,
  ),
  rule(
    'threat',
    String.raw`\b(?:${EN_TELLS}\b[^.!?\n]{0,80}?\b${EN_HARMED}|${EN_HARMED}\b[^.!?\n]{0,80}?\b${EN_TELLS}|${EN_HARM_SAID_ALONE})\b${notAround(EN_NOT_REAL)}`,
  ),
];

// Spanish, French, Portuguese: "si le dices algo a la inspeccion te corro", "el que se queje se va a la calle", « si tu
// appelles l'inspection du travail t'es vire », « si tu te plains encore tu degages », "quem reclamar vai pra rua".
// Silenced by harm promised (u36b): "si hablas con recursos humanos vas a aparecer en una zanja", « si tu parles à la
// direction, on va te retrouver dans le canal », "se falar com o RH vai aparecer morto": telling, then harm, in one sentence.
const ROMANCE_TELLS = String.raw`(?:habl\w*|dic\w* algo|denunci\w*|te quej\w*|se quej\w*|abr\w* la boca|sapo|soplon\w*|chivat\w*|parl\w*|dis quoi que ce soit|balanc\w*|te plain\w*|porte\w* plainte|fal\w* com|abrir a boca|dedur\w*|caguet\w*|reclam\w*)`;
const ROMANCE_HARMED = String.raw`(?:aparec\w* (?:muert\w*|mort\w*|en (?:una|la) (?:zanja|cuneta)|en el rio|no rio|numa vala)|acab\w* (?:muert\w*|morto|en (?:una|la) (?:zanja|cuneta)|en el (?:rio|hospital)|no (?:rio|hospital)|numa vala)|(?:tener|tienes|tendras|sufrir\w*|ter|vai ter|avoir|auras) (?:un |um )?(?:accidente|acidente|accident)|(?:tu|sua|ta) famil\w* (?:\w+ ){0,2}(?:pag\w*|sufr\w*|pai\w*|souffr\w*)|sabemos (?:donde|onde) (?:vives|mora\w*)|on sait ou tu (?:habites|vis)|(?:te|lo|la) (?:mato|matamos|matan|van a matar|vamos a matar|mata\w*|partimos|rompemos)|(?:retrouver|retrouve) (?:\w+ )?(?:dans|au fond)|(?:finir|finiras|finis) (?:a l'hopital|mort|dans (?:le|un) (?:canal|fosse|fleuve))|(?:je|on) (?:va )?te (?:tue|tuer|creve|crever|bute|buter))`;
// A film, a series, a book or a game around the words, in Spanish, French or Portuguese: a plot, no threat.
const ROMANCE_NOT_REAL = String.raw`pelicula|peli|serie|series|novela|libro|telenovela|juego|videojuego|film|filme|livro|jogo|roman|livre|jeu|episodio|episode`;
export const ROMANCE_SILENCED: UrgencyRule[] = [
  rule(
    'harassment',
    String.raw`\b(?:si|el que|quien|la que|los que|cualquiera que)\b (?:\w+ ){0,3}?(?:se queja\w*|se quej\w*|denunci\w*|reporta\w*|dices? algo|dicen algo|habla\w* (?:con|a)|llama\w* a|va\w* (?:a|con) (?:la inspeccion|recursos humanos|rrhh|el sindicato))\b[^.!?\n]{0,40}?\b(?:(?:te|lo|los|nos|les|la) (?:corro|corre|corren|despido|despide|despiden|echo|echa|echan|boto|bota|botan|va a correr|van a correr|voy a correr)|se va\w* a la calle|(?:esta|estas|queda|quedas) (?:despedid\w*|fuera|en la calle))\b|\bsi (?:tu|vous|on|quelqu'un|qqn) (?:\w+ ){0,2}?(?:plain\w*|appelle\w*|signale\w*|denonce\w*|parle\w*|vas? (?:aux|a l'|voir)|l'ouvre\w*)\b[^.!?\n]{0,50}?\b(?:(?:t'? ?es|tu es|vous etes|tu seras|vous serez|t'? ?seras) (?:vire\w*|dehors|a la porte|licencie\w*|renvoye\w*)|tu degage\w*|vous degagez|(?:je te|on te|il te) (?:vire|virera|licencie|mets dehors))\b|\b(?:quem|se (?:voce|vc|alguem|a gente|tu|eu)) (?:\w+ ){0,2}?(?:reclamar|denunciar|falar|abrir a boca|chamar|ligar|for)\b[^.!?\n]{0,40}?\b(?:vai (?:pra|para a|pro|para o) (?:rua|olho da rua)|vai ser (?:demitid\w*|mandad\w* embora)|(?:ta|esta) (?:demitid\w*|na rua|fora))\b`,
  ),
  // Kept out of work for good for telling (the blacklist): "si alguien se queja con recursos humanos no vuelve a
  // trabajar en ningún lado", « si on va aux RH on ne retravaillera plus jamais dans la région », "quem reclamar no RH
  // nunca mais vai trabalhar nesta cidade". Harassment (retaliation), like the threat of the sack.
  rule(
    'harassment',
    String.raw`\b(?:${ROMANCE_TELLS}|va\w* (?:a|con) (?:recursos humanos|rrhh|rh|el sindicato|la inspeccion)|(?:va|vas|vont|allez) aux rh|for ao (?:rh|sindicato))\b[^.!?\n]{0,60}?\b(?:no (?:vuelve\w*|volver\w*|va\w* a volver) a trabajar|nunca (?:mas )?(?:vas? a |van a )?(?:volver a )?trabaj\w*|nadie (?:te |los |nos |le |lo )?(?:va a )?(?:contrat|emple)\w*|(?:ne )?(?:re)?travailler\w* plus jamais|(?:ne )?(?:re)?travailler\w* (?:\w+ )?nulle part|plus jamais (?:de )?(?:travail|boulot)|personne ne (?:t'|vous |les |nous )?(?:embauch|engag)\w*|nunca mais (?:vai |vao )?(?:trabalh|arranj)\w*|ninguem (?:te |vai te |vai )?(?:contrat|empreg)\w*)\b${notAround(ROMANCE_NOT_REAL)}`,
  ),
  // Not a plot (u37a): "en la película, el chivato acaba en el hospital".
  rule('threat', String.raw`\b${ROMANCE_TELLS}\b[^.!?\n]{0,80}?\b${ROMANCE_HARMED}\b${notAround(ROMANCE_NOT_REAL)}`),
];

// Spanish: "va a despedir a quien se queje", "amenazó con correr a todos los que vayan a recursos humanos".
const ES_PUNISH = String.raw`(?:despedir|despide|despediria|correr|corre|correria|echar|echa|echaria|botar|bota|sacar|quitar (?:el|los) (?:trabajo|turnos|horas))`;
const ES_COMPLAINS = String.raw`(?:se queje\w*|se quejen|se queja\w*|(?:lo |la |le |los )?denuncie\w*|(?:lo |la |le )?denuncien|reporte\w*|vaya\w* (?:a|con) (?:recursos humanos|rrhh|rh|el sindicato|la inspeccion|la policia)|hable\w* (?:con|a) (?:recursos humanos|rrhh|rh|el sindicato)|diga\w* algo|abra\w* la boca)`;
export const SPANISH_RETALIATION_THREATS: UrgencyRule[] = [
  rule(
    'harassment',
    String.raw`(?<!\bno )\b(?:va a|van a|amenaza con|amenazo con|amenazan con|dijo que|dice que)(?: \w+)? (?:nos |me |te |los |las |lo |la )?${ES_PUNISH}\w*\b[^.!?\n]{0,40}?\b(?:a )?(?:quien|quienes|todo el que|todos los que|cualquiera que|el que|la que|los que|si)(?: \w+)? ${ES_COMPLAINS}`,
  ),
];

// French: "il virera tous ceux qui se plaignent", "menace de virer quiconque va aux RH".
export const FRENCH_RETALIATION_THREATS: UrgencyRule[] = [
  rule(
    'harassment',
    String.raw`(?<!\b(?:ne|n') )\b(?:virer\w*|virera\w*|vire|licencier\w*|licenciera\w*|renvoyer\w*|renverra\w*|mettre (?:a la porte|dehors))\b[^.!?\n]{0,30}?\b(?:tous ceux|toutes celles|ceux|celles|quiconque|celui|celle|qui|si (?:on|tu|vous|quelqu'un))(?: qui)? (?:se plaint|se plaignent|se plaindra\w*|porte\w* plainte|va aux rh|vont aux rh|ira aux rh|parle\w* aux rh|parle\w* au syndicat|signale\w*|denonce\w*|l'ouvre|l'ouvrent)\b`,
  ),
];

// German: "droht jeden zu feuern, der sich beschwert", "wer zur Personalabteilung geht, fliegt".
export const GERMAN_RETALIATION_THREATS: UrgencyRule[] = [
  rule(
    'harassment',
    String.raw`\b(?:feuern|feuert|kundigen|kuendigen|kundigt|kuendigt|rauswerfen|rausschmeissen|entlassen|rausschmeisst)\b[^.!?\n]{0,30}?\b(?:der|die|wer|jeden|jede|alle|wenn (?:wir|ich|jemand|du|ihr))\b[^.!?\n]{0,30}?\b(?:beschwert|beschweren|meldet|melden|anzeigt|zum betriebsrat|zur personalabteilung|zu hr|zur gewerkschaft)\b|\bwer (?:sich )?(?:beschwert|meldet|zum betriebsrat geht|zur personalabteilung geht|zur gewerkschaft geht)\b[^.!?\n]{0,30}?\b(?:fliegt|wird (?:gefeuert|gekundigt|gekuendigt|entlassen|rausgeworfen))\b`,
  ),
  // Kept out of work for good for telling: "wer zum Betriebsrat geht, findet in dieser Stadt nie wieder Arbeit".
  rule(
    'harassment',
    String.raw`\b(?:wer|wenn (?:du|ihr|wir|ich|jemand|einer))\b[^.!?\n]{0,40}?\b(?:beschwer\w*|meld\w*|anzeig\w*|petz\w*|verpfeif\w*|betriebsrat|personalabteilung|gewerkschaft|zu hr)\b[^.!?\n]{0,50}?\b(?:nie (?:wieder|mehr) (?:\w+ ){0,2}(?:arbeit|job|stelle|anstellung)|(?:stellt|wird) (?:dich|euch|ihn|sie|uns) (?:\w+ )?(?:keiner|niemand) mehr ein\w*|(?:keiner|niemand) (?:mehr )?(?:einstell\w*|stellt (?:dich|euch|ihn|sie|uns) (?:mehr )?ein))`,
  ),
  // Silenced by harm promised (u36b): "wenn du zur Personalabteilung gehst, wirst du es bereuen, wir wissen wo du wohnst".
  rule(
    'threat',
    String.raw`\b(?:redest|sprichst|meldest|beschwerst|gehst zur|gehst zum|zur polizei|petzt|verpfeifst|ausplauderst|den mund aufmachst)\b[^.!?\n]{0,80}?\b(?:wir wissen wo du wohnst|ich weiss wo du wohnst|(?:einen )?unfall (?:haben|hast)|deine familie|bist du tot|umbringen|bringen dich um|abstechen|kaputt machen)`,
  ),
];

// Portuguese: "vai demitir quem reclamar", "ameaçou mandar embora quem for ao RH".
export const PORTUGUESE_RETALIATION_THREATS: UrgencyRule[] = [
  rule(
    'harassment',
    String.raw`(?<!\bnao )\b(?:vai|vao|ameacou|ameaca|disse que vai|diz que vai)(?: \w+)? (?:demitir|despedir|mandar embora|por na rua|botar na rua|correr com)\b[^.!?\n]{0,30}?\b(?:quem|todos (?:os )?que|qualquer um que|se (?:alguem|a gente|nos|eu))(?: \w+)? (?:reclamar|reclamou|reclama|se queixar|queixar|denunciar|for ao rh|for ao sindicato|falar com o rh|abrir a boca)\b`,
  ),
];

// Italian: "licenzia chiunque si lamenti".
export const ITALIAN_RETALIATION_THREATS: UrgencyRule[] = [
  rule(
    'harassment',
    String.raw`(?<!\bnon )\b(?:licenzia|licenziera|licenziare|caccia|cacciera|mandera via|manda via)\b[^.!?\n]{0,30}?\b(?:chiunque|chi|tutti quelli che|se qualcuno)(?: \w+)? (?:si lamenta|si lamentera|si lamenti|denuncia|denuncera|va alle risorse umane|va al sindacato|parla con le risorse umane|segnala)\b`,
  ),
  // Silenced by harm promised (u36b): "se parli con il sindacato finisci male", "se denunci ti troviamo nel fiume".
  rule(
    'threat',
    String.raw`\b(?:parli|parla\w*|dici qualcosa|denunc\w*|ti lamenti|fai la spia|spion\w*|infam\w*)\b[^.!?\n]{0,60}?\b(?:finisci male|finirai male|fai una brutta fine|farai una brutta fine|(?:avere|avrai) (?:un )?incidente|la tua famiglia (?:\w+ ){0,2}(?:paga|soffr)\w*|sappiamo dove (?:abiti|vivi)|ti (?:ammazz|trovano mort|troviamo mort|spacc)\w*|nel fiume)`,
  ),
];
