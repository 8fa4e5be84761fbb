/*
 * A question about the way to report a hazard, asked and nothing more: "where do I report a chemical spill?",
 * "¿cómo reporto un derrame químico?", "où signaler une fuite de gaz ?", "wie melde ich einen Arbeitsunfall?",
 * "como reporto um vazamento de gás?", "come segnalo una fuga di gas?". It names a hazard as the kind of thing one
 * may have to report, not one that is happening, so the safety rules do not read it (like a repaired hazard,
 * resolved.ts).
 *
 * Only a short question of that shape: one word that says what, where or to whom, a verb of reporting, and the
 * hazard named with at most a few words. Whatever says it is here or now ("there is a spill, how do I report it?",
 * "how do I report a gas leak in the kitchen right now", "how do I report that my boss hit me") is a report, and
 * the question stays read. Only safety is affected: asking how to report harassment often comes from the person
 * harassed.
 */

// How, where, to whom, what is the way (folded: no accents, lower case), in English, es, fr, de, pt, it.
const ASKING = [
  String.raw`how|where|who|whom|to whom|what(?: is| s|'s) the (?:procedure|process|way)(?: for| to)?`,
  String.raw`como|donde|a donde|adonde|a quien|con quien|cual es el (?:procedimiento|proceso) (?:para|de)`,
  String.raw`comment|ou|a qui|aupres de qui|quelle est la (?:procedure|marche a suivre) pour`,
  String.raw`wie|wo|wem|bei wem|an wen|was ist der (?:ablauf|prozess) (?:fur|bei|um)`,
  String.raw`onde|para quem|a quem|com quem|qual (?:e|o) o (?:procedimento|processo) para`,
  String.raw`come|dove|a chi|con chi|qual e la (?:procedura|prassi) per`,
].join('|');

// Saying the report is made: the verb of reporting in each language, in the forms a question takes.
const REPORTING = [
  String.raw`report|reported|reporting|flag|log|logged|record|notify|tell (?:someone |somebody |anyone )?about|raise|file|submit|escalate`,
  String.raw`report\w*|inform\w*|notific\w*|avis\w*|denunci\w*|comunic\w*|registr\w*|doy parte|dar parte|reportar`,
  String.raw`signal\w*|declar\w*|rapport\w*|prevenir|avertir|remonter|faire remonter`,
  String.raw`meld\w*|gemeldet|anzeigen|angezeigt|berichte\w*|dokumentier\w*|eintragen`,
  String.raw`relat\w*|comunic\w*|notific\w*|registr\w*|avis\w*`,
  String.raw`segnal\w*|denunci\w*|dichiar\w*|riport\w*|comunic\w*|notific\w*|registr\w*`,
].join('|');

// Words that put the hazard here and now, or make it someone's own: then the question is a report.
const HERE_AND_NOW = [
  String.raw`now|right now|currently|still|again|today|tonight|here|there is|there's|theres|this|my|me|our|us|that|which|who|is|are|was|were|happening|happened|just|he|she|they|him|her|them|his|their`,
  String.raw`ahora|ya|todavia|aun|otra vez|hoy|aqui|aca|hay|esta|estan|mi|mis|me|nos|nuestro|nuestra|que|este|esta|esto`,
  String.raw`maintenant|actuellement|encore|toujours|aujourd'hui|ici|il y a|est|sont|mon|ma|mes|me|nous|notre|que|qui|ce|cet|cette`,
  String.raw`jetzt|gerade|immer noch|noch|wieder|heute|hier|da ist|gibt|ist|sind|mein|meine|meinen|mich|mir|uns|unser\w*|der gerade|dieser|diese|dieses`,
  String.raw`agora|ainda|de novo|hoje|aqui|tem|ha|esta|estao|meu|minha|me|nos|nosso|nossa|que|este|esta|isto`,
  String.raw`adesso|ora|ancora|di nuovo|oggi|qui|qua|c'e|ci sono|e|sono|mio|mia|mi|ci|nostro|nostra|che|questo|questa`,
].join('|');

