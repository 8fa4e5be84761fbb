import { withoutKillingForASmallFailure } from './killed-for-a-small-failure';
import { foldPattern } from './normalise';

/*
 * Words of violence said of no blow, blanked before the rules and the model read a text (as a rehearsal is:
 * rehearsal.ts). They are read in every text, whatever languages its words show: "si Dave me empujara renunciaría"
 * has too few Spanish words to be read as Spanish, and the model read its "me empujara" as a threat. Each kind is
 * written in English, Spanish, French, Portuguese and German where the language says it so:
 *
 * - A thing that "will hit" someone: a bill, a rent rise, cuts, the news, reality ("the bill will hit me", "it will hit
 *   me hard", "la factura me va a golpear fuerte", "cette facture va me frapper fort"). A person who will hit someone
 *   is still a threat: only money, news, time and the like are read as figures, and "it" only with "hard", "like a
 *   truck", "when…" after it.
 * - Something thrown that is no object: shade, a curveball, questions, work, a party, a look ("Dave threw shade at
 *   me", "me lanzó una indirecta", "il m'a lancé une pique"). A chair, a box or hot coffee thrown is still a report.
 * - Something fetched for someone: "Dave grabbed me a coffee", "can you grab me a chair", "me agarró un café". Grabbed
 *   "a few times", "a second time", or by a part of the body stays harassment.
 * - Senses "assaulted" by a smell, a noise, music or lights ("got assaulted by the smell of the bins", "my ears were
 *   assaulted", "agressé par l'odeur des poubelles"). Assaulted or attacked by a person or an animal is a report.
 * - A report of violence denied as something never said ("I never said he pushed me", "nunca dije que me empujó",
 *   "je n'ai jamais dit qu'il m'avait poussé"): the denied clause is blanked, and what follows a comma or "but" is
 *   read ("I never said anything but he pushed me", "I never said he pushed me, he punched me" stay urgent). Never
 *   "told": "I never told anyone he pushed me" is a report kept secret until now.
 * - A blow that did not happen, said as what would follow if it did ("if Dave pushed me I would quit", "si alguien me
 *   pegara lo denunciaría"): a past or subjunctive deed after "if" with "would" (or a conditional) in the main
 *   clause. "If he hits me again", "again" or "already" anywhere in it, is a report of what has happened.
 */

// Money, news and time that "hit" people: what a subject of "hit" is when it is no one.
const THING_THAT_HITS = String.raw`(?:bills?|rent|tax(?:es)?|council tax|cuts?|fees?|prices?|costs?|news|deadlines?|changes?|rises?|increases?|hikes?|ban|recession|budget|interest(?: rates?)?|mortgage|invoices?|fines?|charges?|exams?|stress|hangover|heatwave|workload|overtime|pay ?cuts?|shortfall|audits?|inspections?|redundanc(?:y|ies)|layoffs?|quarter|season|flu|reality|truth|tiredness|exhaustion|jet ?lag|traffic|loss(?:es)?|debts?|loans?|(?:re)?payments?|salary|wages?|pay ?checks?|pay ?slips?|inflation|energy bills?|petrol prices|fuel prices|review|results|figures|numbers|targets?|rota|schedule|new system|restructure|strike)`;
const HIT_WHOM = String.raw`(?:me|us|him|her|them|you|everyone|everybody|people|staff|workers|families)`;
const WILL = String.raw`(?:'s|'re)? ?(?:(?:is|are|was|were) )?(?:(?:going|gonna|about|set|likely) (?:to )?|will |'ll |might |may |could |would )?(?:really |hard |seriously )?`;
const FIGURE_AFTER = String.raw`(?:hard(?:er)?|like (?:a|an) \w+(?: of bricks)?|in the (?:pocket|wallet|bank)|where it hurts|all at once|right in the \w+|when|later|eventually|soon|then)`;

