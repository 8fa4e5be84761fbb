import { rule, type UrgencyRule } from './types';

/*
 * A threat to punish whoever speaks up, said as an idiom (calm41, from the att40 attack): "el jefe me mata si hablo
 * con el sindicato", "he said I'm dead if I report the injury", "si vas a RH te corro", "der Chef sagt, ich bin tot,
 * wenn ich zum Betriebsrat gehe". The words are those of a death or of being done for ("me mata", "I'm dead", "t'es
 * grillé", "tô frito", "sono morto", "mnie zabije", "wylatuję"), but what is promised is the punishment of a protected
 * act: going to HR, the union, the inspector or the police, complaining, reporting an injury or an accident. That is
 * retaliation, harassment, the same as "he will fire anyone who complains" (retaliation-threats.ts): it keeps every
 * other report from being made. Read only when the idiom and the act are in one sentence and the act is a condition
 * ("if I…", "whoever…", "si…", "wer…", "jak…"), so "my mom will kill me if I'm late", "I'm dead tired" and "si vas a
 * RH pregunta por las vacaciones" stay calm. The threat the death words read as is dropped by kind-of-wrong.ts
 * (IDIOM_OF_PUNISHMENT below): a report that also says someone is hurt keeps its safety.
 *
 * Folded text: lower case, no accents, written in ASCII. Tests: test/unit/analysis/urgency-calm41.test.ts.
 */

// The sentence the act and the idiom share.
const GAP = String.raw`[^.!?\n]{0,60}?`;
// A film, a game or a joke around the words: no threat here.
const NOT_REAL = String.raw`(?![^\n]{0,120}\b(?:movie|film|series|game|joke|lol|lmao|haha\w*|jaja\w*|kkk+|mdr|pelicula|filme|serie)\b)`;

/** Each language's protected act (after its condition word) and its idiom of punishment, folded. */
interface IdiomLanguage {
  /** Words that make the act a condition ("if", "whoever"), before it. */
  condition: string;
  act: string;
  idiom: string;
}

const ENGLISH: IdiomLanguage = {
  condition: String.raw`(?:if|when|once|as soon as|the (?:moment|minute|second|day)|whoever|anyone (?:who|that)|anybody (?:who|that)|any of (?:us|you) (?:who|that))`,
  act: String.raw`(?:(?:i|we|you|u|he|she|they|anyone|anybody|someone|somebody|one of us)(?: ever| even| dare| so much as)? )?(?:(?:go|goes|went|going|run|runs|ran) (?:to|over to|crying to) (?:hr|human resources|the union|osha|the labou?r board|the inspector|safety|the state|corporate|head office|the police|the cops)|(?:talk|talks|speak|speaks|tell|tells|say anything|says anything) (?:to )?(?:hr|human resources|the union|osha|the inspector|the police|the cops|corporate|anyone|anybody)(?! (?:about (?:the )?(?:party|schedule|rota|menu)))|(?:call|calls|ring|rings) (?:osha|the union|the inspector|the labou?r board|the state|the cops|the police)|join(?:s|ed)? (?:the|a) union|sign(?:s)? (?:the |a )?union cards?|complain\w*|file(?:s)? (?:a |an )?(?:complaint|grievance|claim|report)|snitch\w*|speak(?:s)? up|blow(?:s)? the whistle|report(?:s|ed)? (?:it|this|that|him|her|them|what (?:happened|i saw|he did)|anything|any of (?:this|it)|(?:the|an?|my|his|her|our) (?:injur\w*|accident|incident|harassment|abuse|leak|spill|fall|burn|cut|near miss|hazard|violation|theft|assault|boss|manager|supervisor|foreman)|to (?:hr|human resources|osha|the union|the police|safety|corporate|the inspector)))`,
  idiom: String.raw`(?:(?:i'?m|im|i am|i'?ll be|ill be|we'?re|were|we are|we'?ll be|you'?re|youre|ur|you are|you'?ll be|youll be|he'?s|hes|she'?s|shes|they'?re|theyre|they are) (?:a )?(?:dead(?: meat| man| woman)?|toast|history|screwed|canned|finished|through|out on (?:my|our|your|ur|his|her|their) (?:ear|ass|arse))|(?:he|she|they|the boss|boss)(?:'ll| will| would|'d|'s gonna| is gonna| are gonna| gonna)? (?:kill|murder|bury|end|destroy) (?:me|us|you|u)|(?:my|our|your|ur) (?:head|heads) (?:will|'ll|would) roll|heads (?:will|would|are gonna|gonna) roll|(?:my|our|your|ur) days (?:here )?(?:are|r) numbered|shown the door)`,
};

