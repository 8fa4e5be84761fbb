import { possibleMatchStored } from './stored-conditions';
import { foldPattern } from './normalise';
import { PRAISE_OF_PARTIES_AND_FOOD } from './praise-of-parties-and-food';

/*
 * Sentences of an ordinary working life, each all its sentence says: being tired, having children, wanting more hours
 * or a raise ("Estoy cansada. Tengo dos hijos. Quiero más horas.", "I'm exhausted. I have three kids. I want more
 * hours."). The learned model read such a kiosk comment as self-harm (children and tiredness are frequent in its
 * urgent rows), yet nothing in it is in danger: the model does not read these sentences (urgency.ts). The rules still
 * read the whole text, so "estoy cansada de vivir", "I'm tired of living", "ya no quiero seguir" stay urgent; and a
 * sentence that says anything more ("estoy cansada, ya no puedo más con todo") is kept for the model.
 */

// Tired, as people say it, with a little around it ("so", "really", "today", "after nights"): en, es, fr, de, pt, it,
// pl, tl, vi, zh, ar (folded: no accents).
const TIRED = [
  String.raw`(?:i'?m|i am|im|feeling|i feel|always|so|very|really|just|totally|super|we'?re|we are) (?:so |very |really |just |totally |super |always |a bit |quite |pretty |completely )*(?:tired|exhausted|worn out|knackered|shattered|drained|dead tired|burnt out|burned out|sleepy)`,
  String.raw`(?:(?:yo )?estoy|ando|me siento|estamos) (?:muy |tan |super |bien |re |demasiado |algo |un poco )*(?:cansad[oa]s?|agotad[oa]s?|reventad[oa]s?|molid[oa]s?|hech[oa] polvo)`,
  String.raw`(?:je suis|j'suis|chuis|on est|je me sens) (?:tres |tellement |trop |super |vraiment |un peu )*(?:fatigue(?:e|s|es)?|creve(?:e|s|es)?|epuise(?:e|s|es)?|naze|a bout)`,
  String.raw`(?:ich bin|bin|wir sind|ich fuhle mich|ich fuehle mich) (?:so |sehr |echt |total |ziemlich |einfach |voll )*(?:mude|muede|erschopft|erschoepft|kaputt|fertig|platt)`,
  String.raw`(?:(?:eu )?(?:estou|to|tou|ando)|me sinto|estamos) (?:muito |tao |super |bem |meio |um pouco )*(?:cansad[oa]s?|exaust[oa]s?|esgotad[oa]s?|mort[oa] de cansaco|moid[oa])`,
  String.raw`(?:(?:io )?sono|mi sento|siamo) (?:molto |cosi |troppo |davvero |un po' )*(?:stanc(?:o|a|hi|he)|stanchissim[oa]|esaust[oa]|sfinit[oa]|distrutt[oa]|cotto|cotta)`,
  String.raw`(?:jestem|czuje sie|jestesmy) (?:bardzo |tak |strasznie |mega |troche )*(?:zmeczon[aey]|wykonczon[aey]|padniet[aey])`,
  String.raw`(?:pagod|antok) na (?:ako|kami)|sobrang pagod(?: na)?(?: ako)?|pagod(?: na)? ako`,
  String.raw`(?:toi |em |minh |tui )?(?:met|met qua|met moi|rat met|qua met|met lam|buon ngu)(?: qua| lam)?`,
  String.raw`(?:我)?(?:很|好|太|真|非常|有点)?累(?:死了|了|啊|呀)?`,
  String.raw`(?:انا |أنا )?(?:تعبان|تعبانه|تعبانة|مرهق|مرهقه|مرهقة|منهك|منهكه)(?: جدا| كثير)?`,
].join('|');

