import { rule, type UrgencyRule } from './types';

/*
 * Money taken or paid to get or keep a job or shifts ("sup charges people 50 bucks to get on the schedule", "had to
 * pay the agency guy 200 quid to get this job", "el gerente cobra a los nuevos por darles el trabajo"), and fake
 * vendors, invoices or staff paid. A wage ("decent pay for the job") or boots paid for are none.
 * Tests: test/unit/analysis/urgency-attack-round-31.test.ts, urgency-round-32-classes.test.ts,
 * urgency-reattack-round-32.test.ts.
 */

// A film, a game, training or the news around the words: no event here.
const EN_NOT_REAL_OR_LESSON = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|lyrics?|song|joke|quiz|lesson|class|drill|example|scenario|policy`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n]{0,120})`;
// A film, a joke or training around the words: no event here.
const EN_NOT_REAL_OR_HYPOTHETICAL = String.raw`movie|film|show|series|book|novel|game|news|article|podcast|training|course|video|joke|lol|lmao|haha|quiz|example|scenario|policy|hypothetically`;
// Money and who it goes to for a job.
const EN_MONEY = String.raw`(?:money|cash|a fee|fees|a payment|a bribe|a cut|backhanders?|a backhander|[$\u00a3\u20ac]\s?\d+|\d+ ?(?:quid|pounds|euros?|dollars|bucks|pesos|reais|zloty|lei|rupees|k)|\d+)`;
const EN_FIXER = String.raw`(?:(?:the |an? |some |this |that |our )?(?:agency (?:guy|man|bloke|woman|lady|person|rep|boss|owner)|agent|recruiter|recruitment (?:guy|agent|agency)|foreman|supervisor|manager|boss|gaffer|middleman|broker|fixer|gangmaster|hr (?:guy|man|woman|lady)|guy|bloke|man|woman|lady|contractor|crew boss|team leader)|him|her|them)`;
const EN_HIRED = String.raw`(?:to get (?:this|the|a|my|that) (?:job|position|post|place|contract|role|start)|to (?:get|be) (?:hired|taken on|started|put on the rota|a start)|(?:for|to get) (?:the|this|a|my) (?:job|position|post|place|start)\b(?! (?:interview|fair|advert|ad|application|training|course|uniform|boots|test))|to hire (?:me|us|her|him|them)|to take (?:me|us|her|him|them) on|so (?:i|we|she|he) (?:could|would|can|will) (?:get|be) (?:hired|taken on|the job|a start))`;