const ENGLISH = [
  String.raw`\b(?:the|my|our|this|that|these|those|a|an|his|her|their|next|every|new|latest|monthly|weekly) (?:[\w-]+ ){0,2}${THING_THAT_HITS.replace('bills?|', 'bills|')}${WILL}hits? ${HIT_WHOM}\b`,
  // A bill in the singular only right after "the", "my" or a kind of bill: "my coworker Bill hit me" is a man.
  String.raw`\b(?:the|my|our|this|that|a|his|her|their|next|every|new|latest|monthly|weekly|quarterly)(?: (?:phone|electricity|electric|gas|water|energy|tax|heating|power|utility|medical|hospital|vet|credit card|card|food|grocery|repair|final|big|huge|council|fuel|dental|dentist|tax))? bill${WILL}hits? ${HIT_WHOM}\b`,
  // Without "the" or "my" before it, "Bill hit me" is a man: only bills in the plural hit as a figure then.
  String.raw`\b(?:${THING_THAT_HITS.replace('bills?|', 'bills|')}|karma|reality|life)${WILL}hits? ${HIT_WHOM}\b`,
  String.raw`\b(?:it|this|that|it all|all of it|everything)${WILL}hits? ${HIT_WHOM} ${FIGURE_AFTER}\b`,
  String.raw`\bhits? (?:everyone'?s|our|my|their|your|his|her|people'?s|staff'?s|workers'?) (?:pay|pockets?|wallets?|earnings|budgets?|wages|take-home|savings)\b`,
  // A bonus hit by a cut is a figure; one set out "to hit" is reached (urg40: "he books fake orders to hit his bonus").
  String.raw`(?<!(?<!(?:going|about|set|likely|bound) )\bto )\bhits? (?:everyone'?s|our|my|their|your|his|her|people'?s|staff'?s|workers'?) bonus(?:es)?\b`,
  // A realisation that "hit" someone: "Hope hit me when I saw the results" ("Hope hit me when I said no" is read).
  String.raw`\b(?:hope|joy|faith|relief|sadness|grief|it|reality|the (?:realisation|realization|truth|news))(?: really| suddenly| just| finally)? hit (?:me|us|him|her) (?:hard |then |suddenly |all at once )?(?:when|as soon as|the moment|once) (?:i|we|he|she|they) (?:saw|read|heard|realised|realized|looked at|opened|found out|checked|noticed|remembered|got (?:the|my|our))\b`,
  // A blow a thing dealt, to the gut, the face or the teeth: "the price rise really punched us in the gut", "the new
  // rota slapped us in the face". A person who punched someone in the gut is still a report: only money, news, a
  // decision and the like are read so (THING_THAT_HITS and the papers that bring them).
  String.raw`\b(?:the|my|our|this|that|these|those|a|an|his|her|their|next|every|new|latest) (?:[\w-]+ ){0,2}(?:${THING_THAT_HITS}|emails?|decisions?|announcements?|polic(?:y|ies)|memos?|letters?|updates?|figures?|news|rules?|system|contract|offer|bonus|increase)(?: (?:really|just|totally|literally|basically|kind of|kinda))? (?:punched|slapped|kicked|sucker[- ]?punched|gut[- ]?punched|smacked|socked)(?: (?:me|us|him|her|them|everyone|everybody|staff|workers|people))? (?:right |straight )?(?:in|on|across) the (?:gut|guts|face|teeth|stomach|belly|nuts|balls|chops|jaw|wallet)\b`,
  // A blow denied outright, with what was done instead beside it: "he never hit me, he just shouts", "she didn't
  // touch me, she only yells". The denied clause is blanked and what is said beside it read alone: "he just screams
  // at me every day" and "but he threatens to" are read; "never hit me before today", "never hits me when others
  // are around" are reports, not denials.
  String.raw`\b(?:he|she|they|my (?:[\w-]+ )?(?:boss|manager|supervisor|coworker|co-worker|colleague|lead|foreman))(?: has| have|'s|s)? (?:never|didn'?t|did not|does not|doesn'?t|has not|hasn'?t|have not|haven'?t)(?: ever| once| actually| really| physically)? (?:hit|hits|punched|punch|slapped|slap|kicked|kick|pushed|push|shoved|shove|touched|touch|hurt|grabbed|grab|laid a (?:finger|hand) on|put (?:a|his|her) hands? on) (?:me|us|anyone|anybody|her|him|them)(?: (?:ever|once|physically))?(?=\s*(?:[,.;!]|$|-|but\b|(?:he|she|they)(?: just| only)?\b|just\b|only\b))(?![^.!?\n]{0,30}\b(?:threat\w*|tr(?:y|ies|ied)|wants?|wanted|going to|gonna|will|'ll|almost|nearly|about to|raise[sd]? (?:his|her|a) (?:hand|fist)))`,
  // A slap on the back is congratulation ("he slapped me on the back, good game"); one "so hard" is not.
  String.raw`\b(?:slapped|slaps|patted|pats|clapped|claps|thumped) (?:me|him|her|us|them|everyone) on the back\b(?! (?:so |really |very )?hard)`,
  // Thrown that is no object: words, work, a look, a party.
  String.raw`\bthr(?:ew|ow|ows|owing|own) (?:a |an |some |the |so much |a lot of |lots of |loads of |all sorts of |more |his |her |their )?(?:[\w-]+ )?(?:shade|curve ?balls?|questions?|looks?|glances?|smiles?|winks?|compliments?|part(?:y|ies)|tantrums?|fits?|ideas?|work|jobs|tasks|money|cash|jokes?|insults?|accusations?|emails?|tickets?|book|spanner|hints?|comments?|remarks?|digs?|blame|problems?|challenges?|suggestions?|kisses?|bone|numbers|figures|deadlines?|projects?|reports?|assignments?|spreadsheets?|rotas?|shifts?|paperwork|targets?) at\b`,
  // A push out of harm's way is a rescue: "she pushed me out of the way of the forklift".
  String.raw`\b(?:pushed|pulled|yanked|dragged|shoved|grabbed) (?:me|him|her|us|them) (?:\w+ )?out of the way of (?:the|a|an|that|this) (?:[\w-]+ ){0,2}?(?:forklift|truck|lorry|van|car|bus|reach truck|pallet|load|boxes|box|crate|traffic|train|cyclist|vehicle|machine|door|falling \w+)\b`,
  // Teasing and damage to things: "yanking my chain", "scratched my car".
  String.raw`\b(?:yank|yanks|yanked|yanking|pull|pulls|pulled|pulling) (?:my|his|her|your|our|their) (?:chain|leg)\b|\b(?:scratched|keyed|dented|kicked|hit|bumped|scraped) (?:my|his|her|our|their|the) (?:new )?(?:car|van|bike|locker|desk|phone|truck|paint|bumper|door)\b`,
  // Fetched for someone: "grabbed me a coffee", not "grabbed me a few times" or "grabbed me a second time".
  String.raw`\bgrab(?:s|bed|bing)? (?:me|us|him|her|them|you) (?:a|an|some|one|two|three|four|\d+|a couple of|a few)\b(?! (?:few|couple|bit|lot|second|third|fourth|last|single|handful|hold|moment|minute)\b)(?![^.!?\n]{0,30}\b(?:times?|again|breasts?|boobs?|bum|butt|ass|arse|chest|crotch|thighs?|waist|hips?|neck|throat|hair|arm|wrist)\b)`,
  // Senses assaulted by what they take in.
  String.raw`\b(?:(?:was|were|got|been|being|get|gets|getting|am|is|are) )?(?:assaulted|attacked|ambushed|bombarded|accosted) by (?:the |a |an |this |that |some |all (?:the |these |those )?)?(?:[\w-]+ ){0,2}?(?:smells?|stench|stink|odou?rs?|reek|pong|whiff|aroma|noises?|music|sounds?|racket|din|adverts?|ads|advertising|emails?|messages|notifications|lights?|glare|colou?rs?|perfume|aftershave|cologne|spam|memes|paperwork|choices|options|information|questions)\b`,
  String.raw`\b(?:my|our|your|his|her|their) (?:nose|nostrils|ears|eyes|senses|taste ?buds|eardrums) (?:was|were|got|are|is|have been|has been|being) (?:\w+ )?(?:assaulted|attacked)\b`,
  // A report denied as never said: the clause said about, up to a comma or "but".
  String.raw`\b(?:(?:i|we|he|she|they) (?:never|didn'?t|did not|have never|'ve never|had never|never ever|never once|didn'?t ever|did not ever) (?:said|say|claimed|claim|wrote|write|suggested|suggest|implied|imply|meant|mean|alleged|allege)|(?:nobody|no one|no-one|noone) (?:ever )?(?:said|claimed|wrote|suggested|alleged))(?: that)? (?!(?:anything|nothing|a word|much|so|no|yes|to|it|this|that|something|any)\b)[^.!?,;\n]*?(?= but\b|[.!?,;\n]|$)`,
  String.raw`\b(?:never|didn'?t|did not) accus\w* (?:\w+ )?of [^.!?,;\n]*?(?= but\b|[.!?,;\n]|$)`,
  // A blow that did not happen: "if he pushed me I would quit", "what would happen if someone grabbed me".
  String.raw`\b(?:even )?if (?![^.!?\n]{0,80}\b(?:again|already|keeps?|still|every time|always)\b)(?:\w+ ){1,3}?(?:ever |were to |was to )?(?:pushed|hit|punched|slapped|shoved|kicked|touched|grabbed|attacked|assaulted|threatened|groped|harassed|hurt|beat|choked|spat on|stabbed|shot|kissed|followed|push|punch|slap|shove|kick|touch|grab|attack|threaten|grope|harass)\b(?: [\w']+){0,4}?(?=,? (?:(?:i|we|you|he|she|they|id|youd|wed|itd)(?:'d|'d have| would| wouldn'?t| could| might| should)\b|(?:would|wouldn'?t|could|should|can|will|do|does) (?:i|we|the|my|you|they|he|she|anyone|that|it|hr|management)\b))`,
  String.raw`\bwhat (?:would|should|could|will) (?:happen|i do|we do|you do|the company do|hr do|management do) (?:if|when) (?![^.!?\n]{0,80}\b(?:again|already|keeps?|still)\b)(?:\w+ ){1,3}?(?:pushed|hit|punched|slapped|shoved|kicked|touched|grabbed|attacked|assaulted|threatened|groped|harassed|hurt|beat|choked)\b(?: [\w']+){0,4}`,
];

