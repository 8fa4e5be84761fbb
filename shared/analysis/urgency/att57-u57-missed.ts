import { isGivenName, isWordlikeName } from '../given-names';
import { type LazyPattern, lazyPattern } from '../lazy-pattern';
import { type Reading, withKindsAdded } from './kinds-added';
import { fold, foldPattern } from './normalise';
import { shortSentences } from './short-sentences';

/*
 * The gravest reports the att57 attack (2026-12-08) found calm or sent to one owner of two (u57; docs/escalations.md):
 * - a dead person said plainly, with no fall or machine named ("he's dead on the floor by press 3", "i found miguel
 *   dead in the cooler", "il est mort", "er ist tot", "on nie żyje", "anh ấy chết rồi", "他死了", "він мертвий"): safety,
 *   in en es fr pt de it pl tl vi ar zh uk ru. A person must be named (a pronoun, a role, a given name): "my phone is
 *   dead", "the line is dead", "I'm dead tired", "estoy muerto", "je suis mort de rire", "笑死了" name none. A death in
 *   the family with leave or a funeral asked for, a film, a game, a laugh or an "if" stay as the other rules read them;
 * - someone who took something and will not wake, respond or breathe, or who overdosed there (an overdose): safety,
 *   and self-harm too when it was taken to die;
 * - self-harm said indirectly in English, Spanish, French and Portuguese: pills saved with the count known, a plan and
 *   a date, things or a pet given away with the end ready, nobody missing the writer after a day, no burden much
 *   longer, a last shift with a message of love for the family.
 * Each reading needs its parts in one sentence (or the text for a guard); every gap is bounded. Cyrillic, Arabic and
 * Chinese words are bounded by letters, not `\b` (ASCII only). Tests: test/unit/analysis/urgency-att57-u57.test.ts.
 */

const NB = String.raw`(?<![\p{L}])`;
const NA = String.raw`(?![\p{L}])`;
const p = (source: string): LazyPattern => lazyPattern(foldPattern(source), 'u');

// ---- A dead person -------------------------------------------------------------------------------------------------

const EN_PERSON_NOUN = String.raw`(?:co-?workers?|workmates?|colleagues?|guys?|man|men|woman|women|lady|girl|boy|kid|workers?|employees?|driver|guard|security|operator|welder|mechanic|electrician|foreman|supervisor|manager|boss|cashier|cook|chef|cleaner|janitor|picker|packer|loader|temp|trainee|apprentice|partner|buddy|friend|contractor|roofer|painter|labou?rer|technician|tech|trucker|customer|dishwasher|porter|nurse|lead|dude)`;
// He, she, a role ("the night guard", "my coworker"); a given name is checked apart (EN_NAMED).
const EN_WHO = String.raw`(?:he|she|hes|shes|he's|she's|they|they're|theyre|someone|somebody|(?:my|our|the|a|this|that|one|his|her) (?:\w+ )?${EN_PERSON_NOUN})`;
const EN_ADV = String.raw`(?: (?:already|definitely|totally|really|actually|completely|probably|just|def|prob))?`;
const EN_IS = String.raw`(?:'s| (?:is|was|are|seems|looks|must be|might be|may be))${EN_ADV}`;
// "hes dead", "she's dead": the verb is in the word.
const EN_WHO_IS = String.raw`(?:(?:hes|shes|he's|she's|they're|theyre)${EN_ADV}|${EN_WHO}${EN_IS})`;
// What may follow "dead" when a person is: the end, a place, a call for help. Not "dead tired", "dead serious",
// "dead on his feet", "dead to me", "dead in the water", "dead if the boss finds out".
const EN_DEAD_THEN = String.raw`(?=\s*(?:$|[,:)]|\s(?:in (?!the water)|inside (?:the|a|his|her)|on (?:the|a|his|her|their|our|my) (?!feet|money)|at (?:the|his|her|a|our)|by|near|behind|under|beside|next to|out back|i think|call|help|please|omg|bro|dude|man|we|someone|nobody|no one|not breathing|no pulse|cold|right (?:here|there|now|by|next)|over there|here|there)\b))`;
const EN_DEAD = String.raw`\b${EN_WHO_IS} dead${EN_DEAD_THEN}|\bfound (?:him|her|them|${EN_WHO}) (?:lying )?dead${EN_DEAD_THEN}|\b${EN_WHO} (?:just |has |had )?died (?:(?:\w+ ){0,2}(?:at|on|in|by|near|behind|inside) (?:his|her|their|the|a|our|my) (?:\w+ )?(?:station|workstation|post|desk|line|machine|press|register|till|counter|booth|bench|truck|forklift|cab|floor|dock|bay|aisle|locker ?room|break ?room|bathroom|restroom|toilet|warehouse|yard|site|shop|plant|kitchen|cooler|freezer|walk-?in|office|van|seat|shift)|on (?:shift|the job|site|the clock)|at work|right (?:here|there|in front of (?:me|us)))\b|\b${EN_WHO} (?:just )?died$`;
// A given name: "roberto is dead", "i found miguel dead in the cooler", "i think tomas is dead".
const EN_NAMED = String.raw`\b([a-z]+)${EN_IS} dead${EN_DEAD_THEN}|\bfound ([a-z]+) (?:lying )?dead${EN_DEAD_THEN}`;