export const ENGLISH_BRIBES_AND_FAKE_VENDORS: UrgencyRule[] = [
  // Fake vendors, invoices or staff paid: "accounting is paying fake vendors".
  rule(
    'fraud',
    String.raw`(?:\b(?:pay(?:s|ing)?|paid|bill(?:s|ing|ed)?|submit\w*|approv\w*|creat\w*|set(?:ting)? up|send(?:s|ing)?|sent|cut(?:ting)? checks? to|wir(?:e|es|ed|ing)|invoic\w*|putting|put|has|have|got)\b[^.!?\n]{0,30}\b(?:fake|ghost|phantom|bogus|shell|made[- ]up|fictitious|nonexistent|non-existent|dummy|fraudulent) (?:vendors?|suppliers?|invoices?|compan(?:y|ies)|employees|workers|contractors?|bills?|expenses?|receipts?|accounts?|payroll|staff|names)\b|\b(?:pay(?:s|ing)?|paid|bill(?:s|ing|ed)?|invoic\w*)\b[^.!?\n]{0,30}\b(?:a |to a )?compan(?:y|ies) that (?:doesn'?t|does not|dont|don'?t|do not|never) (?:exist|do anything)\b|\bbill(?:s|ed|ing)? (?:us|the company|the client|clients|customers?|the council|the state) for (?:work|jobs?|hours|parts|stuff|things|materials)(?: that)?(?: was| were| they| he| she| we)? (?:never|not) (?:done|delivered|did|performed|used|worked)\b)${notAround(`${EN_NOT_REAL_OR_LESSON}|phishing|spam|scam emails?|awareness`)}`,
  ),
  // Money taken for a job or shifts: "sup charges people 50 bucks to get on the schedule".
  rule(
    'fraud',
    String.raw`\b(?:charg(?:e|es|ed|ing)|mak(?:e|es|ing)|made|tak(?:e|es|ing)|took|want(?:s|ed)?|ask(?:s|ed|ing)? for)\b (?:(?:the |all the )?(?:new (?:hires|guys|ones|people|girls|workers)|people|us|them|everyone|newcomers|applicants|temps|each person|workers|guys)|cash|money|\$?\d+\w*(?: bucks| dollars| pounds| euros)?)(?: (?:pay|cash|money|\$?\d+\w*(?: bucks| dollars| pounds| euros)?|from (?:the |all the )?(?:new (?:hires|guys|ones|people)|people|us|them|everyone|temps|workers|applicants)))* (?:to|for) (?:get(?:ting)?|be(?:ing)?|keep(?:ing)?|giv(?:e|ing) (?:them|us|people|you)|hir(?:e|ing)|stay(?:ing)?) (?:(?:them|us|put|a|an|the|their|our|your|on) )*(?:hired|the job|a job|jobs|shifts?|on the schedule|on the rota|hours|overtime|a contract|contracts|a spot|their spot|the position|full[- ]time|permanent|taken on|a start)\b${notAround(`${EN_NOT_REAL_OR_LESSON}|parking|locker|uniform|boots|training fee|agency fee`)}`,
  ),
  // Money paid or taken to get or keep a job: "had to pay the recruiter to get this job". Whom or how much is said:
  // "decent pay for the job" is a wage.
  rule(
    'fraud',
    String.raw`\b(?:pay|paid|pays|paying|give|gave|giving|hand(?:ed)? over|bribe[ds]?|bribing)(?=(?: (?:the|a|an|my|our|his|her|their) (?:[\w-]+ )?(?:recruiter|agent|agency|supervisor|manager|boss|foreman|hr|lead|gangmaster|broker|middleman|contractor|owner|guy|man|woman)| (?:a fee|fees|money|cash|a bribe|a cut|bribes|(?:[$\u00a3\u20ac])?\d)))(?: (?:the|a|an|my|our|his|her|their) (?:[\w-]+ )?(?:recruiter|agent|agency|supervisor|manager|boss|foreman|hr|lead|gangmaster|broker|middleman|contractor|owner|guy|man|woman))?(?: (?:a fee|fees|money|cash|a bribe|a cut|bribes|(?:[$\u00a3\u20ac])?\d[\d,.]*\w*)(?: (?:a|per|every|each) (?:week|month|shift|day))?)? (?:just )?(?:to (?:get|keep|be given|land|secure) (?:this|the|a|my|our|their|his|her) (?:job|jobs|position|start|shifts?|hours|contract|place|spot|work)|to (?:get|be) hired|for (?:this|the|a|my) (?:job|position|contract|start))\b`,
  ),
  rule(
    'fraud',
    String.raw`\b(?:charg(?:e|es|ed|ing)|took|takes|taking|asks? for|asked for|wants?|wanted|demand(?:s|ed)?) (?:me|us|new \w+|people|workers|them|him|her|everyone|each of us)(?: (?:a fee|fees|money|cash|a bribe|(?:[$\u00a3\u20ac])?\d[\d,.]*\w*))?(?: [\w-]+){0,2} (?:to|for) (?:get|getting|keep|keeping|give|giving|land|landing)(?: (?:me|us|them|him|her))? (?:this|the|a|my|our|their|his|her) (?:job|jobs|start|position|shifts?|contract|work)\b`,
  ),
  // Paying someone to be hired, or being asked to: "had to pay the agency guy 200 quid to get this job".
  rule(
    'fraud',
    String.raw`(?:\b(?:pay|pays|paid|paying|give|gave|given|giving|hand(?:ed)? over|slip(?:ped)?|bung(?:ed)?|transfer(?:red)?|send|sent)\b (?:(?:the|an?|some|this|that|our) )?${EN_FIXER}\b[^.!?\n]{0,40}?\b${EN_HIRED}|\b(?:pay|pays|paid|paying|give|gave|hand(?:ed)? over)\b (?:${EN_MONEY})\b[^.!?\n]{0,30}?\b(?:to|for) ${EN_FIXER}\b[^.!?\n]{0,40}?\b${EN_HIRED}|(?<!\b(?:get|got|gets|getting|be|being|been|are|were|was|is|am|im|i'm|you|u) )\b(?:pay|pays|paid|paying)\b (?:${EN_MONEY})\b[^.!?\n]{0,15}?\b${EN_HIRED}(?![^.!?\n]{0,30}\b(?:course|training|licen[cs]e|certificate|card|check|test|uniform|boots|ticket|visa|bus|train|fare|petrol|gas|medical)\b)|\b(?:agency|agent|recruiter|recruiters|recruitment \w+|foreman|supervisor|manager|boss|gaffer|middleman|broker|gangmaster|contractor|they|he|she)\b (?:asked|asks|asking|wanted|wants|demanded|demands|charged|charges|charging|took|takes|made (?:me|us) pay) (?:me |us |her |him |them |people |workers |everyone )?(?:for )?${EN_MONEY}\b[^.!?\n]{0,30}?\b${EN_HIRED})${notAround(`${EN_NOT_REAL_OR_HYPOTHETICAL}|dbs|background check|uniform|boots|ppe|course|training`)}`,
  ),
];

