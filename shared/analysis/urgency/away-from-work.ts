/*
 * An injury or illness that happened away from work or long ago: "my kid broke his arm at soccer so I need Friday
 * off", "recovering from knee surgery, thanks for the flowers", "my dad had a heart attack last year", "mi hijo se
 * rompió el brazo jugando al fútbol". The writer tells why they need time off or says thanks; nothing on site needs
 * anyone. Such a sentence is not read by the safety rules (like a repaired hazard, resolved.ts).
 *
 * Only when the sentence says so plainly: the writer or someone of their family (or a pet) was hurt or ill, at a
 * sport, at home, on holiday, long ago, or the writer is recovering or asks for time off for it; and nothing in it
 * points at work (a shift, the line,
 * a machine, a colleague, the site). "My son works here and broke his arm on the conveyor", "I broke my wrist on the
 * loading dock last year and the ramp is still broken" stay reports. Only safety is affected.
 */
import { keptAnswers } from './kept-answers';
import { foldPattern } from './normalise';

// Someone of the writer's family, or a pet (folded), in English, es, fr, de, pt, it, pl, tl, vi, zh, ar.
const FAMILY = [
  String.raw`\b(?:my|our) (?:(?:little|baby|eldest|oldest|youngest|older|younger|big|step|\d+[- ]?y(?:ea)?r?[- ]?old) )?(?:kids?|sons?|daughters?|child|children|boy|girl|baby|toddler|twins|wife|husband|partner|spouse|boyfriend|girlfriend|fiancee?|mum|mom|mommy|mummy|mother|dad|daddy|father|parents?|grand(?:ma|pa|mother|father|parents?|son|daughter|kids?)|nan|nana|gran|granny|brother|sister|siblings?|uncle|aunt|auntie|cousin|niece|nephew|dog|cat|puppy|kitten|family|in-laws?|(?:mother|father|brother|sister)[- ]in[- ]law|stepson|stepdaughter|stepmum|stepmom|stepdad)\b`,
  String.raw`\b(?:mi|mis|nuestr[oa]s?) (?:hij[oa]s?|nin[oa]s?|bebe|esposa|esposo|marido|mujer|pareja|novi[oa]|madre|mama|padre|papa|padres|abuel[oa]s?|herman[oa]s?|ti[oa]|prim[oa]|sobrin[oa]|perro|perra|gato|gata|suegr[oa])\b`,
  String.raw`\b(?:mon|ma|mes|notre|nos) (?:fils|fille|filles|enfants?|bebe|femme|mari|epoux|epouse|compagne?|conjointe?|copain|copine|mere|maman|pere|papa|parents|grand-mere|grand-pere|grands-parents|frere|soeur|oncle|tante|cousine?|neveu|niece|chien|chienne|chat|chatte|belle-mere|beau-pere)\b`,
  String.raw`\b(?:mein|meine|meinem|meiner|meinen|unser|unsere|unserem|unserer) (?:sohn|tochter|kind|kinder|baby|frau|mann|partner(?:in)?|freund(?:in)?|mutter|mama|vater|papa|eltern|oma|opa|gro(?:ss)?mutter|gro(?:ss)?vater|bruder|schwester|onkel|tante|cousine?|neffe|nichte|hund|katze|schwiegermutter|schwiegervater)\b`,
  String.raw`\b(?:meu|minha|meus|minhas|nosso|nossa) (?:filh[oa]s?|crianc[ae]s?|bebe|espos[oa]|marido|mulher|namorad[oa]|mae|pai|pais|avo|avos|irma|irmao|irmaos|ti[oa]|prim[oa]|sobrinh[oa]|cachorro|cachorra|gat[oa]|sogr[oa])\b`,
  String.raw`\b(?:mio|mia|miei|mie|nostro|nostra|il mio|la mia) (?:figli[oa]?|figlie|bambin[oaie]|moglie|marito|compagn[oa]|ragazz[oa]|fidanzat[oa]|madre|mamma|padre|papa|genitori|nonn[oaie]|fratello|sorella|zi[oa]|cugin[oa]|nipote|cane|gatt[oa]|suocer[oa])\b`,
  String.raw`\b(?:moj|moja|moje|moi|mojego|mojej|moim|nasz|nasza|nasze) (?:syn\w*|corka|corki|corce|dziec\w*|zon\w*|maz\w*|partner\w*|chlopak\w*|dziewczyn\w*|mam\w*|matk\w*|tat\w*|ojciec|ojca|rodzic\w*|babci\w*|babka|dziadek|dziadka|brat\w*|siostr\w*|wujek|ciocia|pies|psa|kot\w*|tesciow\w*)\b`,
  String.raw`\b(?:anak|asawa|nanay|tatay|mama|papa|kapatid|lola|lolo|pamangkin|aso|pusa) (?:ko|namin)\b`,
  String.raw`\b(?:con (?:toi|em|trai toi|gai toi)|vo toi|chong toi|me toi|bo toi|cha toi|ong toi|ba toi|anh toi|chi toi|em toi|cho nha toi|meo nha toi)\b`,
  String.raw`我(?:儿子|兒子|女儿|女兒|孩子|老婆|老公|妈妈|媽媽|爸爸|妈|媽|爸|爷爷|爺爺|奶奶|外婆|外公|哥哥|姐姐|弟弟|妹妹|家的狗|家的猫|家的貓)`,
  String.raw`ابني|بنتي|ابنتي|اولادي|عيالي|زوجتي|زوجي|امي|ابي|ابوي|اخوي|اخي|اختي|جدي|جدتي`,
].join('|');