// Children or a family, said as a fact ("tengo dos hijos", "I'm a single mum", "j'ai trois enfants").
const FAMILY = [
  String.raw`(?:i have|i'?ve got|ive got|i got) (?:a |an |one |two |three |four |five |\d+ )?(?:small |young |little )?(?:kids?|children|child|sons?|daughters?|baby|babies|family)|i'?m a (?:single )?(?:mum|mom|dad|parent|mother|father)`,
  String.raw`tengo (?:un |una |dos |tres |cuatro |cinco |\d+ )?(?:hij[oa]s?|nin[oa]s?|chamac[oa]s?|familia)(?: pequen[oa]s?| chic[oa]s?)?|soy madre(?: soltera)?|soy padre(?: soltero)?`,
  String.raw`j'ai (?:un |une |deux |trois |quatre |\d+ )?(?:enfants?|gosses|fils|filles?|bebe)|je suis (?:mere|pere|maman|papa)(?: celibataire| solo| seule?)?`,
  String.raw`ich habe (?:ein |eine |zwei |drei |vier |\d+ )?(?:kinder|kind|sohne|soehne|sohn|tochter|tochtern|toechter|baby|familie)|ich bin (?:alleinerziehend|mutter|vater)`,
  String.raw`(?:eu )?tenho (?:um |uma |dois |duas |tres |\d+ )?(?:filh[oa]s?|criancas?|familia)|sou mae(?: solteira| solo)?|sou pai`,
  String.raw`ho (?:un |una |due |tre |\d+ )?(?:figli[oa]?|figlie|bambini|bambino|bambina|famiglia)|sono (?:mamma|madre|papa|padre)(?: single| sola?)?`,
  String.raw`mam (?:jedno |dwoje |troje |czworo |\d+ )?(?:dzieci|dziecko|syna|corke|corki|rodzine)`,
  String.raw`may (?:isang |dalawang |tatlong |\d+ )?(?:anak|pamilya)(?: ako)?`,
  String.raw`(?:toi |em )?co (?:mot |hai |ba |\d+ )?(?:dua con|con|con nho|gia dinh)`,
  String.raw`我有(?:一个|两个|三个|\d+个)?(?:孩子|小孩|儿子|女儿|家庭)`,
  String.raw`(?:عندي|لدي)(?: ولد| بنت| طفل| اطفال| أطفال| ولدين| بنتين| عائله| عائلة)(?: \S+)?`,
].join('|');

// Children's ages, said as a fact (u36b: "i miei figli hanno 12 e 14 anni" read as discrimination): "my kids are 7 and
// 10", "mis hijos tienen 5 y 8 años", "mia figlia ha 9 anni", "meine Kinder sind 4 und 6".
const N = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)`;
const AGES = [
  String.raw`(?:my|our) (?:kids|children|sons|daughters|boys|girls|son|daughter|boy|girl|little one|youngest|eldest|oldest)(?: are| is|'s|s) ${N}(?:(?:,| and|&) ${N})*(?: years? old| yrs?(?: old)?| yo)?`,
  String.raw`(?:mis|nuestros) (?:hijos|hijas|ninos|ninas) tienen ${N}(?:(?:,| y) ${N})*(?: anos)?|(?:mi) (?:hijo|hija|nino|nina) tiene ${N}(?: anos)?`,
  String.raw`(?:i miei|i nostri|le mie) (?:figli|figlie|bambini|bimbi) hanno ${N}(?:(?:,| e) ${N})*(?: anni)?|(?:mio|mia) (?:figlio|figlia|bambino|bambina) ha ${N}(?: anni)?`,
  String.raw`(?:mes|nos) (?:enfants|fils|filles|gosses) ont ${N}(?:(?:,| et) ${N})*(?: ans)?|(?:mon|ma) (?:fils|fille|enfant) a ${N}(?: ans)?`,
  String.raw`(?:meine|unsere) (?:kinder|sohne|soehne|tochter|toechter) sind ${N}(?:(?:,| und) ${N})*(?: jahre(?: alt)?)?|(?:mein|meine) (?:sohn|tochter|kind) ist ${N}(?: jahre(?: alt)?)?`,
  String.raw`(?:os meus|meus|as minhas|minhas) (?:filhos|filhas|criancas) tem ${N}(?:(?:,| e) ${N})*(?: anos)?|(?:o meu|meu|a minha|minha) (?:filho|filha) tem ${N}(?: anos)?`,
].join('|');

