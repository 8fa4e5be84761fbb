import { type LazyPattern, lazyPattern } from '../lazy-pattern';
import { type Reading, withKindsAdded } from './kinds-added';
import { fold, foldPattern } from './normalise';
import { shortSentences } from './short-sentences';
import type { UrgencyCategory } from './types';

/*
 * What the att52 attack (2026-12-07) found calm or sent to the wrong owner (u56b; docs/escalations.md):
 * - a coworker's self-harm plan in Russian and Ukrainian (a jump from a roof or a bridge, "наложить на себя руки", "не хочет
 *   больше жить", pills swallowed), and self-harm misspelt ("me kiero suisidar", "kiero matarme", "покончить с сабой",
 *   "thinking about killin myself", pills kept "pa matarse"): self-harm;
 * - sexual pressure in Russian and Ukrainian: sleeping with the boss demanded for the job or the pay, a sauna the pay
 *   depends on, nude photos sent or asked for, a kiss or a hug forced, a contract kept "only if I am nice to him":
 *   harassment;
 * - someone who cannot breathe told by their colour (lips or face blue or purple), by choking, gasping or wheezing, in
 *   en es fr pt de it pl ru uk zh tl: safety; not a presentation choked on, a laugh, a drink or a workload;
 * - a fee asked before the first day (pt es de fr en ru uk hi): fraud; not a course, a gym, or a cost refunded;
 * - debt bondage told by its conditions in Russian, Ukrainian and Vietnamese (owed for the trip, the pay taken, not let
 *   go home): harassment, as outside English elsewhere; not a bank loan.
 * - a child of 10 to 15 put to work, named by age (en ru uk pl hi hi-Latin); a machine that "turned itself on" with someone
 *   at it (en, hi-Latin, "by itself" or "сама по себе" in mixed sentences); gas told by "rotten egg", "ovo estragado",
 *   "faule Eier" beside a boiler, a gas pipe or dizziness: safety; not a visit, years of experience, a phone or a salad.
 * Each reading needs its parts in one sentence (short-sentences.ts); every gap is bounded. Cyrillic words are bounded
 * by letters, not `\b` (ASCII only). Tests: test/unit/analysis/urgency-att52-u56b.test.ts.
 */

type Parts = string[];
const NB = String.raw`(?<![\p{L}])`;
const NA = String.raw`(?![\p{L}])`;
const GAP = String.raw`[^.!?\n]{0,40}`;

