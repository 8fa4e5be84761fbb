import { rule, type UrgencyRule } from './types';

/*
 * Four kinds of report told in any language we read, each read from one table of words per language rather than
 * one phrase per example (blind attack ra35: these were caught mostly in English only):
 * - hours taken off the clock: a manager deleting, shaving or rounding down the hours or the overtime, a lunch
 *   deducted that was worked ("el encargado nos borra las horas extras", "kierownik kasuje nam nadgodziny");
 * - money skimmed by whoever runs the place: cash from the till, a cut of the tips, ghost workers on the payroll,
 *   the stock count changed to hide what walked out ("la patronne garde une partie des pourboires");
 * - safety records written false: a log or checklist signed or ticked when nobody checked, signatures forged on
 *   training records ("w protokole jest podpis, ale nikt nie sprawdzał");
 * - children at work: a child of fifteen or less, or a minor, working (nights, machines, cash in hand).
 * Fraud for the first two; a false safety record is fraud and a danger nobody checked (docs/escalations.md); a child
 * at work is safety. Each rule reads a verb near an object from its language's row of the table, so a new wording
 * of the same class is caught by its words, not by its example. Calm beside them: "we round to the nearest quarter
 * hour per policy", "the tips are split at close", "the extinguishers were checked and the log signed", "my kids
 * are 12 and 14". Patterns run on folded text (lower case, no accents): the Latin rows are written in ASCII.
 * Tests: test/unit/analysis/urgency-pay-records-and-child-work.test.ts.
 */

interface Row {
  /** Who runs the place: manager, boss, owner, supervisor. */
  boss: string;
  /** Taking money: takes, keeps, pockets, steals. */
  take: string;
  /** Money taken: the tips, or cash from the till (with its preposition). */
  money: string;
  /** Hours taken away: deletes, erases, removes, rounds down, shaves. */
  erase: string;
  /** Taking hours away in words that also mean cutting a schedule (remove, take off): read only of overtime or records. */
  remove: string;
  /** Hours: overtime, hours, punches, timesheet. */
  hours: string;
  /** Overtime and the time records themselves (not a schedule's hours). */
  overtime: string;
  /** Ghost workers on the payroll. */
  ghost: string;
  /** A record: log, checklist, register, inspection sheet, tag. */
  record: string;
  /** Nobody checked: nobody looked, never checked, without looking. */
  unchecked: string;
  /** Forged: signatures or records faked. */
  forged: string;
  /** A child, and the words for years of age. */
  child: string;
  years: string;
  /** A minor, by a word that means nothing else. */
  minor: string;
  /** Working: works, shift, nights, machine. */
  work: string;
  /** Around a child: the writer's own children, a party, school, holidays, a permit: none. */
  calmChild: string;
  /** A break deducted from the hours though it was worked: the break, the deducting, the working through. */
  brk: string;
  deduct: string;
  worked: string;
  /** The stock count changed to hide what went: the count, the changing, the hiding. */
  inv: string;
  fudge: string;
  hide: string;
}

const GAP = (n: number) => String.raw`[^.!?\n]{0,${n}}?`;
// An age a child is: five to fifteen. A bare "15 years" is how long someone worked: only English "years old" stands alone.
const AGE = String.raw`(?:[5-9]|1[0-5])`;

