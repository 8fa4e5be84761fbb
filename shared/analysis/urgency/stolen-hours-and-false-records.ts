import { rule, type UrgencyRule } from './types';

/*
 * Wages taken by moving the clock, and safety records written false (ux33): "manager is clocking out people early
 * and pocketing the difference", "my boss makes me lie on the safety inspection checklist", "the lead fills in the
 * fire extinguisher log without ever checking them". Both are fraud; a false safety record is also a danger nobody
 * checked. Calm beside them: "I forgot to clock out", "my manager lets us clock out early on fridays", "the
 * checklist is too long". Folded text (lower case, no accents).
 */

// A safety record: a checklist, log, inspection, sign-off.
const RECORD_EN = String.raw`(?:checklists?|check ?sheets?|logs?|logbooks?|inspections?|inspection (?:forms?|reports?|sheets?|records?)|audits?|records?|forms?|reports?|sign-?offs?|paperwork|certificates?)`;
const SAFETY_EN = String.raw`(?:safety|inspection|fire|extinguisher|ladder|harness|scaffold|forklift|lift|crane|brake|vehicle|equipment|machine|lockout|loto|gas|alarm|hygiene|temperature|food safety|haccp|maintenance)`;

// A false safety record is also a danger nobody checked: each false-record rule reads as fraud and as safety.
const fraudAndSafety = (source: string): UrgencyRule[] => [rule('fraud', source), rule('safety', source)];