const ES_WHO = String.raw`(?:el|ella|(?:el|la|mi|nuestro|nuestra|un|una|este|ese) (?:\w+ )?(?:compa|companer[oa]|chavo|chava|senor|senora|guardia|vigilante|chofer|operador[a]?|trabajador[a]?|muchach[oa]|jefe|jefa|supervisor[a]?|cocinero|cajer[oa]|chico|chica|hombre|mujer|colega|empleado|empleada|velador)|compa|companer[oa]|don \w+|dona \w+)`;
const ES_DEAD = String.raw`(?:^|,|\by\b|\bque\b|\b${ES_WHO}) ?(?:ya )?(?:esta|ta|sta) muert[oa]s?\b(?! (?:de|el|la|los|las|mi|tu|su|este|esta|ese|esa)\b)|\b${ES_WHO} (?:se )?(?:murio|ha muerto|acaba de morir|fallecio)\b(?! de (?:risa|cansancio|hambre|sueno|miedo|verguenza|aburrimiento))|\b(?:lo|la) (?:encontre|encontramos|encontraron|hallamos|hallaron) muert[oa]\b`;
const ES_NAMED = String.raw`\b([a-z]+) (?:ya )?(?:esta|ta) muert[oa]\b(?! de\b)|\b([a-z]+) (?:se )?(?:murio|ha muerto|acaba de morir)\b(?! de\b)`;

const FR_WHO = String.raw`(?:il|elle|(?:le|la|l'|mon|ma|notre|un|une) ?(?:\w+ )?(?:collegue|gars|mec|type|ouvrier|ouvriere|chauffeur|gardien|vigile|cariste|operateur|interimaire|chef|patron|cuisinier|caissier|caissiere|homme|femme|salarie|salariee|employe|employee|apprenti|technicien|pote|copain))`;
const FR_DEAD = String.raw`\b${FR_WHO} (?:est|est deja|est bien|vient de) (?:mort|morte|decede|decedee|mourir)\b(?! (?:de|d') ?(?:rire|fatigue|faim|froid|chaud|peur|honte|ennui|envie))|\b(?:on l'a|je l'ai|ils l'ont|on l'a re|je l'ai re)(?:re)?trouvee? morte?\b|\bj'ai (?:re)?trouve (?:\w+ )?(?:\w+ )?morte?\b(?! (?:de|d'))`;
const FR_NAMED = String.raw`\b([a-z]+) (?:est|est deja) (?:mort|morte|decede|decedee)\b(?! (?:de|d') ?(?:rire|fatigue|faim|froid|chaud|peur|honte|ennui|envie))`;

const DE_WHO = String.raw`(?:er|sie|(?:der|die|mein|meine|unser|unsere|ein|eine) (?:\w+ )?(?:kollege|kollegin|mann|frau|fahrer|fahrerin|wachmann|arbeiter|arbeiterin|mitarbeiter|mitarbeiterin|typ|kerl|azubi|vorarbeiter|chef|staplerfahrer|monteur|schweisser|leiharbeiter))`;
const DE_DEAD = String.raw`\b${DE_WHO} (?:ist|ist wohl|ist schon|ist glaube ich|scheint|liegt|ist einfach)(?: \w+)? (?:tot|gestorben)(?=\s*(?:$|[,:;)]|\s(?:im|in|auf|neben|hinter|unter|am|an|bei|vor dem|vor der|und(?! begraben)|ich|er|sie|wir|hilfe|bitte|ruft|liegt|atmet|bewegt|seit|da|dort|hier)\b))|\b(?:ihn|sie) (?:\w+ )?tot (?:aufgefunden|gefunden)\b`;
const DE_NAMED = String.raw`\b([a-z]+) (?:ist|ist wohl|ist schon|liegt) (?:tot|gestorben)(?=\s*(?:$|[,:;)]|\s(?:im|in|auf|neben|hinter|unter|am|an|bei|und|ich|er|sie|wir|hilfe|bitte|ruft|liegt|atmet|da|dort|hier)\b))`;

const PT_WHO = String.raw`(?:ele|ela|(?:o|a|meu|minha|nosso|nossa|um|uma|esse|essa) (?:\w+ )?(?:colega|cara|rapaz|moca|motorista|vigia|seguranca|operador|operadora|trabalhador|trabalhadora|funcionario|funcionaria|chefe|encarregado|cozinheiro|caixa|homem|mulher|menino|menina|parceiro|mano))`;
const PT_DEAD = String.raw`\b${PT_WHO} (?:ja )?(?:esta|ta|tá) mort[oa]\b(?! de\b)|\b${PT_WHO} (?:ja )?(?:morreu|faleceu)\b(?! de (?:rir|cansaco|fome|sono|medo|vergonha|tedio))|\b(?:achei|achamos|acharam|encontrei|encontramos|encontraram) (?:ele|ela|o \w+|a \w+) mort[oa]\b`;
const PT_NAMED = String.raw`\b([a-z]+) (?:ja )?(?:esta|ta|morreu|faleceu)(?: morto| morta)?\b(?! de\b)`;