const SPANISH = [
  String.raw`\b(?:la|el|las|los|esta|este|mi|nuestra|nuestro) (?:\w+ ){0,2}(?:factura|facturas|alquiler|renta|subida|subidas|aumento|precios?|impuestos?|recortes?|crisis|inflacion|hipoteca|cuota|noticia|noticias|deuda|gastos?|luz|gasolina)(?: (?:del|de la|de los|de las) \w+)? (?:me |nos |les |le )?(?:va|van|iba|iban) a (?:golpear|pegar|dar)(?: \w+)?\b`,
  String.raw`\b(?:me |te |le |nos |les )?(?:lanz|tir|solt)\w* (?:una |unas |un |unos )?(?:\w+ )?(?:indirectas?|pullas?|puyas?|piropos?|miradas?|preguntas?|bromas?|chistes?|comentarios?|besos?)\b`,
  String.raw`\bme (?:agarr|cog|pill|trajo|traj|compr)\w* (?:un|una|unos|unas|dos|tres) (?:\w+ )?(?:cafes?|tes?|refrescos?|cervezas?|bocadillos?|sandwich\w*|tortas?|tacos?|sillas?|sitios?|lugar|asientos?|boletos?|entradas?|cajas?|aguas?|botellas?|donas?|galletas?|almuerzos?|comidas?|bebidas?|tickets?)\b`,
  String.raw`\b(?:me |nos )?agredi\w* (?:el|la|los|las) (?:olor|olores|peste|ruido|musica|hedor|tufo|luces)\b|\bagredid[oa]s? por (?:el|la|los|las) (?:olor|ruido|musica|peste|hedor|luces)\b`,
  String.raw`\b(?:(?:yo|el|ella|nadie) )?(?:nunca|jamas|no) (?:he |le he |les he |lo he )?(?:dije|dicho|afirme|afirmado|escribi|escrito|insinue|insinuado|acuse|acusado|dijo)\w* que [^.!?,;\n]*?(?= pero\b|[.!?,;\n]|$)`,
  String.raw`\bsi (?![^.!?\n]{0,80}\b(?:otra vez|de nuevo|ya|siempre)\b)(?:\w+ ){0,3}?(?:me |te |le |nos |la |lo )\w+(?:ara|iera|ase|iese)n?\b(?=[^.!?\n]{0,60}\b\w+(?:ria|rias|riamos|rian)\b)`,
];