const ROWS: Record<string, Row> = {
  en: {
    boss: String.raw`(?:manager|mgr|boss|supervisor|sup|owner|gm|foreman|forewoman|shift lead|team lead|lead|head chef|chef|director|landlord|he|she|someone|somebody|management)`,
    take: String.raw`(?:tak(?:es|ing|in)|took|keep(?:s|ing|in)?|kept|pocket(?:s|ed|ing|in)?|steal(?:s|ing|in)?|stole|skim(?:s|med|ming|min)?|pinch(?:es|ed|ing)?|nick(?:s|ed|ing)?|swip(?:es|ed|ing)|grab(?:s|bed|bing)?|help(?:s|ed|ing)? (?:him|her|them)sel(?:f|ves) to|dip(?:s|ped|ping)? (?:in|into)|rob(?:s|bed|bing)?|withh(?:o|e)ld(?:s|ing)?|lift(?:s|ed|ing)?|pull(?:s|ed|ing)?)`,
    money: String.raw`(?:(?:from|out of|outta|outa|off|of|into|in) (?:the |our |my )?(?:till|tills|register|cash register|cash drawer|drawer|tip jar|tip jars|tip pool|tips|takings|float|petty cash|safe)|(?:half|part|most|some|a cut|a share|\d+ ?%) (?:of )?(?:the |our |my |their )?(?:tips|tip pool|tip jar|gratuities)|(?:our|the|my|their|all the|everyone'?s|the servers'?|the staff'?s?) (?:card |cash )?(?:tips|gratuities|tip money))`,
    erase: String.raw`(?:delet(?:es|ed|ing|in)|eras(?:es|ed|ing)|wip(?:es|ed|ing) (?:out|off)|shav(?:es|ed|ing|in)|round(?:s|ed|ing|in)? (?:\w+ ){0,2}down|steal(?:s|ing)?|stole|edit(?:s|ed|ing|in)? (?:\w+ ){0,2}out|scrub(?:s|bed|bing)?|zero(?:es|ed|ing)? out|strip(?:s|ped|ping)? out)`,
    remove: String.raw`(?:remov(?:es|ed|ing)|knock(?:s|ed|ing)? off|tak(?:es|ing|in) off|took off|dock(?:s|ed|ing)?|edit(?:s|ed|ing|in)? (?:our|my|r|the|their|people'?s|everyone'?s)|chang(?:es|ed|ing) (?:our|my|r|their|people'?s|everyone'?s)|cut(?:s|ting)? (?:\w+ ){0,2}(?:off|out|from))`,
    overtime: String.raw`(?:overtime|ot|o\.t\.|punch(?:es)?|time ?cards?|timecards?|time ?sheets?|clock[- ]?ins?|time records?|clocked time|time worked|hours worked)`,
    hours: String.raw`(?:overtime|ot|o\.t\.|hours|(?:quarter|half|nearest|full) hour|hrs|minutes|mins|punch(?:es)?|time ?cards?|timecards?|time ?sheets?|clock[- ]?ins?|time records?|clocked time|time worked|hours worked)`,
    ghost: String.raw`(?:ghost|phantom|fake|fictitious|made[- ]up|nonexistent|non-existent|dead) (?:workers?|employees?|staff|names|people|guys|hires)\b${GAP(30)}\b(?:payroll|books|wages|paid|checks|cheques|pay)|\bon (?:the )?(?:payroll|books)\b${GAP(50)}\b(?:never|don'?t|doesn'?t|dont|doesnt|didn'?t|have not|haven'?t|has not|hasn'?t) (?:\w+ ){0,2}(?:set foot|been here|exist|work(?:ed)? here|come in|came in|show(?:ed)? up|seen)`,
    record: String.raw`(?:checklists?|check ?sheets?|check ?lists?|logs?|logbooks?|log books?|inspection (?:forms?|reports?|sheets?|records?|tags?)|inspections?|tags?|stickers?|registers?|records?|sheets?|forms?|sign-?off sheets?|temp(?:erature)? (?:logs?|sheets?|records?)|paperwork|certificates?)`,
    unchecked: String.raw`(?:(?:no ?one|nobody|no body|noone|none of us|not a soul)(?: (?:has|have|had|ever|even|actually|really|once))* (?:look|check|inspect|test|touch|open|climb|been|went|go|gone|come|came|see|seen|tick)\w*|(?:he|she|they|it|the inspector|the lead|the supervisor)(?: (?:has|have|ever|even|actually|really))* (?:never|not|didn'?t|didnt|did not|hasn'?t|hasnt|haven'?t|has not|have not|doesn'?t|don'?t) (?:\w+ )?(?:look|check|inspect|test|touch|open|climb|come|came|been|go|went|seen)\w*|without (?:ever |even |actually |really |anyone |anybody )?(?:looking|checking|testing|inspecting|touching|opening|going|climbing|getting)|never (?:been )?(?:looked|checked|inspected|tested|opened|touched|done))`,
    forged: String.raw`\b(?:forg(?:es|ed|ing|e)|fak(?:es|ed|ing|e)|falsif(?:y|ies|ied|ying)|fabricat(?:es|ed|ing|e)|copy(?:ing)?|copies|copied|trac(?:es|ed|ing)|mak(?:es|ing) up|made up|invent(?:s|ed|ing)?|bogus|fake|forged|made[- ]up)\b (?:\w+ ){0,3}?(?:signatures?|initials|training (?:records?|sheets?|forms?|logs?|certificates?)|temp(?:erature)?s|readings|inspection (?:records?|logs?|reports?|sheets?)|safety (?:records?|logs?|checks?|checklists?)|certificates?|certs)\b|\b(?:signatures?|initials|training records?|training sheets?|temp(?:erature)? (?:logs?|sheets?|readings?|records?)|readings|safety (?:records?|logs?|checklists?))\b (?:\w+ ){0,4}?(?:forged|faked|fake|made up|invented|copied|fabricated|falsified|bogus)\b|\b(?:training|course|courses|induction)\b (?:\w+ ){0,3}?(?:that |which |we |i |they )?(?:never (?:happened|took place|existed|got|had|did|gave|given|ran)|we never (?:had|got|did|took|received)|(?:was|were) never (?:given|done|run|held))\b`,
    child: String.raw`(?:kids?|children|child|boys?|girls?|teens?|lads?|nephew|niece|son|daughter|grandson|granddaughter|youngsters?)`,
    years: String.raw`(?:years?|yrs?|yo|y\/o|year[- ]olds?|yr[- ]olds?)`,
    minor: String.raw`(?:minors|underage|under-age|under age)`,
    work: String.raw`(?:work(?:s|ing|in|ed)?|employed|hire|hires|hiring|hired|shifts?|nights|night shift|overnight|(?:on|run(?:s|ning)?|operat(?:es|ing)|working) (?:the )?(?:line|machines?|forklift|slicer|fryers?|press|saw|tractor|mixer)|till (?:midnight|\d+ ?am)|packing|picking|in the fields|cash in hand|(?:paid|pay(?:s|ing)? (?:them|him|her)) (?:in )?cash|off the books|not on the books)`,
    calmChild: String.raw`homework|summer camp|camp|birthday|party|daycare|childcare|child ?care|bring your|take your|work experience|permit|permits|legally|legal|babysit\w*|lemonade|chores|paper round|movie|film|game`,
    brk: String.raw`(?:lunch|lunch breaks?|breaks?|meal breaks?|30 ?min(?:ute)?s?(?: lunch| break)?|half ?(?:an )?hour)`,
    deduct: String.raw`(?:auto-?deduct\w*|automatically deduct\w*|deduct\w*|dock\w*|tak(?:es|en|ing) (?:out|off)|took (?:out|off)|subtract\w*|charg(?:es|ed|ing) (?:us )?for)`,
    worked: String.raw`(?:never|don'?t get|dont get|do not get|can'?t take|cant take|cannot take|work(?:ing|ed)? (?:straight |right )?(?:through|thru|during)|no time|not allowed|we work|we're working|were working|still working|we dont|we don'?t)`,
    inv: String.raw`(?:inventory|stock ?counts?|stock levels?|counts|the books|stock records?|stocktakes?|waste logs?)`,
    fudge: String.raw`(?:adjust\w*|chang\w*|fudg\w*|cook\w*|fix\w*|alter\w*|doctor\w*|rig\w*|writ(?:es|ing|ten) off|wrote off|fiddl\w*|massag\w*|edit\w*)`,
    hide: String.raw`(?:to (?:hide|cover|make up for|match|mask)|so (?:nobody|no one|it|the (?:losses|numbers))|cover(?:s|ing)? (?:it|up|for))`,
  },
  es: {
    boss: String.raw`(?:encargad[oa]|gerente|jef[ea]|jefecit[oa]|supervisor[a]?|patr[oó]n|patrona|dueñ[oa]|duen[oa]|administrador[a]?|capataz|responsable|mayordomo)`,
    take: String.raw`(?:se (?:queda|quedan|quedo|llevo|lleva|llevan|embolsa|embolsan|guarda|guardan|mete|meten|agarra|agarran)(?: con)?|roba|roban|robo|saca|sacan|saco|toma|toman|tomo|agarra|agarran|quita|quitan|quito|retiene|retienen|embolsa|embolsan|birla|birlan|choriza)`,
    money: String.raw`(?:(?:de|del|en) (?:la |el )?(?:caja|cajon|caja registradora|bote|bote de (?:las )?propinas|tarro de (?:las )?propinas|propinas|recaudacion|efectivo)|(?:(?:parte|la mitad|un porcentaje|una parte|un \d+ ?%) de )?(?:las|nuestras|sus|mis) propinas|plata de la caja|dinero de la caja|lana de la caja)`,
    erase: String.raw`(?:borra|borran|borro|elimina|eliminan|elimino|roba|roban|robo|redondea\w* (?:\w+ ){0,3}(?:a la baja|para abajo|hacia abajo)|tacha|tachan|maquilla|maquillan|anula|anulan)`,
    remove: String.raw`(?:quita|quitan|quito|descuenta|descuentan|desconto|recortan (?:del|de la|en el)|modifica|modifican|modifico|cambia|cambian)`,
    overtime: String.raw`(?:horas extras?|horas extraordinarias|extras|fichajes?|registros? de horas|marcaciones|checadas|tiempo extra)`,
    hours: String.raw`(?:horas extras?|horas extraordinarias|extras|horas|fichajes?|registros? de horas|marcaciones|checadas|minutos|tiempo extra)`,
    ghost: String.raw`(?:empleados|trabajadores|personal|gente|nombres|aviadores) (?:fantasmas?|ficticios|falsos|inventados|que no existen)|(?:aviadores|fantasmas) (?:en|de) (?:la )?(?:nomina|planilla)|\ben (?:la )?(?:nomina|planilla)\b${GAP(50)}\b(?:nunca|no) (?:\w+ ){0,2}(?:vienen|viene|existen|existe|trabajan|trabaja|aparecen|aparece|han venido|ha venido|pisan|pisado)`,
    record: String.raw`(?:registros?|hojas? de (?:control|revision|inspeccion|verificacion|chequeo)|hojas?|listas? de (?:control|chequeo|verificacion|revision)|checklists?|bitacoras?|libros? de (?:registro|mantenimiento|control)|planillas?|formularios?|etiquetas?|inspecciones|informes?|actas?|partes?)`,
    unchecked: String.raw`(?:nadie|ninguno|ni uno) (?:\w+ ){0,2}(?:revis|mir|comprob|verific|inspeccion|toc|vi|vino|ha venido|sub|prob|cheq|chec)\w*|nunca (?:se )?(?:\w+ )?(?:revis|mir|comprob|verific|inspeccion|prob|cheq|chec)\w*|sin (?:siquiera |ni )?(?:revisar|mirar|comprobar|verificar|inspeccionar|ver|subir|tocar|probar|checar|chequear)\w*`,
    forged: String.raw`\b(?:falsific|false|invent|copi|imit)\w* (?:\w+ ){0,3}?(?:firmas?|registros?|certificados?|temperaturas?|capacitaci\w*|formaci\w*|inspecciones)\b|\b(?:firmas?|registros?|temperaturas?|certificados?)\b (?:\w+ ){0,3}?(?:falsificad\w*|falsas?|falsos|inventad\w*|copiad\w*)\b|\b(?:capacitaci\w*|formaci\w*|curso|cursos)\b (?:\w+ ){0,3}?que nunca (?:se )?(?:dio|dieron|hubo|hicimos|recibimos|tuvimos|existio)\b`,
    child: String.raw`(?:niñ[oa]s?|nin[oa]s?|crios|crias|chavales|chamac[oa]s|chic[oa]s|muchachit[oa]s|chiquill[oa]s|hij[oa]s?|sobrin[oa]s?)`,
    years: String.raw`(?:años|anos|anitos|añitos)`,
    minor: String.raw`(?:menores de edad|menores de 1[0-7]|menor de edad)`,
    work: String.raw`(?:trabaj\w*|turnos?|de noche|en la noche|maquinas?|maquinaria|linea|bodega|fabrica|campos?|cosecha|almacen|en negro|sin contrato|pagados? en efectivo|en la obra)`,
    calmChild: String.raw`mis|nuestros|vino a ver|vinieron a ver|de visita|visita\w*|dia de (?:la )?familia|puertas abiertas|escuela|colegio|vacaciones|cumpleaños|cumpleanos|fiesta|campamento|guarderia|permiso|legal\w*|tarea|deberes`,
    brk: String.raw`(?:comida|almuerzo|descanso|hora de (?:comida|almuerzo)|media hora)`,
    deduct: String.raw`(?:descuenta\w*|quita\w*|rebaja\w*|restan|resta|descontad\w*)`,
    worked: String.raw`(?:(?:aunque|pero|y|si) (?:\w+ ){0,2}(?:trabajamos|no (?:la |lo )?(?:tomamos|tenemos|hacemos))|sin (?:poder )?(?:tomarl\w*|descansar|hacerl\w*)|nunca (?:la |lo )?(?:tomamos|tenemos|hacemos))`,
    inv: String.raw`(?:inventario|conteos?|existencias|stock)`,
    fudge: String.raw`(?:ajust\w*|cambi\w*|modific\w*|maquill\w*|arregl\w*|altera\w*|falsific\w*|cuadr\w*)`,
    hide: String.raw`(?:para (?:tapar\w*|ocultar\w*|esconder\w*|cubrir\w*|disimular\w*|que no se note|que cuadre)|y nadie se (?:entera|da cuenta))`,
  },
  fr: {
    boss: String.raw`(?:gerant|gerante|patron|patronne|chef|cheffe|responsable|manager|directeur|directrice|superviseur|contremaitre|proprio|proprietaire|encadrant)`,
    take: String.raw`(?:garde|gardent|gardait|prend|prennent|prenait|a pris|pique|piquent|piquait|vole|volent|volait|a vole|empoche|empochent|a empoche|se sert|se servent|se servait|ponctionne|ponctionnent|detourne|detournent|retient|retiennent|pioche|piochent|se met|rafle)`,
    money: String.raw`(?:(?:dans|de|a) (?:la |les )?(?:caisse|caisses|tiroir-caisse|boite a pourboires|cagnotte|pourboires|recette)|(?:(?:une partie|la moitie|un pourcentage|\d+ ?%) (?:de |des )?)?(?:les |nos |leurs |des )?pourboires(?: des (?:serveurs|serveuses|employes))?|l'argent (?:de|dans) la caisse)`,
    erase: String.raw`(?:supprime|suppriment|a supprime|efface|effacent|a efface|arrondit (?:\w+ ){0,2}(?:a la baisse|vers le bas|en dessous)|arrondissent (?:\w+ ){0,2}(?:a la baisse|vers le bas)|rabote|rabotent|rogne|rognent|grignote|grignotent|vole|volent|trafique|trafiquent|bidouille|bidouillent)`,
    remove: String.raw`(?:enleve|enlevent|a enleve|retire|retirent|a retire|nous retire|deduit|deduisent|decompte|decomptent|modifie|modifient)`,
    overtime: String.raw`(?:heures sup\w*|heures supplementaires|pointages?|badgeages?|feuilles? de temps|fiches? horaires)`,
    hours: String.raw`(?:heures sup\w*|heures supplementaires|heures|pointages?|badgeages?|minutes|feuilles? de temps|fiches? horaires|temps de travail)`,
    ghost: String.raw`(?:employes|salaries|travailleurs|ouvriers|gens|noms|emplois) (?:fantomes?|fictifs|bidons?|inventes)|\bsur la (?:paie|paye|liste de paie)\b${GAP(50)}\b(?:jamais|pas) (?:\w+ ){0,2}(?:venus?|viennent|vient|existent|existe|travaillent|travaille|mis les pieds)`,
    record: String.raw`(?:registres?|fiches?|feuilles?|listes? de (?:controle|verification)|check-?lists?|carnets?|cahiers?|rapports?|formulaires?|etiquettes?|releves?|proces-verbal|pv|attestations?)`,
    unchecked: String.raw`personne (?:\w+ ){0,3}(?:verifi|control|regard|inspect|touch|vu|passe|venu|ouvert|teste|monte)\w*|(?:jamais|rien) (?:\w+ ){0,2}(?:verifi|control|regard|inspect|teste|vu)\w*|sans (?:meme |jamais |rien )?(?:les |la |le |l'|y )?(?:verifier|controler|regarder|inspecter|tester|voir|aller|monter|ouvrir)`,
    forged: String.raw`\b(?:falsifi|contrefai|imit|invent|recopi|bidonn)\w* (?:\w+ ){0,3}?(?:signatures?|registres?|attestations?|releves?|temperatures?|formations?|certificats?)\b|\b(?:signatures?|registres?|releves?|temperatures?|attestations?)\b (?:\w+ ){0,3}?(?:falsifie\w*|fausses?|faux|inventee?s?|imitee?s?|bidons?)\b|\bformations?\b (?:\w+ ){0,3}?(?:jamais (?:faites?|eu lieu|donnees?|suivies?)|qu'on n'a jamais (?:eue?s?|suivies?|faites?)|qui n'ont jamais eu lieu|qui n'a jamais eu lieu)\b`,
    child: String.raw`(?:enfants?|gamins?|gamines?|gosses|momes|ados|adolescents?|petits?|fils|filles?|neveux?|nieces?)`,
    years: String.raw`(?:ans)`,
    minor: String.raw`(?:mineurs? de (?:moins de )?1[0-7] ans|mineures? de (?:moins de )?1[0-7] ans)`,
    work: String.raw`(?:travaill\w*|bosse\w*|chaine|machines?|de nuit|la nuit|usine|entrepot|champs?|recoltes?|au noir|en liquide|sans contrat|postes?)`,
    calmChild: String.raw`mes|nos|ecole|vacances|anniversaire|fete|colonie|creche|garderie|stage|legal\w*|devoirs|famille`,
    brk: String.raw`(?:pause|pause dejeuner|pause repas|pause (?:de )?midi|demi-heure)`,
    deduct: String.raw`(?:retire\w*|deduit\w*|decompte\w*|enleve\w*|soustrait\w*|retenue)`,
    worked: String.raw`(?:(?:alors qu|meme si|pourtant|mais|alors que|quand) ?(?:\w+ ){0,3}(?:travaill\w*|(?:ne )?(?:la )?prend\w* (?:jamais|pas))|sans (?:pouvoir )?(?:la )?prendre)`,
    inv: String.raw`(?:inventaires?|stocks?|comptages?)`,
    fudge: String.raw`(?:ajust\w*|modifi\w*|maquill\w*|trafiqu\w*|arrang\w*|falsifi\w*|change\w*|corrige\w*)`,
    hide: String.raw`(?:pour (?:cacher|couvrir|masquer|dissimuler|que (?:ca|personne) ne)|comme ca personne)`,
  },
  pt: {
    boss: String.raw`(?:gerente|chefe|chefa|patrao|patroa|supervisor[a]?|dono|dona|encarregad[oa]|responsavel|diretor[a]?|lider|coordenador[a]?)`,
    take: String.raw`(?:pega|pegam|pegou|fica com|ficam com|ficou com|embolsa|embolsam|embolsou|rouba|roubam|roubou|tira|tiram|tirou|leva|levam|levou|desvia|desviam|desviou|retem|retêm|guarda|guardam|guardou|mete a mao)`,
    money: String.raw`(?:(?:do|da|no|na|dos|das) (?:caixa|caixas|gaveta|pote de gorjetas|caixinha|gorjetas|gorjeta|faturamento)|(?:(?:parte|metade|uma parte|\d+ ?%) (?:d[ao]s? )?)?(?:as |nossas |suas |minhas )?gorjetas(?: d[oa]s (?:garcons|garcom|atendentes|funcionarios))?|dinheiro do caixa|grana do caixa)`,
    erase: String.raw`(?:apaga|apagam|apagou|exclui|excluem|excluiu|arredonda (?:\w+ ){0,2}para baixo|arredondam (?:\w+ ){0,2}para baixo|rouba|roubam|roubou|zera|zeram|zerou|some com|somem com|sumiu com)`,
    remove: String.raw`(?:tira|tiram|tirou|remove|removem|removeu|desconta|descontam|descontou|corta|cortam|cortou|altera|alteram|alterou|mexe|mexem|mexeu)`,
    overtime: String.raw`(?:horas extras?|hora extra|ponto|batidas|banco de horas|folha de ponto|cartao de ponto)`,
    hours: String.raw`(?:horas extras?|hora extra|horas|ponto|batidas|banco de horas|minutos|folha de ponto|cartao de ponto)`,
    ghost: String.raw`(?:funcionarios|empregados|trabalhadores|pessoas|nomes) (?:fantasmas?|ficticios|falsos|inventados|que nao existem)|\bna folha(?: de pagamento)?\b${GAP(50)}\b(?:nunca|nao) (?:\w+ ){0,2}(?:vem|vieram|veio|existem|existe|trabalham|trabalha|aparecem|aparece|pisaram|pisou)`,
    record: String.raw`(?:registros?|fichas?|folhas? de (?:verificacao|inspecao|controle|checagem)|folhas?|listas? de (?:verificacao|checagem|controle)|checklists?|livros? de (?:registro|manutencao)|planilhas?|formularios?|etiquetas?|laudos?|relatorios?|atas?)`,
    unchecked: String.raw`ninguem (?:\w+ ){0,2}(?:olh|verific|confer|inspecion|revis|test|mex|abr|viu|veio|sub|chec)\w*|nunca (?:\w+ )?(?:olh|verific|confer|inspecion|revis|test|chec)\w*|sem (?:nem )?(?:olhar|verificar|conferir|inspecionar|testar|ver|subir|abrir|checar|revisar)\w*`,
    forged: String.raw`\b(?:falsific|forj|invent|copi|imit)\w* (?:\w+ ){0,3}?(?:assinaturas?|registros?|certificados?|temperaturas?|treinamentos?|capacitac\w*|laudos?)\b|\b(?:assinaturas?|registros?|temperaturas?|certificados?|laudos?)\b (?:\w+ ){0,3}?(?:falsificad\w*|falsas?|falsos|inventad\w*|copiad\w*|forjad\w*)\b|\b(?:treinamentos?|cursos?|capacitac\w*)\b (?:\w+ ){0,3}?que nunca (?:\w+ )?(?:aconteceu|aconteceram|teve|tivemos|fizemos|recebemos|existiu)\b`,
    child: String.raw`(?:criancas?|meninos?|meninas?|moleques?|molecada|pivetes?|garotos?|garotas?|filhos?|filhas?|sobrinhos?|sobrinhas?|adolescentes?)`,
    years: String.raw`(?:anos|aninhos)`,
    minor: String.raw`(?:menores de idade|menor de idade|menores de 1[0-7])`,
    work: String.raw`(?:trabalh\w*|turnos?|de noite|a noite|maquinas?|fabrica|colheita|roca|lavoura|armazem|deposito|sem registro|sem carteira|em dinheiro|na obra)`,
    calmChild: String.raw`meus|minhas|nossos|escola|ferias|aniversario|festa|colonia|creche|estagio|jovem aprendiz|aprendiz|legal\w*|licenca|licença`,
    brk: String.raw`(?:almoco|intervalo|pausa|hora de almoco|meia hora)`,
    deduct: String.raw`(?:desconta\w*|tira\w*|abate\w*)`,
    worked: String.raw`(?:(?:mesmo|mas|embora|e) (?:\w+ ){0,3}(?:trabalh\w*|nao (?:tiramos|temos|fazemos|paramos))|sem (?:poder )?(?:tirar|parar|descansar)|nunca (?:tiramos|temos|fazemos))`,
    inv: String.raw`(?:inventario|estoque|contagem)`,
    fudge: String.raw`(?:ajust\w*|mud\w*|alter\w*|maqui\w*|manipul\w*|mex\w*|falsific\w*)`,
    hide: String.raw`(?:(?:para|pra) (?:esconder|cobrir|disfarcar|ninguem|tapar|acobertar))`,
  },
  de: {
    boss: String.raw`(?:chef|chefin|filialleiter\w*|schichtleiter\w*|teamleiter\w*|vorgesetzte\w*|vorarbeiter\w*|meister\w*|inhaber\w*|geschaftsfuhrer\w*|manager\w*|leiter\w*|besitzer\w*|wirt|wirtin)`,
    take: String.raw`(?:nimmt|nahm|nehmen|genommen|behalt|behalten|behielt|steckt|stecken|steckte|klaut|klauen|klaute|geklaut|stiehlt|stahl|stehlen|zweigt|zweigen|zweigte|kassiert|kassieren|greift|greifen|griff|holt|holen|holte|bedient sich)`,
    money: String.raw`(?:(?:aus|von) (?:der |dem |den )?(?:kasse|kassen|trinkgeldkasse|trinkgelddose|tipbox|trinkgeld\w*|einnahmen|tageskasse|kassenlade)|(?:(?:einen teil|die halfte|\d+ ?%) (?:vo[nm] |des |der )?)?(?:das |unser |unsere |ihr |ihre )?trinkgeld(?:er|s)?(?: der (?:kellner\w*|mitarbeiter\w*|bedienung\w*))?|geld aus der kasse)`,
    erase: String.raw`(?:losch\w*|geloscht|rundet (?:\w+ ){0,2}ab|runden (?:\w+ ){0,2}ab|abgerundet|klaut|klauen|geklaut|manipulier\w*|radier\w*|frisier\w*|schummel\w*|verschwinden lassen)`,
    remove: String.raw`(?:streich\w*|gestrichen|entfern\w*|zieht (?:\w+ ){0,3}ab|ziehen (?:\w+ ){0,3}ab|abgezogen|andert|andern|geandert)`,
    overtime: String.raw`(?:uberstunden|zeiterfassung|stempelzeiten|stundenzettel\w*|stundenkonto|zeitkonto)`,
    hours: String.raw`(?:uberstunden|\w*stunden|zeiterfassung|stempelzeiten|arbeitszeit\w*|minuten|stundenzettel\w*|stundenkonto|zeitkonto)`,
    ghost: String.raw`(?:schein|geister|phantom|fiktive|erfundene)\s?-?(?:beschaftigte\w*|mitarbeiter\w*|arbeiter\w*|angestellte\w*|namen)|\bauf der (?:lohnliste|gehaltsliste)\b${GAP(50)}\b(?:nie|nicht) (?:\w+ ){0,2}(?:da|gesehen|gearbeitet|arbeiten|arbeitet|existieren|gibt|hier)`,
    record: String.raw`(?:\w*protokoll\w*|\w*liste\w*|\w*nachweis\w*|\w*formular\w*|\w*plakette\w*|\w*bericht\w*|\w*buch|\w*bucher|\w*blatt|\w*blatter|\w*zettel|checkliste\w*|\w*dokumentation)`,
    unchecked: String.raw`niemand (?:\w+ ){0,4}(?:gepruft|kontrolliert|angeschaut|angesehen|nachgesehen|getestet|geschaut|gecheckt|da|gekommen|gewesen|pruft|kontrolliert|schaut)|nie(?:mals)? (?:\w+ ){0,2}(?:gepruft|kontrolliert|angeschaut|angesehen|getestet|gecheckt)|ohne (?:\w+ ){0,3}(?:zu )?(?:prufen|kontrollieren|anzuschauen|anzusehen|nachzusehen|nachzuschauen|testen|zu testen|schauen|hinzuschauen|hinzusehen|hinzugehen)`,
    forged: String.raw`\b(?:falsch|gefalscht|falscht|falschen|erfunden|erfindet|erfinden|kopiert|kopiert)\w* (?:\w+ ){0,3}?(?:\w*unterschrift\w*|\w*protokoll\w*|\w*nachweis\w*|\w*liste\w*|temperatur\w*|schulung\w*|unterweisung\w*|zertifikat\w*)\b|\b(?:\w*unterschrift\w*|\w*protokoll\w*|\w*nachweis\w*|temperatur\w*)\b (?:\w+ ){0,3}?(?:gefalscht|erfunden|falsch|frei erfunden)\b|\b(?:schulung\w*|unterweisung\w*|einweisung\w*)\b (?:\w+ ){0,3}?(?:die es nie gab|die nie stattgefunden hat|die nie stattfand|nie stattgefunden|gab es nie)\b`,
    child: String.raw`(?:kinder|kind|jungs|jungen|madchen|knirpse|sohn|tochter|neffe|nichte|jugendliche)`,
    years: String.raw`(?:jahre\w*|jahrig\w*|-jahrig\w*)`,
    minor: String.raw`(?:minderjahrige\w*|unter ?1[0-7][- ]?jahrige\w*)`,
    work: String.raw`(?:arbeit\w*|schicht\w*|nachts|nachtschicht\w*|maschine\w*|fabrik|lager|feld\w*|schwarz|ernte|produktion|band|fliessband|bar auf die hand)`,
    calmChild: String.raw`meine|unsere|schule|ferien|geburtstag|feier|fest|kita|praktikum|ferienjob|erlaubt|legal\w*|hausaufgaben`,
    brk: String.raw`(?:mittagspause|pause|pausen|halbe stunde)`,
    deduct: String.raw`(?:abgezogen|zieht\w* (?:\w+ )?ab|ziehen (?:\w+ )?ab|abziehen|abgebucht|gestrichen|streicht|streichen)`,
    worked: String.raw`(?:(?:obwohl|aber|trotzdem|obgleich) (?:\w+ ){0,3}(?:durcharbeit\w*|arbeiten|gearbeitet|nie (?:mach|nehm)\w*|keine)|ohne (?:sie |dass wir sie )?(?:zu )?(?:machen|nehmen|machen konnen))`,
    inv: String.raw`(?:inventur\w*|bestand|bestande|lagerbestand\w*|zahlung\w*)`,
    fudge: String.raw`(?:angepasst|anpass\w*|geandert|andert\w*|geschont|schont|schonen|frisiert|frisier\w*|manipul\w*|gefalscht|falscht|korrigiert)`,
    hide: String.raw`(?:damit (?:es )?(?:niemand|keiner|nichts)|um (?:das |es |den |die )?(?:\w+ )?zu (?:vertuschen|verschleiern|verstecken|verbergen|kaschieren)|vertusch\w*)`,
  },
  it: {
    boss: String.raw`(?:capo|capa|responsabile|direttore|direttrice|titolare|padrone|padrona|gestore|caposala|caporeparto|capoturno|preposto|manager|proprietario|proprietaria|datore di lavoro)`,
    take: String.raw`(?:si (?:tiene|tengono|teneva|prende|prendono|prendeva|intasca|intascano|mette in tasca|mettono in tasca)|prende|prendono|tiene|tengono|intasca|intascano|ruba|rubano|rubava|ha rubato|preleva|prelevano|sottrae|sottraggono|trattiene|trattengono|pesca|pescano)`,
    money: String.raw`(?:(?:dalla|dal|nella|nel|dalle|delle) (?:cassa|casse|cassetto|barattolo delle mance|mance|incasso|incassi)|(?:(?:parte|meta|una parte|il \d+ ?%) (?:delle )?)?(?:le |nostre |sue |loro )?mance(?: dei (?:camerieri|ragazzi|dipendenti))?|soldi dalla cassa)`,
    erase: String.raw`(?:cancella|cancellano|ha cancellato|elimina|eliminano|arrotonda (?:\w+ ){0,2}(?:per difetto|verso il basso|in giu)|arrotondano (?:\w+ ){0,2}(?:per difetto|verso il basso)|ruba|rubano|azzera|azzerano)`,
    remove: String.raw`(?:toglie|tolgono|ha tolto|taglia|tagliano|decurta|decurtano|sottrae|sottraggono|modifica|modificano|ha modificato|scala|scalano|trattiene|trattengono)`,
    overtime: String.raw`(?:straordinari|ore di straordinario|timbrature|cartellino|foglio ore|fogli ore|presenze)`,
    hours: String.raw`(?:straordinari|ore di straordinario|ore|timbrature|cartellino|minuti|foglio ore|fogli ore|presenze)`,
    ghost: String.raw`(?:dipendenti|lavoratori|operai|persone|nomi) (?:fantasma|fittizi|finti|inesistenti|inventati)|\bin busta paga\b${GAP(50)}\b(?:mai|non) (?:\w+ ){0,2}(?:visti|venuti|esistono|lavorano|lavora|messo piede)`,
    record: String.raw`(?:registr[oi]|schede?|modul[oi]|liste? di (?:controllo|verifica)|checklist|verbal[ei]|fogli[o]?|libretti?|cartellini?|etichette?|rapporti?|attestati?)`,
    unchecked: String.raw`nessuno (?:\w+ ){0,3}(?:controll|verific|guard|ispezion|test|tocc|vist|venut|salit|apert)\w*|(?:mai|niente) (?:\w+ ){0,2}(?:controll|verific|guard|ispezion|testat)\w*|senza (?:neanche |nemmeno |mai )?(?:controllare|guardare|verificare|ispezionare|testare|vedere|salire|aprire)\w*`,
    forged: String.raw`\b(?:falsific|falsi|invent|copi|imit|contraff)\w* (?:\w+ ){0,3}?(?:firme?|registri?|attestati?|temperature|formazion\w*|corsi|certificati?|verbali?)\b|\b(?:firme?|registri?|temperature|attestati?|verbali?)\b (?:\w+ ){0,3}?(?:falsificat\w*|false|falsi|inventat\w*|copiat\w*)\b|\b(?:formazion\w*|cors[oi])\b (?:\w+ ){0,3}?mai (?:fatt[aoi]|fatte|avvenut\w*|tenut\w*|ricevut\w*)\b`,
    child: String.raw`(?:bambin[ieoa]|ragazzin[ieoa]|bimb[ieoa]|minori|figli[oa]?|figlie|nipoti?)`,
    years: String.raw`(?:anni)`,
    minor: String.raw`(?:minorenni|minori di 1[0-7] anni)`,
    work: String.raw`(?:lavor\w*|turn[oi]|di notte|la notte|macchin\w*|fabbrica|magazzino|campi|in nero|raccolta|cantiere)`,
    calmChild: String.raw`miei|mie|nostri|scuola|vacanze|compleanno|festa|campo estivo|asilo|stage|legal\w*|compiti`,
    brk: String.raw`(?:pausa|pausa pranzo|mezz'ora|mezzora)`,
    deduct: String.raw`(?:scala\w*|toglie\w*|tolgono|detrae\w*|sottrae\w*|trattien\w*|decurta\w*)`,
    worked: String.raw`(?:(?:anche se|ma|pero|eppure) (?:\w+ ){0,3}(?:lavoriamo|lavorato|non (?:la )?(?:facciamo|prendiamo))|senza (?:poterla )?(?:fare|prendere))`,
    inv: String.raw`(?:inventario|giacenze|conteggi\w*)`,
    fudge: String.raw`(?:aggiust\w*|modific\w*|sistem\w*|truccat\w*|truccano|trucca|falsific\w*|ritocc\w*|cambi\w*)`,
    hide: String.raw`(?:per (?:coprire|nascondere|mascherare)|cosi nessuno)`,
  },
  pl: {
    boss: String.raw`(?:kierownik\w*|kierowniczk\w*|szef\w*|przelozon\w*|brygadzist\w*|wlasciciel\w*|majster\w*|menedzer\w*|manager\w*|dyrektor\w*|zmianow\w*)`,
    take: String.raw`(?:zabiera\w*|zabral\w*|bierze|biora|brala?|wzial\w*|kradnie|kradna|kradl\w*|ukradl\w*|przywlaszcza\w*|przywlaszczyl\w*|zatrzymuje|zatrzymal\w*|podbiera\w*|podebral\w*|wyciaga\w*|wyjmuje|zgarnia\w*|chowa do kieszeni|bierze sobie)`,
    money: String.raw`(?:z (?:kasy|kas|szuflady|sloika (?:na )?napiwk\w*|napiwkow|utargu)|(?:(?:czesc|polowe|\d+ ?%) )?(?:nasz\w* |ich )?napiwk\w*|pieniadze z kasy|kase z kasy)`,
    erase: String.raw`(?:kasuje|kasuja|skasowal\w*|usuwa|usuwaja|usunal\w*|usunel\w*|wymazuje|wymazal\w*|zaokragla (?:\w+ ){0,2}w dol|zaokraglaja (?:\w+ ){0,2}w dol|kradnie|kradna|falszuje|falszuja|zaniza|zanizaja)`,
    remove: String.raw`(?:odejmuje|odejmuja|odjal\w*|potraca|potracaja|skresla|skreslaja|skreslil\w*|zmienia|zmieniaja|zmienil\w*|przerabia|przerabiaja)`,
    overtime: String.raw`(?:nadgodzin\w*|ewidencj\w*|karty? (?:czasu|pracy)|odbic\w*|czas pracy)`,
    hours: String.raw`(?:nadgodzin\w*|godzin\w*|ewidencj\w*|karty? (?:czasu|pracy)|minut\w*|odbic\w*|czas pracy)`,
    ghost: String.raw`(?:martwe dusze|martwych dusz|fikcyjn\w* (?:pracownik\w*|osob\w*|etat\w*)|pracownik\w* (?:widmo|fantom\w*|na papierze))|\bna liscie plac\b${GAP(50)}\b(?:nigdy|nie) (?:\w+ ){0,2}(?:byl\w*|przychodz\w*|pracuj\w*|istniej\w*|widzial\w*)`,
    record: String.raw`(?:protokol\w*|dziennik\w*|rejestr\w*|list\w* kontroln\w*|checklist\w*|karty? kontroln\w*|karty?|formularz\w*|ksiazk\w*|zeszyt\w*|raport\w*|naklejk\w*|zaswiadczen\w*)`,
    unchecked: String.raw`nikt (?:\w+ ){0,3}?nie (?:\w+ )?(?:sprawdz|kontrolow|ogladal|obejrzal|patrzy|patrzyl|testowal|widzial|zagladal|przyszedl|byl)\w*|nigdy (?:\w+ )?nie (?:\w+ )?(?:sprawdz|kontrolow|ogladan|testowan)\w*|bez (?:zadnego |nawet )?(?:sprawdzania|sprawdzenia|patrzenia|kontroli|ogladania|testowania|zagladania)`,
    forged: String.raw`\b(?:falszuj|sfalszow|podrabia|podrobi|podrobil|zmysl|wymysl|kopiuj|podpisuj\w* za)\w* (?:\w+ ){0,3}?(?:podpis\w*|protokol\w*|szkolen\w*|dziennik\w*|temperatur\w*|zaswiadczen\w*|certyfikat\w*|rejestr\w*)\b|\b(?:podpis\w*|protokol\w*|temperatur\w*|zaswiadczen\w*)\b (?:\w+ ){0,3}?(?:sfalszowan\w*|podrobion\w*|falszyw\w*|zmyslon\w*|wymyslon\w*)\b|\bszkolen\w* (?:\w+ ){0,3}?(?:ktorego|ktorych) (?:\w+ )?nie (?:bylo|mielismy|odbylismy)\b`,
    child: String.raw`(?:dzieci|dziecko|dzieciaki|dzieciak\w*|chlopcy|chlopak\w*|dziewczynki|dziewczyn\w*|malolat\w*|smarkacz\w*|syn\w*|corka|corki|siostrzen\w*|bratan\w*)`,
    years: String.raw`(?:lat|latk\w*|letni\w*|-letni\w*|roku)`,
    minor: String.raw`(?:nieletni\w*|niepelnoletni\w*)`,
    work: String.raw`(?:pracuj\w*|pracowa\w*|zmian\w*|maszyn\w*|nocn\w*|w nocy|magazyn\w*|fabryc\w*|na czarno|na polu|bez umowy|na linii|produkcj\w*)`,
    calmChild: String.raw`moje|moi|nasze|szkol\w*|wakacj\w*|urodzin\w*|impreza|festyn|przedszkol\w*|praktyk\w*|legaln\w*|zgod\w*`,
    brk: String.raw`(?:przerw\w*|pol godziny)`,
    deduct: String.raw`(?:odlicza\w*|odejmuj\w*|potraca\w*|zabiera\w*|odcina\w*|odliczon\w*)`,
    worked: String.raw`(?:(?:chociaz|choc|mimo ze|a|ale) (?:\w+ ){0,3}(?:pracujemy|pracuj\w*|nie (?:mamy|bierzemy|robimy))|bez (?:przerwy|odpoczynku))`,
    inv: String.raw`(?:inwentaryzacj\w*|stan\w* magazyn\w*|remanent\w*)`,
    fudge: String.raw`(?:poprawia\w*|zmienia\w*|zmienil\w*|falszuj\w*|naciaga\w*|koryguj\w*|przerabia\w*)`,
    hide: String.raw`(?:(?:zeby|aby|by) (?:\w+ )?(?:ukryc|zatuszowac|nikt|sie zgadzalo|nie bylo widac))`,
  },
  tl: {
    boss: String.raw`(?:manager|supervisor|sup|amo|boss|may-?ari|foreman|tl|team leader|kapatas|encargado|si boss|si sir|si maam|si ma'am)`,
    take: String.raw`(?:kinukuha|kinuha|kukunin|kumukuha|kumuha|ninanakaw|ninakaw|nagnanakaw|nagnakaw|binubulsa|ibinubulsa|binulsa|ibinulsa|bumubulsa|tinatago|tinago|kinakaltas|kinaltas|kinakaltasan|kinaltasan|hinahati|kinukupit|kinupit|nangungupit|nangupit|kupit)`,
    money: String.raw`(?:(?:sa|ng|mula sa) (?:kaha|kahera|cash register|register|tip jar|tip box|tips|benta|kita)|(?:ang |yung |mga )?(?:tip|tips) (?:namin|natin|nila|ng mga (?:waiter|crew|server))|(?:kalahati|parte|porsyento) ng (?:tip|tips)|pera sa kaha|pera ng kaha)`,
    erase: String.raw`(?:binubura|binura|bura|ninanakaw|ninakaw|dinedelete|dinelete|dine-?delete|dini-?delete)`,
    remove: String.raw`(?:tinatanggal|tinanggal|kinakaltasan|kinaltasan|kinakaltas|kinaltas|binabawasan|binawasan|binabago|binago|pinapalitan|pinalitan)`,
    overtime: String.raw`(?:overtime|ot|time card|timecard|dtr|timesheet)`,
    hours: String.raw`(?:overtime|ot|oras|time card|timecard|dtr|minuto|timesheet)`,
    ghost: String.raw`(?:ghost|pekeng|peke na) (?:employee|empleyado|trabahador|pangalan)\w*|\bsa payroll\b${GAP(50)}\b(?:hindi|di|wala) (?:\w+ ){0,2}(?:pumapasok|nagtatrabaho|nakikita|dumating|pumunta)`,
    record: String.raw`(?:logbook|log|checklist|tsek ?list|check ?list|record|rekord|talaan|form|sheet|inspection|tag|papeles)`,
    unchecked: String.raw`walang (?:\w+ )?(?:nag-?|nagche-?|nagi-?)?(?:check|tsek|inspect|inspeksyon|tingin|tumingin|suri|sumuri|chine-?check)\w*|(?:hindi|di|hnd) (?:naman |man lang |nga )?(?:niya |nila |nya |nyo )?(?:tinitingnan|tiningnan|tinignan|chine-?check|chinecheck|sinusuri|sinuri|ini-?inspect|inispect|chinechek)\w*|kahit (?:hindi|di) (?:niya |nila |nya )?(?:tinitingnan|tiningnan|tinignan|chine-?check|sinuri|ini-?inspect|chinecheck)\w*`,
    forged: String.raw`\b(?:pineke|pinepeke|peke|pekeng|ginaya|ginagaya|pinirmahan para sa|dinaya|dinadaya)\w* (?:\w+ ){0,3}?(?:pirma|signature|logbook|training|records?|certificate|rekord)\w*\b`,
    child: String.raw`(?:bata|batang|mga bata|kabataan|batang lalaki|batang babae|pamangkin|anak niya)`,
    years: String.raw`(?:taong gulang|taon|yrs? old|years? old|anyos)`,
    minor: String.raw`(?:menor de edad|menor|mga menor)`,
    work: String.raw`(?:nagtatrabaho|nagtrabaho|pinagtatrabaho|pinagtrabaho|magtrabaho|trabaho|nagwo-?work|pinapasok|pabrika|planta|bodega|gabi|night shift|makina|bukid|taniman|construction)`,
    calmChild: String.raw`anak ko|mga anak ko|anak namin|paaralan|eskwela|bakasyon|birthday|kaarawan|party|legal|permit`,
    brk: String.raw`(?:break|lunch|breaktime|tanghalian|pahinga)`,
    deduct: String.raw`(?:kinakaltas\w*|kinaltas\w*|binabawas\w*|binawas\w*|auto-?deduct\w*|dine-?deduct\w*)`,
    worked: String.raw`(?:(?:kahit|pero) (?:\w+ ){0,3}(?:nagtatrabaho|nagwo-?work|hindi (?:kami )?(?:nakakapag|naka)\w*))`,
    inv: String.raw`(?:inventory|imbentaryo)`,
    fudge: String.raw`(?:binabago|binago|inaayos|inayos|dinadaya|dinaya|minamanipula|ina-?adjust|in-?adjust)`,
    hide: String.raw`(?:para (?:itago|hindi mahalata|matakpan|walang makaalam))`,
  },
};