const IT_WHO = String.raw`(?:lui|lei|(?:il|la|l'|lo|mio|mia|un|una|quel|quella) ?(?:\w+ )?(?:collega|ragazzo|ragazza|operaio|operaia|guardiano|autista|magazziniere|capo|capoturno|cuoco|cassiere|cassiera|uomo|donna|dipendente|vigilante|mulettista))`;
const IT_DEAD = String.raw`\b${IT_WHO} (?:e|sia|e gia|e appena) (?:morto|morta|deceduto|deceduta)\b(?! (?:di|dal|dalla|dalle) (?:fame|sonno|freddo|stanchezza|fatica|noia|paura|risate|ridere|caldo))`;
const IT_NAMED = String.raw`\b([a-z]+) (?:e|sia|e gia) (?:morto|morta)\b(?! (?:di|dal|dalla|dalle)\b)`;

const PL_WHO = String.raw`(?:on|ona|(?:nasz|nasza|moj|moja|ten|ta)? ?(?:kolega|kolezanka|pracownik|pracownica|facet|gosc|szef|kierowca|ochroniarz|brygadzista|operator|magazynier|chlopak|mezczyzna|kobieta|wozkowy))`;
const PL_DEAD = String.raw`\b${PL_WHO} (?:chyba |juz |raczej |naprawde )?(?:nie zyje|umarl|umarla|zmarl|zmarla|jest martwy|jest martwa)(?=\s*(?:$|[,:;)]|\s(?:w|we|na|przy|obok|pod|za|i|lezy|nie|od|juz|pomocy|dzwoncie|chyba|tu|tam)\b))`;
const PL_NAMED = String.raw`\b([a-z]+) (?:chyba |juz )?(?:nie zyje|umarl|umarla|zmarl|zmarla)(?=\s*(?:$|[,:;)]|\s(?:w|we|na|przy|obok|pod|za|i|lezy|nie|juz|pomocy|chyba|tu|tam)\b))`;

const TL_DEAD = String.raw`\b(?:patay na (?:siya|sya|si \w+)|(?:namatay|natigok) (?:na )?(?:siya|sya|si \w+))\b(?! (?:sa|dahil sa) (?:pagod|gutom|kakatawa|tawa|antok))`;
const VI_DEAD = String.raw`\b(?:anh ay|chi ay|ong ay|ba ay|co ay|em ay|cong nhan|dong nghiep|ban toi|anh bao ve|tai xe|chu ay|bac ay)(?: \w+)? (?:da |co le |hinh nhu |chac |chac la )?(?:chet|tu vong|qua doi)(?=\s*(?:$|[,:;)]|\s(?:roi|nam|o|trong|tai|canh|ben|duoi|tren|khong|va|cuu|goi|giup|nga)\b))`;
const AR_DEAD = String.raw`${NB}(?:هو|هي|زميلي|زميلنا|الزميل|العامل|الرجال|الرجل|الحارس|السواق|السايق|السائق|المشرف|واحد)${NA} (?:\p{L}+ )?(?:ميت|ميته|مات|ماتت|توفي|توفى|متوفي)${NA}(?! من (?:الضحك|التعب|الجوع|البرد|الخوف))|${NB}(?:لقيته|لقيناه|لقيناها|لقيتها|وجدته|وجدناه) (?:ميت|ميته|ميتا)${NA}`;
const ZH_DEAD = String.raw`(?:他|她|同事|工友|师傅|保安|司机|工人|那个人|那人|组长)(?:好像|可能|已经|应该|估计|怕是)?(?:死了|没气了|断气了|没有气了)(?![心吧吗啦呀])`;
const CY_DEAD = String.raw`${NB}(?:він|вона|колега|напарник|напарниця|охоронець|водій|робітник|працівник|хлопець|чоловік|он|она|коллега|охранник|водитель|рабочий|мужик|парень|сотрудник)${NA} (?:\p{L}+ )?(?:мертвий|мертва|помер|померла|загинув|загинула|мертв|мертвый|мертвая|умер|умерла|погиб|погибла)${NA}(?! (?:со|від|от) (?:смеху|сміху|сміху))`;

