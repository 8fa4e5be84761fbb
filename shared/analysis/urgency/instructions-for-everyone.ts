import { lazyPattern } from '../lazy-pattern';
import { foldPattern } from './normalise';

/*
 * What a sign, a poster, a training or a policy tells everyone to do should a danger arise is no danger that arose:
 * "the sign says 'if you smell gas, leave the building and call 911', can we get one in Spanish too?", "Poster in the
 * break room: 'Suicide prevention line: call 988'. Glad it's there", "la capacitación estuvo buena, nos dijeron 'si
 * ven humo, salgan por la escalera'", "the policy says bullying will not be tolerated". A blind attacker (ra38) found
 * such texts flagged 14 times in 20, each one an urgent email to an executive about a poster.
 *
 * Three forms, each blanked alone so that the rest of the text is still read ("the handbook says harassment will not
 * be tolerated but my supervisor keeps touching me", "in training they said 'if you smell gas, leave' - I smell gas
 * right now in bay 3"):
 * - an instruction for a supposed danger, in quotes or said by a sign, a training or someone who always says it:
 *   a condition ("if", "en caso de", "bei", "kapag") then what to do for safety (call, leave, stop, use the stairs);
 * - a helpline's poster: "suicide prevention line: call 988", "pensando em suicídio? ligue 188";
 * - a policy against a harm: "harassment will not be tolerated", "tolerancia cero con el acoso".
 *
 * "Call" naming someone ("called you names", "Call of Duty") is not an instruction; a condition runs at most 50
 * characters, as a supposed danger is said briefly (a longer one told what someone did: a Davidson tweet lost its slur).
 *
 * Not blanked: a condition about speaking up ("if you report this", "si te quejas", "wenn du dich beschwerst"), which
 * is how a threat for complaining is said, or an instruction that ends in a harm or a dismissal ("if you call 911 I
 * will kill you", "if the alarm goes off just keep working"); nor a "don't" before calling or reporting.
 */

/*
 * Between the condition and what to do: a comma, a colon or a dash, or "then", "sofort", "agad"; with none, the
 * condition has at least two words ("se qualcuno non respira chiamate il 118"), so a verb of the condition itself is
 * never taken for the instruction ("si on appelle le 15 on est virés": "on" then "appelle").
 */

/**
 * The rest of an instruction's clause, up to 70 characters, never past a turn to what the writer says happened ("the
 * poster says call the hotline but I want to die", "if you smell gas, leave; I smell it now"): blanking that would
 * hide the report.
 */
export const REST_OF_INSTRUCTION = String.raw`(?:(?!\b(?:but|yet|though|although|however|pero|sin embargo|aunque|mais|pourtant|aber|doch|jedoch|ma|mas|porem|ale|lecz|pero|men|i'm|i've|i'd|i'll|i (?:am|have|want|feel|smell|see|saw|was|think|can|cannot|can't|dont|don't|need|just)|me|my|yo|je|j'|ich|eu|io|ja|ako|mwen)\b)[^.!?;"“”«»„\n]){0,70}`;

// Words that open a condition, in en, es, fr, pt, de, it, pl, tl, ht, uk (folded: no accents).
const CONDITION = String.raw`(?:if|when|in case of|in the event of|should|si|en caso de|cuando|ante|en cas de|quand|lorsqu'?|se|em caso de|quando|caso|wenn|falls|bei|im falle? (?:von|eines|einer)|in caso di|qualora|jesli|jezeli|w razie|gdy|kiedy|kung|kapag|pag|le|an ka|якщо|коли|у разі|в разі|при|если)`;

// Speaking up as the condition: the opening of a threat for complaining, never an instruction to read as calm.
const SPEAKING_UP = String.raw`(?:report|complain|tell|call|snitch|go to|talk to|denuncia|quej|reclam|cuentas|dices|llamas|plaint|signal|denonc|parles|appelles|reclamar|denunciar|contar|falar|ligar|melde|beschwer|sagst|anrufst|segnal|denunci|lament|parli|chiami|zglos|skarz|powiesz|zadzwonisz|sumbong|magreklamo|ireport|nag-?report|mag-?report|magsumbong|pote plent|rapote)`;