// Self-harm: a coworker's plan in Russian and Ukrainian, and misspellings in Spanish, Russian and English.
const SELF_HARM = [
  String.raw`${NB}(?:прыгнет|прыгну|прыгнуть|спрыгнет|спрыгну|спрыгнуть|сбросится|сброшусь|сброситься|скинется|скинусь|бросится|брошусь|стрибне|стрибну|стрибнути|зістрибне|зістрибну|зістрибнути|кинеться|кинусь|викинеться|викинусь) (?:с|со|з|зі|із) (?:\p{L}+ )?(?:крыш\p{L}*|мост\p{L}*|дах\p{L}*|окн\p{L}*|вікн\p{L}*|балкон\p{L}*|этаж\p{L}*|поверх\p{L}*|высотк\p{L}*|висотк\p{L}*|эстакад\p{L}*|естакад\p{L}*)${NA}`,
  String.raw`${NB}(?:налож\p{L}*|наклас\p{L}*|наклад\p{L}*) на (?:себя|себе) руки${NA}`,
  String.raw`${NB}(?:не хо\p{L}*|не хоч\p{L}*) (?:больше |більше |уже |вже )?жить(?! (?:в|во|у|на|с|со|з|із|без|так|здесь|тут|там|рядом|возле|біля|поруч|одн\p{L}*|с ним|с ней) )${NA}|${NB}(?:больше|більше) не (?:хоч\p{L}*|хоч|хо\p{L}*) (?:жить|жити)${NA}|${NB}не хо\p{L}* (?:больше |більше |уже |вже )?жити${NA}`,
  String.raw`${NB}(?:наглота\p{L}*|наглот\p{L}*|наковта\p{L}*|напь\p{L}*|нап'?ється) (?:\p{L}+ )?(?:таблет\p{L}*|пигул\p{L}*|пігул\p{L}*|снотворн\p{L}*)${NA}`,
  String.raw`${NB}(?:покончи\p{L}*|покінчи\p{L}*|покинчи\p{L}*) (?:с|з|со) (?:сабой|собой|собою|сабою|саб|соб)${NA}|${NB}(?:покончи\p{L}*|покінчи\p{L}*) жизнь самоубийством${NA}`,
  // The writer's own ("kiero matarme", "me kiero suisidar") or someone's ("va a matarse"); never "va a matarme", a threat.
  String.raw`(?:\b(?:kiero|kero|qiero|quiero|keria|queria|voy a|vy a|boy a) (?:suisidarme|suicidarme|matarme|matar me)|\b(?:me|te|se) (?:kiero|kero|qiero|quiero|kiere|kere|quiere|keria|queria|voy a|va a|vas a|iba a) (?:suisidar|suicidar)|\b(?:kiere|kere|quiere|va a|iba a|queria|keria) (?:suisidarse|suicidarse|matarse))\b(?! (?:de risa|estudiando|trabajando|corriendo|en el gym|en el gimnasio|con (?:el|la|este|esta) (?:tarea|trabajo|proyecto)))`,
  String.raw`\b(?:pastillas|soga|cuerda|veneno|pistola|navaja)\b[^.!?\n]{0,20}\b(?:pa|pa'|para|pra) (?:matarse|matarme|suicidarse|suisidarse|ahorcarse|colgarse|quitarse la vida)\b`,
  String.raw`\b(?:thinking|thinkin|thinkn|think|thought|thot|dreaming|dreamin) (?:about|bout|abt|of) (?:killin|killing|kiling|killn|kilin|offing|ending) (?:my ?self|myslef|mysef|it all)\b`,
].join('|');
// A film, a game, a joke, a parachute, a laugh: none of these readings is meant there.
const NOT_REAL = String.raw`\b(?:movie|film|show|series|episode|game|video ?game|song|lyrics|lol|lmao|jk|haha\w*|jaja\w*|xd|pelicula|serie|cancion|juego|chiste|broma)\b|${NB}(?:фильм\p{L}*|фільм\p{L}*|сериал\p{L}*|серіал\p{L}*|анекдот\p{L}*|шутк\p{L}*|жарт\p{L}*|песн\p{L}*|пісн\p{L}*|игр\p{L}*|гр[аиу]|парашут\p{L}*|батут\p{L}*|тарзанк\p{L}*|смех\p{L}*|сміх\p{L}*)${NA}`;

// Sexual pressure in Russian and Ukrainian.
const WITH_HIM = String.raw`(?:с|со|з|зі|із) (?:ним|мной|мною|нею|ней)`;
const SLEEP = String.raw`(?:спала|спал|спать|спишь|сплю|спати|спиш|спатиму|спатимеш|пересп\p{L}*|переспа\p{L}*|ночевал\p{L}*|переноч\p{L}*|интим\p{L}*|інтим\p{L}*|секс\p{L}*)`;
const LEVER = String.raw`${NB}(?:иначе|інакше|либо|або|или|уволит\p{L}*|уволю|уволят|увольн\p{L}*|звільн\p{L}*|зарплат\p{L}*|контракт\p{L}*|договор\p{L}*|договір|премі\p{L}*|повышени\p{L}*|підвищенн\p{L}*|требу\p{L}*|вимага\p{L}*|заставля\p{L}*|змушу\p{L}*|примушу\p{L}*|только если|тільки якщо|лише якщо|лишь если|испытательн\p{L}*|випробувальн\p{L}*|смен\p{L}*|змін\p{L}*|работ\p{L}*|робот\p{L}*|зависит|залежить|должност\p{L}*|посад\p{L}*)${NA}`;
const PRESSURE: Parts[] = [
  [String.raw`${NB}(?:${WITH_HIM} ${SLEEP}|${SLEEP} ${WITH_HIM})${NA}`, LEVER],
  [
    String.raw`${NB}(?:баню|бане|баня|сауну|сауне|сауна|лазню|лазні|лазня)${NA}`,
    String.raw`${NB}(?:зависит|залежить|зарплат\p{L}*|премі\p{L}*|контракт\p{L}*|иначе|інакше|требу\p{L}*|вимага\p{L}*|только если|тільки якщо|уволит\p{L}*|звільн\p{L}*|наедине|наодинці|вдвоем|вдвох)${NA}`,
  ],
  [
    String.raw`${NB}(?:(?:голы\p{L}*|голі|голе|голу|голих|обнаж\p{L}*|оголен\p{L}*|интимн\p{L}*|інтимн\p{L}*|откровенн\p{L}*|відверт\p{L}*|ню) (?:\p{L}+ )?(?:фото\p{L}*|фотк\p{L}*|снимк\p{L}*|селфи|знімк\p{L}*|світлин\p{L}*)|(?:фото\p{L}*|фотк\p{L}*|снимк\p{L}*|знімк\p{L}*|світлин\p{L}*) (?:\p{L}+ )?(?:без одежды|без одягу|без белья|без білизни|в белье|у білизні|голой|голою|голышом))${NA}`,
  ],
  [
    String.raw`${NB}(?:заставля\p{L}*|застав\p{L}*|принужда\p{L}*|змушу\p{L}*|змуси\p{L}*|примушу\p{L}*|требу\p{L}*|вимага\p{L}*) (?:\p{L}+ ){0,2}(?:целовать|целоваться|поцеловать|обнимать|обниматься|обнять|цілувати|цілуватися|поцілувати|обіймати|обійматися|обійняти|раздеваться|роздягатися|трогать его|торкатися його)${NA}`,
  ],
  [
    String.raw`${NB}(?:только если|лишь если|тільки якщо|лише якщо|если не буду|якщо не буду)${NA}${GAP}${NB}(?:ласков\p{L}*|ласкав\p{L}*|сговорчив\p{L}*|поступлив\p{L}*|покладист\p{L}*|поступлив\p{L}*|поступлив\p{L}*|пересп\p{L}*|буду с ним|буду з ним|поеду к нему|приду к нему|піду до нього|поїду до нього)${NA}`,
  ],
];