// A promotion, a raise or a bonus that depends on one's results (u36b: "die Beförderung hängt von meiner Leistung ab"
// read as fraud, "el ascenso depende de los resultados" read as fraud): how pay is decided, not a wrong done. Who said so
// may follow ("sagt mein Chef", "dice mi jefe").
const RESULTS = String.raw`(?:(?:my|our|the|your) )?(?:(?:own|team'?s?|quarterly|annual|yearly|sales) )?(?:performance|results|review|evaluation|appraisal|targets|numbers|sales|kpis|scores?)(?: (?:this|next|each|every) (?:quarter|year|month))?`;
const MERIT = [
  String.raw`(?:the |my |a |any |our )?(?:promotion|raise|pay rise|bonus|pay increase|pay)s? (?:depends|depend|is based|are based|is tied|are tied|will depend) on ${RESULTS}`,
  String.raw`(?:el|la|mi|un|una) (?:ascenso|promocion|aumento|bono|prima|subida de sueldo) (?:depende|dependera|se basa) (?:de|en) (?:los |las |la |el |mi |mis |nuestros |nuestras )?(?:resultados|evaluacion|desempeno|rendimiento|objetivos|ventas|metas)(?: (?:del|de este|de cada) (?:trimestre|ano|mes))?(?: anual(?:es)?| trimestral(?:es)?)?`,
  String.raw`(?:die|meine|eine|der|mein) (?:beforderung|befoerderung|gehaltserhohung|gehaltserhoehung|lohnerhohung|lohnerhoehung|bonus|pramie|praemie) (?:hangt|haengt) (?:\S+ ){0,2}von (?:meiner|der|unserer|deiner|den|meinen) (?:leistung|bewertung|beurteilung|ergebnissen|zielen|verkaufszahlen) ab`,
  String.raw`(?:la|una|il|un) (?:promozione|aumento|bonus|premio) (?:dipende|dipendera) (?:dai|dalla|dal|dalle) (?:risultati|valutazione|rendimento|prestazioni|obiettivi|vendite)(?: (?:del|di ogni) (?:trimestre|anno))?`,
  String.raw`(?:la|une|l'|mon|ma) ?(?:promotion|augmentation|prime) (?:depend|dependra) (?:de|des|du) (?:mes |nos |la |ma |l')?(?:resultats|evaluation|performance|performances|objectifs|ventes)`,
  String.raw`(?:a|uma|o|meu|minha) (?:promocao|aumento|bonus|premio) (?:depende|dependera) (?:do|da|dos|das) (?:meu |minha |nosso )?(?:desempenho|resultados|avaliacao|metas|vendas)`,
].join('|');
// Who said so, after the sentence it ends ("…, sagt mein Chef", "…, dice mi jefe", "…, says my manager").
const SAID_BY = String.raw`(?:says|said|sagt|sagte|dice|dijo|dit|a dit|diz|disse) (?:my|the|mein|meine|der|die|mi|el|la|mon|ma|le|o|a|il) (?:boss|manager|supervisor|chef|chefin|jefe|jefa|gerente|encargad[oa]|patron|patronne|responsable|chefe|gerente|capo|responsabile)`;