// What to do for safety, as an instruction (imperative or infinitive), per language.
const WHAT_TO_DO = [
  String.raw`(?:please )?(?:call(?! (?:of|you|him|her|them|me)\b)|phone|dial|ring|text|leave|get out|evacuate|stop|shut (?:it )?(?:off|down)|press|pull|hit the|go to|use the stairs|(?:do not|don't|dont|never) use the (?:lift|elevator)|report|tell|talk to|speak to|reach out|contact|seek|raise the alarm|alert|send (?:someone )?for|get help|walk away|move away|stay away|wash|flush|start cpr|do cpr)`,
  String.raw`(?:llam[ae]n?|llama|marque|marca|salga|salgan|sal|evacu[ae]n?|deten(?:ga|gan)?|par[ae]n?|avis[ae]n?|reporten?|reporta|informen?|busquen?|pidan? ayuda|no usen? el ascensor|usen? la escalera|hablen? con|contacten?)`,
  String.raw`(?:appele[zr]|appelle|composez|sortez|sortir|quittez|quitter|evacuez|evacuer|arretez|prevene[zr]|previens|signalez|alertez|n'utilisez pas l'ascenseur|parlez|contactez)`,
  String.raw`(?:ligue|liguem|chame|chamem|saia|saiam|evacue|pare|parem|avise|avisem|comunique|procure|nao use o elevador|fale com|acione)`,
  String.raw`(?:ruf|ruft|rufen sie|anrufen|raus|sofort raus|verlassen|verlasst|stopp|stoppen|melde|melden sie|alarmieren|wahlen|sprich|sprechen sie|kein aufzug|aufzug nicht benutzen|nicht den aufzug)`,
  String.raw`(?:chiama|chiamate|chiamare|uscire|uscite|esci|evacuare|fermate|ferma|fermare|avvisare|avvisate|segnala|segnalate|non usare l'ascensore|non usate l'ascensore|parla|parlate|contattare|iniziate|iniziare)`,
  String.raw`(?:dzwon|zadzwon|wezwij|wzywaj|opusc|opuscic|wyjdz|uciekaj|zatrzymaj|zglos|powiadom|nie uzywaj windy|porozmawiaj)`,
  String.raw`(?:tumawag|tawagan|lumabas|umalis|huwag gumamit ng elevator|huwag gamitin ang elevator|ireport|sabihan|kausapin)`,
  String.raw`(?:rele|soti|kite|kanpe|rapote|pa sevi ak asanse|pa pran asanse)`,
  String.raw`(?:дзвоніть|телефонуйте|виходьте|вийдіть|залиште|покиньте|евакуюйтеся|зупиніть|повідомте|викличте|звертайтеся|не користуйтеся ліфтом|не користуйтесь ліфтом)`,
].join('|');

// Who tells everyone what to do: a sign, a poster, a card, a handbook, a policy, a training or its trainer, or
// someone who says it (quotes count as someone saying it).
const SAID_BY = String.raw`(?:sign|poster|sticker|card|notice|noticeboard|handbook|manual|policy|procedure|training|trainer|instructor|orientation|induction|course|seminar|briefing|toolbox talk|memo|leaflet|flyer|banner|says|said|told us|tell us|cartel|letrero|aviso|afiche|politica|capacitacion|entrenamiento|curso|formador|nos dijeron|dice|dijo|taller|induccion|charla|affiche|panneau|pancarte|autocollant|manuel|reglement|formation|formateur|formatrice|instructeur|on nous a dit|a dit|consigne|cartaz|placa|adesivo|treinamento|instrutora?|integracao|falou|disse|disseram|palestra|schild|plakat|aushang|aufkleber|handbuch|richtlinie|schulung|trainerin|unterweisung|kurs|sagte|sagt|gesagt|cartello|avviso|adesivo|manuale|regolamento|corso|formatore|formatrice|istruttore|formazione|detto|tablic\w*|plakat\w*|naklejk\w*|instrukcj\w*|regulamin|szkoleni\w*|trener\w*|instruktor\w*|mowili|mowi|powiedzial\w*|paskil|karatula|sinabi|sabi|fomate|afich|pankat|a di|di nou|сказали|казали|каже|тренінг\w*|інструктаж\w*|навчанн\w*|плакат\w*|табличк\w*|оголошенн\w*)`;