// Someone who cannot breathe, told by colour, choking, gasping or wheezing.
const BREATH_STRONG = [
  String.raw`\b(?:can'?t|cant|cannot|couldn'?t|couldnt) (?:catch|get) (?:his|her|their|my|a) breath\b|\bgasping (?:for|4) (?:air|breath)\b|\b(?:is|'s|s|are|started|keeps|start) choking\b|\bchoking on (?:something|food|a |his |her |it\b|the food|a piece|a bone)|\bnot breathing (?:right|properly|normally)\b`,
  String.raw`\b(?:se (?:esta|estaba|está) (?:poniendo|volviendo|quedando) (?:morad[oa]|azul|negr[oa])|se (?:esta|está) (?:ahogando|asfixiando|atragantando)|se atraganto|se ahoga|le falta el aire|no le entra aire|labios (?:morados|azules))\b(?! (?:en (?:deudas|papeles|trabajo|tareas)|de (?:risa|trabajo|calor)))`,
  String.raw`\b(?:(?:il|elle|on|qqn|quelqu'un) s'?etouffe|s'?etouffe avec|(?:il|elle) (?:peut|peux|arrive) (?:plus|pas) (?:a )?respirer|levres (?:bleues|violettes)|devient (?:bleu|bleue|violet|violette)|manque d'air)\b`,
  String.raw`\b(?:(?:ficando|ficou|esta|está|ta) (?:roxo|roxa|azul)|(?:esta|está|ta|ficou) sem ar|engasgad[oa]|engasgando|se engasgou|sufocando|labios roxos)\b`,
  String.raw`\b(?:ringt (?:nach|um) luft|lippen (?:sind |werden |ganz )?(?:blau|lila)|lauft blau an|erstickt (?:gerade|fast)|droht zu ersticken|hat sich verschluckt)\b`,
  String.raw`\b(?:(?:sta|stava) soffocando|soffoca|labbra (?:blu|viola))\b`,
  String.raw`\b(?:dusi sie|dlawi sie|krztusi sie|sine usta|robi sie siny|robi sie sina)\b`,
  String.raw`\b(?:nabibilaukan|nabilaukan|nabulunan|nasasakal|nangingitim ang labi|nangangasul)\b`,
  String.raw`${NB}(?:задыха\p{L}*|задиха\p{L}*|подавил\p{L}*|вдавив\p{L}*|вдавил\p{L}*|посинел\p{L}*|посинів|посиніл\p{L}*|синеет|синіє|(?:губы|губи) (?:синие|сині|посинели|посиніли)|(?:синие|сині) губы|не (?:может|можем|могут|можу|може|можемо|можуть) (?:\p{L}+ )?(?:дышать|дихати)|нечем дышать|нічим дихати)${NA}`,
  String.raw`喘不上气|喘不过气|呼吸困难|脸都紫了|脸发紫|嘴唇发紫|嘴唇发青|脸色发青|憋得脸|噎住|卡住喉咙|窒息`,
].join('|');
const BREATH_WEAK = String.raw`\b(?:wheez\w*|lips? (?:are |r |is |turning |going |gone |look |looks |getting )?(?:blue|purple|grey|gray)|(?:turning|going|gone|getting) (?:blue|purple)|face (?:is |turning |going )?(?:blue|purple))\b`;
// What goes with a sign but says nothing alone: "cant talk right now", an inhaler.
const BREATH_BESIDE = String.raw`\b(?:can'?t talk|cant talk|inhaler)\b`;
const BREATH_HELP = String.raw`\b(?:help|pls|please|plz|send|someone|ambulance|911|now|hurry|asap|line|bay|dock|office|floor|canteen|break ?room)\b`;
const NOT_BREATH = String.raw`\b(?:body ?spray|perfume|cologne|deodorant|air freshener|incense|scented|smell\w*|stink\w*|stench|chill|presentation|interview|exam|test|game|final|match|penalty|pitch|speech|laugh\w*|lol|lmao|haha\w*|jaja\w*|joke|funny|drink|slushie|slurpee|popsicle|blueberr\w*|candy|lipstick|makeup|costume|paint(?:ed|ing)? (?:the|my)|marker|ice|cold drink|juice|workload|deadline|pressure|team|season|playoffs?|run|running|ran|jog\w*|gym|workout|sprint\w*|stairs|hike|emails?|risa|rire|mdr|riso|lachen|papeles|deudas|trabajo|tarea)\b|${NB}(?:работ\p{L}*|робот\p{L}*|смех\p{L}*|сміх\p{L}*|счасть\p{L}*|щаст\p{L}*|отчет\p{L}*|звіт\p{L}*|восторг\p{L}*|бумаг\p{L}*|папер\p{L}*)${NA}|工作|压力|加班|哈哈|笑`;