// Who said it, before what they said ("el jefe dijo que …", "er sagte, …", "he said …"): the ra35 wordings of the above.
const SAID_THAT = String.raw`(?:he|she|my boss|my manager|the boss|the manager|el jefe|la jefa|mi jefe|mi jefa|el gerente|er|sie|mein chef|meine chefin|der chef|il capo|il mio capo|le chef|mon chef|o chefe|meu chefe) (?:said|says|told me|dijo|dice|me dijo|sagte|sagt|hat gesagt|ha detto|dice|a dit|dit|disse|diz)(?: that| que| dass| che)?`;
// Not worried about losing the job (ra35: "si me despiden busco otro trabajo, no pasa nada" read as harassment and
// self-harm): another job found if this one goes, and "no matter".
const UNWORRIED = [
  String.raw`if (?:i get|they) (?:fired|sacked|let go|fire me|sack me|let me go),? (?:i'?ll|i will|ill) (?:just )?(?:find|look for|get) (?:another|a new) (?:job|one)|(?:no big deal|no problem|no worries|whatever)`,
  String.raw`si me (?:despiden|echan|corren|botan),? (?:busco|buscare|encuentro|encontrare|me busco) otro (?:trabajo|empleo|curro|chamba)|no pasa nada|no importa`,
  String.raw`s'?ils me (?:virent|licencient),? (?:je chercherai|je trouverai|je cherche|je trouve) (?:un )?autre (?:travail|boulot|emploi)|(?:c'est )?pas grave`,
  String.raw`se mi licenziano,? (?:cerco|trovo|cerchero|trovero) (?:un )?altro lavoro|(?:nessun problema|non importa)`,
  String.raw`se (?:me )?(?:demitirem|mandarem embora),? (?:procuro|arranjo|acho) outro (?:emprego|trabalho)|(?:tudo bem|nao tem problema)`,
  String.raw`wenn (?:sie|die) mich (?:feuern|entlassen|rauswerfen),? (?:suche|finde) ich (?:mir )?(?:einen )?(?:anderen|neuen) job|(?:kein problem|egal)`,
].join('|');
// Leave saved or a trip planned (ra35: "I've saved up my holidays and I'm off to the coast next week" read as self-harm).
const LEAVE = String.raw`(?:i'?ve|ive|i have|i) (?:saved|saved up|been saving(?: up)?|booked|taken|got) (?:all )?(?:of )?(?:my|some|the) (?:holidays?|annual leave|leave(?: days)?|vacation(?: days)?|days off|time off|pto)(?: (?:for|until) (?:a|the|my|christmas|summer) ?\w*)?|(?:i'?m|im|we'?re|were) (?:off|going|heading) to (?:the )?(?:coast|beach|seaside|mountains|lake|countryside|sun|spain|france|italy|portugal|greece)(?: (?:next week|tomorrow|this weekend|next month|for a (?:week|fortnight)))?`;

// Someone's exercise as a habit (u36b: "mi jefe corre cada mañana" read as harassment, "corre" being also "fires"):
// running, swimming or cycling every morning, perhaps before work or in the park.
const ROUTINE = [
  String.raw`(?:my|our|the) (?:boss|manager|supervisor|colleague|coworker|co-worker|team lead|lead) (?:runs|jogs|swims|cycles|bikes|goes running|goes to the gym|works out) (?:every|each) (?:morning|day|evening|night|weekend)(?: (?:before|after) work| (?:in|at|to) the (?:park|gym|pool|river))?`,
  String.raw`(?:mi|el|nuestro|nuestra|la) (?:jefe|jefa|gerente|supervisor|supervisora|encargad[oa]|companer[oa]) (?:corre|nada|trota|hace ejercicio|va al gimnasio|anda en bici) (?:cada|todas las|todos los) (?:manana|mananas|dia|dias|tarde|tardes|noche)(?: (?:antes|despues) del trabajo| en el parque)?`,
  String.raw`(?:il mio|la mia|il nostro|il) (?:capo|responsabile|direttore|collega) (?:corre|nuota|va in bici|va in palestra) (?:ogni|tutte le|tutti i) (?:mattina|mattine|giorno|giorni|sera)(?: (?:prima|dopo) (?:del|il) lavoro| al parco)?`,
  String.raw`(?:mon|ma|notre|le) (?:chef|patron|patronne|responsable|directeur|directrice|collegue) (?:court|nage|fait du velo|va a la salle) (?:tous les|chaque) (?:matins?|jours?|soirs?)(?: (?:avant|apres) le travail| au parc)?`,
  String.raw`(?:o meu|meu|a minha|minha|o nosso|o) (?:chefe|gerente|supervisor|supervisora|colega) (?:corre|nada|pedala|vai a academia) (?:todas as|todos os|cada) (?:manhas|manha|dias|dia|noites)(?: (?:antes|depois) do trabalho| no parque)?`,
  String.raw`(?:mein|meine|unser|unsere|der|die) (?:chef|chefin|vorgesetzter|vorgesetzte|kollege|kollegin) (?:lauft|laeuft|joggt|schwimmt|radelt|geht ins fitnessstudio) (?:jeden|jede|jeden tag|jeden morgen)(?: (?:morgen|tag|abend))?(?: (?:vor|nach) der arbeit| im park)?`,
].join('|');