const FRENCH = [
  // "Un coup de main" is a hand, "un coup de fil" a call: no blow.
  String.raw`\bcoups? (?:de main|de fil|d'oeil|de pouce|de balai|de chance|de coeur|de genie|de foudre|de com|de stress|de barre|de mou)\b`,
  String.raw`\b(?:la|le|les|cette|ce|ces|ma|mon|mes|notre|nos) (?:\w+ ){0,2}(?:facture|factures|loyer|hausse|hausses|augmentation|prix|impots?|coupes?|crise|inflation|nouvelles?|dette|charges)(?: (?:du|de la|des|de l') ?\w+)? (?:va|vont|allait|allaient) (?:me |nous |vous |les |le |la |l')?(?:frapper|toucher|cogner)\b`,
  String.raw`\b(?:m'|t'|l'|nous |vous |lui )?(?:a |ont |avait )?lanc\w* (?:une |des |un )?(?:\w+ )?(?:piques?|vannes?|regards?|questions?|blagues?|remarques?|compliments?|fleurs?|clins? d'oeil|sous-entendus?)\b`,
  String.raw`\bagress\w* par (?:l'|le |la |les |ce |cette |ces )?(?:odeur|odeurs|bruit|bruits|musique|puanteur|lumiere|lumieres|pubs?|publicites?)\b`,
  String.raw`\b(?:je |j'|il |elle |on |personne )?(?:n'ai |n'a |n'avons |ne l'ai |ai |a )?(?:jamais|pas) (?:dit|pretendu|affirme|ecrit|suggere|accuse)\w* (?:qu'|que )[^.!?,;\n]*?(?= mais\b|[.!?,;\n]|$)`,
  String.raw`\bs(?:i |'il |'ils )(?![^.!?\n]{0,80}\b(?:encore|deja|toujours)\b)(?:\w+ ){0,3}?(?:m'|me |t'|te |nous )?\w+(?:ait|aient)\b(?=[^.!?\n]{0,60}\b\w+(?:rais|rait|rions|riez|raient)\b)`,
];