// A death told beside a leave, a funeral or family (the rules' bereavement reading stays), on screen, in a game or a
// dream, laughed off, or in an "if".
const NOT_A_DEATH_AT_WORK = String.raw`\b(?:funeral|bereave\w*|condolence\w*|passed away|passed on|burial|memorial|obituar\w*|rest in peace|rip|time off|days? off|leave|mom|mum|mother|dad|father|grand\w*|uncle|aunt|cousin|brother|sister|wife|husband|son|daughter|nephew|niece|dog|cat|pet|hamster|fish|plant|game|gaming|movie|film|show|episode|series|season|character|zombies?|dream\w*|novel|book|lol|lmao|haha\w*|jk|kidding|if|would|wish|hope|pretend\w*|ago|permiso|funeral|velorio|entierro|luto|abuel[oa]|padre|madre|papa|mama|tio|tia|herman[oa]|perro|gato|pelicula|serie|juego|jaja\w*|si|conge|obseques|enterrement|deuil|grand-pere|grand-mere|pere|mere|oncle|tante|frere|soeur|chien|chat|jeu|mdr|beerdigung|trauer\w*|urlaub|sonderurlaub|opa|oma|vater|mutter|onkel|bruder|schwester|hund|katze|spiel|wenn|falls|enterro|licenca|avo|pai|mae|irmao|irma|cachorro|kkk+|funerale|lutto|permesso|nonn[oa]|zio|zia|fratello|sorella|cane|gatto|gioco|pogrzeb|urlop\w*|dziadek|babcia|ojciec|matka|brat|siostra|pies|kot|gra|jesli|lamay|libing|lolo|lola|tatay|nanay|kung|dam tang|nghi phep|ong noi|ba noi|ong ngoai|ba ngoai|neu|haha)\b|${NB}(?:جنازه|عزاء|اجازه|ابي|امي|جدي|جدتي|عمي|خالي|اخوي|اختي|ابوي|لو|اذا|похорон\p{L}*|поминк\p{L}*|відпустк\p{L}*|отпуск\p{L}*|батько|мати|бабуся|дідусь|отец|мать|бабушка|дедушка|если|якщо|игр\p{L}*|гр[аиі]|фільм\p{L}*|фильм\p{L}*|сериал\p{L}*)${NA}|葬礼|丧假|请假|爷爷|奶奶|外公|外婆|爸爸|妈妈|父亲|母亲|游戏|电影|电视剧|小说|哈哈|如果|要是|😂|🤣|💀`;

const DEAD_PATTERNS = [
  EN_DEAD,
  ES_DEAD,
  FR_DEAD,
  DE_DEAD,
  PT_DEAD,
  IT_DEAD,
  PL_DEAD,
  TL_DEAD,
  VI_DEAD,
  AR_DEAD,
  ZH_DEAD,
  CY_DEAD,
].map(p);
const NAMED_PATTERNS = [EN_NAMED, ES_NAMED, FR_NAMED, DE_NAMED, PT_NAMED, IT_NAMED, PL_NAMED].map((source) =>
  lazyPattern(foldPattern(source), 'gu'),
);
const NOT_A_DEATH = p(NOT_A_DEATH_AT_WORK);

const namedDead = (sentence: string): boolean =>
  NAMED_PATTERNS.some((pattern) => {
    const regex = pattern.get();
    regex.lastIndex = 0;
    for (const match of sentence.matchAll(regex)) {
      const name = match.slice(1).find((group) => group !== undefined);
      if (name && isGivenName(name) && !isWordlikeName(name)) return true;
    }
    return false;
  });

/** Whether a folded text tells of a person dead there, said plainly. */
export function tellsPersonDead(folded: string): boolean {
  if (NOT_A_DEATH.get().test(folded)) return false;
  return shortSentences(folded).some(
    (sentence) => DEAD_PATTERNS.some((pattern) => pattern.get().test(sentence.trim())) || namedDead(sentence.trim()),
  );
}

// ---- An overdose ---------------------------------------------------------------------------------------------------

const EN_TOOK = String.raw`\b(?:took|taken|takes|had|snorted|sniffed|smoked|shot up|injected|swallowed|popped|drank|ate|did)(?: \w+){0,3}? (?:something|somethin|smth|sth|stuff|pills?|tablets?|meds|medication|drugs?|dope|fent\w*|heroin|xanax|percs?|oxy\w*|molly|ecstasy|ketamine|coke|crack|meth|ghb|(?:a|the|whole) bottle|a handful|bars|edibles?)\b`;
const EN_DOWN = String.raw`\b(?:(?:not|isn'?t|aren'?t|wasn'?t|won'?t|can'?t|couldn'?t|doesn'?t|didn'?t|wont|cant|cannot|isnt|aint|unable to|couldnt) (?:be )?(?:waking|wake|wakin|woken|wake (?:him|her|them) up|get (?:him|her|them) (?:up|to wake)|responding(?! to (?:emails?|texts?|messages?|calls?|my))|respond(?! to (?:emails?|texts?|messages?|calls?|my))|responsive|reacting|breathing|breathe|moving)|unresponsive|gurgling|turning blue|blue lips|lips (?:are |r )?blue|foaming|seizing|barely breathing)\b`;
const EN_OD = String.raw`\b(?:he|she|they|someone|somebody|${EN_PERSON_NOUN}|hes|shes|he's|she's|theyre|they're) (?:just |is |'s |s |has |had |might be |may be |might have |is prob |is probably )?(?:overdos(?:ed|ing)|od'?d|od'?ing|oding|odd)\b|\b(?:an |a )?overdose (?:in|on|at) (?:the|a|our)\b`;

