import { foldPattern } from './normalise';

/*
 * A goodbye that says where the writer is going next: home, another city, another branch or site, a new job,
 * retirement, maternity leave, studies, or the last shift before leaving the company ("I'm moving back home on sunday,
 * I wrote letters to my family to tell them", "El viernes es mi último día, me despido de todos con cariño", "Am
 * Sonntag verabschiede ich mich von meiner Familie, ich ziehe nach Berlin", "Paalam na sa lahat, lilipat na ako sa
 * ibang branch"). Blind round 37 found such goodbyes read as self-harm: the English rules took "wrote letters to my
 * family" for farewell letters, and the learned model reads "me despido", "verabschiede", "paalam" as a farewell for
 * good. A colleague leaving for somewhere is no one in danger: the goodbye and the next step are blanked before the
 * rules and the model read the text, and the rest of it is read as ever ("my boss hit me, so I'm moving to Denver,
 * bye all" stays a report).
 *
 * Never where the text, anywhere in it, says a plan, a means or hopelessness (RISK): "moving back home on sunday but I
 * won't be around much longer", "me despido de todos, ya no voy a estar", "ich ziehe nach Berlin, aber eigentlich will
 * ich nicht mehr leben", "going to a better place" are read whole, as before. Written in en, es, fr, pt, de, it, pl,
 * tl, uk and ht (folded: no accents, lower case).
 */

// A goodbye, or goodbye letters and notes to the family or to everyone.
const GOODBYE = [
  // en
  String.raw`\b(?:saying|say|said|to say|bid|bidding) (?:my |our |a |a quick |a big )?(?:goodbyes?|good-?byes?|farewells?|byes?)\b|\b(?:goodbye|good-?bye|farewell|bye(?: bye)?|so long|see ya|see you)(?: (?:all|everyone|everybody|guys|team|folks|y'?all|friends|and thanks(?: for everything)?|and thank you(?: for everything)?))?\b|\b(?:wrote|written|writing|write|left|leaving|sent|sending|send) (?:my |a |the |some |little )?(?:last |final |little |short )?(?:goodbye |farewell |thank you )?(?:letters?|notes?|cards?|messages?|e-?mails?) (?:to|for) (?:my|our|everyone|everybody|the|all|each)(?: \w+)?\b|\b(?:goodbye|farewell|leaving) (?:letters?|notes?|cards?|messages?|e-?mails?|party|drinks|lunch|cake|do)\b`,
  // es
  String.raw`\b(?:me despido|nos despedimos|despedirme|despedirnos|me vengo a despedir|despedida|adios|hasta siempre|hasta pronto|chao|chau)\b(?: (?:de|a) (?:todos|todas|ustedes|mi familia|mis companeros|mis companeras|la familia|el equipo))?(?: con carino)?|\b(?:escribi|deje|les deje|les escribi|mande|envie) (?:unas |las |mis |una |la )?(?:cartas?|notas?|mensajes?) (?:a|para) (?:mi|mis|todos|todas|la|el)(?: \w+)?\b`,
  // fr
  String.raw`\b(?:je vous dis|je dis|dire) (?:adieu|au revoir)\b|\b(?:adieu|au revoir|je fais mes adieux|mes adieux|bye|salut) (?:a tous|a toutes|tout le monde|l'equipe|les collegues)\b|\b(?:j'ai )?(?:ecrit|laisse|envoye) (?:des|une|mes|quelques) (?:lettres?|mots|messages?) (?:a|pour) (?:ma|mes|toute|tous|l'equipe)(?: \w+)?\b`,
  // pt
  String.raw`\b(?:despeco-me|despeco me|me despeco|me despedir|despedida|adeus|tchau)\b(?: (?:a|de) (?:todos|todas|voces|minha familia|meus colegas|equipe|pessoal))?(?: pessoal)?|\b(?:deixei|escrevi|mandei) (?:umas |as |minhas |uma |a )?(?:cartas?|mensagens?|bilhetes?) (?:a|para|pra) (?:minha|meus|minhas|todos|a|o)(?: \w+)?\b`,
  // de
  String.raw`\b(?:verabschiede|verabschieden|abschied|abschiedsbrief\w*|abschiedsfeier|tschuss|tschuess|lebt wohl|auf wiedersehen|ciao) ?(?:ich mich|mich|wir uns|zusammen|alle|allerseits|von (?:euch|meiner|meinen|allen|der|dem)(?: \w+)?)?\b|\b(?:habe |hab )?(?:briefe|einen brief|karten) (?:an|fur|fuer) (?:meine|alle|die|das)(?: \w+)?\b`,
  // it
  String.raw`\b(?:vi saluto|saluto tutti|vi saluto tutti|ciao a tutti|addio|arrivederci|mi congedo|vi lascio)\b|\b(?:ho scritto|ho lasciato) (?:delle |le |una )?(?:lettere?|biglietti|messaggi) (?:a|per) (?:tutti|la mia|i miei|le mie)(?: \w+)?\b`,
  // pl
  String.raw`\b(?:zegnam sie|zegnam|zegnajcie|pozegnani\w*|pozegnac sie|zegnamy sie|do widzenia|do zobaczenia|trzymajcie sie)\b(?: (?:ze|z) (?:wszystkimi|wami|rodzina|zespolem))?|\b(?:napisalem|napisalam|zostawilem|zostawilam) (?:listy|list|liscik\w*) (?:do)(?: \w+)?\b`,
  // tl
  String.raw`\b(?:paalam|nagpapaalam|magpapaalam|babay|bye)(?: na)?(?: po)?(?: (?:sa lahat|sa inyong lahat|sa inyo|sa inyo lahat|mga kasama|guys))?\b|\b(?:sumulat|sinulatan|nagsulat) (?:ako )?(?:ng )?(?:sulat|liham) (?:sa|para sa) (?:aking|pamilya|lahat)(?: \w+)?\b`,
  // uk
  String.raw`(?<!\p{L})(?:прощаюся|прощаюсь|прощавайте|прощайте|до побачення|бувайте|прощання)(?: (?:з усіма|з вами|з колегами))?(?!\p{L})`,
  // ht
  String.raw`\b(?:orevwa|babay|adye|m ap di nou orevwa|m di nou orevwa|n a we pita)(?: (?:tout moun|tout|nou tout|ekip la|kolèg yo))?\b`,
].join('|');