const SPANISH: IdiomLanguage = {
  condition: String.raw`(?:si|cuando|el que|la que|los que|las que|quien|quienes|cualquiera que|en cuanto)`,
  act: String.raw`(?:(?:yo|tu|alguien|alguno|uno) )?(?:(?:hablo|hablas|habla|hablamos|hablan|hable|hables|hablen) (?:con|a) (?:el sindicato|recursos humanos|rrhh|rh|la inspeccion|el inspector|la policia|la mutua|gerencia|la direccion)|(?:voy|vas|va|vamos|van|vaya|vayas|vayan|acudo|acudes|acude) (?:(?:a|con) (?:recursos humanos|rrhh|rh|el sindicato|la inspeccion|el inspector|la policia|la mutua|la stps|el imss|trabajo)|al (?:sindicato|inspector|imss|ministerio))|(?:me|te|se|nos) (?:quejo|quejas|queja|quejamos|quejan|queje|quejes|quejen)|(?:pongo|pones|pone|ponemos|ponen|ponga|pongas) (?:una )?(?:queja|denuncia|reclamo)|(?:lo |la |le |los )?(?:denuncio|denuncias|denuncia|denunciamos|denuncian|denuncie|denuncies|reporto|reportas|reporta|reportamos|reporte|reportes)|(?:digo|dices|dice|decimos) algo|(?:abro|abres|abre) la boca|(?:me|te|se) (?:afilio|afilias|afilia|sindicalizo|sindicalizas|sindicaliza))`,
  idiom: String.raw`(?:(?:me|te|nos|lo|la|los|las) (?:mata|matan|matara|mataria|van? a matar|mato|corre|corren|correra|corro|truena|truenan|trueno|funde|funden|hunde|hunden|echa|echan|echo|bota|botan|boto|despide|despiden|despido|revienta|revientan|crucifica|crucifican|liquida|liquidan|fusila|fusilan|cuelga|cuelgan)|(?:estoy|estas|esta|estamos|estan|quedo|quedas|queda) (?:muert[oa]s?|frit[oa]s?|despedid[oa]s?|en la calle|fuera|acabad[oa]s?|jodid[oa]s?)|(?:me voy|te vas|se va|nos vamos|se van) (?:de patitas )?a la calle)`,
};

const FRENCH: IdiomLanguage = {
  condition: String.raw`(?:si|s'|quand|celui qui|celle qui|ceux qui|quiconque|le jour ou|des que)`,
  act: String.raw`(?:(?:je|j'|tu|t'|il|elle|on|quelqu'un|qqn) ?)?(?:(?:parle|parles|parlez|parlons|parlent) (?:au|aux|a la|a l'|avec le|avec la|avec les) ?(?:syndicat|rh|drh|inspection|inspecteur|medecine du travail|direction|police|delegue\w*)|(?:vais|vas|va|allez|allons|vont) (?:voir )?(?:les rh|aux rh|la drh|au syndicat|a l'inspection|l'inspection|a la police|aux prud'?hommes)|(?:me|te|se|nous|vous) (?:plains|plaint|plaignons|plaignez|plaignent)|(?:signale|signales|signalez|signalons|declare|declares|declarez) (?:l'accident|l'incident|la blessure|le harcelement|ca|quoi que ce soit)|(?:porte|portes|portez|porte) plainte|balance|balances|l'ouvre|l'ouvres)`,
  idiom: String.raw`(?:(?:je suis|j'suis|chuis|t'es|t es|tu es|il est|elle est|on est|vous etes|je serai|tu seras|t'seras) (?:mort|morte|morts|grille|grillee|grilles|cuit|cuite|cuits|fini|finie|foutu|foutue|dehors|vire|viree|a la porte)|(?:il|elle|on|ils|le chef|le patron) (?:me|te|nous|vous) (?:tue|tuera|tuerait|vire|virera|bute|butera|defonce|degomme|fout dehors|foutra dehors|met dehors|mettra dehors|fout a la porte)|(?:tu|je|vous|il) (?:degage|degages|degagez|degagera|degageras|saute|sautes|sauteras))`,
};

