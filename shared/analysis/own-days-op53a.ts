/*
 * More ways of telling a day one person's file holds (op53a, 2026-12-07 night, from the blind attack op52's classes
 * F1 to F3), read by own-days-of-the-writer.ts beside its own cues and op48a's and op50a's:
 * - any leave of the writer's, not only a sick one: a holiday or vacation ("Estuve de vacaciones del 3 al 17 de marzo",
 *   "in ferie", "na urlopie", "de licença", "congés", "Urlaub", "bakasyon", "nghỉ phép", "I was off Mar 3–17"), with
 *   its range; a plant's closure or a rule for everyone ("the plant is closed from Dec 24 to Jan 2", "Betriebsurlaub",
 *   "para todos") is no one's;
 * - ranges the older patterns cut in half: "03.03.–17.03." (a dot before the dash), "Mar 3–17", "Mar 3rd - 17th";
 * - a child's birth told with the verb first ("È nato mio figlio", "Est née notre fille"), "arrived" ("Notre fille est
 *   arrivée"), "became a dad", "devenu papa", and a due date ("is due on", "my partner's due date", "sale de cuentas",
 *   "date prévue d'accouchement", "Geburtstermin");
 * - a hire in German ("Ich wurde am 3.3.2019 eingestellt", "Seit 01.04.2015 arbeite ich hier"), in Spanish words
 *   ("Empecé a trabajar aquí el tres de marzo") and written "3-Mar-2019".
 *
 * Letters outside ASCII are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 * Every span is bounded.
 */

const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;
const NUM_DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
const NUM_MONTH = String.raw`(?:1[0-2]|0?[1-9])`;
const HIDDEN = String.raw`(?:\[ID\]|\uE004+)`;
const MON = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)`;
const MONTH_EN = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|${MON}\.?)`;

/** A holiday or any leave, in en es fr pt de it pl tl vi uk. */
export const HOLIDAY_LEAVE = String.raw`${B}(?:vacations?|holidays?|leave|PTO|time[ \t]+off|(?:was|am|be|been|i['\u2019]m)[ \t]+off|vacaciones|permiso|cong\u00e9s?|vacances|f\u00e9rias|licen\u00e7a|Urlaub|Krankenstand|ferie|urlop\p{L}{0,3}|(?:nag-?|naka-?)?bakasyon|ngh\u1ec9[ \t]+ph\u00e9p|nghi[ \t]+phep|\u0432\u0456\u0434\u043f\u0443\u0441\u0442\u043a\p{L}{0,3})${E}`;

/** A verb that carries the writer: "estuve", "sono stato", "byłem" (its "-łem" is read elsewhere), "estive", "tirei". */
export const OWN_VERB = String.raw`${B}(?:estuve|estaba|tuve|tom\u00e9|ped\u00ed|sal\u00ed|sono[ \t]+(?:stat[oa]|andat[oa])|ero|ho[ \t]+(?:preso|fatto|chiesto|avuto)|estive|estava|tirei|fiquei|pedi|tive|j['\u2019][ \t]?(?:\u00e9tais|ai[ \t]+(?:pris|eu))|wzi\u0105\u0142(?:em|am)|nag-?bakasyon[ \t]+ako|t\u00f4i|toi|\u044f)${E}`;

/** A closure or a rule for everyone: "the plant is closed", "para todos", "Betriebsurlaub", "dla wszystkich". */
export const EVERYONE = String.raw`${B}(?:plant|factory|site|warehouse|company|everyone|everybody|all[ \t]+staff|closed|closure|shutdown|requests?|policy|planta|f\u00e1brica|empresa|todos(?![ \t]+(?:los|os)[ \t]+d[\u00edi]as)|todas|cerrad[oa]|usine|entreprise|tous(?![ \t]+les[ \t]+jours)|ferm\u00e9e?|fabbrica|azienda|tutti(?![ \t]+i[ \t]+giorni)|chius[oa]|Betrieb\p{L}{0,8}|Werk|alle|geschlossen|firmow\p{L}{1,3}|zak\u0142ad\p{L}{0,3}|wszystkich|wszyscy|f\u00e1brica|fechad[oa])${E}`;