export const SPANISH_BRIBES_AND_FAKE_VENDORS: UrgencyRule[] = [
  rule(
    'fraud',
    String.raw`\bcobr(?:a|an|aba|aban|o|ando|ar)\b (?:a |de )?(?:los|las|la|el|les|nos|me|le|a los|a las)? ?(?:\w+ ){0,3}(?:por|para) (?:dar(?:les|nos|me|le)?|meter(?:los|nos|me|las)?|contratar(?:los|nos|me|las)?|entrar|conseguir|tener|dejar(?:los|nos|me)|asignar(?:les|nos|me)?) (?:\w+ )?(?:el |la |un |una |los |las )?(?:trabajo|chamba|puesto|empleo|turnos?|contrato|plaza|horas|vacante|chance)\b|\b(?:empresas?|proveedor(?:es)?|facturas?|trabajadores|empleados|nominas?) (?:fantasmas?|falsas?|falsos|ficticias?|ficticios|inexistentes|truchas?)\b|\b(?:quit|rob|recort|borr|descuent|rasur)(?:a|an|o|aron|ando|aba|aban) (?:\w+ )?horas (?:de|a|en) (?:la |las |nuestra |nuestras |mi |mis )?(?:tarjetas?|checad\w*|nomina|cheques?|registros?|hoja de horas)\b`,
  ),
  rule(
    'fraud',
    String.raw`\b(?:pagar(?:le)?|pague|pagamos|pagan|pagarle|dar(?:le)? dinero|darle una mordida|soltar dinero) (?:\w+ ){0,3}(?:al|a la|a los) (?:\w+ )?(?:reclutador|reclutadora|agencia|encargado|supervisor|jefe|capataz|contratista|gerente|coyote|enganchador)\b[^.!?\n]{0,20}?\bpara (?:conseguir|tener|entrar (?:a|en)|obtener|que me (?:dieran|den|diera)|mantener|conservar) (?:este|el|un|mi|esta|la) (?:trabajo|empleo|puesto|chamba|plaza|turno)\b`,
  ),
];

export const FRENCH_BRIBES_AND_FAKE_VENDORS: UrgencyRule[] = [
  rule(
    'fraud',
    String.raw`\bfai(?:t|s|saient|sait) payer (?:les |des |aux |a )?(?:\w+ ){0,2}pour (?:les |nous |leur |se faire |etre )?(?:embauch\w*|avoir (?:le|un|leur|son) (?:poste|travail|boulot|job|contrat|cdi)|travailler|pris|rentrer|des heures|des missions)\b|\b(?:fausses? factures?|faux fournisseurs|fournisseurs? fictifs?|societes? (?:ecran|fictives?|bidon)|emplois fictifs|salaries fictifs)\b|\b(?:enlev|retir|vol|rabot|grignot|supprim)(?:e|ent|ait|aient|ant|ent) (?:des |les |nos )?heures (?:sur|de|a) (?:nos |mes |les )?(?:fiches?|feuilles?|pointages?|badgeages?|fiches de paie|bulletins?|paies?)\b`,
  ),
];

export const PORTUGUESE_BRIBES_AND_FAKE_VENDORS: UrgencyRule[] = [
  rule(
    'fraud',
    String.raw`\b(?:pagar|paguei|pagamos|pagam|paga|dar dinheiro)(?: \w+){0,3} (?:o|a|ao|a|para o|pro|pra) (?:\w+ )?(?:recrutador|recrutadora|agencia|encarregado|supervisor|chefe|gerente|empreiteiro|gato|intermediario)\b[^.!?\n]{0,20}?\bpara (?:conseguir|ter|entrar|manter|ganhar) (?:esta|essa|a|uma|este|esse|o|um|meu|minha) (?:vaga|emprego|trabalho|posto|turno|contrato)\b`,
  ),
  rule(
    'fraud',
    String.raw`\b(?:paguei|pagamos|pagou|pagaram|tive de pagar|tive que pagar|pediu-me|me pediu|pediram-me|me pediram|cobrou-me|me cobrou)\b[^.!?\n]{0,40}?\b(?:para (?:ser (?:contratad[oa]s?|admitid[oa]s?)|me contratarem|me contratar|nos contratar|entrar|conseguir (?:o|este|esse) (?:trabalho|emprego|lugar|posto))|pelo (?:trabalho|emprego|lugar|posto))\b(?![^.!?\n]{0,30}\b(?:curso|formacao|exame|medico|uniforme|botas|bilhete|passe|autocarro|onibus)\b)${notAround('curso|formacao|exame|medico|uniforme|botas|bilhete|passe|autocarro|onibus|carta|licenca')}`,
  ),
];