const ES_TOOK = String.raw`\b(?:tomo|tome|se tomo|consumio|se metio|ingirio|trago|se trago|fumo|esnifo|inhalo|se inyecto|se pico)(?: \w+){0,3}? (?:algo|alguna cosa|pastillas?|pildoras?|droga|drogas|medicamentos?|medicinas?|un monton|demasiad[oa]s?|muchas|cristal|fentanilo|fenta|cocaina|coca|heroina|pastis|chochos)\b`;
const ES_DOWN = String.raw`\bno (?:se )?(?:despierta|reacciona|responde|respira|mueve|abre los ojos)\b|\bno (?:lo|la) (?:podemos|puedo|pueden) despertar\b|\binconsciente\b|\blabios morados\b`;
const FR_TOOK = String.raw`\b(?:a pris|il a pris|elle a pris|a avale|s'est injecte|s'est shoote|a fume|a sniffe|a snife)(?: \w+){0,3}? (?:un truc|quelque chose|qqch|qqc|des cachets|cachets|des pilules|pilules|medicaments|des medocs|medocs|drogue|trop de|toute la boite|plein de|comprimes|de la coke|de l'heroine)\b`;
const FR_DOWN = String.raw`\b(?:ne |n')?(?:se reveille|reagit|repond|respire|bouge) (?:plus|pas)\b|\b(?:impossible de|n'arrive pas a|on arrive pas a) (?:le|la) reveiller\b|\binconscient\w*\b|\blevres bleues\b`;
const DE_TOOK = String.raw`\b(?:was|etwas|irgendwas|tabletten|pillen|drogen|zu viel\w*|zeug|koks|heroin|fentanyl|medikamente)\b[^.!?\n]{0,30}\b(?:genommen|geschluckt|eingeworfen|gespritzt|geraucht|gezogen|gesnieft)\b`;
const DE_DOWN = String.raw`\b(?:wacht|reagiert|atmet|antwortet|bewegt sich) (?:\w+ )?nicht\b|\bnicht (?:mehr )?(?:wach zu (?:kriegen|bekommen)|aufzuwecken|ansprechbar)\b|\bbewusstlos\b|\breglos\b`;
const PT_TOOK = String.raw`\b(?:tomou|engoliu|cheirou|injetou|usou|fumou)(?: \w+){0,3}? (?:alguma coisa|algo|comprimidos?|remedios?|pilulas?|droga|drogas|muito|demais|cocaina|po|crack|fentanil)\b`;
const PT_DOWN = String.raw`\bnao (?:acorda|reage|responde|respira|se mexe)\b|\bdesacordad[oa]\b|\binconsciente\b`;
const IT_TOOK = String.raw`\b(?:ha preso|ha ingerito|ha inghiottito|ha sniffato|si e fatto|si e iniettato|ha fumato|ha bevuto)(?: \w+){0,3}? (?:qualcosa|pastiglie|pillole|farmaci|medicine|droga|troppo|troppe|coca|eroina)\b`;
const IT_DOWN = String.raw`\bnon (?:si sveglia|risponde|reagisce|respira|si muove)\b|\bincoscient[ei]\b`;
const PL_TOOK = String.raw`\b(?:wzial|wziela|zazyl|zazyla|polknal|polknela|wciagnal|wciagnela|wstrzyknal|zapalil)(?: \w+){0,3}? (?:cos|jakies|tabletki|tabletek|pigulki|prochy|dragi|narkotyki|za duzo|kokaine|leki|lekow|fentanyl)\b`;
const PL_DOWN = String.raw`\bnie (?:mozna|moge|mozemy|da sie) (?:go |jej )?(?:dobudzic|obudzic|ocucic)\b|\bnie (?:reaguje|oddycha|budzi sie|odpowiada|rusza sie)\b|\bnieprzytomn\w*`;
const TL_TOOK = String.raw`\b(?:uminom|ininom|nakainom|gumamit|humithit|sumiringhot|nagturok)(?: \w+){0,3}? (?:kung ano|gamot|tableta|tabletas|pills|droga|shabu|marami)\b`;
const TL_DOWN = String.raw`\bhindi (?:na )?(?:magising|gumigising|nagigising|sumasagot|gumagalaw|humihinga|makagising)\b|\bwalang malay\b`;
const VI_TOOK = String.raw`\b(?:uong|chich|hut|dung|nuot)(?: \w+){0,3}? (?:cai gi do|thu gi do|gi do|thuoc|ma tuy|qua nhieu)\b`;
const VI_DOWN = String.raw`\b(?:khong|ko) (?:tinh lai|tinh|day|phan ung|tho|cu dong)\b|\bbat tinh\b`;
const AR_TOOK = String.raw`${NB}(?:اخذ|اخد|اخذت|اخدت|تناول|تناولت|بلع|بلعت|شرب|شربت|حقن)${NA}[^.!?؟\n]{0,30}${NB}(?:حبوب|حبات|دوا|دواء|ادويه|مخدرات|شي|اشي|حاجه|برشام|كبتاجون)${NA}`;
const AR_DOWN = String.raw`${NB}و?(?:ما|مش|لا|مو) (?:عم )?(?:يصحى|يصحا|بيصحى|يستجيب|بيستجيب|يتنفس|بيتنفس|يفيق|بيفيق|تصحى|تستجيب|تتنفس)${NA}|فاقد الوعي|مغمى عليه`;
const ZH_TOOK = String.raw`(?:吃了|吞了|服了|吸了|嗑了|注射了|打了)[^。！？\n，,]{0,8}(?:药|安眠药|什么东西|东西|毒品|白粉|冰毒|一瓶|很多)`;
const ZH_DOWN = String.raw`叫不醒|喊不醒|醒不过来|没反应|没有反应|不省人事|昏迷|没呼吸|没有呼吸`;
const CY_TOOK = String.raw`${NB}(?:прийняв|прийняла|ковтнув|ковтнула|вжив|вжила|принял|приняла|проглотил|проглотила|употребил|употребила|наглотался|наглоталась|укололся|вколов)${NA}(?: \p{L}+){0,2}? (?:таблетки|таблеток|пігулки|пігулок|щось|что-то|чтото|наркотик\p{L}*|колеса|ліки|лекарств\p{L}*)${NA}`;
const CY_DOWN = String.raw`${NB}не (?:прокида\p{L}*|просыпа\p{L}*|реагу\p{L}*|дих\p{L}*|дыш\p{L}*|відповіда\p{L}*|отвеча\p{L}*)${NA}|без свідомості|без сознания|${NB}непритомн\p{L}*`;
// An overdose named, with a person there: "hes od'ing in the porta potty", "il a fait une overdose", "przedawkował".
const OD_ABROAD = String.raw`\b(?:(?:ha|a|hat|tuvo|tiene|esta teniendo|teve|ta tendo|esta tendo|ha avuto|fait|fait une|hace|hizo) (?:una |un |eine |uma |une )?(?:overdose|sobredosis|surdose|uberdosis|sobredose)|przedawkowal\w*|nag-?overdose|na-?overdose|bi qua lieu|qua lieu ma tuy|qua lieu thuoc)\b|\b(?:er|sie) hat (?:eine )?uberdosis\b|${NB}(?:جرعه زائده|جرعه زايده|اوفر دوز)${NA}|吸毒过量|服药过量|药物过量|${NB}передоз\p{L}*`;