// A harm or a dismissal as the instruction's outcome: how a threat is said, never calm.
const HARM_OUTCOME = String.raw`\b(?:vir(?:e|es|er|ent|ez)|despid\w*|despide|corremos|corren|matatanggal|tanggal\w*|licenzi\w*|entlass\w*|gekundigt|kundig\w*|rausgeschmissen|fliegst|fliegt|zwoln\w*|wywal\w*|demit\w*|revoke|ranvwaye|i'll|i will|ill|i'm gonna|im gonna|we'll|we will|you'll be|you will be|you're (?:fired|dead|done|out)|youre (?:fired|dead|done|out)|fired|sacked|kill|hurt|beat|keep working|keep going|carry on|ignore|te (?:mato|despido|corro|echo)|despedid|je te|on te|vire|ich|du fliegst|gekundigt|ti (?:ammazzo|licenzio)|licenziat|zabij|zwoln|papatayin|tanggal|demite|demitid|mato)\b`;

const CONDITIONAL = lazyPattern(
  foldPattern(
    String.raw`(?<![\p{L}\p{N}_])(?:${CONDITION} |en cas d'|lorsqu')(?!(?:\w+ ){0,3}${SPEAKING_UP})(?:[^.!?;"“”«»„\n]{1,50}?(?:[,:;]| -| –| —) ?|[^.!?;"“”«»„\n]{1,50}? (?:then |immediately |right away |sofort |subito |agad |inmediatamente |imediatamente |immediatement |natychmiast )|\w+ [^.!?;"“”«»„\n]{1,45}? )((?:${WHAT_TO_DO})(?![\p{L}\p{N}_])${REST_OF_INSTRUCTION})`,
  ),
  'gu',
);

// A helpline's poster: its name then a number or "call", or the poster's question then what to do.
const HELPLINE = lazyPattern(
  foldPattern(
    String.raw`\b(?:(?:suicide|crisis|prevention|mental health|wellbeing|eap)(?: \w+){0,2} (?:line|hotline|helpline|number)|hotline|helpline|help ?line|lifeline|samaritans|cvv|telefonseelsorge|telefono amico|linea de (?:prevencion|crisis|ayuda)|sos amitie|telefon zaufania)\b[^.!?\n]{0,12}?(?::|-|,|is|es|e|ist|est)? ?(?:call|text|dial|ligue|llama|llame|marca|appelez|ruf|chiama|zadzwon|tumawag|rele)? ?(?:the |o |el |le |il )?(?:\d[\d -]{1,14}\d|\d{3})(?: ?,? ?(?:cvv|samaritans|24\/7|24h|free|gratis|gratuit))?|\b(?:thinking (?:about|of)|pensando (?:em|en)|tu penses (?:au|a)|denkst du an|pensi (?:al|a)|myslisz o|struggling|feeling (?:low|down|suicidal))[^?.!\n]{0,40}\? ?(?:${WHAT_TO_DO})\b${REST_OF_INSTRUCTION}`,
  ),
  'gu',
);