// A fee asked before the first day.
const MONEY = String.raw`\b\d[\d.,]*\s?(?:k|mil|reais|real|euros?|eur|dolares|dollars?|bucks|pesos|zl|rupaye|rupees|rs|dinar|dinares)?\b|\b(?:inscripcion|matricula|taxa|cuota|deposito|caucao|gebuhr|provision|kaution|fee|fees|deposit|frais|fee)\b|${NB}(?:тысяч\p{L}*|тисяч\p{L}*|рубл\p{L}*|гривень|гривні|долар\p{L}*|доллар\p{L}*|евро|євро|взнос\p{L}*|внес\p{L}*|оформлени\p{L}*|оформленн\p{L}*|залог\p{L}*|комисси\p{L}*|комісі\p{L}*|रुपये|रुपए|पैसे)${NA}`;
const BEFORE_START = String.raw`\bbefore (?:my |the |our )?(?:first day|first shift|start date|starting|i (?:can )?(?:start|begin|work)(?! (?:my|the|a|each|every|today'?s|tonight'?s) (?:shift|day|week))|we (?:can )?(?:start|begin)|they hire|i get the job)\b|\b(?:pay|paid|charge\w*)\b[^.!?\n]{0,30}\b(?:upfront|up front)\b|\b(?:upfront|up front) (?:fee|payment|cost|deposit)\b|\bor i (?:dont|don'?t|wont|won'?t) get the job\b|\bantes del? primer dia\b|\bantes de (?:empezar|comenzar|entrar|iniciar|arrancar|trabajar|comecar|começar|trabalhar)(?: (?:a trabajar|a trabalhar|en el trabajo|no trabalho|el trabajo|o trabalho|en la empresa|na empresa|el turno|o turno))?\b(?! (?:el|la|al|los|las|un|una|o|a|os|as|no|na|em|en|mi|meu|minha|del|do|da|mis|meus)\b)|\bpara (?:darme|dar|asegurar|asegurarme|garantizar|apartar|garantir) (?:el|la|a|o) (?:puesto|vaga|plaza|trabajo|chamba|vaga)\b|\bpra garantir a vaga\b|\bpara (?:eu )?(?:poder )?(?:comecar|começar|entrar|trabalhar)\b|\bbevor ich (?:\w+ ){0,3}?(?:anfangen|anfange|beginnen|beginne|arbeiten|starten)\b|\bvor (?:dem|meinem) ersten (?:arbeits)?tag\b|\bvor arbeitsbeginn\b|\bavant (?:de commencer|mon premier jour|le premier jour|de debuter)\b|\bprima di (?:iniziare|cominciare)\b|\b(?:kaam|job|naukri|duty) (?:shuru|join|start) karne se pehle\b|\bjoining se pehle\b|${NB}(?:до выхода на работу|до начала работы|перед (?:первой сменой|первым рабочим днем|первым днем|выходом на работу)|за трудоустройство|до виходу на роботу|перед (?:першим робочим днем|першим днем|першою зміною|виходом на роботу)|за працевлаштування|щоб (?:я |ми )?(?:\p{L}+ )?(?:почати|вийти|працювати)|чтобы (?:меня )?(?:взяли|приняли|выйти на работу)|काम शुरू करने से पहले|जॉइनिंग से पहले)${NA}`;
const FEE_ASKED = String.raw`\b(?:want|wants|wanted|ask|asks|asked|pay|paying|charge|charged|charging|gotta|have to|has to|need to|must|pide|piden|pidio|pidieron|cobran|cobra|cobrou|cobraram|pagar|pediram|pedem|pede|pediu|cobrar|will|wollen|verlangt|verlangen|zahlen|soll|muss|demande|demandent|payer|dene|dena|maange|mange|mang rahe|lete|le rahe)\b|${NB}(?:треб\p{L}*|хотят|хочет|просят|просит|плат\p{L}*|вимага\p{L}*|прос\p{L}*|хочуть|хоче|заплат\p{L}*|взяли|берут|беруть|मांगे|माँगे|देने|मांग)${NA}`;
const NOT_FEE = String.raw`\b(?:course|courses|lesson|lessons|class|classes|gym|membership|subscription|tuition|refund\w*|reimburs\w*|reembols\w*|devolv\w*|devuelve\w*|curso|cursos|clase|clases|gimnasio|academia|kurs|kurse|unterricht|fitnessstudio|erstattet|zuruck|cours|rembours\w*|corso|palestra|rimbors\w*|bank|banco|loan|prestamo|emprestimo|renta|alquiler|aluguel|viaje|viagem|depa|departamento|apartamento|rent|trip|miete|wohnung|reise|loyer|voyage)\b|${NB}(?:абонемент\p{L}*|курс\p{L}*|урок\p{L}*|спортзал\p{L}*|возвращ\p{L}*|вернут\p{L}*|поверн\p{L}*|возмест\p{L}*|компенс\p{L}*|банк\p{L}*|кредит\p{L}*)${NA}`;