// Wanting more of ordinary things: hours, shifts, pay, days off ("quiero más horas", "I'd like more shifts").
const WISH = [
  String.raw`(?:i (?:want|need|would like|'?d like|wish for|am asking for|ask for)|i'?m asking for|can i (?:get|have)|could i (?:get|have)|please give me|we want|we need) (?:more |extra |some more |better |a |an )?(?:hours|shifts|overtime|pay|money|days off|holidays?|vacation|time off|a raise|raise|a pay rise|pay rise|stable hours|full ?time|a contract|a permanent contract|work|flexibility|flexible hours)`,
  String.raw`(?:quiero|quisiera|necesito|me gustaria|queremos|necesitamos|pido) (?:mas |un |una |unas |mejor |mejores )?(?:horas|turnos|horas extras?|sueldo|salario|dinero|dias libres|vacaciones|aumento|contrato|trabajo|jornada completa|flexibilidad)`,
  String.raw`(?:je veux|je voudrais|j'aimerais|il me faut|on veut|nous voulons) (?:plus d'|plus de |davantage d'|davantage de |des |une |un )?(?:heures|horaires|services|salaire|argent|conges|vacances|augmentation|contrat|cdi|travail|flexibilite)`,
  String.raw`(?:ich will|ich mochte|ich moechte|ich hatte gern|ich haette gern|ich brauche|wir wollen) (?:mehr |eine |einen |bessere )?(?:stunden|schichten|uberstunden|ueberstunden|lohn|gehalt|geld|urlaub|freie tage|gehaltserhohung|gehaltserhoehung|lohnerhohung|lohnerhoehung|vertrag|festvertrag|arbeit|flexibilitat|flexibilitaet)`,
  String.raw`(?:quero|queria|preciso|gostaria de|queremos|precisamos) (?:mais |um |uma |melhor )?(?:horas|turnos|horas extras?|salario|dinheiro|folgas?|ferias|aumento|contrato|trabalho)`,
  String.raw`(?:voglio|vorrei|ho bisogno di|vogliamo|servirebbe|mi servirebbe|ci servirebbe|ci vorrebbe) (?:piu |un |una |uno )?(?:ore|turni|straordinari|stipendio|soldi|ferie|giorni liberi|aumento|contratto|lavoro|flessibilita)`,
  String.raw`(?:chce|chcialabym|chcialbym|potrzebuje|chcemy) (?:wiecej |wyzsz[aey] |)(?:godzin|zmian|nadgodzin|pensji|pieniedzy|urlopu|podwyzki|umowy|pracy)`,
  String.raw`(?:gusto ko|kailangan ko) (?:ng |nang )?(?:dagdag na |mas maraming )?(?:oras|shift|sahod|pera|day off|bakasyon|trabaho)`,
  String.raw`(?:toi |em )?(?:muon|can|xin) (?:them |nhieu )?(?:gio lam|gio|ca|tang ca|luong|tien|ngay nghi|nghi phep)(?: lam| hon)?`,
  String.raw`(?:我)?(?:想|想要|希望|需要)(?:多|多加点|加点|更多)?(?:加班|工时|班|钱|工资|假期|休假|涨工资)`,
  String.raw`(?:اريد|أريد|ابغى|بدي|احتاج|أحتاج) (?:ساعات|ساعات اكثر|ساعات أكثر|ساعات اضافيه|راتب|زياده|زيادة|اجازه|إجازة|عمل)(?: \S+)?`,
].join('|');

