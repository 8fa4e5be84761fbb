import { lazyPattern } from '../lazy-pattern';
import { type Reading, withKindsAdded } from './kinds-added';
import { fold, foldPattern } from './normalise';

/*
 * Threats the att52 attack (2026-12-07) found calm or told to the wrong owner (u56a; docs/escalations.md):
 * - a blow promised against the writer at a place or a time at work, told with a laugh ("run me over in the parking
 *   lot tonight haha", "jajaja me dijo q a la salida me madrea en el estacionamiento", "قال بيكسر راسي عند الباب بعد
 *   الدوام ههههه"): people laugh nervously about what scares them, and the laugh made the learned model read it calm.
 *   Not when it is the writer's own slip or a relative ("my manager will kill me after shift lol, I ate his sandwich"),
 *   or a condition ("… if i take his parking spot haha"): those stay play (playful.ts);
 * - a veiled threat told second-hand ("she said I'm next", "he said I won't see Christmas", "он сказал, что я
 *   следующий", "قال لي إني التالي"): the words of saying and a veiled phrase said to the writer, with nothing after
 *   it that makes it a queue, a rota or a promotion ("… next in line for the promotion");
 * - a blow promised beside a slur in English ("he called me a wetback and said he'll break my legs"): the slur's
 *   discrimination kept, and the threat lost with it; the threat is told beside it.
 * Each reading needs its parts in one sentence, every gap bounded. Cyrillic and Arabic words are bounded by letters,
 * not `\b` (ASCII only). Tests: test/unit/analysis/urgency-threats-laughed-veiled-slurs-u56a.test.ts.
 */

const NB = String.raw`(?<![\p{L}])`;
const NA = String.raw`(?![\p{L}])`;