const TOOK_AND_DOWN: [LazyPattern, LazyPattern][] = [
  [EN_TOOK, EN_DOWN],
  [ES_TOOK, ES_DOWN],
  [FR_TOOK, FR_DOWN],
  [DE_TOOK, DE_DOWN],
  [PT_TOOK, PT_DOWN],
  [IT_TOOK, IT_DOWN],
  [PL_TOOK, PL_DOWN],
  [TL_TOOK, TL_DOWN],
  [VI_TOOK, VI_DOWN],
  [AR_TOOK, AR_DOWN],
  [ZH_TOOK, ZH_DOWN],
  [CY_TOOK, CY_DOWN],
].map(([took, down]) => [p(took!), p(down!)]);
const OVERDOSE_NAMED = p(`${EN_OD}|${OD_ABROAD}`);
// A training, a policy question, a hypothetical, the news, long ago, a laugh: "what do we do if someone overdoses"; an
// overdose of something harmless ("he overdosed on coffee", "une overdose de café").
const NOT_AN_OVERDOSE_NOW = p(
  String.raw`\b(?:overdos\w*|od'?d|sobredosis|surdose|uberdosis|sobredose) (?:on |of |de |di |von |do |da |d')?(?:(?:the |la |le |el |o |a )?(?:coffee|caffeine|espresso|sugar|candy|sweets|chocolate|energy drinks?|red bull|monster|tea|cake|pizza|carbs|netflix|meetings?|emails?|spreadsheets?|cafe|cafeina|caffe|kaffee|koffein|zucker|acucar|azucar|sucre|zucchero|dulces|doces|chocolat|cioccolato|schokolade|reuniones|reunions|riunioni))\b|\b(?:training|course|class|policy|procedure|protocol|what (?:do|to do|should|would)|if|in case|awareness|kit|news|ago|last (?:year|month)|documentary|movie|film|show|song|lol|lmao|haha\w*|que hacer|que hago|si alguien|formation|que faire|si quelqu'un|schulung|was tun|wenn jemand|o que fazer|se alguem|cosa fare|se qualcuno|co robic|jesli|jezeli|kung may|neu|ano ang gagawin)\b|${NB}(?:لو|اذا|شو نعمل)${NA}|如果|怎么办|培训|${NB}(?:если|якщо|что делать|що робити)${NA}`,
);
// Taken to die: self-harm as well as first aid.
const TAKEN_TO_DIE = p(
  String.raw`\b(?:to die|so (?:i|he|she) (?:can|could|would) die|to end (?:it|my life|his life|her life)|to kill (?:my|him|her)self|para morir(?:me)?|para matarse|pour mourir|pour en finir|um zu sterben|per morire|para morrer|zeby umrzec|para mamatay)\b|\bi (?:took|swallowed|have taken|'ve taken|ve taken) (?:all|every|the whole|a whole|a bottle|too many|an overdose)\b`,
);

const TAKEN = p(
  String.raw`\b(?:took|taken|swallowed|tome|tomo|pris|avale|genommen|tomei|tomou|preso|wzial|wzielam|uminom)\b`,
);

/** Whether a folded text tells of someone who took something and will not wake, or who overdosed there. */
export function tellsOverdoseNow(folded: string): boolean {
  if (NOT_AN_OVERDOSE_NOW.get().test(folded)) return false;
  return shortSentences(folded).some(
    (sentence) =>
      OVERDOSE_NAMED.get().test(sentence) ||
      TOOK_AND_DOWN.some(([took, down]) => took.get().test(sentence) && down.get().test(sentence)),
  );
}

// ---- Self-harm said indirectly (en es fr pt) -----------------------------------------------------------------------