// The writer's own injury at leisure, long ago, or healing: at a sport, on holiday, last year, recovering.
const AWAY_OR_PAST = [
  String.raw`\b(?:last|this past) (?:year|month|summer|winter|spring|autumn|fall|christmas|easter|weekend|holidays?|season)\b|\b(?:years?|decades?|months) ago\b|\bas a (?:kid|child|teenager|teen|boy|girl)\b|\bwhen i was (?:a kid|a child|young|little|a teenager|\d+)\b|\bin (?:19|20)\d\d\b|\b(?:on|at) (?:holiday|holidays|vacation|leave|my day off|the weekend)\b|\b(?:off|on) (?:my|his|her|their|a) (?:push ?)?(?:bike|bicycle|motorbike|scooter|skateboard|horse|board)\b|\bover the (?:weekend|holidays?)\b|\bskiing|snowboarding|surfing|climbing|hiking|cycling|biking|skating|skateboarding|horse ?riding|trampolin\w*|\b(?:at|during|in|playing|from) (?:(?:my|his|her|their|the|a|an|sunday|saturday|weekend|five-a-side|pickup) )*(?:soccer|football|rugby|hockey|basketball|netball|cricket|baseball|softball|volleyball|tennis|squash|badminton|golf|gym|the gym|karate|judo|boxing|martial arts|dance|ballet|gymnastics|swimming|sport|sports|practice|match|game|tournament|marathon|race|training session|pe|school|nursery|daycare|kindergarten|home|the park|the playground|the beach|the pool)\b|\b(?:recovering|recovery|recuperating|healing|convalescing|back) (?:from|after)\b|\bneed (?:\w+ ){0,2}off\b|\b(?:leave|leaving|go|going|finish) (?:\w+ ){0,2}early\b|\b(?:time|day|days|week|weeks) off\b|\b(?:annual|compassionate|sick|parental|family) leave\b|\btake (?:\w+ ){0,2}off\b|\b(?:can'?t|cannot|won'?t|will not) (?:come|be) in\b|\bstay(?:ing)? (?:at )?home\b|\b(?:look|looking) after\b|\btake care of\b|\bappointments?\b|\b(?:thanks|thank you) (?:all |everyone )?for (?:the |your )?(?:flowers|card|cards|gifts?|kind words|well wishes|get well)|\bget well\b`,
  String.raw`\b(?:el ano pasado|el mes pasado|el verano pasado|hace (?:\w+ )?(?:anos|meses)|de vacaciones|el fin de semana|jugando (?:al |a )?\w+|en el (?:partido|futbol|gimnasio|colegio|parque)|en la (?:escuela|guarderia|playa|piscina)|en casa|recuperandome|me estoy recuperando|de baja por)\b`,
  String.raw`\b(?:l'an dernier|l'annee derniere|le mois dernier|l'ete dernier|il y a (?:\w+ )?(?:ans|mois)|en vacances|ce week-end|le week-end|au foot|au football|au rugby|au ski|au sport|a la gym|au match|a l'ecole|a la creche|a la maison|en jouant|en convalescence|je me remets|je recupere)\b`,
  String.raw`\b(?:letztes jahr|letzten monat|letzten sommer|vor (?:\w+ )?(?:jahren|monaten)|im urlaub|am wochenende|beim (?:fussball|sport|skifahren|handball|training|spielen)|in der schule|im kindergarten|zu hause|zuhause|beim spielen)\b`,
  String.raw`\b(?:ano passado|mes passado|ha (?:\w+ )?(?:anos|meses)|de ferias|nas ferias|no fim de semana|jogando (?:\w+ )?\w+|no futebol|na escola|na creche|em casa|me recuperando|me recuperei)\b`,
  String.raw`\b(?:l'anno scorso|il mese scorso|l'estate scorsa|(?:\w+ )?anni fa|(?:\w+ )?mesi fa|in vacanza|in ferie|nel fine settimana|giocando a \w+|a calcio|a scuola|all'asilo|a casa|mi sto riprendendo|in convalescenza)\b`,
  String.raw`\b(?:w zeszlym (?:roku|miesiacu)|zeszlego lata|(?:\w+ )?(?:lat|miesiecy) temu|na (?:urlopie|wakacjach|nartach|snowboardzie|rowerze|meczu|treningu|silowni|basenie|boisku)|w weekend|grajac w \w+|w (?:szkole|przedszkolu|domu)|dochodze do siebie|na zwolnieniu|na (?:wf|w-f|lekcji)\w*|musze (?:wyjsc|wyjechac) wczesniej|musze (?:wziac|miec) wolne|dziekuje za (?:kwiaty|kartke))\b`,
  String.raw`\b(?:noong isang taon|noong nakaraang (?:taon|buwan|linggo)|(?:\w+ )?taon na ang nakalipas|(?:nung|sa) bakasyon|sa (?:basketball|volleyball|liga|gym|paaralan|eskwela|bahay|dagat|beach)|naglalaro ng \w+|nagpapagaling|salamat sa (?:bulaklak|card|regalo))\b`,
  String.raw`\b(?:nam ngoai|nam truoc|thang truoc|truot tuyet|khi (?:choi \w+|da bong|di boi|dap xe|leo nui)|ky nghi|cuoi tuan|o nha|o truong|dang hoi phuc|cam on (?:moi nguoi|ca nha|vi hoa))\b`,
  String.raw`去年|上个月|上個月|几年前|幾年前|小时候|小時候|滑雪|打球|踢球|篮球|籃球|足球|健身房|放假|度假|周末|週末|在家|在学校|在學校|康复|康復|养伤|養傷|谢谢大家|謝謝大家|请假|請假`,
  String.raw`السنه الماضيه|العام الماضي|الشهر الماضي|اتزلج|التزلج|تزلج|في الاجازه|في العطله|نهايه الاسبوع|في البيت|بالبيت|في المدرسه|كره القدم|الكوره|النادي|الجيم|شكرا علي الورد|اتعافي|اتعالج`,
].join('|');