// The next place or step: a move, another branch or site, a new job, retirement, leave, studies, the last day at work.
const STEP = [
  // en
  String.raw`\b(?:moving|move|moved|relocating|relocate|relocated|transferring|transfer|transferred|emigrating|emigrate)(?: back)? (?:to|home|abroad|overseas|back home|up north|down south)(?! (?:a|the) (?:better|happier|peaceful|good) place)(?: [a-z]+)?\b|\b(?:heading|headed|going|off|leaving|flying)(?: back)? (?:home|abroad|overseas|to (?:uni|university|college|school|(?:\w+ ){0,2}(?:branch|site|store|shop|office|plant|depot|warehouse|team|department|shift)))\b|\b(?:new|another|different|the other) (?:job|role|position|company|employer|branch|site|store|office|plant|depot|team|department|city|country|chapter)\b|\b(?:the )?\w+ (?:branch|site|store|office|plant|depot)\b|\b(?:retire|retiring|retired|retirement|maternity|paternity|parental leave|uni|university|college|my studies|studying|graduate school|grad school)\b|\b(?:my|is|it'?s|its) (?:last|final) (?:day|shift|week|night shift)(?: (?:here|at work|with (?:you|you all|the team|this company|the company)|before (?:i|my)))?\b`,
  // es
  String.raw`\b(?:me mudo|mudarme|nos mudamos|me traslado|me trasladan|trasladad[oa]|traslado|me cambio de (?:sucursal|tienda|sede|planta|oficina|empresa|trabajo|ciudad|pais)|me voy (?:a vivir|a estudiar|a trabajar) (?:a|en|al)|me voy (?:a|al|para) (?:casa|mi (?:pais|tierra|pueblo|ciudad)|otra (?:\w+)|la (?:universidad|facultad))|vuelvo a (?:casa|mi \w+)|regreso a (?:casa|mi \w+))\b(?: [a-z]+)?|\b(?:(?:mi|es mi) )?ultimo (?:dia|turno)(?: (?:aqui|de trabajo|en la empresa|con ustedes))?\b|\b(?:me jubilo|jubilacion|jubilarme|me retiro|baja (?:de |por )?maternidad|licencia (?:de |por )?maternidad|permiso de maternidad|nuevo (?:trabajo|empleo|puesto)|otro (?:trabajo|empleo)|otra (?:sucursal|tienda|sede|planta|oficina|empresa|ciudad)|la universidad|a estudiar)\b`,
  // fr
  String.raw`\b(?:je demenage|on demenage|demenager|je suis mute|je suis mutee|mutation|je (?:pars|m'en vais) (?:a|au|aux|en|pour|travailler|vivre|etudier)(?! (?:un|le) (?:monde|endroit) meilleur))\b(?: [a-z']+)?|\b(?:mon )?dernier jour\b|\bma derniere (?:journee|semaine)\b|\b(?:retraite|conge (?:de )?maternite|conge parental|nouveau (?:poste|travail|boulot|job)|autre (?:site|agence|magasin|boulot|entreprise)|au site de|mes etudes|la fac)\b`,
  // pt
  String.raw`\b(?:vou me mudar|me mudar|me mudo|mudando|vou (?:para|pra) (?:casa|outra|outro|o|a|faculdade)|transferid[oa]|transferencia|(?:meu )?ultimo (?:dia|turno)|aposent\w*|licenca[- ]maternidade|licenca de maternidade|novo (?:emprego|trabalho)|outra (?:filial|loja|unidade|empresa|cidade)|faculdade|vou estudar)\b(?: [a-z]+)?`,
  // de
  String.raw`\b(?:ziehe (?:\w+ )?(?:nach|um)|ziehen (?:\w+ )?(?:nach|um)|umzug|umziehen|wechsle (?:zu|in|nach|an)|filiale|standort|neuen? (?:job|stelle|arbeit)|in rente|rente|ruhestand|pension|mutterschutz|elternzeit|(?:mein )?letzter tag|letzte schicht|meinen letzten tag|studium|studieren)\b(?: [a-z]+)?`,
  // it
  String.raw`\b(?:mi trasferisco|trasferit[oa]|trasferimento|trasloco|vado a vivere|(?:il mio )?ultimo giorno|ultimo turno|in pensione|pensione|maternita|congedo|nuovo lavoro|altra (?:sede|filiale|azienda)|sede di|filiale di|universita|studiare)\b(?: [a-z]+)?`,
  // pl
  String.raw`\b(?:przeprowadzam sie|przeprowadzka|przeprowadzke|przenosze sie|przeniesion[ay]|ostatni dzien|ostatnia zmiana|emerytur\w*|macierzynski\w*|nowa prace|nowej pracy|nowa praca|innego oddzialu|inny oddzial|oddzial w|na studia|studia)\b(?: [a-z]+)?`,
  // tl
  String.raw`\b(?:lilipat|lumipat|lumilipat|ililipat|ibang (?:branch|site|trabaho|kompanya|lugar|bansa)|bagong trabaho|huling araw|huling shift|uuwi|umuwi|probinsya|magreretiro|retire|maternity leave|mag-aaral|mag aaral)\b(?: [a-z]+)?`,
  // uk
  String.raw`(?<!\p{L})(?:переїжджаю|переїзд\p{L}*|переводжуся|мене переводять|останній день|остання зміна|на пенсію|пенсі\p{L}*|декрет\p{L}*|нову роботу|нова робота|інш\p{L}* філі\p{L}*|на навчання|вступаю)(?!\p{L})`,
  // ht
  String.raw`\b(?:demenaje|deplase|lot (?:branch|sit|travay|konpayi|vil|peyi)|nouvo travay|denye jou|pran retret|retret|konje matenite|al etidye|inivesite|al viv)\b(?: [a-z]+)?`,
].join('|');

