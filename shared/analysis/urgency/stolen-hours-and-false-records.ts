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
];

export const SPANISH_FALSE_SAFETY_RECORDS: readonly UrgencyRule[] = [
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