const notAround = (words: string): string =>
  String.raw`(?![^\n.!?]{0,80}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n.!?]{0,80})`;

function rulesOf(code: string): UrgencyRule[] {
  const w = ROWS[code]!;
  const fraudAndSafety = (source: string): UrgencyRule[] => [rule('fraud', source), rule('safety', source)];
  // The writer rounding or deleting their own hours ("I deleted my hours by mistake") is none (English only marks it).
  const notMine =
    code === 'en' ? String.raw`(?<!\b(?:i|i'll|i will|i need to|how (?:do|can|to) i|can i|should i|did i) )` : '';
  return [
    // Money taken by whoever runs the place: "mgr takin $$ outta the tip jar", "la patronne garde une partie des
    // pourboires", "kinukuha ng manager ang tip namin" (verb first). Not taken to the bank.
    rule(
      'fraud',
      String.raw`\b${w.boss}\b${GAP(40)}\b${w.take}\b${GAP(30)}${w.money}\b(?!${GAP(30)}\b(?:to the bank|al banco|a la banque|ao banco|zur bank|in banca|do banku|sa bangko|for the (?:bank|deposit|safe)))|\b${w.take}\b${GAP(20)}\b${w.boss}\b${GAP(30)}${w.money}\b`,
    ),
    // Hours taken off the clock: "el encargado nos borra las horas extras", "manager shaves hours off our timecards",
    // "binubura ng supervisor ang overtime namin". Words that also mean a schedule cut ("quita las horas", "Stunden
    // gestrichen", "binawasan ang oras ko") count only of overtime or the time records. Not rounded to the nearest, not
    // by mistake, not the writer's own.
    rule(
      'fraud',
      String.raw`${notMine}(?:\b${w.erase}\b${GAP(35)}\b${w.hours}\b|\b${w.remove}\b${GAP(35)}\b${w.overtime}\b|\b${w.hours}\b${GAP(25)}\b${w.erase}\b)(?!${GAP(20)}\b(?:by mistake|por error|par erreur|por engano|aus versehen|per errore|przez pomylke|policy|politica|politique|nearest|mas cercano|plus proche))`,
    ),
    // A break taken off the hours though it was worked: "lunch gets auto-deducted even tho we work through it".
    rule(
      'fraud',
      String.raw`(?:\b${w.brk}\b${GAP(40)}\b${w.deduct}\b|\b${w.deduct}\b${GAP(30)}\b${w.brk}\b)${GAP(60)}\b${w.worked}\b`,
    ),
    // Ghost workers on the payroll, paid to whoever invented them.
    rule('fraud', w.ghost),
    // The stock count changed to hide what went: "the manager changes the inventory counts to cover it".
    rule(
      'fraud',
      String.raw`(?:\b${w.inv}\b${GAP(30)}\b${w.fudge}\b|\b${w.fudge}\b${GAP(30)}\b${w.inv}\b)${GAP(40)}\b${w.hide}`,
    ),
    // A safety record where nobody checked: "the log says checked every day but nobody has looked", "la hoja de
    // control la firma el jefe sin mirarlos", "w protokole jest podpis, ale nikt ich nie sprawdzał".
    ...fraudAndSafety(String.raw`\b${w.record}\b${GAP(90)}\b(?:${w.unchecked})\b`),
    // Signatures or records forged, training signed for that never happened: fraud (a quitclaim or a sick note is no
    // safety record; one named a safety record is made safety too, false-safety-records.ts).
    rule('fraud', w.forged),
    // A child at work: "des enfants de 13 ans travaillent sur la chaîne la nuit", "a 14yo is working nights".
    // Not the writer's own children, school, a party, holidays, a permit.
    rule(
      'safety',
      String.raw`${notAround(w.calmChild)}(?<!\b(?:my|our|your) )(?:\b${w.child}\b${GAP(25)}(?<![\d.,])\b${AGE}(?: ?${w.years})?\b${GAP(50)}\b${w.work}\b|${code === 'en' ? String.raw`(?<![\d.,])\b${AGE}[- ]?(?:years? old|yrs? old|year-olds?|yr-olds?|yo|y\/o)\b${GAP(20)}\b${w.work}\b|` : ''}\b${w.work}\b${GAP(40)}\b${w.child}\b${GAP(12)}(?<![\d.,])\b${AGE} ?${w.years}\b|\b${w.minor}\b${GAP(50)}\b${w.work}\b|\b${w.work}\b${GAP(40)}\b${w.minor}\b)`,
    ),
  ];
}