// Debt bondage by its conditions in Russian, Ukrainian and Vietnamese.
const DEBT_BOUND: Parts[] = [
  [
    String.raw`${NB}(?:(?:должен|должна|должны|винен|винна|винні) (?:\p{L}+ ){0,2}за|долг\p{L}*|задолж\p{L}*|борг\p{L}*|заборг\p{L}*|пока не отработа\p{L}*|поки не відпрацю\p{L}*)${NA}`,
    String.raw`${NB}(?:не отпуска\p{L}*|не выпуска\p{L}*|не отпуст\p{L}*|не выпуст\p{L}*|нельзя (?:уехать|уйти|выйти|уволиться)|(?:уехать|уйти|выйти|уволиться) нельзя|не дают (?:уехать|уйти|выйти|уволиться)|забира\p{L}* (?:\p{L}+ )?зарплат\p{L}*|запира\p{L}*|не відпуска\p{L}*|не випуска\p{L}*|не відпуст\p{L}*|не випуст\p{L}*|не дають (?:поїхати|піти|вийти|звільнитися)|замика\p{L}*|не можна (?:поїхати|піти|вийти|звільнитися))${NA}`,
  ],
  [
    String.raw`\b(?:tra no|no tien|no phi|no moi gioi|toi no|chung toi no|minh no|vay no|khoan no|tien no)\b`,
    String.raw`\b(?:khong cho (?:ve|ra|nghi|di|bo)|khong duoc (?:ra|ve|nghi|di|bo)|giu (?:luong|ho chieu|giay to|tien)|khong tra luong|ho chieu|nhot)\b`,
  ],
];
const NOT_DEBT = String.raw`\b(?:ngan hang|tra gop)\b|${NB}(?:банк\p{L}*|кредит\p{L}*|ипотек\p{L}*|іпотек\p{L}*|друг\p{L}*|другу|концерт\p{L}*)${NA}`;