// The question, whole: asked, a few words (a pronoun, "can I", "se", "muss ich"), the verb, the hazard in a few words.
const QUESTION = new RegExp(
  String.raw`^[\s¿?¡!]*(?:(?:hi|hello|hey|hola|bonjour|salut|hallo|ola|ciao|buongiorno)[\s,!.]+)?(?:${ASKING})\b((?: [^\s?]+){0,3}? (?:${REPORTING})\b(?: [^\s?]+){1,5}?|(?: [^\s?]+){1,6}? (?:${REPORTING}))\s*\??\s*$`,
  'u',
);
const HERE_AND_NOW_PATTERN = new RegExp(String.raw`(?:^|[\s'])(?:${HERE_AND_NOW})(?=$|[\s?!.,])`, 'u');
// The question's own words before the verb ("do I", "can we", "se", "devo"), which are never "here and now".
const BEFORE_VERB = new RegExp(String.raw`^(?: [^\s?]+){0,3}? (?:${REPORTING})\b`, 'u');

/*
 * The same question asked of a case that may come ("what's the process if someone gets hurt?", "who do I call if
 * there's an accident?", "what do we do in case of a chemical spill?"): in English, what to do if something happens.
 * Not "when": "who do I tell when the driver is drunk" may be a report put as a question.
 * Whatever after the "if" puts it here and now or names someone ("if he is still trapped", "if my hand is burnt
 * right now") makes it a report.
 */