export const PAY_RECORDS_AND_CHILD_WORK: Record<string, UrgencyRule[]> = Object.fromEntries(
  Object.keys(ROWS).map((code) => [code, rulesOf(code)]),
);

/*
 * The same classes for Ukrainian and Haitian Creole, read by their phrase tables (other-languages/uk.ts, ht.ts), which
 * draw word edges only around a whole phrase: inside, words are separated by spaces, not by `\b`.
 */
/** Their rows: the same words, without the break and stock-count classes (no phrase table reads those yet). */
type TableRow = Omit<Row, 'brk' | 'deduct' | 'worked' | 'inv' | 'fudge' | 'hide'>;
const WORDS = String.raw`(?:\S+ )`;
const TABLE_ROWS: Record<'uk' | 'ht', TableRow> = {
  uk: {
    boss: String.raw`(?:керівник|керівниц|начальник|начальниц|менеджер|адміністратор|директор|бригадир|майстер|власник|власниц|хазяїн|хазяйк|шеф|старш)\p{L}*`,
    take: String.raw`(?:бере|брав|брала|забира\p{L}*|забрав\p{L}*|забрала|краде|крав|крала|вкрав\p{L}*|вкрала|поцупи\p{L}*|привласню\p{L}*|привласни\p{L}*|кладе собі|залиша\p{L}* собі|лишає собі|тягне|витяга\p{L}*|ховає в кишеню)`,
    money: String.raw`(?:з (?:каси|кас|шухляди|банки (?:для )?чайових|чайових|виручки)|(?:частину |половину |відсоток )?(?:наших |наші |їхні |їхніх |з )?чайов\p{L}*|гроші з каси|виручк\p{L}*)`,
    erase: String.raw`(?:видаля\p{L}*|видали\p{L}*|стира\p{L}*|стер|стерла|викреслю\p{L}*|викресли\p{L}*|округлю\p{L}* (?:\S+ )?вниз|округля\p{L}* (?:\S+ )?вниз|краде|вкрав|обнуля\p{L}*)`,
    remove: String.raw`(?:зніма\p{L}*|зняв|зняла|відніма\p{L}*|відняв|спису\p{L}*|підправля\p{L}*|перепису\p{L}*)`,
    overtime: String.raw`(?:понаднормов\p{L}*|переробк\p{L}*|табел\p{L}*)`,
    hours: String.raw`(?:понаднормов\p{L}*|переробк\p{L}*|годин\p{L}*|табел\p{L}*|хвилин\p{L}*|обідн\p{L}* перерв\p{L}*)`,
    ghost: String.raw`мертві душі|мертвих душ|фіктивн\p{L}* (?:працівник|співробітник|робітник|працівниц)\p{L}*|(?:працівник|співробітник)\p{L}*[- ]привид\p{L}*`,
    record: String.raw`(?:журнал|акт|чек-?лист|бланк|протокол|звіт|реєстр|картк|бирк|відомост)\p{L}*`,
    unchecked: String.raw`ніхто (?:\S+ ){0,2}(?:не )?(?:перевіря|перевірив|перевірял|перевірил|дивив|дивил|оглядав|оглядал|оглянув|бачив|приходив)\p{L}*|(?:нічого|ніколи) (?:\S+ )?не (?:перевіря|перевір|дивит|дивл|огляда)\p{L}*|не (?:перевіряючи|дивлячись|оглянувши)|без (?:жодної )?перевірк\p{L}*`,
    forged: String.raw`(?:підробля\p{L}*|підроби\p{L}*|підробл\p{L}*|фальсифіку\p{L}*|сфальсифіку\p{L}*|вигаду\p{L}*|вигада\p{L}*|малю\p{L}*|малюва\p{L}*) (?:\S+ ){0,3}(?:підпис|журнал|інструктаж|температур|протокол|акт|навчанн)\p{L}*|(?:підпис|журнал|температур|протокол)\p{L}* (?:\S+ ){0,3}(?:підроблен|сфальсифікован|вигадан|фальшив)\p{L}*|(?:інструктаж|навчанн)\p{L}* (?:\S+ ){0,3}(?:якого|яких|котрого|якого ніхто) (?:\S+ )?не (?:було|проводив|проводили)`,
    child: String.raw`(?:діти|дітей|дітям|дітьми|дитина|дитину|дітлах\p{L}*|малолітк\p{L}*|підліт(?:ок|к\p{L}*)|хлопчик\p{L}*|дівчат\p{L}*|дівчинк\p{L}*)`,
    years: String.raw`(?:рок\p{L}*|років|літ\p{L}*|річн\p{L}*)`,
    minor: String.raw`неповнолітн\p{L}*`,
    work: String.raw`(?:працю\p{L}*|працюва\p{L}*|змін\p{L}*|верстат\p{L}*|склад\p{L}*|цех\p{L}*|вночі|нічн\p{L}*|завод\p{L}*|без оформлення|на полі|конвеєр\p{L}*|лінії)`,
    calmChild: String.raw`мої|наші|школ\p{L}*|канікул\p{L}*|день народження|свят\p{L}*|садок|садочок|практик\p{L}*|легальн\p{L}*|дозвол\p{L}*`,
  },
  ht: {
    boss: String.raw`(?:manadje|bos|sipevize|patwon|chef|direkte|kontremet|responsab|met)(?: (?:la|a|an))?`,
    take: String.raw`(?:pran|pwan|vole|kenbe|mete nan poch|sere|rache|retire|bwote|manje)`,
    money: String.raw`(?:(?:nan|sou|soti nan) (?:kes|kach|tiwa|bwat tip)|(?:kob|lajan) (?:\S+ )?(?:nan |sou )?(?:kes|kach)|(?:lajan |kob )?tip (?:nou|yo|seve yo|anplwaye yo|travaye yo))`,
    erase: String.raw`(?:efase|vole|siprime)`,
    remove: String.raw`(?:retire|wete|koupe|diminye|redui|manje|chanje|modifye)`,
    overtime: String.raw`(?:siplemante|le siplemante|e siplemante|overtime|ovetaym|kat pwen|revey)`,
    hours: String.raw`(?:edtan|le siplemante|siplemante|e siplemante|overtime|ovetaym|minit|kat pwen|revey|le travay|le nou)`,
    ghost: String.raw`(?:anplwaye|travaye|moun|non) fantom`,
    record: String.raw`(?:rejis|fey|lis|kaye|rapo|fom|etiket)`,
    unchecked: String.raw`(?:pesonn|okenn moun) (?:pa |p )?(?:janm )?(?:tcheke|gade|enspekte|verifye|touche|vini|teste)|san (?:li |yo |l )?(?:pa )?(?:tcheke|gade|verifye|enspekte|teste)|pa (?:janm )?(?:tcheke|gade|verifye|enspekte) (?:anyen|yo|li|l)`,
    forged: String.raw`(?:fo|fe fo|falsifye|kopye|imite) (?:\S+ ){0,2}(?:siyati|rejis|fomasyon|setifika)|siyati (?:\S+ ){0,2}(?:fo|falsifye)`,
    child: String.raw`(?:timoun|ti moun|pitit|ti gason|ti fi|tigason|tifi|jenn timoun)`,
    years: String.raw`(?:an|zan|lane|ane)`,
    minor: String.raw`mine`,
    work: String.raw`(?:travay|faktori|izin|lannwit|aswe|machin|jaden|chan|depo|ateliye)`,
    calmChild: String.raw`pitit mwen|pitit nou|lekol|vakans|fet|legal`,
  },
};