/** Two dotted days joined by a dash, each with its dot: "vom 03.03.–17.03.", "3.10.-17.10.". Groups 1 and 2. */
export const DOTTED_RANGE = String.raw`(?<![\p{L}\p{N}.,:/$\u20ac\u00a3-])(${NUM_DAY}\.${NUM_MONTH}|${HIDDEN})\.?[ \t]?[-\u2013\u2014][ \t]?(${NUM_DAY}\.${NUM_MONTH})\.?(?![\p{N}]|[.,/-]\d)`;

/** A month before two days joined by a dash: "Mar 3–17", "Mar 3rd - 17th", "Mar [ID] - 17th". Groups 1 and 2. */
export const MONTH_FIRST_RANGE = String.raw`${B}${MONTH_EN}[ \t]+(${NUM_DAY}(?:st|nd|rd|th)?|${HIDDEN})[ \t]?[-\u2013\u2014][ \t]?(?:${MONTH_EN}[ \t]+)?(${NUM_DAY}(?:st|nd|rd|th)?)(?![\p{L}\p{N}]|[./:]\d)`;

/** A date written "3-Mar-2019": group 1 the day and month, group 2 the year. */
export const DASHED_DATE = String.raw`(?<![\p{L}\p{N}.,:/-])(${NUM_DAY}-${MON}[a-z]{0,6})-((?:19|20)?\d\d)(?![\p{L}\p{N}])`;

/** A day in English words after "on the": "gave birth on the fourteenth". Group 1. */
export const ORDINAL_ON_THE = String.raw`(?<=${B}(?:on|since|from|by)[ \t]{1,3}the[ \t]{1,3})((?:twenty|thirty)?-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)${E}`;

const CHILD = String.raw`(?:son|daughter|baby|little[ \t]+(?:one|boy|girl)|figli[oa]|bambin[oa]|piccol[oa]|fils|fille|b\u00e9b\u00e9|enfant|jumeaux|jumelles|hij[oa]|beb[\u00e9e]|filh[oa]|Kind|Baby|Sohn|Tochter)`;
const PARENT = String.raw`(?:dad|father|mom|mum|mother|parent|papa|daddy|pap\u00e0|mamma|padre|madre|maman|p\u00e8re|m\u00e8re|pap\u00e1|mam\u00e1|pai|m\u00e3e|Vater|Papa|Mutter|Mama|ojcem|tat\u0105|mam\u0105|matk\u0105)`;