const PORTUGUESE: IdiomLanguage = {
  condition: String.raw`(?:se|quem|quando|caso|qualquer um que)`,
  act: String.raw`(?:(?:eu|voce|vc|tu|alguem|a gente) )?(?:(?:falar|falo|fala|falamos|falarem|falasse) com (?:o |a )?(?:sindicato|rh|recursos humanos|fiscal\w*|ministerio do trabalho|policia|diretoria)|(?:for|formos|forem|ir|vou|vai) (?:ao|no|na|pro|pra|para o|para a) (?:rh|sindicato|fiscalizacao|ministerio|policia|justica)|(?:reclamar|reclamo|reclama|reclamou|reclamarmos|reclamarem|denunciar|denuncio|denuncia|denunciarmos|denunciarem|denunciou|abrir a boca|abrir o bico|dedurar|contar (?:pro|para o|ao) (?:rh|sindicato|fiscal)))`,
  idiom: String.raw`(?:(?:me|te|nos|o|a) (?:mata|matam|vai matar|vao matar|demite|demitem|manda embora|bota na rua|poe na rua|ferra|ferram)|(?:to|tou|estou|ta|esta|tamo|estamos|tao|estao|vou estar|tu ta|voce ta|vc ta) (?:mort[oa]s?|frit[oa]s?|ferrad[oa]s?|fudid[oa]s?|fodid[oa]s?|na rua|no olho da rua|fora|demitid[oa]s?)|vai (?:pra|para a|pro) (?:rua|olho da rua))`,
};

const GERMAN: IdiomLanguage = {
  condition: String.raw`(?:wenn|falls|wer|sobald|der|die)`,
  act: String.raw`(?:(?:ich|du|er|sie|wir|jemand|einer) )?(?:(?:zum|zur|beim|bei der|bei) (?:betriebsrat|gewerkschaft|personalabteilung|personalrat|hr|polizei|gewerbeaufsicht|arbeitsinspektorat|berufsgenossenschaft|geschaftsfuhrung) (?:geht|gehe|gehst|gehen|ging|rennt|renne|rennst|lauft|laufe|laufst)|(?:geht|gehe|gehst|gehen) (?:zum|zur) (?:betriebsrat|gewerkschaft|personalabteilung|personalrat|polizei|gewerbeaufsicht)|sich (?:beschwert|beschwere|beschwerst|beschweren)|(?:mich|dich|uns) (?:beschwere|beschwerst|beschweren)|(?:den unfall|die verletzung|den vorfall|das|es|ihn|sie) (?:meldet|melde|meldest|melden)|(?:mit dem betriebsrat|mit der gewerkschaft|mit der polizei|mit hr|mit der personalabteilung) (?:redet|rede|redest|reden|spricht|spreche|sprichst|sprechen)|(?:petzt|petze|petzen|verpfeift)|(?:den mund|das maul) aufmacht)`,
  idiom: String.raw`(?:(?:bin ich|ist er|ist sie|bist du|sind wir|ich bin|du bist|er ist|sie ist|wir sind) (?:tot|geliefert|erledigt|dran|raus|weg|gefeuert|am arsch|fallig)|(?:fliegt|fliege|fliegst|fliegen)(?: \w+)?(?: raus)?|(?:bringt|bringen) (?:mich|uns|dich|ihn) um|(?:killt|killen) (?:mich|dich|uns)|(?:macht|machen) (?:mich|dich|uns) (?:fertig|kalt))`,
};

const ITALIAN: IdiomLanguage = {
  condition: String.raw`(?:se|chi|quando|chiunque|appena)`,
  act: String.raw`(?:(?:io|tu|qualcuno) )?(?:(?:vado|vai|va|andiamo|andate|vanno|vada) (?:dal|al|dai|alla|all'|dall') ?(?:sindacato|sindacalista|risorse umane|hr|ispettorato|ispettore|carabinieri|polizia|inail|asl)|(?:parlo|parli|parla|parliamo|parlate|parlano) (?:con|al|col) (?:il |le |l' ?)?(?:sindacato|risorse umane|ispettorato|ispettore|hr|carabinieri|polizia)|(?:segnalo|segnali|segnala|segnaliamo|denuncio|denunci|denuncia|denunciamo)|(?:mi|ti|si|ci) (?:lamento|lamenti|lamenta|lamentiamo)|(?:faccio|fai|fa) (?:la )?spia|(?:apro|apri|apre) bocca)`,
  idiom: String.raw`(?:(?:sono|sei|e|siamo|siete|sarai|saro) (?:mort[oaie]|fritt[oaie]|finit[oaie]|fuori|licenziat[oaie]|rovinat[oaie])|(?:mi|ti|ci|vi|lo|la) (?:ammazza|ammazzano|uccide|uccidono|butta fuori|buttano fuori|sbatte fuori|sbattono fuori|caccia|cacciano|fa fuori|fanno fuori|fa la pelle|rovina|distrugge|manda a casa))`,
};