const TABLE_GAP = (n: number) => String.raw`[^.!?\n]{0,${n}}?`;
const SPACE_AGE = String.raw`(?:[5-9]|1[0-5])`;

/** The phrases of one table language for these classes, by the category its table reads them as. */
function phrasesOf(code: 'uk' | 'ht'): { fraud: string[]; safety: string[] } {
  const w = TABLE_ROWS[code];
  const unchecked = String.raw`${w.record}${TABLE_GAP(90)}(?:${w.unchecked})`;
  return {
    fraud: [
      unchecked,
      w.forged,
      String.raw`${w.boss} ${TABLE_GAP(40)}${w.take} ${TABLE_GAP(30)}${w.money}|${w.take} ${WORDS}{0,3}${w.boss} ${TABLE_GAP(30)}${w.money}`,
      String.raw`${w.erase} ${TABLE_GAP(35)}${w.hours}|${w.remove} ${TABLE_GAP(35)}${w.overtime}`,
      w.ghost,
    ],
    safety: [
      unchecked,
      String.raw`(?<!(?:${w.calmChild})${TABLE_GAP(60)})(?:${w.child} ${TABLE_GAP(25)}${SPACE_AGE}(?: ${w.years})?${TABLE_GAP(50)} ${w.work}|${w.work} ${TABLE_GAP(40)}${w.child} ${TABLE_GAP(12)}${SPACE_AGE} ${w.years}|${w.minor} ${TABLE_GAP(50)}${w.work})(?!${TABLE_GAP(60)}(?:${w.calmChild}))`,
    ],
  };
}

export const UKRAINIAN_PAY_RECORDS_AND_CHILD_WORK = phrasesOf('uk');
export const HAITIAN_PAY_RECORDS_AND_CHILD_WORK = phrasesOf('ht');