/** A child's birth or due date, in the forms the older lists lack. */
export const BIRTH_OP53A = [
  // The verb first: it "È nato mio figlio", fr "Est née notre fille".
  String.raw`[\u00e8e][ \t]+nat[oaie][ \t]+(?:(?:il|la|i|le)[ \t]+)?(?:mio|mia|miei|mie|nostr[oaie])[ \t]+(?:\p{L}{1,12}[ \t]+)?${CHILD}`,
  String.raw`(?:nasceu|nasceram)[ \t]+(?:(?:o|a|os|as)[ \t]+)?(?:meu|minha|meus|nosso|nossa|nossos)[ \t]+(?:\p{L}{1,12}[ \t]+)?${CHILD}`,
  String.raw`(?:est|sont)[ \t]+n\u00e9e?s?[ \t]+(?:mon|ma|mes|notre|nos)[ \t]+(?:\p{L}{1,12}[ \t]+)?${CHILD}`,
  // "arrived": "Notre fille est arrivée", "our son arrived", "è arrivato nostro figlio", "llegó mi hija".
  String.raw`(?:mon|ma|notre|my|our|mio|mia|il[ \t]+mio|la[ \t]+mia|nostr[oa]|mi|nuestr[oa])[ \t]+(?:\p{L}{1,12}[ \t]+)?${CHILD}[ \t]+(?:est|sont|\u00e8|[\u00e8e][ \t]+gi\u00e0)?[ \t]?(?:arriv\u00e9e?s?|arrivat[oa]|arrived|lleg\u00f3|chegou)(?![ \t]+(?:back|home|to|at|in|late|over|with|from|\u00e0|a|da|en|tarde|en[ \t]+retard))`,
  String.raw`(?:\u00e8[ \t]+arrivat[oa]|lleg\u00f3|arriv\u00e9e?|chegou)[ \t]+(?:(?:il|la)[ \t]+)?(?:mio|mia|nostr[oa]|mi|nuestr[oa]|notre|mon|ma|o[ \t]+nosso|a[ \t]+nossa|o[ \t]+meu|a[ \t]+minha)[ \t]+(?:\p{L}{1,12}[ \t]+)?${CHILD}`,
  // Becoming a parent: "became a dad", "devenu papa", "diventato papà", "Vater geworden", "zostałem ojcem", "virei pai".
  String.raw`(?:became|become)[ \t]+a[ \t]+(?:\p{L}{1,10}[ \t]+)?${PARENT}|devenue?[ \t]+${PARENT}|diventat[oa][ \t]+${PARENT}|${PARENT}[ \t]+geworden|wurde[ \t]+ich[ \t]+${PARENT}|zosta\u0142(?:em|am)[ \t]+${PARENT}|(?:virei|me[ \t]+tornei|tornei-me)[ \t]+${PARENT}|me[ \t]+convert\u00ed[ \t]+en[ \t]+${PARENT}`,
  // A due date: "my wife is due on", "my partner's due date", "sale de cuentas", "date prévue d'accouchement".
  String.raw`(?:wife|partner|girlfriend|she|i)(?:['\u2019]s|[ \t]+is|[ \t]+am|['\u2019]m)[ \t]+due(?:[ \t]+(?:on|in|around|at[ \t]+the[ \t]+end[ \t]+of))?(?=[ \t]+(?:\d|the[ \t]+\d|${MONTH_EN}|[\uE004\[]))`,
  String.raw`(?:my|our|her|wife['\u2019]s|partner['\u2019]s|girlfriend['\u2019]s|baby['\u2019]s)[ \t]+due[ \t]+date`,
  String.raw`sale[ \t]+de[ \t]+cuentas|fecha[ \t]+(?:prevista[ \t]+|probable[ \t]+)?de(?:l)?[ \t]+parto|salir[ \t]+de[ \t]+cuentas`,
  String.raw`date[ \t]+pr\u00e9vue[ \t]+(?:d['\u2019][ \t]?accouchement|de[ \t]+l['\u2019][ \t]?accouchement|du[ \t]+terme)|terme[ \t]+(?:pr\u00e9vu|est[ \t]+pr\u00e9vu)|doit[ \t]+accoucher`,
  String.raw`(?:data[ \t]+(?:presunta|prevista)[ \t]+(?:del|di)[ \t]+parto|deve[ \t]+partorire|termine[ \t]+(?:della[ \t]+gravidanza|previsto))`,
  String.raw`data[ \t]+(?:prevista[ \t]+)?(?:do|de|para[ \t]+o)[ \t]+parto|Geburtstermin|(?:errechnete[rn]?|voraussichtliche[rn]?)[ \t]+(?:Geburts)?[Tt]ermin|termin[ \t]+porodu`,
]
  .map((p) => `${B}(?:${p})${E}`)
  .join('|');

/** A hire in German with a first person, in Spanish with its verb, in English with "hired". */
export const HIRE_OP53A = [
  String.raw`(?:ich|mich)(?:[ \t]+[\p{L}\p{N}.,\[\]\uE004]{1,14}){0,5}?[ \t]+eingestellt|eingestellt[ \t]+(?:wurde|worden|bin)[ \t]+ich|(?:seit|ab)[ \t]+(?:dem[ \t]+)?[\p{N}.\[\]\uE004]{2,12}(?:[ \t]+\p{L}{3,10})?(?:[ \t]+\d{4})?[ \t]+(?:arbeite|bin)[ \t]+ich[ \t]+(?:hier|in|bei|im)|ich[ \t]+(?:arbeite|bin)[ \t]+(?:hier|in[ \t]+der[ \t]+Firma|im[ \t]+Betrieb|bei[ \t]+\p{L}{2,14})[ \t]+seit`,
  String.raw`empec[\u00e9e][ \t]+(?:a[ \t]+trabajar|aqu\u00ed|en[ \t]+la[ \t]+(?:empresa|planta|f\u00e1brica))|me[ \t]+contrataron|(?:fui|he[ \t]+sido)[ \t]+contratad[oa]|entr[\u00e9e][ \t]+(?:a[ \t]+trabajar|en[ \t]+la[ \t]+(?:empresa|planta|f\u00e1brica)|aqu\u00ed)|ingres[\u00e9e][ \t]+(?:a|en)[ \t]+la[ \t]+(?:empresa|planta|f\u00e1brica)`,
  String.raw`(?:i|i[ \t]+was|i[ \t]+got|got|was)[ \t]+hired`,
]
  .map((p) => `${B}(?:${p})${E}`)
  .join('|');