// Short-staffed, and asking someone to cover (blind round 25: "we're a man down today, can someone cover" was read as
// safety): a rota's gap, not a person down.
const STAFFING = [
  String.raw`(?:we'?re|we are|were|we'?ll be|we will be|we'?ve been|we have been|being|still) (?:a |one |two |three |\d+ )?(?:man|men|person|people|member|members|staff|worker|workers|pair of hands) (?:down|short)(?: (?:today|tonight|tomorrow|again|this (?:week|weekend|morning|afternoon|evening|shift)|on (?:nights|days|lates|earlies|the (?:\w+ )?(?:shift|rota|line|team))))*|(?:we'?re|we are|were) (?:so |really |very )?short[- ]?staffed(?: (?:today|tonight|again|this week))?`,
  String.raw`(?:can|could|will|would) (?:someone|somebody|anyone|anybody|you) (?:please )?(?:cover|swap|take)(?: (?:my|the|a|this|that|their|his|her|today'?s|tonight'?s) (?:\w+ )?(?:shift|shifts|slot|hours|lates|earlies))?(?: for (?:me|us|him|her))?`,
].join('|');

// Being the only one of one's kind on a shift, and nobody helping or explaining the work (blind round 27: "ich bin der
// einzige Azubi in der Schicht und niemand erklärt mir was" read as self-harm): a trainee left alone with the job, not
// a person in danger. "Keiner hilft mir" after anything more ("er schlägt mich, keiner hilft mir") is kept for the model.
const ALONE_AT_WORK = [
  String.raw`(?:i'?m|i am|im) the only (?:\w+ )?(?:apprentice|trainee|intern|new (?:guy|girl|starter|hire|one)|temp|junior|starter|one)(?: (?:here|on (?:the |my |this )?(?:\w+ )?(?:shift|team|line|floor|site)|in (?:the |my |this )?(?:\w+ )?(?:shift|team|office|department|warehouse|store|kitchen)))?|(?:nobody|no one|no-one|noone) (?:ever )?(?:helps?|explains?|shows?|trains?|tells?) (?:me )?(?:anything|what to do|how (?:it works|to do (?:it|anything))|the ropes)?`,
  String.raw`(?:ich bin|bin) (?:der|die) einzige (?:\w+ )?(?:azubi|auszubildende|lehrling|praktikant(?:in)?|neue|aushilfe|werkstudent(?:in)?)(?: hier| (?:in|auf|bei) (?:der|dem|meiner|meinem|unserer|unserem) \w+)?|(?:keiner|niemand|kein mensch|keiner hier|niemand hier) (?:hilft|erklart|erklaert|zeigt|sagt)(?: mir)?(?: (?:was|etwas|nichts|wie es geht|wie das geht|irgendwas))?`,
  String.raw`(?:soy|yo soy) (?:el|la) unic[oa] (?:\w+ )?(?:aprendiz|becari[oa]|practicante|nuev[oa]|eventual)(?: aqui| (?:en|del) (?:el |la |mi )?\w+)?|(?:nadie|ninguno) me (?:ayuda|explica|ensena|dice) (?:nada|como)?`,
  String.raw`(?:je suis|j'suis) (?:le|la) seule? (?:\w+ )?(?:apprenti(?:e)?|stagiaire|alternant(?:e)?|nouveau|nouvelle|interimaire)(?: ici| (?:dans|de|sur) (?:l'|le |la |mon |ma )?\w+)?|personne (?:ne )?m'(?:aide|explique|apprend|montre)(?: rien| comment)?`,
].join('|');