const POLISH: IdiomLanguage = {
  condition: String.raw`(?:jak|jesli|jezeli|gdy|kiedy|kto|ktokolwiek|niech tylko)`,
  act: String.raw`(?:(?:ja|ty|ktos) )?(?:(?:pojde|pojdziesz|pojdzie|pojdziemy|poszedl|poszla|idzie|ide|idziesz) do (?:zwiazk\w*|kadr|hr|pip|inspekcji|bhp|policji|prezesa|dyrekcji)|(?:to |wypadek |uraz )?(?:zglosze|zglosisz|zglosi|zglosimy|zglosza|zglaszasz|zglasza|zglosil|zglosila)|(?:poskarze|poskarzysz|poskarzy|skarzy|skarzysz|naskarze|doniesie|doniose|doniesiesz|kabluje|zakabluje|zakablujesz|zakabluje)|(?:powiem|powiesz|powie) (?:komus|kadrom|w kadrach|inspekcji|pip|w zwiazku|prezesowi)|(?:zapisze|zapiszesz) sie do zwiazku)`,
  idiom: String.raw`(?:(?:mnie|cie|nas|go|ja|was|ich) (?:zabije|zabija|wywali|wywala|wyrzuci|wyrzuca|zwolni|zwalnia|zniszczy|udupi|uwali|zalatwi)|(?:zabije|wywali|wyrzuci|zwolni|udupi|zalatwi) (?:mnie|cie|nas|go|ja|was)|(?:jestem|jestes|jest|jestesmy) (?:martw[ya]|trupem|skonczon[ya]|zwolnion[ya]|udupion[ya]|spalon[ya]|ugotowan[ya])|(?:wylatuje|wylatujesz|wylatujemy|wylecisz|wylece|wyleci|wylatuja)|(?:to|juz|bedzie) po (?:mnie|tobie|nas))`,
};

const LANGUAGES: Record<string, IdiomLanguage> = {
  en: ENGLISH,
  es: SPANISH,
  fr: FRENCH,
  pt: PORTUGUESE,
  de: GERMAN,
  it: ITALIAN,
  pl: POLISH,
};

// No negation of the act before it ("if I don't report it by five I'm toast" is a deadline, not a threat).
const NOT_BEFORE = String.raw`(?<!\b(?:not|don'?t|dont|didn'?t|never|forget to|fail to|no|nao|pas|nicht|non|nie) )`;

const conditionalAct = (language: IdiomLanguage): string =>
  String.raw`\b${language.condition}\b ?(?:\w+ ){0,2}?${NOT_BEFORE}${language.act}\b`;

/** The idiom and a protected act made its condition, in either order in one sentence. */
const idiomAndAct = (language: IdiomLanguage): string =>
  String.raw`(?:\b${language.idiom}\b${GAP}${conditionalAct(language)}|${conditionalAct(language)}${GAP},? ?\b${language.idiom}\b)${NOT_REAL}`;

const rules = (code: string): UrgencyRule[] => [rule('harassment', idiomAndAct(LANGUAGES[code]!))];

export const ENGLISH_RETALIATION_IDIOMS = rules('en');
export const SPANISH_RETALIATION_IDIOMS = rules('es');
export const FRENCH_RETALIATION_IDIOMS = rules('fr');
export const PORTUGUESE_RETALIATION_IDIOMS = rules('pt');
export const GERMAN_RETALIATION_IDIOMS = rules('de');
export const ITALIAN_RETALIATION_IDIOMS = rules('it');
export const POLISH_RETALIATION_IDIOMS = rules('pl');

// Words of killing in the idiom keep the threat beside the retaliation: "he said he'll kill me if I tell HR", "me dijo
// que me mata si hablo con recursos humanos", "er bringt mich um, wenn ich zum Betriebsrat gehe" may be meant, and
// older rounds read them as threats (urgency-reporters-hunted-silenced-badged.test.ts, urg40's self-dealing file);
// to be done for ("I'm dead", "toast", "te corro", "wylatuję") is the job, and only that drops the threat.
const KILLING = String.raw`(?![^.!?\n]{0,25}?\b(?:kill|murder|mata|matan|matara|mataria|matar|mato|tue|tuera|tuerait|bute|butera|bringt|bringen|killt|killen|ammazza|ammazzano|uccide|uccidono|zabije|zabija|pelle)\b)`;

/**
 * The idiom's words alone where a protected act is their condition, for kind-of-wrong.ts to blank: what a report no
 * longer reads without them (the threat "I'm dead" reads as) was the idiom's doing. Not words of killing (above).
 * Folded text.
 */
export const IDIOM_OF_PUNISHMENT: readonly string[] = Object.values(LANGUAGES).map(
  (language) =>
    String.raw`${KILLING}\b${language.idiom}\b(?=${GAP}${conditionalAct(language)})|(?<=${conditionalAct(language)}${GAP},? ?)${KILLING}\b${language.idiom}\b`,
);