const IF_IT_HAPPENS =
  /^[\s?!]*(?:(?:hi|hello|hey)[\s,!.]+)?(?:what|whats|what's|who|whom|how|where|which|when|is there|are there|do (?:i|we|you)|should (?:i|we)|can (?:i|we)|does anyone know)\b(?: [^\s?]+){0,8}? (?:if|in case|in the case|in the event)\b( [^?]{1,80}?)\s*\??\s*$/u;
const IT_HAPPENED =
  /(?:^|[\s'])(?:now|right now|currently|still|again|today|tonight|here|just|this|that|my|our|us|he|she|they|him|her|them|his|their|happening|happened|already|keeps?|is being|has been|was|were)(?=$|[\s?!.,])/u;

/*
 * The same question of what to do if it happens, in es, fr, de, pt, it ("quelle est la procédure si on trouve un
 * produit chimique renversé ?", "¿qué hay que hacer si huele a gas?"): blind round 18 read the French one urgent.
 * Whatever after the "si" puts it here and now (HERE_AND_NOW: "si hay", "s'il y a encore") makes it a report.
 */
const IF_IT_HAPPENS_ELSEWHERE =
  /^[\s¿?¡!]*(?:cual es el (?:procedimiento|protocolo)|que (?:hay que |se debe |debemos |tenemos que )?hacer|que hacemos|a quien (?:llamo|llamamos|hay que llamar|aviso)|quelle est la (?:procedure|marche a suivre|consigne)|que (?:faut-?il |doit-?on )?faire|qu'est-?ce qu'on fait|on fait quoi|qui (?:faut-?il )?(?:appeler|prevenir)|was ist der (?:ablauf|prozess)|was (?:muss man |sollen wir |soll man )?tun|was machen wir|wen (?:rufe ich|rufen wir|muss ich) an|qual (?:e|o) o (?:procedimento|protocolo)|o que (?:devemos |temos que |se deve )?fazer|qual e la (?:procedura|prassi)|cosa (?:si deve |dobbiamo )?fare|che si fa)\b,?(?: [^\s?]+){0,3}? (?:si|en caso de|au cas ou|en cas de|wenn|falls|bei|se|em caso de|in caso di)\b( [^?]{1,80}?)\s*\??\s*$/u;
/*
 * The case first, then the question, with a word that says the case is only supposed ("si jamais y a une fuite de
 * gaz, on appelle qui ?", "se mai ci fosse una fuga di gas, chi dobbiamo chiamare?", "in case of a gas leak, who do
 * we call?"): blind rounds 24 and 25 read them urgent. A plain "if" is not enough ("if she doesn't wake up what do I
 * do?" is asked from beside her) but one of anyone at all is ("if someone collapses in the warehouse do we call 999
 * first or the first aider?", blind round 27), and the case must hold nothing of here and now (NOT_SUPPOSED).
 */
const SUPPOSED_FIRST =
  /^[\s¿?¡!]*(?:(?:and|et|y|e|und|mais|but|pero|ma) )?(?:if ever|if there (?:is|was|were|'s) ever|if one day|if (?:someone|somebody|anyone|anybody|a (?:person|worker|colleague|customer|visitor|member of staff))(?= )|hypothetically,?(?: if| say)?|supposing|say if|in case(?: of)?|in the event(?: of)?|si jamais|si un jour|au cas ou|en cas d[e']|se mai|se per caso|nel caso(?: di)?|in caso di|falls|im fall(?:e)?|wenn (?:jemals|mal|irgendwann)|en caso de|por si|si alguna vez|si algun dia|caso|se algum dia|em caso de)\b([^?,;]{1,80}?)[,;]?((?: [^\s?]+){0,6}? (?:who|whom|what|where|how|which|does|do|is|are|will|would|can|could|should|qui|quoi|ou|comment|chi|cosa|dove|come|wer|wen|wem|was|wo|wie|quien|que|donde|como|quem|onde)\b(?: [^\s?]+){0,9}?)\s*\?\s*$/u;
const NOT_SUPPOSED =
  /(?:^|[\s'])(?:now|right now|currently|still|again|today|tonight|here|just|already|maintenant|encore|toujours|ici|aujourd'hui|deja|adesso|ora|ancora|oggi|qui|qua|gia|jetzt|gerade|noch|wieder|heute|hier|schon|ahora|todavia|aun|hoy|aqui|ya|agora|ainda|hoje|aqui|ja)(?=$|[\s?!.,])/u;

// A label before the question ("Question :", "quick question -"), which says nothing of a hazard.
const QUESTION_LABEL =
  /^[\s¿?¡!]*(?:(?:quick|small|short|petite|une|pequena|kurze|piccola|uma) )?(?:question|pregunta|frage|domanda|pergunta)\s*[:\-–]\s*/u;

/** Whether the folded sentence is only a question of how, where or to whom to report the hazard it names. */
export function isProcedureQuestion(labelled: string): boolean {
  const sentence = labelled.replace(QUESTION_LABEL, '');
  const supposed = SUPPOSED_FIRST.exec(sentence.trim());
  if (supposed && !NOT_SUPPOSED.test(supposed[1] ?? '')) return true;
  const elsewhere = IF_IT_HAPPENS_ELSEWHERE.exec(sentence.trim());
  if (elsewhere && !HERE_AND_NOW_PATTERN.test(elsewhere[1] ?? '') && !IT_HAPPENED.test(elsewhere[1] ?? '')) return true;
  const conditional = IF_IT_HAPPENS.exec(sentence.trim());
  if (conditional && !IT_HAPPENED.test(conditional[1] ?? '')) return true;
  const match = QUESTION.exec(sentence.trim());
  if (!match) return false;
  const asked = match[1] ?? '';
  // What follows the verb names the hazard; before it are the question's own words ("how do I", "wo kann ich").
  const before = BEFORE_VERB.exec(asked)?.[0] ?? '';
  return (
    !HERE_AND_NOW_PATTERN.test(asked.slice(before.length)) &&
    !HERE_AND_NOW_PATTERN.test(before.replace(/\b(?:i|we|you|one)\b/g, ''))
  );
}

// Sentences end at these marks (a Spanish question opens with "¿" and ends with "?").
const SENTENCE = /[^.!?;\n。！？；]+[.!?;\n。！？；]*/gu;
const COURTESY =
  /^[\s\p{P}\p{S}]*(?:(?:thanks?|thank you|thx|please|merci|gracias|danke|obrigad[oa]|grazie|por favor|s'il vous plait|bitte|per favore)[\s\p{P}\p{S}]*)*$/u;

/*
 * A second question about the means of reporting, after the first ("how do I report a near miss? is there a form?",
 * "wie melde ich einen Beinaheunfall? gibt es dafür ein Formular?"): it names no hazard, so it adds none (blind round
 * 17 read the pair urgent, the first question alone calm).
 */
const ABOUT_THE_MEANS =
  /^[\s¿?¡!]*(?:is there|are there|do (?:i|we|you)|should (?:i|we)|can (?:i|we)|where(?:'s| is)|who(?:'s| is)|who (?:has|holds|keeps)|where (?:are|do we keep)|quien tiene|donde esta|donde estan|gibt es|muss ich|kann ich|soll ich|wo ist|wer ist|hay|tengo que|existe|y a-t-il|est-ce qu'il y a|dois-je|faut-il)(?: [^\s?]+){0,4}? (?:an? |the |ein |eine |einen |un |una |une |le |la |el )?(?:forms?|procedures?|process|protocol|policy|plan|checklist|sop|guidance|app|link|email|e-mail|address|number|person|portal|website|site|page|system|template|hr|panic (?:button|alarm)|emergency (?:button|stop|release|phone)|alarm button|release (?:handle|button)|release|(?:inside |door )?(?:handle|latch)|(?:\w+ )?(?:cabinet )?keys?|defib\w*(?: (?:cabinet|box|key))?|aed|first aid (?:kit|box|room|cabinet)|first aider|eye ?wash(?: station)?|spill kit|fire blanket|extinguisher|llave(?: del (?:botiquin|desfibrilador|armario))?|botiquin|desfibrilador|trousse de secours|cle|schlussel|verbandskasten|chave|kit de primeiros socorros|cassetta del pronto soccorso|notknopf|notschalter|nottaster|notruf\w*|notausgang|boton de emergencia|bouton d'urgence|pulsante di emergenza|botao de emergencia|formular|formulare|adresse|nummer|ansprechpartner|vorlage|formulario|correo|formulaire|courriel|numero)(?: (?:for (?:it|that|this)|dafur|para eso|pour ca|to fill(?: in| out)?|to use|(?:on|from) (?:the )?inside|inside))?\s*\??\s*$/u;

/*
 * Why the question is asked, after it (blind round 18: "... if someone smells gas? I couldn't find it in the
 * handbook", "... ? je demande juste pour savoir"): where the writer looked, that the poster or handbook does not say (blind round 22), or that they only ask. It names no hazard.
 */
const ONLY_ASKING =
  /^[\s¿?¡!]*(?:(?:i|we) (?:couldn'?t|could not|can'?t|cannot|didn'?t|did not) (?:find|see) (?:it|this|that|anything|one|the (?:answer|procedure|process|policy))(?: (?:in|on) (?:the |our )?(?:handbook|manual|intranet|wiki|policy|guide|induction (?:pack|booklet)|sharepoint|portal|website|notice ?board))?|(?:it'?s|it is) not in the (?:handbook|manual|intranet|wiki|policy|guide)|(?:the |our )?(?:poster|posters|sign|signs|handbook|manual|policy|induction|training|notice|notice ?board|intranet)(?: \w+){0,2} (?:doesn'?t|does not|didn'?t|did not|don'?t|do not|never) (?:say|tell us|mention|cover|explain)(?: (?:it|that|anything|what to do))?|(?:nobody|no one|no-one) (?:has )?(?:ever )?(?:told|showed|shown|explained (?:it )?to) us|(?:i'?m |i am )?just (?:asking|curious|wondering|checking)(?: in case| for (?:future reference|later|next time|(?:the |an? |our |my )?(?:induction|training|handbook|manual|newsletter|toolbox talk|safety talk|quiz|new starters?)(?: (?:pack|booklet|slides|notes|session))?))?|asking for (?:future reference|a friend|next time|(?:the |an? |our |my )?(?:training|induction|risk assessment|safety|toolbox|team) (?:plan|pack|booklet|slides|notes|session|talk|meeting|review))|(?:je )?(?:demande|pose la question) juste(?: pour savoir| au cas ou| par curiosite)?|juste pour savoir|par curiosite|je n'ai pas trouve (?:dans|sur) (?:le |la |l')?(?:manuel|livret|intranet|reglement|guide)|solo (?:pregunto|es curiosidad)|por curiosidad|pregunto por si acaso|no lo encontre en el (?:manual|intranet)|nur (?:aus neugier|interessehalber|zur sicherheit)|frage nur|(?:ich )?habe (?:es|nichts) (?:im|in der) (?:handbuch|intranet|unterweisung) (?:nicht )?gefunden|so (?:para|pra) saber|so (?:por|de) curiosidade|so per sapere|per curiosita|chiedo solo)\s*[.!?]*\s*$/u;

/**
 * The folded text blanked where it is only questions of how to report a hazard (and courtesy): a question beside a
 * report ("There is oil by press 4. Who do I tell about a spill?") leaves the text as it is, since the report may
 * be what the question is about.
 */
export function withoutProcedureQuestions(folded: string): string {
  const sentences = folded.match(SENTENCE) ?? [];
  let asked = false;
  for (const sentence of sentences) {
    if (isProcedureQuestion(sentence)) asked = true;
    else if (
      !COURTESY.test(sentence) &&
      !(asked && (ABOUT_THE_MEANS.test(sentence.trim()) || ONLY_ASKING.test(sentence.trim())))
    )
      return folded;
  }
  return asked ? ' '.repeat(folded.length) : folded;
}