// A blow promised against the writer, in words nobody uses of a slip ("run me over", "break my legs", "me madrea").
const BLOW_TO_ME_SOURCE = foldPattern(
  [
    String.raw`\b(?:run me (?:over|down)|break (?:my|both my) (?:legs?|arms?|jaw|neck|face|nose|ribs|knees?|bones|fingers|hands?)|(?:bash|smash|kick|cave|beat) (?:my|ur|your) (?:head|face|skull|teeth)(?: in)?|crack (?:my|ur|your) (?:skull|head|ribs)|smash my face|beat (?:me up|my ass|the shit out of me|me (?:bloody|senseless|to death|down))|kick my ass|whoop my ass|fuck me up|f\*+ me up|mess me up|jump me|stab me|shank me|cut me(?! (?:off|some|a|in|out|loose|slack|short|back|down|from|to|any|my|hours)\b)|shoot me(?! (?:a|an|some|your|ur|the) )|knock me out|put me in (?:the |a )?(?:hospital|ground|grave)|push me (?:off|down|over) (?:the|a|from)|throw me (?:off|down|over|out of) (?:the|a|from)|drop me (?:off|down) (?:the|a|from)|slit my throat|choke me|catch me (?:slippin\w*|lacking|slipping))\b`,
    String.raw`\bme (?:(?:va|van|iba|iban) a )?(?:madrear|madrea|madreo|partir la (?:cara|madre|mandarina|jeta)|parte la (?:cara|madre|jeta)|romper la (?:cara|madre|jeta|crisma)|rompe la (?:cara|madre|jeta|crisma)|golpear|putear|atropellar|atropella|apunalar|apunala|picar|pica|sacar la vuelta|dar (?:una|un) (?:calentada|golpiza|madriza|putiza|chinga|paliza|navajazo|plomazo)|da (?:una|un) (?:golpiza|madriza|putiza|paliza))\b`,
    String.raw`\b(?:vai|vao|ia) me (?:quebrar|pegar|bater|arrebentar|esfaquear|atropelar|furar|encher de porrada|dar (?:um|uma) (?:surra|facada|tiro|porrada))\b|\bme (?:quebra|arrebenta|esfaqueia|atropela)\b`,
    String.raw`\b(?:va|vont|allait|vais|veut) me (?:casser la (?:gueule|figure|tete)|defoncer|frapper|planter|buter|tabasser|ecraser|cogner|demolir|eclater|faire la peau)\b`,
    String.raw`\b(?:macht|haut|schlagt|sticht|bringt|fahrt|prugelt|klatscht) mich (?:\p{L}+ ){0,6}?(?:fertig|um|zusammen|ab|tot|kaputt|nieder|platt)\b|\b(?:mich|mir) (?:\p{L}+ ){0,4}?(?:verprugeln|abstechen|umbringen|umfahren|zusammenschlagen|die fresse polieren|die beine brechen)\b`,
    String.raw`\bmi (?:spacca|spacchera|ammazza|ammazzera|uccide|uccidera|picchia|picchiera|mena|menera|accoltella|investe|investira|rompe le (?:gambe|ossa)|rompera le (?:gambe|ossa)|fa (?:la pelle|fuori))\b`,
    String.raw`\b(?:mnie )?(?:pobije|pobija|zabije|wpierdoli|wpierdol|zajebie|rozjedzie|dzgnie|zatlucze|polamie|skopie)(?: mnie)?\b`,
    String.raw`\b(?:sasaksakin|babanatan|bubugbugin|papatayin|sasapakin|sasagasaan|tatagain|babarilin|uupakan) (?:daw |raw |niya |nila )*ako\b`,
    String.raw`\b(?:xu|danh|giet|dam|chem|dap) (?:chet )?(?:toi|tao|tui|em|minh)\b`,
    String.raw`${NB}(?:بيكسر|بكسر|حيكسر|رح يكسر|راح يكسر|سيكسر|يكسر) (?:راسي|راسى|ايدي|رجلي|وجهي|عظامي)${NA}|${NB}(?:بيضربني|حيضربني|رح يضربني|راح يضربني|سيضربني|بيقتلني|حيقتلني|رح يقتلني|سيقتلني|بيذبحني|حيذبحني|رح يذبحني|بيطعني|رح يطعني|بيدعسني|رح يدعسني)${NA}`,
    String.raw`\b(?:haath|hath|pair|taang|haddi|haddiyan)\w* (?:pair )?(?:tod|tor|todd)\w* (?:dunga|denge|dega|doonga)\b`,
    String.raw`弄死我|打死我|揍我|捅我|砍我|撞死我|废了我|收拾我`,
    String.raw`${NB}(?:изобь\p{L}*|переломает|переламает|прибь\p{L}*|зарежет|убь[её]т|поб\p{L}ет|відлупцю\p{L}*|поламає|вб'?є)${NA}`,
  ].join('|'),
);
const BLOW_TO_ME = lazyPattern(BLOW_TO_ME_SOURCE, 'u');
const EACH_BLOW_TO_ME = lazyPattern(BLOW_TO_ME_SOURCE, 'gu');

// Where or when at work: a place to wait at, the end of a shift, tonight or tomorrow.
const AT_WORK_SOURCE = foldPattern(
  [
    String.raw`\b(?:parking (?:lot|garage|deck)|car ?park|back lot|the lot|gate|exit|back door|side door|locker ?room|lockers|time ?clock|loading dock|dock|bus stop|break ?room|bathroom|smoke area|outside|after (?:the |my |our )?(?:shift|work)|tonight|tomorrow|tmrw|tmr|2morrow|on (?:my|the) way (?:home|out)|when i (?:leave|clock out|get off|walk out))\b`,
    String.raw`\b(?:estacionamiento|parking|la salida|a la salida|saliendo|al salir|despues del (?:turno|trabajo)|la puerta|los vestidores|el comedor|manana|hoy en la noche|esta noche|estacionamento|saida|portao|depois do (?:turno|expediente|trabalho)|amanha|hoje a noite|sortie|apres le (?:service|boulot|travail|poste)|ce soir|demain|vestiaire|parkplatz|ausgang|tor|nach der schicht|nach feierabend|heute abend|morgen|umkleide|parcheggio|all'?uscita|uscita|dopo il turno|stasera|domani|spogliatoio|na parkingu|parking\w*|przy bramie|po zmianie|po robocie|po pracy|dzis|jutro|szatni\w*|locker room|uwian|pag-?uwi|mamaya|bukas|bai xe|cong|tan ca|toi nay|ngay mai)\b`,
    String.raw`${NB}(?:عند الباب|عند البوابه|بعد الدوام|بعد الشغل|في الباركينج|في الموقف|بكره|بكرا|الليله)${NA}`,
    String.raw`下班|停车场|门口|今晚|明天|更衣室`,
    String.raw`${NB}(?:после смены|после работы|у проходной|на парковке|у ворот|після зміни|біля прохідної|на парковці|біля воріт|завтра|сегодня вечером)${NA}`,
  ].join('|'),
);
const EACH_AT_WORK = lazyPattern(AT_WORK_SOURCE, 'gu');