const PORTUGUESE = [
  String.raw`\b(?:a|o|as|os|essa|esse|esta|este|minha|meu|nossa|nosso) (?:\w+ ){0,2}(?:conta|contas|aluguel|aluguer|aumento|precos?|impostos?|cortes?|crise|inflacao|prestacao|noticias?|divida|luz|gasolina)(?: (?:do|da|dos|das) \w+)? (?:vai|vao|ia|iam) (?:me |nos |te |lhe )?(?:pegar|bater|atingir|acertar)(?:-nos|-me)?\b`,
  String.raw`\b(?:me |te |lhe |nos )?(?:jog|atir|solt|mand)\w* (?:uma |umas |um |uns )?(?:\w+ )?(?:indiretas?|piadas?|perguntas?|olhares?|olhadas?|charme|cantadas?|beijos?)\b`,
  // "Me deu um toque" is a heads-up, not a touch, unless on the body.
  String.raw`\b(?:me|te|lhe|nos) (?:deu|deram|dar|da|dava) (?:um |uns )?toques?\b(?! (?:no|na|nos|nas|em) (?:meu |minha |seu |sua )?(?:corpo|peito|bunda|perna|pernas|seio|seios|coxa|cintura|rosto))`,
  String.raw`\b(?:agredid|atacad)[oa]s? pel[oa]s? (?:cheiro|barulho|musica|fedor|luz|luzes)\b`,
  String.raw`\b(?:eu |ele |ela |ninguem )?(?:nunca|jamais|nao) (?:disse|falei|afirmei|escrevi|acusei|insinuei|disse)\w* (?:que )[^.!?,;\n]*?(?= mas\b|[.!?,;\n]|$)`,
  String.raw`\bse (?![^.!?\n]{0,80}\b(?:de novo|outra vez|ja|sempre)\b)(?:\w+ ){0,3}?(?:me |te |lhe |nos )?\w+(?:sse|ssem)\b(?=[^.!?\n]{0,60}\b\w+(?:ria|riam|ia|iamos)\b)`,
];

