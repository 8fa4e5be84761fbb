/*
 * Routine handling of money and routine sign-offs, named plainly (blind round 37): "the manager takes the cash from
 * the till to the bank every evening", "el encargado lleva el dinero de la caja al banco cada tarde", "der
 * Filialleiter bringt die Tageseinnahmen jeden Abend zur Bank", "the inspector signed off the scaffold this morning".
 * The rules' frame of money and taking ("takes … from the till") read the first as theft, and the learned model reads
 * takings, banks and signatures as fraud. Cash carried to the bank, the safe or the office is the job; so is an
 * inspector or an engineer signing off, approving or checking a scaffold, a permit or the accounts. They are passed
 * over as idioms (each language's `benign` list), by the rules and the model alike; the rest of the text is read.
 *
 * Never where the same sentence says something was kept, pocketed, short, missing, faked or paid for (DISHONEST):
 * "takes the cash from the till to the bank but keeps some", "signed off the scaffold without looking, for a bribe"
 * stay fraud, and what takings-and-stock-skimmed.ts, false-safety-records.ts and the pay and records tables read
 * (skimming, false records) is untouched. Written in en, es, fr, pt, de, it, pl, tl (folded: no accents).
 */

// What turns routine handling into a wrong, anywhere in its sentence (folded; every language's words, as texts mix).
const DISHONEST_WORDS = String.raw`keep\w*|kept|pocket\w*|skim\w*|short|missing|gone|fake\w*|false\w*|forg\w*|brib\w*|backhander\w*|envelope|cash in hand|for (?:him|her)sel(?:f|ves)|for (?:his|her|their) own|never|without (?:\w+ )?(?:look\w*|check\w*|inspect\w*|see\w*|read\w*|test\w*)|didn'?t|did not|not (?:safe|finished|checked|tied|secured)|unsafe|queda\w*|quedo|qued[oa]|falt\w*|falso\w*|falsa\w*|falsific\w*|soborn\w*|sin (?:revisar|mirar|ver|comprobar)|para (?:el|ella|si)|garde\w*|manqu\w*|pot-de-vin|sans (?:regarder|verifier|controler)|pour (?:lui|elle)|fica\w*|faltand\w*|propina|suborn\w*|sem (?:olhar|verificar|conferir)|pra (?:ele|ela)|behalt\w*|fehl\w*|gefalscht\w*|gefaelscht\w*|bestech\w*|ohne (?:zu )?(?:schauen|prufen|pruefen|kontrollieren|hinzusehen)|fur sich|fuer sich|intasc\w*|mancan\w*|falsi\w*|mazzett\w*|senza (?:guardare|controllare|verificare)|per se|zatrzym\w*|brakuj\w*|falszyw\w*|lapowk\w*|bez (?:sprawdzenia|patrzenia)|dla siebie|itinatago|ibinubulsa|kulang|peke|lagay|hindi (?:tiningnan|sinuri)|para sa sarili`;
const DISHONEST_AHEAD = String.raw`(?![^.!?\n]{0,120}\b(?:${DISHONEST_WORDS})\b)`;
const DISHONEST_BEHIND = String.raw`(?<!\b(?:${DISHONEST_WORDS})\b[^.!?\n]{0,120})`;
const EVERY = String.raw`(?: (?:every|each) (?:evening|night|morning|day|afternoon|shift|week|friday|monday)| at (?:close|closing|the end of (?:the|each|every) (?:day|shift))| after (?:close|closing)| daily| nightly)?`;