// A laugh, in the forms the writers of every language type.
const LAUGH = lazyPattern(
  foldPattern(
    String.raw`(?<![\p{L}\p{N}])(?:(?:ha){2,}h?|(?:he){2,}|(?:ja){2,}j?|(?:je){2,}|(?:ah){2,}h?|k{3,}|rs(?:rs)+|lo+l+|lmao|lmfao|rofl|xd+|mdr|ptdr|jk|555+)(?![\p{L}\p{N}])|哈哈|呵呵|ㅋㅋ|${NB}ه{3,}${NA}|[\u{1F602}\u{1F923}\u{1F606}\u{1F605}]`,
  ),
  'u',
);

// The writer's own slip, a relative, a game or a condition: a laugh there is play (playful.ts). Not "si" or "se":
// Tagalog names people with "si", and Vietnamese "sẽ" (will) folds to "se".
const PLAY_OF_A_SLIP = lazyPattern(
  foldPattern(
    String.raw`\b(?:if|unless|wenn|falls|jesli|jezeli|kung|pag hindi|forgot|forget|ate|eaten|i took|i broke|i lost|i spilled|i crashed|late|comi|olvide|rompi|perdi|quebrei|esqueci|atrasei|mangiato|rotto|dimenticato|j'ai (?:casse|oublie|perdu|mange)|gegessen|vergessen|kaputt|zjadlem|zepsulem|zapomnialem|kinain|mom|mum|mama|mother|dad|wife|husband|gf|bf|girlfriend|boyfriend|sister|brother|kids|coach|esposa|esposo|mujer|marido|novia|novio|mae|femme|mari|frau|moglie|marito|zona|maz|game|match|ping ?pong|pool|darts|bowling|fifa|trivia|karaoke|fantasy)\b`,
  ),
  'u',
);