// What says the sentence is about work after all: then it is a report, whoever was hurt.
const AT_WORK = [
  String.raw`\b(?:at work|work|works|working|worked|job|shift|shifts|on site|onsite|site|here|warehouse|plant|factory|depot|dock|docks|yard|line|floor|store|shop floor|office|canteen|car park|parking|loading|bay|aisle|racking|rack|forklift|machine|machines|conveyor|press|ladder|scaffold\w*|pallet|truck|van|equipment|tool|tools|chemical|spill|leak|exit|coworkers?|co-workers?|colleagues?|manager|boss|supervisor|foreman|lead|company|employer|customer|client|patient|ward|guard|hazard|unsafe|nobody|no one|still|again|keeps?)\b`,
  String.raw`\b(?:trabajo|trabaja|trabajando|turno|obra|almacen|planta|fabrica|nave|muelle|oficina|maquina|carretilla|escalera|companer[oa]s?|jefe|jefa|encargad[oa]|empresa|cliente)\b`,
  String.raw`\b(?:travail|boulot|taf|travaille|poste|chantier|entrepot|usine|atelier|quai|bureau|machine|chariot|echelle|collegues?|chef|responsable|entreprise|client)\b`,
  String.raw`\b(?:arbeit|arbeitet|schicht|baustelle|lager|halle|werk|fabrik|buro|maschine|stapler|leiter|kollegen?|kollegin|chef|chefin|vorgesetzte\w*|firma|betrieb|kunde)\b`,
  String.raw`\b(?:trabalho|trabalha|turno|obra|armazem|fabrica|galpao|escritorio|maquina|empilhadeira|escada|colegas?|chefe|empresa|cliente)\b`,
  String.raw`\b(?:lavoro|lavora|turno|cantiere|magazzino|stabilimento|fabbrica|capannone|ufficio|macchina|muletto|scala|collegh[ie]|collega|capo|responsabile|azienda|cliente)\b`,
  String.raw`\b(?:zmian\w*|magazyn\w*|hal[aie]|zaklad\w*|fabryk\w*|biur\w*|maszyn\w*|wozek|wozka|drabin\w*|kolega z pracy|kierownik\w*|szef\w*|brygadzist\w*|firm\w*|klient\w*)\b`,
  String.raw`\b(?:trabaho|shift|bodega|planta|pabrika|makina|forklift|hagdan|katrabaho|supervisor|amo|kumpanya|opisina)\b`,
  String.raw`\b(?:cong ty|xuong|nha may|kho|ca lam|ca dem|may moc|xe nang|dong nghiep|quan ly|to truong|o cho lam)\b`,
  String.raw`上班时|上班時|车间|車間|仓库|倉庫|工厂|工廠|工地|机器|機器|叉车|叉車|同事|主管|组长|組長|公司|厂里|廠裡`,
  String.raw`الشغل|العمل|الدوام|الشفت|المستودع|المصنع|الورشه|الماكينه|الرافعه|زميل|المشرف|المدير|الشركه`,
].join('|');