const IDIOMS: Record<string, string> = {
  en: [
    // Cash carried to the bank, the safe or the office: "takes the cash from the till to the bank every evening".
    String.raw`${DISHONEST_BEHIND}\b(?:takes?|took|taking|carr(?:y|ies|ied|ying)|brings?|brought|bringing|drops?|dropped|dropping|deposits?|deposited|depositing|runs?|ran|moves?|moved|walks?|walked|banks?|banked|banking|cashes up|cashed up|counts?|counted|counting|locks?|locked|puts?|put|putting)(?: (?:up|off|down))? (?:the |all the |our |today'?s |the day'?s |that day'?s )?(?:cash|money|takings|float|till money|deposit|bag|cash bag|envelope|banking|receipts)(?: (?:from|out of) (?:the |each |every |all the )?(?:tills?|registers?|cash registers?|drawers?|safe|counter))?(?: (?:up|over|down))? (?:to|in|into|at) (?:the )?(?:bank|night safe|safe|office|back office|main office|head office|deposit box|atm|post office)\b${EVERY}${DISHONEST_AHEAD}`,
    // A sign-off or an approval by an inspector, an engineer or an auditor: "the inspector signed off the scaffold".
    String.raw`${DISHONEST_BEHIND}\b(?:the |our |an |a )?(?:inspector|engineer|site engineer|safety officer|surveyor|auditor|auditors|assessor|building control|scaffolder|supervisor|manager|finance|qa|qc)s? (?:has |have |had )?(?:signed (?:off|it off|off on)|approved|passed|checked|inspected|certified|cleared|tagged)(?: off)? (?:the |our |a |an |new |this )?(?:\w+ ){0,2}(?:scaffold(?:ing)?|permit|crane|lift|hoist|accounts|budget|books|invoice|report|wiring|installation|work|job|building|site|tower|platform|harness(?:es)?|ladders?)\b(?: (?:this morning|today|yesterday|last week|this week|on \w+))?${DISHONEST_AHEAD}`,
  ].join('|'),
  es: [
    String.raw`${DISHONEST_BEHIND}\b(?:lleva|llevo|llevan|trae|deposita|deposito|depositan|ingresa|ingreso|guarda en la caja fuerte|pasa|cuenta y lleva)(?: el| la| los| las)? (?:dinero|efectivo|recaudacion|caja del dia|plata|fondo|ingresos)(?: (?:de|desde) (?:la|las) (?:caja|cajas|registradora|caja registradora))? (?:al|a la|en el|en la) (?:banco|caja fuerte|oficina|cajero)\b(?: (?:cada|todas las|todos los) (?:tarde|tardes|noche|noches|dia|dias|manana|mananas)| al cierre)?${DISHONEST_AHEAD}`,
    String.raw`${DISHONEST_BEHIND}\b(?:el|la) (?:inspector[a]?|ingenier[oa]|auditor[a]?|tecnic[oa]) (?:firmo|aprobo|reviso|valido|certifico|dio el visto bueno a)(?: la revision de)? (?:el |la |los |las )?(?:andamio|andamios|permiso|grua|cuentas|instalacion|obra|informe)\b(?: (?:esta manana|hoy|ayer))?${DISHONEST_AHEAD}`,
  ].join('|'),
  fr: [
    String.raw`${DISHONEST_BEHIND}\b(?:depose|porte|apporte|emmene|met|range)(?:nt)? (?:la |le |l'|les )?(?:recette|caisse|argent|especes|fond de caisse)(?: (?:de|du) (?:la )?(?:caisse|tiroir))? (?:a la|au|dans le) (?:banque|coffre|coffre-fort|bureau)\b(?: (?:chaque|tous les) (?:soir|soirs|jour|jours|matin))?${DISHONEST_AHEAD}`,
    String.raw`${DISHONEST_BEHIND}\b(?:l'|le |la )?(?:inspecteur|inspectrice|ingenieur|auditeur|controleur) a (?:valide|signe|approuve|controle|verifie|receptionne) (?:l'|le |la |les )?(?:echafaudage|permis|grue|comptes|installation|chantier|rapport)\b(?: (?:ce matin|aujourd'hui|hier))?${DISHONEST_AHEAD}`,
  ].join('|'),
  pt: [
    String.raw`${DISHONEST_BEHIND}\b(?:leva|levou|levam|deposita|depositou|guarda|traz)(?: o| a| os| as)? (?:dinheiro|apurado|caixa do dia|fundo de caixa|faturamento)(?: (?:do|da) (?:caixa|registradora|gaveta))? (?:para o|pro|ao|no|na) (?:banco|cofre|escritorio)\b(?: (?:todas as|todos os|toda|todo) (?:noites|noite|dias|dia|tardes|tarde))?${DISHONEST_AHEAD}`,
    String.raw`${DISHONEST_BEHIND}\b(?:o|a) (?:inspetor[a]?|engenheir[oa]|auditor[a]?|fiscal) (?:assinou|aprovou|liberou|vistoriou|conferiu) (?:o |a |os |as )?(?:andaime|andaimes|alvara|licenca|guindaste|contas|instalacao|obra|relatorio)\b(?: (?:hoje de manha|hoje|ontem|esta manha))?${DISHONEST_AHEAD}`,
  ].join('|'),
  de: [
    String.raw`${DISHONEST_BEHIND}\b(?:bringt|brachte|bringen|tragt|traegt|zahlt|zahlte) (?:\w+ ){0,3}?(?:die |das |den )?(?:tageseinnahmen|einnahmen|bargeld|kasse|geld|wechselgeld)(?: (?:aus|von) der kasse)? (?:\w+ ){0,3}?(?:zur|in die|auf die|ins) (?:bank|tresor|buro|buero|safe)\b${DISHONEST_AHEAD}`,
    String.raw`${DISHONEST_BEHIND}\b(?:der|die) (?:prufer|pruefer|prueferin|pruferin|inspektor|inspektorin|gutachter|ingenieur|statiker|sachverstandige|sachverstaendige|bauleiter) hat (?:das |die |den )?(?:gerust|geruest|kran|genehmigung|abrechnung|anlage|baustelle|bericht) (?:\w+ ){0,3}?(?:abgenommen|freigegeben|gepruft|geprueft|unterschrieben|abgezeichnet)\b${DISHONEST_AHEAD}`,
  ].join('|'),
  it: [
    String.raw`${DISHONEST_BEHIND}\b(?:porta|portava|portano|deposita|versa|mette) (?:\w+ ){0,2}?(?:l'|il |i )?(?:incasso|incassi|contanti|soldi|fondo cassa)(?: (?:della|dalla) cassa)? (?:in|alla|nella) (?:banca|cassaforte|ufficio)\b(?: (?:ogni|tutte le|tutti i) (?:sera|sere|giorno|giorni))?${DISHONEST_AHEAD}`,
    String.raw`${DISHONEST_BEHIND}\b(?:l'|il |la )?(?:ispettore|ispettrice|ingegnere|collaudatore|revisore) ha (?:firmato|approvato|collaudato|controllato|verificato) (?:l'|il |la |i |le )?(?:ponteggio|permesso|gru|conti|impianto|cantiere|rapporto)\b(?: (?:stamattina|oggi|ieri))?${DISHONEST_AHEAD}`,
  ].join('|'),
  pl: [
    String.raw`${DISHONEST_BEHIND}\b(?:zanosi|zaniosl\w*|wplaca|wplacil\w*|odnosi|wozi|zawozi) (?:\w+ ){0,2}?(?:utarg|gotowke|pieniadze|kase)(?: z kasy)? (?:do|na) (?:banku|sejfu|biura|wplatomatu)\b(?: (?:co|kazdego) (?:wieczor|wieczoru|dzien|dnia))?${DISHONEST_AHEAD}`,
    String.raw`${DISHONEST_BEHIND}\b(?:inspektor|inzynier|kierownik budowy|audytor|rzeczoznawca) (?:odebral|zatwierdzil|podpisal|sprawdzil) (?:\w+ )?(?:rusztowanie|pozwolenie|dzwig|rachunki|instalacje|budowe|raport)\b(?: (?:dzis rano|dzisiaj|wczoraj))?${DISHONEST_AHEAD}`,
  ].join('|'),
  tl: [
    String.raw`${DISHONEST_BEHIND}\b(?:nagdadala|dinadala|nagdala|dinala|dala|idinedeposito|nagdedeposito|ideposito)(?: \w+){0,3}? (?:ng |ang )?(?:pera|kita|benta|cash)(?: (?:mula|galing) sa (?:kaha|kahera|register))? sa (?:bangko|safe|opisina)\b(?: (?:tuwing|araw-araw|gabi-gabi) ?\w*)?${DISHONEST_AHEAD}`,
    String.raw`${DISHONEST_BEHIND}\b(?:pinirmahan|inaprubahan|sinuri|chineck|tsinek) (?:na )?(?:ng |ni )?(?:inspector|engineer|inhinyero|auditor)(?: \w+)? (?:ang )?(?:scaffold|scaffolding|permit|crane|accounts|report|instalasyon)\b(?: (?:kaninang umaga|ngayon|kahapon))?${DISHONEST_AHEAD}`,
  ].join('|'),
};

export const routineCashAndSignOffs = (code: string): string | undefined => IDIOMS[code];