// A veiled threat said to the writer, after the words of saying in its sentence.
const VEILED_TOLD = lazyPattern(
  foldPattern(
    [
      String.raw`\b(?:said|says|told me|tells me|warned me|texted me|wrote|whispered)\b[^.!?\n]{0,40}?\b(?:(?:i'?m|im|i am|you'?re|youre|you are|ur|u r) (?:next|the next one)\b(?! (?:in|on|for|to|at|up|week|month|shift|after|in line|door)\b)|(?:i|you|u) (?:won'?t|wont|will not|aren'?t gonna|are not going to|ain'?t gonna|ain'?t going to) (?:see|make it to|live to see|last (?:till|until|to)|be around for|be here for) (?:christmas|xmas|new year\w*|the (?:end of the )?(?:week|month|weekend|year)|friday|monday|tomorrow|my birthday|your birthday|payday)|(?:to )?(?:watch|mind) (?:my|your|ur) back\b(?![^.!?\n]{0,40}?\b(?:when|while|lift\w*|bend\w*|knees|posture|boxes|heavy|pallets?)\b)|sleep with one eye open|(?:i'?d|i had|you'?d|you had|u'?d) better (?:watch out|watch (?:my|your|ur) back|be careful)|be careful (?:walking|going|driving) (?:to|home|out)|(?:i|you|u)(?: will|'ll| ll| are gonna| are going to|ll) (?:pay for (?:this|it|that)|regret (?:it|this|that|talking|saying))|(?:my|your|ur) days (?:are|r) numbered|(?:have|get|got|getting|having) (?:me|you|u) (?:jumped|beat up|beaten up|roughed up|stabbed|whacked))`,
      String.raw`\b(?:dijo|dice|dijeron|advirtio|amenazo|escribio)\b[^.!?\n]{0,40}?\b(?:me la (?:va|van|vas) a pagar|me las (?:va|van|vas) a pagar|(?:yo )?(?:soy|sigo) (?:el|la) (?:siguiente|proxim[oa])\b(?! (?:en|de|para|a|del)\b)|(?:me )?cuide (?:la espalda|mis espaldas|las espaldas)|no (?:voy|vas) a (?:ver|llegar a|pasar) (?:la )?navidad|(?:me|te) (?:voy|vas|va) a arrepentir|tengo los dias contados)`,
      String.raw`\b(?:a dit|m'a dit|dit|m'a previenu|m'a menace|a ecrit)\b[^.!?\n]{0,40}?\b(?:(?:je suis|t'es|tu es) (?:le|la) (?:prochain|prochaine|suivant|suivante)\b(?! (?:sur|de|a|pour|dans|en)\b)|(?:de )?faire attention a moi (?:en|ce soir|quand)|(?:je vais|tu vas|j'allais) (?:le )?(?:regretter|payer)|(?:je|tu) (?:ne )?(?:verrai|verras|passerai|passeras) pas (?:noel|l'hiver|la semaine|le mois)|mes jours sont comptes|(?:surveiller|surveille) (?:mes|tes) arrieres)`,
      String.raw`\b(?:disse|falou|avisou|ameacou|escreveu)\b[^.!?\n]{0,40}?\b(?:(?:eu )?sou o (?:proximo|proxima)\b(?! (?:da|de|na|a|para|do)\b)|vai acabar comigo|(?:eu )?vou me arrepender|vou pagar (?:caro|por isso)|tomar cuidado (?:na saida|quando (?:eu )?sair|a noite|de noite|indo pra casa)|(?:eu )?nao (?:vou|passo) (?:ver )?o natal)`,
      String.raw`\b(?:gesagt|meinte|sagte|sagt|gedroht|geschrieben)\b[^.!?\n]{0,40}?\b(?:ich (?:bin|war) (?:der|die) nachste\b(?! (?:in|auf|mit|fur|beim|der)\b)|ich soll(?:te)? (?:gut )?(?:aufpassen|auf mich aufpassen|vorsichtig sein),? wenn|ich werde? (?:das|es) bereuen|(?:ich|du) (?:erlebe|erlebst|sehe|siehst) weihnachten nicht|meine tage sind gezahlt)`,
      String.raw`\b(?:detto|dice|diceva|minacciato|scritto)\b[^.!?\n]{0,40}?\b(?:(?:io )?sono (?:il|la) prossim[oa](?! (?:in|sulla|nella|per|a|della)\b)|(?:di )?guardarmi le spalle|me la (?:fara|fa|faranno|pagher\w*) pagare|me ne pentiro|non (?:vedro|arrivero a) natale|ho i giorni contati)`,
      String.raw`\b(?:powiedzial\w*|mowi|mowil\w*|grozil\w*|napisal\w*)\b[^.!?\n]{0,40}?\b(?:jestem nastepn\w*\b(?! (?:w|do|na|po)\b)|mam (?:uwazac|uwazac na siebie)|pozaluje\w*|nie dozyje\w*|nie doczekam (?:swiat|gwiazdki))`,
      String.raw`\b(?:sabi|sinabi)\b[^.!?\n]{0,40}?\b(?:ako (?:na )?ang (?:susunod|sunod)(?! sa pila| sa listahan)|mag-?ingat (?:daw |raw )?ako|magbabayad (?:daw |raw )?ako|pagsisisihan ko)`,
      String.raw`\b(?:noi|bao|doa)\b[^.!?\n]{0,40}?\b(?:toi|tao|em|tui) (?:la |se la )?(?:nguoi|dua|thang) (?:tiep theo|ke tiep)\b(?! (?:duoc|trong|len|nghi)\b)`,
      String.raw`${NB}(?:сказал\p{L}*|сказав\p{L}*|говорит|говорил\p{L}*|каже|казав|пригрозил\p{L}*|пригрозив|написал\p{L}*)${NA}[^.!?\n]{0,40}?${NB}(?:я (?:буду )?следующ\p{L}*|я (?:буду )?наступн\p{L}*|(?:мне|мені|тебе) (?:конец|кінець|не жить|не жити|не поздоровится|не поздоровиться)|пожалею|пожалеешь|пошкодую|пошкодуєш|не доживу)${NA}(?! (?:в|на|у|по|за) )`,
      String.raw`${NB}(?:قال|قالي|قال لي|قالت|قالتلي|هددني)${NA}[^.!?\n]{0,40}?${NB}(?:(?:اني|انك|انا|انت) (?:التالي|الجاي)|الدور عليك|الدور علي|دير بالك على حالك|رح تندم|حتندم|ستندم|رح اندم|حندم)${NA}(?! (?:في|على|بالطابور|بالترقيه))`,
      String.raw`(?:他说|她说|他说过|她说过|他讲|威胁)[^。！？\n]{0,20}?(?:下一个就是我|我是下一个(?!上|发言|轮)|下个就是我|走着瞧|让我好看|等着瞧|你给我等着)`,
    ].join('|'),
  ),
  'u',
);