// An injury or illness: what makes the sentence the kind the safety rules would read.
const HURT = [
  String.raw`\b(?:broke|broken|break|breaks|fractur\w*|sprain\w*|twisted|torn|tore|dislocat\w*|injur\w*|hurt|hurts|cut|burn\w*|concussion|stitches|cast|surgery|operation|op|heart attack|stroke|seizure|cancer|chemo|sick|ill|illness|flu|covid|virus|fever|hospital\w*|a&e|er|icu|accident|crash|fell|fall|fallen|bitten|bled|bleeding|ambulance|passed out|fainted|collapsed|died|passed away|funeral)\b`,
  String.raw`\b(?:se rompio|rompio|roto|rota|fractura\w*|esguince|herid[oa]|lesion\w*|operacion|cirugia|infarto|ataque al corazon|enferm[oa]|hospital\w*|accidente|se cayo|cayo|quemadura)\b`,
  String.raw`\b(?:casse|cassee|s'est casse|fracture|entorse|blesse\w*|operation|chirurgie|infarctus|crise cardiaque|malade|hopital|hospitalise\w*|accident|tombe\w*|brulure)\b`,
  String.raw`\b(?:gebrochen|bruch|verstaucht|verletzt\w*|verletzung|operation|op|herzinfarkt|schlaganfall|krank|krankenhaus|unfall|gesturzt|hingefallen|verbrannt)\b`,
  String.raw`\b(?:quebrou|quebrad[oa]|fratur\w*|torceu|machucad[oa]|ferid[oa]|lesao|cirurgia|operacao|infarto|ataque cardiaco|doente|hospital\w*|acidente|caiu|queimadura)\b`,
  String.raw`\b(?:rotto|rotta|frattura\w*|slogat[oa]|distorsione|ferit[oa]|infortun\w*|operazione|intervento|infarto|malat[oa]|ospedale|ricoverat[oa]|incidente|caduto|caduta|ustione)\b`,
  String.raw`\b(?:zlamal\w*|zlaman\w*|zlamanie|skrecil\w*|skrecon\w*|zwichn\w*|kontuzj\w*|uraz\w*|operacj\w*|zabieg\w*|zawal\w*|udar\w*|chor\w*|szpital\w*|wypad(?:ek|ku)|upadl\w*|przewrocil\w*|poparzy\w*)\b`,
  String.raw`\b(?:nabali|bali|napilay|pilay|nasugatan|sugat|naoperahan|operasyon|atake sa puso|stroke|nagkasakit|may sakit|ospital|naaksidente|aksidente|nahulog|natumba|napaso)\b`,
  String.raw`\b(?:gay (?:chan|tay)|bi gay|gay xuong|bong gan|bi thuong|chan thuong|phau thuat|dau tim|dot quy|nhap vien|benh vien|tai nan|bi nga)\b`,
  String.raw`摔断|摔斷|骨折|断了|斷了|扭伤|扭傷|受伤|受傷|手术|手術|心脏病|心臟病|中风|中風|生病|住院|医院|醫院|车祸|車禍|摔倒|烫伤|燙傷`,
  String.raw`كسرت|انكسرت|مكسور|كسر|التواء|اصابه|انصبت|اصبت|عمليه|جراحه|جلطه|مريض|مرض|المستشفي|حادث|وقعت|طحت`,
].join('|');