export const ENGLISH_STOLEN_HOURS_AND_FALSE_RECORDS: readonly UrgencyRule[] = [
  // Someone else clocked out early, or hours shaved, and the money kept: "clocking people out early and pocketing the
  // difference", "punches us out before the end and keeps our pay".
  rule(
    'fraud',
    String.raw`\b(?:clock(?:s|ed|ing)?|punch(?:es|ed|ing)?|sign(?:s|ed|ing)?) (?:people|us|them|me|everyone|staff|workers|the (?:crew|team|staff))(?: out)? (?:out )?(?:early|before (?:the end|we finish|our shift ends))\b[^.!?]{0,80}?\b(?:pocket\w*|keep(?:s|ing)?|kept|takes?|took|taking|stealing|steals?)\b[^.!?]{0,20}?\b(?:difference|money|pay|wages?|hours|cash|tips)\b`,
  ),
  rule(
    'fraud',
    String.raw`\b(?:pocket(?:s|ed|ing)?) (?:the|our|my|their) (?:difference|wages?|pay|overtime|hours|tips)\b`,
  ),
  // Made to write a safety record false: "makes me lie on the safety checklist", "told us to fake the ladder log".
  ...fraudAndSafety(
    String.raw`\b(?:makes?|made|making|forces?|forced|tells?|told|asks?|asked|wants?|pressures?|pressured)(?: me| us| them| everyone| people| the crew| the team)? (?:to )?(?:lie|lying|fake|faking|falsify|falsifying|fudge|fudging|forge|forging|backdate|backdating|make up|pencil ?whip)\b(?: (?:on|in|about))? (?:the |our |my |all (?:the )?)?(?:${SAFETY_EN} )*${RECORD_EN}\b`,
  ),
  // A safety record filled in without the check: "fills in the extinguisher log without ever checking them".
  ...fraudAndSafety(
    String.raw`\b(?:fills?|filled|filling|signs?|signed|signing|ticks?|ticked|ticking) (?:in |off |out )?(?:the |our |all (?:the )?)?(?:${SAFETY_EN} )+${RECORD_EN}\b(?: \w+){0,3}? without (?:ever |even |actually |really )?(?:checking|doing|inspecting|looking|testing)\b`,
  ), // A record that says checked when nobody checked, without the word false (u34a): "they wrote that the scaffold was
  // inspected but nobody looked", "lead signs the harness inspection but never looks at them", "the boss writes pass on
  // the brake checks without testing anything". "The extinguisher was checked and tagged today" is none.
  ...fraudAndSafety(
    String.raw`\b(?:wr(?:ote|ites|itten|ite|iting)|puts?|putting|mark(?:s|ed|ing)?|sign(?:s|ed|ing)?|initial(?:s|ed|led|ing)?|tick(?:s|ed|ing)?|tag(?:s|ged|ging)?|logg?(?:s|ed|ing)?|fill(?:s|ed|ing)? (?:in|out)|record(?:s|ed|ing)?|stamp(?:s|ed|ing)?)\b[^.!?\n]{0,50}?\b(?:${SAFETY_EN})\b[^.!?\n]{0,40}?\b(?:(?:no ?one|nobody|no body|the inspector|he|she|they|it|anyone) (?:ever |even |actually )?(?:never |didn'?t |did not |hasn'?t |has not )?(?:look\w*|check\w*|inspect\w*|came|come|test\w*|touch\w*|went|showed)|never (?:look\w*|check\w*|inspect\w*|came|test\w*)|without (?:ever |even |actually |really )?(?:looking|checking|testing|inspecting|doing))\b`,
  ),
  // Passive: "the crane inspection sticker was signed but the inspector never came".
  ...fraudAndSafety(
    String.raw`\b(?:${SAFETY_EN})\b[^.!?\n]{0,40}?\b(?:is|are|was|were|gets?|got|been) (?:all )?(?:signed|marked|tagged|initial(?:l)?ed|ticked|stamped|passed|signed off)\b[^.!?\n]{0,30}?\b(?:(?:no ?one|nobody|the inspector|he|she|they|anyone) (?:ever |even |actually )?(?:never |didn'?t |did not |hasn'?t |has not )?(?:look\w*|check\w*|inspect\w*|came|come|test\w*|showed)|never (?:look\w*|check\w*|inspect\w*|came|test\w*)|without (?:ever |even |actually )?(?:looking|checking|testing|inspecting))\b`,
  ),
  // Safety tags and logs dated or filled in after the fact: "the fire extinguisher tags are backdated", "the temp logs
  // for the freezer are filled in at the end of the week from memory". "I backdated my vacation form" is none.
  ...fraudAndSafety(
    String.raw`\b(?:${SAFETY_EN}|temp|freezer|fridge|cooler|chiller)\b[^.!?\n]{0,40}?\b(?:tags?|labels?|stickers?|logs?|records?|certificates?|checklists?|sheets?|forms?|checks?)\b (?:\w+ ){0,5}?(?:backdated|back-dated|predated|pre-dated|pre-?filled|filled (?:in|out) (?:ahead|in advance|from memory|at the end of the (?:week|month|shift)|after the fact|all at once))\b`,
  ),
];

export const FRENCH_STOLEN_HOURS_AND_FALSE_RECORDS: readonly UrgencyRule[] = [
  // « Mon patron m'oblige a mentir sur la fiche d'inspection de securite », « on nous fait falsifier le registre » : fraud,
  // and a danger.
  ...fraudAndSafety(
    String.raw`\b(?:mentir|falsifier|truquer|inventer|antidater|remplir)\b[^.!?]{0,40}?\b(?:inspections?|securite|registres? de (?:securite|controle|verification)|controles? de securite|verifications?)\b(?![^.!?]*\bsans\b)`,
  ),
  // « Le chef nous fait pointer la sortie plus tôt et garde la différence », « il dépointe les gars avant l'heure et
  // empoche le reste ».
  rule(
    'fraud',
    String.raw`\b(?:pointer|pointe|depointe|depointer|badger|badge|fait sortir)\b[^.!?]{0,40}?\b(?:plus tot|avant l'heure|en avance|avant la fin)\b[^.!?]{0,60}?\b(?:garde|empoche|prend|se met dans la poche|vole)\w*\b[^.!?]{0,15}?\b(?:difference|reste|argent|heures|salaire|paie|paye)\b`,
  ),
  // « Ils ont marque que l'echafaudage etait verifie alors que personne n'est venu » (u34a).
  ...fraudAndSafety(
    String.raw`\b(?:marque\w*|ecrit\w*|note\w*|signe\w*|coche\w*)\b[^.!?\n]{0,40}?\b(?:verifie\w*|inspecte\w*|controle\w*)\b[^.!?\n]{0,30}?\b(?:personne|jamais)\b[^.!?\n]{0,20}?\b(?:venu\w*|regarde\w*|verifie\w*|controle\w*|inspecte\w*|passe\w*)\b`,
  ),
];