// A plan, a means, hopelessness, a farewell for good: anywhere in the text, the goodbye is read as written.
const RISK = [
  // en
  String.raw`\b(?:pills?|tablets|overdose|od|rope|noose|gun|razor|blades?|poison|bridge|jump(?:ing)? (?:off|in front)|hang(?:ing)? myself|cut myself|kill\w*|suicid\w*|die|dying|dead|death|end (?:it|it all|things|my life|everything)|i'?m done|im done|i am done|be done|won'?t be (?:around|here|alive)|wont be (?:around|here|alive)|will not be (?:around|here|alive)|not be (?:around|here) (?:anymore|any more|much longer)|be gone (?:for good|forever)|better place|better off without|deal with me|burden|can'?t (?:go on|take (?:it|this)|do this)|cant (?:go on|take it)|no (?:point|reason to|way out)|hopeless|tired of (?:living|life|everything)|(?:nobody|no one|noone) will (?:miss|notice|care)|last goodbye|final goodbye|forever|see me again|never see me|take care of my|my (?:things|stuff|belongings)|affairs in order|forgive me|sorry for everything|other side|heaven|with god|paradise|rest in peace|last day (?:on earth|alive|of my life))\b`,
  // es
  String.raw`\b(?:pastillas|pildoras|sobredosis|cuerda|soga|puente|saltar|tirarme|veneno|cortarme|ya no (?:voy a )?estar|no (?:voy a )?estar (?:mas|aqui)|ya no me (?:van a )?ver|no me (?:volveran|van a volver) a ver|lugar mejor|mejor sin mi|no aguanto|no puedo mas|termin\w* con todo|acabar con todo|quitarme la vida|matarme|me mato|morir|me muero|muerte|suicid\w*|para siempre|ultimo adios|mis cosas|perdon(?:enme)?|cansad[oa] de vivir|sin sentido|no vale la pena|una carga|cielo|paraiso)\b`,
  // fr
  String.raw`\b(?:medicaments|cachets|pilules|corde|pont|sauter|ne serai plus|plus la pour|(?:monde|endroit) meilleur|en finir|me tuer|mourir|suicid\w*|pour toujours|dernier adieu|mes affaires|pardonnez|fatigue de vivre|n'en peux plus|j'en peux plus|plus la force|ne me reverrez|debarrass\w*|ciel|paradis)\b`,
  // pt
  String.raw`\b(?:remedios|comprimidos|pilulas|corda|ponte|pular|nao vou (?:mais )?estar|estar mais aqui|lugar melhor|acabar com tudo|me matar|morrer|suicid\w*|para sempre|ultimo adeus|minhas coisas|me perdoem|perdao|nao aguento|cansad[oa] de viver|nunca mais (?:vao )?me ver|ceu|paraiso)\b`,
  // de
  String.raw`(?:tabletten|pillen|strick|brucke|bruecke|springen|nicht mehr (?:da|hier|leben|lange|sein)|fur immer|fuer immer|besseren ort|ein ende|schluss machen|umbringen|sterben|selbstmord|suizid|letzter abschied|meine sachen|verzeiht|halte es nicht|kann nicht mehr|lebensmude|lebensmuede|ohne mich besser|nie wieder sehen|himmel|paradies)`,
  // it
  String.raw`\b(?:pillole|pastiglie|farmaci|corda|ponte|buttarmi|non ci saro|posto migliore|farla finita|uccidermi|ammazzarmi|morire|suicid\w*|per sempre|ultimo addio|mie cose|perdonatemi|non ce la faccio|stanc[oa] di vivere|meglio senza di me|non mi vedrete|cielo|paradiso)\b`,
  // pl
  String.raw`\b(?:tabletki|tabletek|lekarstwa|sznur|most|skocze|skoczyc|nie bedzie mnie|lepsze miejsce|skoncze z|skonczyc z|zabic sie|zabije sie|umrzec|umre|samobojstw\w*|na zawsze|ostatnie pozegnanie|moje rzeczy|wybaczcie|nie mam po co|nie daje rady|nie dam rady|zmeczon\w* zyciem|beze mnie|nie zobaczycie|niebo|niebie|raj\w*)\b`,
  // tl
  String.raw`\b(?:tableta|pills|lubid|tulay|tatalon|hindi (?:nyo|ninyo|mo) na ako (?:makikita|makakasama)|wala na ako|mawawala na ako|mas mabuting lugar|magpapakamatay|mamatay|patayin ang sarili|tapusin ko na|pagod na (?:akong |ako )?mabuhay|ayoko na|habambuhay|huling paalam|mga gamit ko|patawad|patawarin|langit)\b`,
  // uk
  String.raw`(?:таблетк|пігулк|мотузк|стрибн|мене не буде|не побачите|кращому місці|кращий світ|покінчити|вбити себе|вб'ю себе|померти|помру|суїцид|самогубств|назавжди|останнє прощання|мої речі|пробачте|не можу більше|втомився жити|втомилася жити|без мене)|(?<!\p{L})(?:небо|небес\p{L}*|рай)(?!\p{L})`,
  // ht
  String.raw`\b(?:grenn|pwazon|m pap la anko|m p ap la anko|pap la anko|pi bon kote|touye tet mwen|mouri|swisid|pou tout tan|denye orevwa|bagay mwen yo|padon|m pa ka anko|fatige viv|p ap we m anko|pap we m anko|syel|paradi)\b`,
].join('|');

const GOODBYE_PATTERN = new RegExp(foldPattern(GOODBYE), 'gu');
const STEP_PATTERN = new RegExp(foldPattern(STEP), 'gu');
const RISK_PATTERN = new RegExp(foldPattern(RISK), 'u');
const HAS_GOODBYE = new RegExp(foldPattern(GOODBYE), 'u');
const HAS_STEP = new RegExp(foldPattern(STEP), 'u');

const blank = (found: string): string => ' '.repeat(found.length);

/**
 * The folded text with its goodbye and the next step it names blanked, when it has both and says no plan, means or
 * hopelessness anywhere; otherwise the text as it was.
 */
export function withoutGoodbyesGoingSomewhere(folded: string): string {
  if (!HAS_GOODBYE.test(folded) || !HAS_STEP.test(folded) || RISK_PATTERN.test(folded)) return folded;
  return folded.replace(GOODBYE_PATTERN, blank).replace(STEP_PATTERN, blank);
}