const FAMILY_PATTERN = new RegExp(foldPattern(FAMILY), 'u');
const AWAY_OR_PAST_PATTERN = new RegExp(foldPattern(AWAY_OR_PAST), 'u');
const AT_WORK_PATTERN = new RegExp(foldPattern(AT_WORK), 'u');
const HURT_PATTERN = new RegExp(foldPattern(HURT), 'u');
// The writer speaks of themself: an injury at a sport or long ago is theirs ("I", "je", "ich", "mi sono", Polish
// "złamałem", "我", "رجلي").
const WRITER =
  /(?:^|\s)(?:i|i'm|i've|im|me|my|yo|me|je|j'ai|je me|ich|mir|mich|eu|io|mi|ja|mnie|ako|ko|toi|minh|\p{L}+[aeiouy]l(?:em|am))(?=\s|[,.!?]|$)|我|انا|رجلي|يدي|ايدي|ظهري|ركبتي|راسي/u;
// A sentence that starts with what happened, the writer left out as people do in a hurry: "fell down the stairs at home".
const WRITER_LEFT_OUT =
  /^\s*(?:fell|broke|hurt|sprained|twisted|cut|burned|burnt|slipped|tripped|pulled|tore|fractured|dislocated|had|got|did)\b/u;

// Sentences end at these; a line break too.
const SENTENCE = /[^.!?;\n。！？；]+[.!?;\n。！？；]*/gu;

/** Whether a folded sentence tells of an injury or illness of the writer's family, or of the writer away from work. */
export function isHurtAwayFromWork(sentence: string): boolean {
  if (!HURT_PATTERN.test(sentence) || AT_WORK_PATTERN.test(sentence.replace(TIME_OFF_WORK, ' '))) return false;
  return (
    (FAMILY_PATTERN.test(sentence) || WRITER.test(sentence) || WRITER_LEFT_OUT.test(sentence)) &&
    AWAY_OR_PAST_PATTERN.test(sentence)
  );
}
// "Time off work", "back to work", "thanks for covering my shifts": the writer's absence, not the place of the injury.
const TIME_OFF_WORK =
  /\b(?:(?:off|from|miss|missing|back to|return to|returning to|away from|leave from|time off) work|(?:cover(?:s|ed|ing)?|pick(?:s|ed|ing)? up|swap(?:s|ped|ping)?|took|taking|take|do|did|doing|work(?:ed|ing)?|miss(?:ed|ing)?|(?:be |get |got )?back (?:on|for)) (?:(?:all|some|a few|one|two) of )?(?:my|his|her|their|our) (?:\w+ )?shifts?)\b/gu;

/**
 * The folded text with each sentence of an injury or illness away from work blanked out, for the safety rules
 * (and for the model's gate, which asks again about the same text: its last answers are kept).
 */
export const withoutInjuriesAwayFromWork = keptAnswers(injuriesAwayFromWorkBlanked);

function injuriesAwayFromWorkBlanked(folded: string): string {
  if (!HURT_PATTERN.test(folded)) return folded;
  return folded.replace(SENTENCE, (sentence) =>
    isHurtAwayFromWork(sentence) ? ' '.repeat(sentence.length) : sentence,
  );
}