// A child of 10 to 15 put to work, named by age (en ru uk pl hi hi-Latin): the child and the work in one sentence.
const CHILD_AT_WORK: Parts[] = [
  [
    String.raw`\b(?:1[0-5]|[6-9]|ten|eleven|twelve|thirteen|fourteen|fifteen)[ -]?(?:yr|yrs|year|years)[ -]?old[ -](?:girl|boy|kid|child|son|daughter)s?\b|\b(?:1[0-5]|[6-9]|ten|eleven|twelve|thirteen|fourteen|fifteen)[ -]?(?:yr|yrs|year|years)[ -]?olds\b|\b(?:1[0-5]|[6-9]) ?(?:yo|y/o) (?:girl|boy|kid|child)s?\b|\b(?:girl|boy|kid|child|kids|children)s? (?:of |aged |age )?(?:1[0-5]|[6-9])\b`,
    String.raw`\b(?:work\w*|sweep\w*|pack\w*|stack\w*|clean\w*|sort\w*|lift\w*|running the|driv\w*|operat\w*|shift|night|nights|[1-5] ?am|paid cash|on the line|forklift|pallets?|boxes)\b`,
  ],
  [
    String.raw`${NB}(?:(?:мальчик\p{L}*|девочк\p{L}*|ребен\p{L}*|ребён\p{L}*|подрост\p{L}*|пацан\p{L}*|школьник\p{L}*|школьниц\p{L}*|дет\p{L}*|хлопч\p{L}*|дівчин\p{L}*|дитин\p{L}*|діт\p{L}*) (?:\p{L}+ ){0,2}1[0-5]|1[0-5] (?:лет|год|года|років|рік|роки)|(?:десяти|одиннадцати|двенадцати|тринадцати|четырнадцати|пятнадцати|десяти|одинадцяти|дванадцяти|тринадцяти|чотирнадцяти|п'?ятнадцяти)летн\p{L}*|(?:десяти|одинадцяти|дванадцяти|тринадцяти|чотирнадцяти|п'?ятнадцяти)річн\p{L}*)${NA}`,
    String.raw`${NB}(?:(?:мальчик|девочк|ребен|ребён|подрост|пацан|школьни|дет|хлопч|дівчин|дитин|діт)\p{L}*|\p{L}*летн\p{L}*|\p{L}*річн\p{L}*)${NA}`,
    String.raw`${NB}(?:работа\p{L}*|работ\p{L}*|смен\p{L}*|упаковк\p{L}*|склад\p{L}*|цех\p{L}*|ночн\p{L}*|по ночам|ночью|працю\p{L}*|змін\p{L}*|пакуван\p{L}*|вночі)${NA}`,
  ],
  [
    String.raw`\b(?:dziesiecio|jedenasto|dwunasto|trzynasto|czternasto|pietnasto)(?:lat|let)\w*|\b(?:dziecko|dzieci|chlopiec|chlopak|dziewczynka|dziewczyna) (?:\w+ ){0,2}(?:1[0-5]) ?lat\b|\b1[0-5][ -]?lat(?:ek|ka|kowie|ki)\b`,
    String.raw`\b(?:pracuj\w*|pracowa\w*|zmian\w*|pakow\w*|magazyn\w*|nocn\w*|w nocy|fabryc\w*)\b`,
  ],
  [String.raw`1[0-5] साल (?:का|की|के) (?:बच्चा|बच्ची|बच्चे|लड़का|लड़की|लड़के)`, String.raw`काम|शिफ्ट|फैक्ट्री|कारखान`],
  [
    String.raw`\b1[0-5] (?:saal|sal) (?:ka|ki|ke) (?:bachcha|bachche|bacche|bachha|bacha|bachi|bachchi|ladka|ladki|ladke)\b`,
    String.raw`\b(?:kaam|kam|shift|factory|raat|karkhana)\b`,
  ],
];
const CHILD_NOT_AT_WORK = String.raw`\b(?:visit\w*|tour|school|someday|some day|one day|when he grows up|when she grows up|wants to work|wanna work|homework|home|birthday|came to see|came by|experience|zobaczyc|przyszedl|przyszla|odwiedz\w*|wycieczk\w*|padhai|school jata|school jati|game|movie|film)\b|${NB}(?:экскурси\p{L}*|екскурсі\p{L}*|в гости|школ\p{L}*|приходил\p{L}*|приходив\p{L}*|стаж\p{L}*|досвід\p{L}*|опыт\p{L}*|स्कूल|घूमने)${NA}`;