const PILLS = String.raw`(?:pills|tablets|meds|medication|sleeping pills|painkillers|insulin|pastillas|pildoras|medicamentos|medicinas|calmantes|cachets|medicaments|pilules|comprimes|somniferes|remedios|comprimidos|pilulas)`;
const SAVED = String.raw`\b(?:stockpil\w*|hoard(?:ed|ing)|sav(?:ed|ing) up|been saving|saved|collect(?:ed|ing)|stash(?:ed|ing)|junte|guarde|he guardado|he juntado|acumule|he acumulado|ahorre|mis de cote|j'ai garde|stocke|accumule|economise|juntei|guardei|acumulei|economizei|estoquei|juntando)\b(?: \w+){0,3}? ${PILLS}\b`;
const COUNT_KNOWN = String.raw`\b(?:(?:know|knew|counted|figured out|looked up|worked out|read|checked) (?:exactly )?(?:how many|how much|what i need|the dose|enough)|how many it takes|enough to (?:do it|end it|not wake up)|(?:se|ya se|se exactamente) cuant[oa]s (?:hacen falta|necesito|se necesitan|son suficientes|me hacen falta)|suficientes para|je sais (?:exactement )?combien (?:il en faut|il m'en faut|j'en ai besoin)|combien il en faut|sei (?:exatamente )?quant[oa]s (?:precisa|preciso|e preciso|bastam)|o suficiente (?:para|pra))\b`;
const PLAN_AND_DATE = String.raw`\b(?:(?:have|'ve got|ve got|got|made|picked|set|chose|chosen) (?:a |my |the )?(?:plan and (?:a |the )?date|date and (?:a |the )?plan)|tengo (?:un|mi) plan y (?:una|la) fecha|j'ai (?:un|mon) plan et (?:une|la) date|tenho (?:um|meu) plano e (?:uma|a) data)\b(?! (?:for|to|with|of|para|pour|de|pra)\b)`;
const DONT_STOP_ME = String.raw`\b(?:don'?t|dont|do not|please don'?t|pls dont) (?:try (?:to|and) )?(?:stop me|look for me|come looking|find me)|no (?:intenten|traten de|intentes|trates de) (?:detenerme|pararme|impedirmelo|buscarme)|no me busquen|(?:n'essayez|n'essaie|essayez|essaie) pas de m'arreter|ne me cherchez pas|nao (?:tentem|tente) me (?:impedir|parar)|nao me procurem\b`;
const A_DATE_PICKED = String.raw`\b(?:picked|set|chose|chosen) (?:the|a) (?:date|day)\b(?! (?:for|to|of)\b)`;
const GIVEN_AWAY = String.raw`\b(?:i'?ve |ive |i have |i )?(?:given|gave|giving) (?:away )?(?:all )?(?:of )?my (?:things|stuff|belongings|possessions)(?: away)?\b`;
const PET_GIVEN_AND_READY = String.raw`\b(?:gave|given|giving) (?:away )?my (?:dog|cat|pets?|bird|guitar|car|tools)\b[^.!?\n]{0,80}\b(?:paid off|settled|i'?m ready|im ready|won'?t need|wont need|goodbye|it'?s time|its time)\b`;
const NOBODY_MISSES = String.raw`\b(?:nobody|no ?one|noone|no-one) (?:will|would|'ll|is gonna|is going to|gonna|is even gonna|will even|would even|'d|'s gonna|s gonna) (?:even )?(?:miss|notice)(?: me)?\b(?:$| (?:after|by|come|once|past|from|when|this|next|tonight|tomorrow)\b)|\bnadie (?:me va a|me|va a) (?:extranar|echar de menos)\b|\bpersonne ne (?:va )?(?:me regretter|me regrettera|remarquera|va remarquer)\b|\bje ne manquerai a personne\b|\bninguem (?:vai|iria) (?:sentir (?:a )?minha falta|me (?:notar|sentir falta))\b`;
const NO_BURDEN_LONG = String.raw`\b(?:won'?t|wont|will not|not gonna|'?m not going to|am not going to) be (?:a |such a )?burden(?: (?:to|on|for) (?:\w+ ){0,2}?\w+)? (?:much longer|for (?:much )?longer|for long|for much longer)\b|\bno (?:sere|voy a ser) (?:una )?carga(?: \w+){0,3}? (?:por mucho tiempo|mucho tiempo mas|por mucho mas)\b|\b(?:ne serai|serai) plus (?:un |une )?(?:fardeau|poids|charge)(?: \w+){0,3}? (?:tres |bien )?longtemps\b|\bnao (?:vou ser|serei) (?:um |uma )?(?:peso|fardo|carga)(?: \w+){0,3}? (?:por )?muito tempo\b`;
const LOVE_TO_FAMILY = String.raw`\b(?:tell|let) (?:my )?(?:daughter|son|kids?|children|wife|husband|mom|mum|mother|dad|father|family|girlfriend|boyfriend|partner|baby|babies) (?:that )?i (?:love|loved|am sorry|'?m sorry|im sorry)\b|\bsorry (?:mom|mum|mama|dad)\b|\b(?:dile|digan|diganle|dites|dis|diga|digam) (?:a )?(?:mi|mis|a ma|a mon|a mes|a minha|ao meu|aos meus) (?:hij[oa]s?|esposa|marido|familia|mama|fille|fils|femme|enfants|filh[oa]s?|mulher|mae)\b[^.!?\n]{0,20}\b(?:que (?:la|lo|los|las|a|o|os) (?:quiero|amo)|que je (?:l'|les )?aime|que eu (?:a|o|os) amo)\b`;
const AN_END = String.raw`\b(?:last (?:shift|day|night|week) (?:ever|here ever|on earth|alive)|(?:my )?last (?:shift|day) here ever|can'?t do this anymore|cant do this any ?more|goodbye (?:everyone|all|forever)|(?:mi )?ultimo (?:turno|dia) (?:para siempre|de mi vida)|(?:mon )?dernier (?:jour|poste|service) (?:pour toujours|de ma vie)|(?:meu )?ultimo (?:turno|dia) (?:para sempre|da minha vida))\b`;
// A new job, a move, retiring, a holiday, a party, a laugh: leaving work is no end.
const LEAVING = String.raw`\b(?:new job|job offer|retir\w*|moving|moved|move|relocat\w*|vacation|holiday|trip|party|wedding|meeting|promotion|notice|resign\w*|quit\w*|lol|lmao|haha\w*|donat\w*|charity|goodwill|thrift|declutter\w*|old (?:clothes|uniform|jackets?|stuff)|clothing drive|nuevo trabajo|jubila\w*|mudanza|vacaciones|fiesta|reunion|renuncia\w*|nouveau (?:travail|job|poste)|retraite|demenag\w*|vacances|fete|demission|novo emprego|aposentad\w*|mudanca|ferias|festa|reuniao|jaja\w*|mdr|kkk+)\b`;

