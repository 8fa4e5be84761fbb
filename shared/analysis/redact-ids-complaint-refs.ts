import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * op42 (a blind attacker reading what the operator reads): the number of a complaint, grievance, claim or ticket the
 * writer filed ("queja formal RH-4471", "réclamation n° 2291", "Beschwerde Nr. 7781", "my grievance number is 2291")
 * is one row in HR's or IT's own records, and that row holds the name of whoever filed it. The English forms with "#"
 * were hidden by the number rules; these were not. After a word for such a filing, in the languages the README
 * claims, with its number label or none, the reference is hidden; the word stays ("queja formal [ID]"). An order,
 * invoice or purchase number is not a person's and stays ("order 4471 shipped late"); a year after the word stays
 * ("the 2023 complaint", "complaints 2024" read as years, not references, unless a number label says otherwise). A
 * "ticket" stays, as blind round 27 decided ("ticket #88213 still open after 3 weeks" may be a customer's).
 */

const FILING = [
  // en
  'complaint',
  'grievance',
  'claim',
  // es / pt
  'queja',
  'denuncia',
  'reclamo',
  'reclamación',
  'reclamação',
  'reclamacao',
  'queixa',
  'incidencia',
  'protocolo',
  // fr
  'plainte',
  'réclamation',
  'reclamation',
  'signalement',
  // de
  'Beschwerde',
  'Meldung',
  'Anzeige',
  // it (also "reclamo", "denuncia", above)
  'segnalazione',
  // pl
  'skarga',
  'skargę',
  'skargi',
  'zgłoszenie',
  'zgłoszenia',
  // uk
  'скарга',
  'скаргу',
  'заява',
  'заяву',
  'звернення',
  // tl / ht
  'reklamo',
  'plent',
];
// Words that name a filing only with a number's label, a verb or a colon before the figure: "case 1000 units short",
// "Fall 2024", "the report 12 pages long" are not references; "case #4471", "mi caso es 44817", "Fall Nr. 7781" are.
const FILING_WITH_LABEL = [
  'case',
  'incident',
  'report',
  'caso',
  'expediente',
  'incidente',
  'dossier',
  'Vorgang',
  'Fall',
  'pratica',
  'sprawa',
  'sprawy',
];

// Words a filing's name may carry before its number: "formal", "RH", "HR", "de acoso" are not the number.
const BETWEEN = String.raw`(?:[ \t]+(?:formal|formelle?|oficial|official|HR|RH|RRHH|HR's|de[ \t]+RH|aux[ \t]+RH|bei[ \t]+HR|do[ \t]+RH))?`;
// Non-ASCII written as \u escapes: this reaches the intake's bundle, which must be ASCII ("n°", "núm.", "numéro", "номер", "№").
const LABEL = String.raw`(?:[ \t]*(?:#|n[\u00b0\u00bao]\.?|n\.|no\.|nr\.?|n\u00fam\.?|num\.?|number|n\u00famero|num\u00e9ro|numero|Nummer|numer|\u043d\u043e\u043c\u0435\u0440|\u2116)[ \t]*(?:is[ \t]+|es[ \t]+|est[ \t]+|ist[ \t]+|:[ \t]*)?)`;
const REFERENCE = String.raw`([A-Z]{0,5}[-_]?\d[\d-]{2,14}\d)`;
const VERB = String.raw`[ \t]+(?:is|es|est|ist|era|was|\u00e9|\u00e8|je)[ \t]+`;
const COMPLAINT_REF = lazyPattern(
  String.raw`(?<![\p{L}\p{N}_])(?:(?:${FILING.join('|')})${BETWEEN}(${LABEL}|${VERB}|[ \t]+|[ \t]*:[ \t]*)|(?:${FILING_WITH_LABEL.join('|')})${BETWEEN}(${LABEL}|${VERB}|[ \t]*:[ \t]*))${REFERENCE}(?![\p{L}\p{N}_])`,
  'giu',
);
const YEAR = /^(?:19|20)\d{2}$/u;

/** Masks the number of a complaint, claim or ticket the writer filed (see above). */
export const maskComplaintReferences: Rule = (text) => {
  if (!/\d{3}/u.test(text)) return text;
  return text.replace(COMPLAINT_REF.get(), (whole: string, bare?: string, withLabel?: string, ref = '') => {
    const label = bare ?? withLabel ?? '';
    const labelled = /[#\u00b0\u00ba\u2116]|n[ro]\b|num|n\u00fa|nr|\u043d\u043e\u043c/iu.test(label);
    if (!labelled && YEAR.test(ref)) return whole;
    const at = whole.lastIndexOf(ref);
    return whole.slice(0, at) + mask('ID', ref.length) + whole.slice(at + ref.length);
  });
};