// Waking up hoped against for an ordinary reason (u32: "I hope I don't wake up late tomorrow", "I hope the kids don't
// wake up" read as self-harm by the model): late, early, sick, hungover, or someone else woken. "I hope I don't wake up
// (tomorrow)" says nothing more and is left to the rules, which read it as self-harm.
const WAKING = [
  String.raw`(?:i )?(?:hope|hoping|pray|praying|fingers crossed) (?:that )?(?:i|we) (?:don'?t|dont|do not|won'?t|wont|will not) (?:wake|get) up (?:(?:so |too |really )?(?:late|early|sick|ill|tired|grumpy|hungover|cranky|sore|stiff|again in the night|in the night|at \d+|with (?:a |the )?(?:hangover|headache|migraine|cold|flu|sore \w+|stiff \w+|cramp|fever))|before (?:my |the )?alarm)(?: (?:tomorrow|tonight|again|this time|for work|for my shift))*`,
  String.raw`(?:i )?(?:hope|hoping|pray|praying|fingers crossed) (?:that )?(?:the |my |our |his |her )?(?:kids?|children|child|baby|babies|toddler|twins|son|daughter|little one|wife|husband|partner|neighbou?rs?|flatmates?|roommates?|dog|cat|house|whole house|family) (?:don'?t|dont|do not|doesn'?t|doesnt|does not|won'?t|wont|will not) wake(?: up)?(?: (?:again|tonight|too early|early|before \d+|in the night|at night))*`,
  String.raw`(?:espero|ojala) (?:que )?(?:no (?:me )?despert(?:arme|ar|e) (?:tarde|temprano|enferm[oa]|con resaca)|(?:los|mis|el|la|mi) (?:ninos|hijos|nenes|bebe|nena|nene|vecinos) no se desp(?:ierte|ierten))`,
  String.raw`j'espere (?:que )?(?:je ne (?:me )?(?:reveille|leve) pas (?:en retard|trop tard|trop tot|malade)|(?:les|mes|le|la|mon|ma) (?:enfants|gosses|bebe|petits|voisins) ne se reveille(?:nt)? pas)`,
  String.raw`(?:ich hoffe|hoffentlich) (?:dass )?(?:ich (?:nicht )?(?:verschlafe|zu spat aufwache|zu spaet aufwache)|(?:die|meine|das|mein) (?:kinder|kleinen|baby|nachbarn) (?:nicht )?(?:aufwach(?:en|t)|wach werden|wach wird)(?: nicht)?)`,
].join('|');

// Around a sentence: punctuation, an emoji, "and", "but", "please", "y", "et", "und".
const FILL = String.raw`(?:[\s\p{P}\p{S}]|\b(?:and|but|also|please|pls|too|y|pero|tambien|por favor|et|mais|aussi|svp|und|aber|auch|bitte|e|mas|tambem|ma|anche|i|ale|tez|at|pero|va|nhung|cung|و)\b)*`;
/** The ordinary-life expression's source: its literal condition is stored at build time (stored-conditions.ts). */
export const ORDINARY_SOURCE = String.raw`^${FILL}(?:(?:${foldPattern(TIRED)}|${foldPattern(FAMILY)}|${foldPattern(WISH)}|${foldPattern(STAFFING)}|${foldPattern(ALONE_AT_WORK)}|${foldPattern(WAKING)}|${foldPattern(AGES)}|${foldPattern(MERIT)}|${foldPattern(SAID_BY)}|${foldPattern(SAID_THAT)}|${foldPattern(UNWORRIED)}|${foldPattern(LEAVE)}|${foldPattern(ROUTINE)}|${foldPattern(PRAISE_OF_PARTIES_AND_FOOD)})${FILL})+$`;
const ORDINARY = new RegExp(ORDINARY_SOURCE, 'u');
// Asked first: V8 compiles the 5,000-character expression on its first run; a sentence without any of its phrases
// cannot match it.
const MAY_BE_ORDINARY = possibleMatchStored(ORDINARY_SOURCE);
// A sentence ends at these marks, or at a line break.
const SENTENCE = /[^.!?;\n。！？；]+[.!?;\n。！？；]*/gu;

/**
 * The folded text with each sentence that only tells of tiredness, children, ordinary wishes, a rota's gap or praise of a
 * party or a meal (praise-of-parties-and-food.ts) blanked.
 */
export function withoutOrdinaryLife(folded: string): string {
  return folded.replace(SENTENCE, (sentence) =>
    MAY_BE_ORDINARY(sentence) && ORDINARY.test(sentence) ? ' '.repeat(sentence.length) : sentence,
  );
}