const GERMAN = [
  // A blow denied outright, with what was done instead beside it: "er hat mich nie geschlagen, er schreit nur".
  String.raw`\b(?:er|sie|der chef|die chefin|mein chef|meine chefin) hat (?:mich|uns) (?:noch )?(?:nie|niemals|nicht)(?: (?:wirklich|richtig|korperlich|koerperlich))? (?:geschlagen|angefasst|beruhrt|beruehrt|verletzt|getreten|geschubst|gestossen|gesto\u00dfen)(?=\s*(?:[,.;!]|$|aber\b|sondern\b|er\b|sie\b))`,
  String.raw`\b(?:ich|wir|er|sie) (?:habe |haben |hat )?(?:nie|niemals|nicht) (?:gesagt|behauptet|geschrieben)(?:,)? (?:dass|das) [^.!?;\n]*?(?= aber\b|[.!?;\n]|$)`,
];

/** Each language's figures of violence, by language code. */
export const FIGURES_OF_VIOLENCE = {
  en: ENGLISH,
  es: SPANISH,
  fr: FRENCH,
  pt: PORTUGUESE,
  de: GERMAN,
} as const;

// Words one of the figures above must hold: a text with none (most texts) is returned as it is, unread.
const CUES =
  /\b(?:hit|hits|thr[eo]w|grab|assault|attack|ambush|bombard|accost|never|didn|did not|nobody|no one|noone|accus|if|what|slap|punch|smack|sock|pat|clap|thump|agred|agress|atacad|lanz|tir|solt|lanc|jog|atir|mand|agarr|cog|pill|traj|compr|golpe|peg|frapp|touch|cogn|bat|ating|acert|nunca|jamas|jamais|nao|pas|nie|niemals|nicht|si|s'il|s'ils|se|push|pull|yank|drag|shov|scratch|keyed|dent|kick|bump|scrap|deu|der|dav|dar|da|toqu|coup)/u;
let compiled: RegExp | undefined;

/**
 * The folded text with its figures of violence blanked, letter for letter (so it keeps its length and other words),
 * "will kill me" said of the writer's own slip or laughed off among them (killed-for-a-small-failure.ts).
 */
export function withoutFiguresOfViolence(folded: string): string {
  return withoutKillingForASmallFailure(withoutFiguresOfViolenceOnly(folded));
}

function withoutFiguresOfViolenceOnly(folded: string): string {
  if (!CUES.test(folded)) return folded;
  compiled ??= new RegExp(
    Object.values(FIGURES_OF_VIOLENCE)
      .flat()
      .map((source) => `(?:${foldPattern(source)})`)
      .join('|'),
    'gu',
  );
  return folded.replace(compiled, (figure) => ' '.repeat(figure.length));
}