// A machine that turned itself on with someone at it, in English, Hindi in Latin letters and mixed languages.
const MACHINE_ON_ITS_OWN: Parts[] = [
  [
    String.raw`\b(?:turned|switched|powered|kicked|fired|started) (?:itself|its ?self) (?:back )?(?:on|up)\b`,
    String.raw`\b(?:while|with|had|in it|inside|under|someone|guy|hand|arm|fingers?|clearing|cleaning|changing|fixing|was)\b`,
    String.raw`\b(?:machine|press|mixer|conveyor|belt|saw|grinder|lathe|compactor|baler|shredder|drill|robot|roller|rollers|cutter|blender|slicer|auger|crusher|chipper|prensa|maquina|extruder|line)\b`,
  ],
  [
    String.raw`\b(?:apne aap|apne ap|apneaap|khud se|khud hi|akele) (?:hi )?(?:chalu|start|on|chal|shuru)(?: ho)? ?(?:gayi|gaya|gai|ho gayi|ho gaya|hui|hua|padi|pada)\b`,
    String.raw`\b(?:andar|haath|hath|jab|tha|thi|mazdoor|fas gaya|fans gaya|kat gaya)\b`,
  ],
  [
    String.raw`\bby (?:it ?self|its own)\b|${NB}(?:сама по себе|сам по себе|сама собой|сам собой|لحالها|لحاله|لوحدها|بروحها)${NA}`,
    String.raw`\b(?:machine|maquina|prensa|press|presse|mixer|conveyor|belt|saw|cinta|banda|torno|sierra|tapis|scie|macchina|maschine)\b|${NB}(?:машин\p{L}*|станок|станк\p{L}*|конвейер\p{L}*|конвеєр\p{L}*|пресс?\p{L}*|مكينه|ماكينه|الاله|الماكينه)${NA}|الmachine`,
    String.raw`\b(?:started|start|turned on|prendio|encendio|arranco|arranca|demarre|demarra|parti|partita|avviata|started up|se prendio|se encendio)\b|${NB}(?:запустил\p{L}*|включил\p{L}*|заработал\p{L}*|завел\p{L}*|завёл\p{L}*|увімкну\p{L}*|запрацюва\p{L}*|بدات|بدأت|اشتغلت|دارت)${NA}`,
    String.raw`\b(?:mientras|alors que|pendant que|quand|cuando|while|dedans|adentro|dentro|encima|mentre|wahrend)\b|${NB}(?:пока|когда|внутри|под ним|рук\p{L}*|جواها|داخلها|ايده|يده)${NA}`,
  ],
];

// Gas told by the rotten-egg smell in edge wording, beside a gas appliance, a boiler room or a symptom.
const ROTTEN_EGG_GAS: Parts[] = [
  [
    String.raw`\b(?:rotten|rotting|bad) eggs?\b|\bovos? (?:podres?|estragados?|pobres?)\b|\bfaul\w* eiern?\b|\bverfault\w* eiern?\b`,
    String.raw`\b(?:smell\w*|stink\w*|reek\w*|cheir\w*|fedor\w*|odor|riecht|riechen|gestank|stinkt|geruch)\b`,
    String.raw`\b(?:heater|boiler|furnace|stove|gas|pipe|valve|tank|basement|eyes?|dizzy|headache\w*|nause\w*|sick|caldeira\w*|aquecedor|fogao|gas|botijao|cano|tonto|tontura|dor de cabeca|enjoo|heizraum|keller|heizung|kessel|leitung|gasleitung|therme|herd|schwindel\w*|kopfschmerz\w*|ubel)\b`,
  ],
];
const NOT_GAS = String.raw`\b(?:salad|sandwich|lunch|breakfast|omelet\w*|spa|hot spring|springs|fart\w*|burp\w*|dog|trip|vacation|salada|sanduiche|lanche|cafe da manha|lixo|eiersalat|salat|brot|fruhstuck|lol|haha\w*|kkk\w*)\b`;