const INDIRECT: LazyPattern[][] = [
  [SAVED, COUNT_KNOWN],
  [PLAN_AND_DATE],
  [A_DATE_PICKED, DONT_STOP_ME],
  [GIVEN_AWAY],
  [PET_GIVEN_AND_READY],
  [NOBODY_MISSES],
  [NO_BURDEN_LONG],
  [LOVE_TO_FAMILY, AN_END],
].map((parts) => parts.map(p));
const NOT_AN_END = p(LEAVING);

/** Whether a folded text tells, without the words, that the writer means to end their life. */
export function tellsSelfHarmIndirectly(folded: string): boolean {
  if (NOT_AN_END.get().test(folded)) return false;
  // The parts of one reading may stand in two sentences of a short text: "i stockpiled my pills. i know how many".
  return INDIRECT.some((parts) => parts.every((part) => part.get().test(folded)));
}

/*
 * Someone the writer knows who keeps talking of ending their life, asked about as a question ("what do i do if my
 * coworker keeps talking about suicide?", "what should i do if my friend at work keeps saying she wants to die?"):
 * the "if" reads as a supposed case, but a person of the writer's own who keeps saying it is a report (u58c left it).
 */
const MINE_TALKING_OF_SUICIDE = p(
  String.raw`\b(?:my|our) (?:\w+ ){0,2}?(?:coworker|co-worker|colleague|friend|teammate|workmate|mate|partner|boss|manager|supervisor|lead|roommate|brother|sister|employee|worker|guy|girl)s?\b[^.!?\n]{0,40}?\b(?:keeps?|kept|has been|have been|is|are|was|were|always|again|every day|lately|won'?t stop|started|starts)\b[^.!?\n]{0,30}?\b(?:talk\w*|saying|says|said|mention\w*|posting|texting|joking|going on)\b[^.!?\n]{0,25}?\b(?:suicide(?! (?:prevention|awareness|training|hotline|helpline|line|policy|policies|week|month|day|statistics|stats|rates?|module|course|seminar|talk|first aid|squad|mission|doors?|run|song|movie|film|show|game|book|case|bomb\w*)\b)|suicidal(?! (?:ideation training|thoughts training))|killing (?:him|her|them)sel(?:f|ves)|kill (?:him|her|them)sel(?:f|ves)|ending it all|ending (?:his|her|their) life|end (?:his|her|their) life|(?:wants?|wanting) to die|not wanting to (?:live|be here))\b`,
);

/** The reading with what att57 found missed added: a death or an overdose to safety, indirect self-harm to its owner. */
export function withReadingsAtt57U57(text: string, reading: Reading): Reading {
  if (typeof text !== 'string' || !text) return reading;
  // Long texts are read by the other rules; these read a report of a few sentences.
  if (text.length > 2000) return reading;
  const folded = fold(text);
  let read = reading;
  if (!read.categories.includes('safety') && (tellsPersonDead(folded) || tellsOverdoseNow(folded))) {
    read = withKindsAdded(read, 'safety');
  }
  if (!read.categories.includes('self-harm')) {
    const overdoseToDie = tellsOverdoseNow(folded) && TAKEN_TO_DIE.get().test(folded);
    if (overdoseToDie || tellsSelfHarmIndirectly(folded) || MINE_TALKING_OF_SUICIDE.get().test(folded))
      read = withKindsAdded(read, 'self-harm');
  }
  // Pills taken to die, read as self-harm by the other rules: the person needs first aid as well.
  if (
    read.categories.includes('self-harm') &&
    !read.categories.includes('safety') &&
    TAKEN_TO_DIE.get().test(folded) &&
    TAKEN.get().test(folded)
  ) {
    read = withKindsAdded(read, 'safety');
  }
  return read;
}
