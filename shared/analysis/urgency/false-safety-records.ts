import { fold } from './normalise';
import { URGENCY_CATEGORIES, type UrgencyCategory } from './types';

/*
 * Which kinds a report is when the fraud it tells is about a safety record: "makes me lie on the safety inspection
 * checklist", "nos obligan a firmar la inspección de seguridad sin revisar nada", "el supervisor nos dice que
 * mintamos al inspector de seguridad". A false safety record is fraud and safety both (docs/escalations.md, ux33):
 * whoever owns health and safety must hear that the checks that should find a hazard are written false. Where the
 * fraud was read by a rule or by the model without the safety rule's own words, the report lost its safety and
 * reached only the owner of fraud.
 *
 * The rule of precedence (docs/escalations.md, "Which kind when two rules match"): fraud told of a safety
 * inspection, check, record or inspector is safety too. Only the kind changes here, never whether a report is urgent.
 *
 * Patterns run on folded text (lower case, no accents), so they are written in ASCII. A table of the words for
 * safety by the words for a check or record, in each language the detector reads in full (Latin script).
 */

const SAFETY = String.raw`safety|h ?& ?s|health and safety|seguridad|securite|sicurezza|seguranca|sicherheit\w*|arbeitsschutz|bhp|bezpieczenstw\w*|an toan|kaligtasan`;
const RECORD = String.raw`inspect\w*|inspeccion\w*|inspector\w*|inspecao|inspecoes|ispezion\w*|ispettor\w*|inspekcj\w*|kontrol\w*|control(?:es|e|li)?|checks?|checklists?|check-list\w*|logs?|records?|registros?|registres?|registri|audits?|auditoria|revision\w*|verificac\w*|verifica\w*|prufung\w*|protokoll\w*|kiem tra|inspeksyon|rapports?|reports?|informes?|hojas?|fiches?|formulari?o?s?|forms?|sheets?`;
const SAFETY_RECORD = new RegExp(
  String.raw`\b(?:${SAFETY})\b(?:\s\S+){0,3}?\s(?:${RECORD})\b|\b(?:${RECORD})\b(?:\s\S+){0,3}?\s(?:${SAFETY})\b`,
  'u',
);

interface Reading {
  urgent: boolean;
  categories: UrgencyCategory[];
}

/** The reading of an urgent report of fraud about a safety record, with its safety kept. */
export function withFalseSafetyRecord(text: string, reading: Reading): Reading {
  const { categories } = reading;
  if (!reading.urgent || !categories.includes('fraud') || categories.includes('safety') || typeof text !== 'string')
    return reading;
  if (!SAFETY_RECORD.test(fold(text))) return reading;
  return {
    urgent: true,
    categories: URGENCY_CATEGORIES.filter((category) => category === 'safety' || categories.includes(category)),
  };
}