const HARMS = String.raw`(?:(?:sexual |racial |workplace )?(?:harassment|bullying|discrimination|racism|violence|abuse|fraud|theft|retaliation|intimidation)|(?:el |la |los )?(?:acoso|discriminacion|violencia|racismo|fraude|robo|represalias?)(?: sexual| laboral)?|(?:le |la |les )?(?:harcelement|discrimination|violence|racisme|fraude|vol)(?: sexuel| moral)?|(?:o |a )?(?:assedio|discriminacao|violencia|racismo|fraude|roubo)(?: sexual| moral)?|(?:mobbing|belastigung|diskriminierung|gewalt|rassismus|betrug|diebstahl)|(?:molestie|bullismo|discriminazion[ei]|violenza|razzismo|frode|furto)|(?:mobbing\w*|molestowani\w*|dyskryminacj\w*|przemoc\w*|rasizm\w*))`;

const POLICY = lazyPattern(
  foldPattern(
    String.raw`\b${HARMS}(?:(?:,| and| or| y| o| et| ou| e| und| oder| i| lub) ${HARMS}){0,3} (?:will not|won't|wont|is not|isn't|are not|aren't|shall not|will never) (?:be )?tolerated\b|\bzero tolerance(?: policy)?(?: (?:for|on|to|towards?|against))? ${HARMS}|\b(?:no se tolera(?:ra|ran)?|tolerancia cero (?:con|al|a la|a los|contra)(?: el| la)?) ${HARMS}|\b${HARMS} (?:ne sera|ne seront|n'est|ne sont) (?:pas|jamais) tolere|\btolerance zero (?:pour|envers|contre)(?: le| la| les)? ${HARMS}|\b${HARMS} (?:wird|werden) nicht (?:toleriert|geduldet)|\bnull ?toleranz (?:bei|gegenuber|fur) ${HARMS}|\b${HARMS} non (?:sara|saranno|e|sono) (?:mai )?tollerat[aoie]|\btolleranza zero (?:per|verso|contro)(?: la| il| le| i)? ${HARMS}|\b${HARMS} (?:nao sera|nao serao|nao e) tolerad[oa]s?|\btolerancia zero (?:com|para|contra)(?: o| a)? ${HARMS}|\b${HARMS} nie (?:bedzie|beda) tolerowan\w*|\bzero tolerancji dla ${HARMS}`,
  ),
  'gu',
);

/*
 * A reminder to everyone to report any of a kind of danger, opening its sentence, with no danger said to be there:
 * "Reminder: report any blocked exit immediately", "please report all spills to your lead", "always report near
 * misses", "reporten cualquier fuga de gas", "signalez tout comportement dangereux", "melden Sie jeden Unfall". Only
 * its clause is blanked: "please report any blocked exit - the one in bay 3 is blocked again" still reads the rest.
 */
const REMINDER_OPENING = String.raw`(?:reminder|recordatorio|rappel|lembrete|erinnerung|promemoria|przypomnienie|paalala)\s*[:!-]?\s*`;
const REMINDER_ASKING = String.raw`(?:please|pls|kindly|always|remember to|don'?t forget to|por favor|siempre|toujours|merci de|sempre|bitte|immer|si prega di|prosze|pakiusap)\s+`;
const REMINDER_VERB = String.raw`(?:report|flag|let (?:us|your \w+|a \w+|someone) know about|tell (?:us|your \w+|a \w+|someone) about|reporten|reporte|reporta|informen|avisen|signalez|signaler|declarez|reportem|comuniquem|informem|melden sie|meldet|melde|segnalate|segnalare|zglaszaj(?:cie)?|zglos(?:cie)?|i-?report|ireport)\s+`;
const REMINDER_ANY = String.raw`(?:any|all|every|each|cualquier|toda|todo|todas|todos|tout|toute|tous|toutes|qualquer|jede[nrs]?|alle|qualsiasi|ogni|tutti|tutte|kazd\w*|wszystkie|lahat ng|anumang)\b`;
// With no "any" or "all", only a standing rule ("always report near misses", "Reminder: report spills") is one, and
// never a thing pointed at ("please report the gas leak in bay 3", "Reminder: report my broken ladder").
const REMINDER_ALWAYS = String.raw`(?:always|remember to|don'?t forget to|siempre|toujours|sempre|immer|zawsze|laging)\s+`;
const REMINDER_NOT_ONE = String.raw`(?!(?:the|this|that|these|those|my|our|his|her|their|a|an|el|la|los|las|este|esta|ese|esa|mi|le|les|ce|cette|mon|ma|o|os|as|este|esta|meu|minha|der|die|das|den|dem|diese[nrs]?|mein\w*|il|lo|gli|questo|questa|mio|mia|ten|ta|to|moj\w*)\b)`;
// The clause, to a sentence's end or a dash: a question ("report any blocked exit? I did and nobody came") is a
// complaint about the reminder, and is read whole.
const REMINDER_CLAUSE = String.raw`[^.!?;\n—–]{0,70}?(?=\s+-\s|[.!;\n—–]|$)`;
const REMINDER = lazyPattern(
  foldPattern(
    String.raw`^\s*(?:(?:${REMINDER_OPENING})?(?:${REMINDER_ASKING})*${REMINDER_VERB}${REMINDER_ANY}|(?:${REMINDER_OPENING}|${REMINDER_ALWAYS})(?:${REMINDER_ASKING})*${REMINDER_VERB}${REMINDER_NOT_ONE})${REMINDER_CLAUSE}`,
  ),
  'gu',
);