// The words of saying: a blow promised in someone's words told is their threat, not the writer's figure of speech.
const WORDS_TOLD = lazyPattern(
  foldPattern(
    String.raw`\b(?:said|says|told|tells|texted|threatened|swore|dijo|dice|disse|diz|falou|a dit|m'a dit|dit qu|gesagt|meinte|sagte|sagt|detto|dice che|powiedzial\w*|mowi|mowil\w*|sabi|sinabi|bola|noi|bao)\b|${NB}(?:сказал\p{L}*|сказав\p{L}*|говорит|каже|قال|قالي|قالت)${NA}|他说|她说`,
  ),
  'u',
);

/*
 * Whether the text promises the writer a blow at a place or a time at work, laughed at or told in someone's words,
 * and is no slip, relative or game.
 */
function threatAtWork(folded: string): boolean {
  return (
    (LAUGH.get().test(folded) || WORDS_TOLD.get().test(folded)) &&
    BLOW_TO_ME.get().test(folded) &&
    blowNearAPlaceAtWork(folded) &&
    !PLAY_OF_A_SLIP.get().test(folded)
  );
}

// How far apart the blow and the place or time may stand: "run me over in the parking lot", "a la salida me madrea".
const NEAR = 30;

/*
 * The blow and the place or time in one sentence, a few words apart: a ramble's "parking on Mondays is a mess" beside
 * "szef mnie zabije tymi zebraniami haha" (the boss will kill me with these meetings) is no blow promised at a place.
 */
function blowNearAPlaceAtWork(folded: string): boolean {
  for (const sentence of folded.split(/[.!?\n\u3002\uff01\uff1f]+/u)) {
    const blows = [...sentence.matchAll(EACH_BLOW_TO_ME.get())];
    if (blows.length === 0) continue;
    for (const place of sentence.matchAll(EACH_AT_WORK.get())) {
      const placeEnd = place.index + place[0].length;
      for (const blow of blows) {
        const blowEnd = blow.index + blow[0].length;
        const gap = place.index >= blowEnd ? place.index - blowEnd : blow.index - placeEnd;
        if (gap <= NEAR) return true;
      }
    }
  }
  return false;
}

/** Whether the text tells a veiled threat said to the writer ("she said I'm next"). */
export function toldAVeiledThreat(text: string): boolean {
  return VEILED_TOLD.get().test(fold(text));
}

/**
 * A reading with no threat gets one where the text promises the writer a blow at work with a laugh, tells a veiled
 * threat said to them, or, beside a slur's discrimination, promises them a blow.
 */
export function withThreatsLaughedVeiledOrBesideSlurs(text: string, reading: Reading): Reading {
  if (typeof text !== 'string' || !text || reading.categories.includes('threat')) return reading;
  const folded = fold(text);
  if (threatAtWork(folded) || VEILED_TOLD.get().test(folded)) return withKindsAdded(reading, 'threat');
  if (reading.categories.includes('discrimination') && BLOW_TO_ME.get().test(folded))
    return withKindsAdded(reading, 'threat');
  return reading;
}