const compile = (source: string): LazyPattern => lazyPattern(foldPattern(source), 'u');
const compiled = (groups: Parts[]): LazyPattern[][] => groups.map((parts) => parts.map(compile));
const HARMS_SELF = compile(SELF_HARM);
const NOT_REAL_PATTERN = compile(NOT_REAL);
const PRESSURE_READINGS = compiled(PRESSURE);
const STRONG = compile(BREATH_STRONG);
const WEAK = compile(BREATH_WEAK);
const EVERY_WEAK = lazyPattern(foldPattern(`${BREATH_WEAK}|${BREATH_BESIDE}`), 'gu');
const HELP = compile(BREATH_HELP);
const NOT_BREATHING = compile(NOT_BREATH);
const SOMEONE = compile(
  String.raw`\b(?:he|she|hes|shes|he'?s|she'?s|his|her|guy|man|woman|lady|coworker|co-worker|someone|somebody|kid|worker|buddy|they)\b`,
);
const FEE_READINGS = compiled([[MONEY, BEFORE_START, FEE_ASKED]]);
const NOT_A_FEE = compile(NOT_FEE);
const DEBT_READINGS = compiled(DEBT_BOUND);
const CHILD_READINGS = compiled(CHILD_AT_WORK);
const NOT_CHILD_WORK = compile(CHILD_NOT_AT_WORK);
const MACHINE_READINGS = compiled(MACHINE_ON_ITS_OWN);
// A phone, a computer or the lights that came on by themselves: no one's hand is at risk.
const NOT_A_MACHINE = compile(
  String.raw`\b(?:computer|laptop|pc|phone|tv|television|lights?|screen|printer|alarm clock|radio|ac|heating)\b|${NOT_REAL}`,
);
const GAS_READINGS = compiled(ROTTEN_EGG_GAS);
const NOT_A_GAS = compile(NOT_GAS);
const NOT_A_DEBT = compile(NOT_DEBT);

const inOneSentence = (folded: string, groups: LazyPattern[][], not: LazyPattern): boolean =>
  shortSentences(folded).some(
    (sentence) =>
      sentence.length > 1 &&
      groups.some((parts) => parts.every((part) => part.get().test(sentence))) &&
      !not.get().test(sentence),
  );

/** Whether the folded text tells someone unable to breathe by their colour, choking, gasping or wheezing. */
export function tellsBreathLost(folded: string): boolean {
  if (NOT_BREATHING.get().test(folded)) return false;
  return shortSentences(folded).some((sentence) => {
    if (STRONG.get().test(sentence)) return true;
    if (!WEAK.get().test(sentence)) return false;
    // Two signs of someone else ("shes wheezing … cant talk"), or one beside a call for help or a place ("lips blue, pls
    // send someone"): not the writer's own "a bit wheezy, left my inhaler at home".
    const twoSigns = new Set(folded.match(EVERY_WEAK.get()) ?? []).size > 1 && SOMEONE.get().test(folded);
    return twoSigns || HELP.get().test(folded);
  });
}

/** The kinds att52 found missing in the folded text, each told in one sentence (but a breath lost: the whole text). */
export function kindsToldAtt52U56b(folded: string): UrgencyCategory[] {
  const kinds: UrgencyCategory[] = [];
  if (inOneSentence(folded, [[HARMS_SELF]], NOT_REAL_PATTERN)) kinds.push('self-harm');
  if (inOneSentence(folded, PRESSURE_READINGS, NOT_REAL_PATTERN)) kinds.push('harassment');
  if (inOneSentence(folded, DEBT_READINGS, NOT_A_DEBT)) kinds.push('harassment');
  if (
    tellsBreathLost(folded) ||
    inOneSentence(folded, CHILD_READINGS, NOT_CHILD_WORK) ||
    inOneSentence(folded, MACHINE_READINGS, NOT_A_MACHINE) ||
    inOneSentence(folded, GAS_READINGS, NOT_A_GAS)
  ) {
    kinds.push('safety');
  }
  if (inOneSentence(folded, FEE_READINGS, NOT_A_FEE)) kinds.push('fraud');
  return kinds;
}

/** The reading with the kinds att52 found missing: self-harm, harassment, safety or fraud. */
export function withReadingsAtt52U56b(text: string, reading: Reading): Reading {
  if (typeof text !== 'string' || !text) return reading;
  const missing = kindsToldAtt52U56b(fold(text)).filter((kind) => !reading.categories.includes(kind));
  return missing.length ? withKindsAdded(reading, ...missing) : reading;
}