// Its cheap first look: a verb of reporting anywhere in the text.
const REMINDER_WORD = /report|flag|know about|tell|inform|avis|signal|melde|segnal|zglos|comuniqu/u;

// Quotes and a saying source: either marks the instruction as told to everyone rather than happening.
const QUOTE = /["“”«»„]/u;
const SAID_BY_PATTERN = lazyPattern(String.raw`(?<![\p{L}\p{N}_])${foldPattern(SAID_BY)}(?![\p{L}\p{N}_])`, 'u');
const HARM_OUTCOME_PATTERN = lazyPattern(foldPattern(HARM_OUTCOME), 'u');
const SENTENCE = /[^.!?\n]+[.!?\n]*/gu;
// A cheap first look: nearly every text has no source, quote or policy word, and is returned as it is.
// Made on first use, as every pattern here (lazy-pattern.ts): the detector's start pays for none of them.
const ANY = lazyPattern(
  String.raw`${QUOTE.source}|(?<![\p{L}\p{N}_])${foldPattern(SAID_BY)}(?![\p{L}\p{N}_])|tolera|toleranz|tollera|helpline|hotline|lifeline|samaritans|\bcvv\b|seelsorge|telefono amico|linea de|sos amitie|zaufania|\? ?\w`,
  'u',
);

const EMPTIED_QUOTE = /["“”«»„] +["“”«»„]/gu;
const blank = (span: string): string => ' '.repeat(span.length);

/**
 * The folded text with what signs, posters, trainings and policies tell everyone to do blanked out, for the rules and
 * the model to read. Returns the text itself when there is none (nearly every text).
 */
export function withoutInstructionsForEveryone(folded: string): string {
  const text = REMINDER_WORD.test(folded)
    ? folded.replace(SENTENCE, (sentence) => sentence.replace(REMINDER.get(), blank))
    : folded;
  if (!ANY.get().test(text)) return text;
  const [saidBy, conditional, harmOutcome] = [SAID_BY_PATTERN.get(), CONDITIONAL.get(), HARM_OUTCOME_PATTERN.get()];
  const told = text.replace(SENTENCE, (sentence) => {
    if (!QUOTE.test(sentence) && !saidBy.test(sentence)) return sentence;
    return sentence.replace(conditional, (span) => (harmOutcome.test(span) ? span : blank(span)));
  });
  // A helpline's question and its answer are two sentences ("pensando em suicídio? ligue 188"): read over the text.
  const blanked = told.replace(HELPLINE.get(), blank).replace(POLICY.get(), blank);
  // Quotes left around nothing are blanked too: the model reads an empty quote ("the trainer said "", good course") as
  // scorn.
  return blanked === text ? text : blanked.replace(EMPTIED_QUOTE, blank);
}