export const SPANISH_FALSE_SAFETY_RECORDS: readonly UrgencyRule[] = [
  // "Pusieron que el andamio estaba revisado pero nadie lo reviso" (u34a).
  ...fraudAndSafety(
    String.raw`\b(?:pusieron|pone|ponen|puso|escribieron|escribe|anotaron|anota|marcaron|marca|firmaron|firma|firman)\b[^.!?\n]{0,40}?\b(?:revisad\w*|inspeccionad\w*|verificad\w*|aprobad\w*|checad\w*)\b[^.!?\n]{0,30}?\b(?:nadie|nunca)\b[^.!?\n]{0,10}?\b(?:lo |la |los |las )?(?:revis\w*|vino|mir\w*|inspeccion\w*|comprob\w*|verific\w*|checo)\b`,
  ),
  // "Mi jefe me obliga a mentir en la hoja de inspeccion de seguridad": fraud, and a danger.
  ...fraudAndSafety(
    String.raw`\b(?:mentir|falsificar|falsear|inventar|inventarnos|inventarme|firmar en falso|rellenar sin revisar)\b[^.!?]{0,40}?\b(?:inspeccion(?:es)?|seguridad|registros? de (?:seguridad|control|revision)|revision(?:es)?|checklist)\b`,
  ),
];

export const ITALIAN_STOLEN_HOURS_AND_FALSE_RECORDS: readonly UrgencyRule[] = [
  // "Il capo mi fa mentire sulla lista dei controlli di sicurezza", "ci obbliga a falsificare il registro".
  ...fraudAndSafety(
    String.raw`\b(?:mi|ci|li|le|ti|vi) (?:fa|fanno|faceva|obbliga(?:no)? a|costringe(?:vano)? a|chiede(?:vano)? di|dice(?:vano)? di) (?:mentire|falsificare|inventare|firmare il falso|scrivere il falso)\b[^.!?]{0,40}?\b(?:lista|liste|registro|registri|controll[oi]|ispezion[ei]|verbal[ei]|modul[oi]|scheda|schede|sicurezza|checklist)\b`,
  ),
  // Le ore tagliate e i soldi tenuti: "ci timbra l'uscita prima e si tiene la differenza".
  rule(
    'fraud',
    String.raw`\btimbr\w*\b[^.!?]{0,40}?\b(?:prima|in anticipo)\b[^.!?]{0,60}?\b(?:si tiene|tiene|intasca|si intasca|ruba)\b[^.!?]{0,15}?\b(?:differenza|resto|soldi|ore|paga|stipendio)\b`,
  ),
];

export const PORTUGUESE_FALSE_SAFETY_RECORDS: readonly UrgencyRule[] = [
  // "Anotaram que o andaime foi inspecionado mas ninguem olhou", "a etiqueta do extintor esta com data atrasada" (u34a).
  ...fraudAndSafety(
    String.raw`\b(?:anotaram|anota|anotou|escreveram|escreve|marcaram|marca|assinaram|assina|assinou|colocaram|puseram|poe)\b[^.!?\n]{0,40}?\b(?:inspecionad\w*|verificad\w*|revisad\w*|checad\w*)\b[^.!?\n]{0,30}?\b(?:ninguem|nunca)\b[^.!?\n]{0,15}?\b(?:olh\w*|verific\w*|inspecion\w*|veio|revis\w*|checou)\b|\b(?:etiquetas?|selos?|fichas?|registros?|laudos?)\b (?:\w+ ){0,4}?(?:data )?(?:atrasada|retroativa|falsa|adulterada)\b`,
  ),
];
