import { anyCase } from './address-parts';
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { type LazyPattern, lazyPattern, patternOf } from './lazy-pattern';

/*
 * Identifiers announced in the languages employees write besides English:
 * employee and badge numbers ("matricule 004512", "número de empleado 4512",
 * "Personalnummer 004512", "matricola 4512"), Canada's SIN ("NAS 046 454 286"),
 * and Mexico's CURP and RFC, whose shape alone says what they are. Only the
 * identifier is hidden, never a word beside it: an id has no lower-case word
 * in it, so "es 12345678Z y trabajo" keeps "y".
 */

/** Masks group `group` of each accepted match, less any lower-case word at either end ("t 1 85 05", "12345678Z y"). */
export function maskIds(written: RegExp | LazyPattern, accept: (m: RegExpExecArray) => boolean, group = 0): Rule {
  return (text) => {
    const pattern = patternOf(written);
    let out = text;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const found = m[group];
      if (!found || !accept(m)) continue;
      const lead = /^(?:\p{Ll}+\s+)+/u.exec(found)?.[0].length ?? 0;
      const tail = /(?:\s+\p{Ll}+)+$/u.exec(found)?.[0].length ?? 0;
      const start = m.index + (group ? m[0].lastIndexOf(found) : 0) + lead;
      const end = start - lead + found.length - tail;
      if (end > start && /\d/.test(out.slice(start, end)))
        out = out.slice(0, start) + mask('ID', end - start) + out.slice(end);
    }
    return out;
  };
}

// Words for "employee number" (and badge, payroll, personnel number) in es, fr, pt, it, de, nl, pl, vi, tl, ar, hi,
// tr, id, ro, ru, uk, sv, no, da, cs.
const EMPLOYEE_CUE = anyCase(
  [
    String.raw`matricule|num[ée]ro\s+(?:de\s+)?matricule|(?:num[ée]ro|n[°ºo]\.?)\s+d['’]\s?(?:employ[ée]|agent|salari[ée])`,
    String.raw`num[ée]ro\s+de\s+(?:badge|salari[ée]|personnel|carte\s+professionnelle)|badge`,
    String.raw`(?:n[úu]mero|n[º°o]\.?)\s+(?:de\s+|del\s+)?(?:empleado|trabajador|colaborador|n[óo]mina|ficha|legajo|credencial|gafete|funcion[áa]rio|trabalhador|colaborador|matr[íi]cula|crach[áa]|socio)`,
    String.raw`(?:empleado|trabajador|funcion[áa]rio)\s+(?:n[º°o]\.?|n[úu]mero|#)|(?:clave|id|c[óo]digo)\s+de\s+(?:empleado|trabajador|colaborador|funcion[áa]rio)`,
    String.raw`legajo|gafete|credencial|ficha|crach[áa]|matr[íi]cula`,
    String.raw`personalnummer|personal-?nr\.?|mitarbeiter-?(?:nummer|nr\.?|id|ausweis(?:nummer)?)|dienstausweis(?:nummer)?|ausweisnummer`,
    // "mein Ausweis 4521", "Firmenausweis Nr. 4521": the card is named by its number.
    String.raw`(?:firmen|werks|betriebs)?ausweis(?:-?nr\.?)?`,
    String.raw`matricola|numero\s+(?:di\s+)?matricola|numero\s+(?:del\s+)?(?:dipendente|badge|tesserino)|tesserino`,
    String.raw`personeelsnummer|werknemersnummer|personeelsnr\.?`,
    // Polish, Vietnamese, Tagalog and Arabic: "numer pracownika", "mã nhân viên", "numero ng empleyado", "الرقم الوظيفي".
    String.raw`(?:numer|nr\.?)\s+(?:pracownika|pracowniczy|identyfikatora|karty|legitymacji|ewidencyjny|kadrowy)`,
    String.raw`m[ãa]\s+(?:s[ốo]\s+)?(?:nh[âa]n\s+vi[êe]n|nv|th[ẻe])|s[ốo]\s+th[ẻe](?:\s+nh[âa]n\s+vi[êe]n)?`,
    String.raw`numero\s+ng\s+(?:empleyado|id|badge)`,
    String.raw`(?:ال)?رقم(?:ي)?\s+(?:ال)?(?:وظيفي|موظف|الموظف|الشارة|البطاقة|العامل|شخصي)|الرقم\s+الوظيفي`,
    // Blind round 12: Turkish "sicil no", "sicil numaram", "personel numaram"; Vietnamese with whose it is ("mã nhân
    // viên của em"); Indonesian "nomor karyawan", "NIK"; Romanian "marca", "numărul de marcă".
    String.raw`(?:sicil|personel|[çc]al[ıi][şs]an|kart|rozet)\s*(?:no\.?|numaram|numaras[ıi]|numarası|numara|numaram[ıi]z)|sicilim`,
    String.raw`m[ãa]\s+(?:s[ốo]\s+)?(?:nh[âa]n\s+vi[êe]n|nv|th[ẻe])\s+c[ủu]a\s+(?:em|t[ôo]i|m[ìi]nh|anh|ch[ịi]|tui|tao)`,
    String.raw`(?:nomor|no\.?)\s+(?:induk\s+)?(?:karyawan|pegawai|pekerja)(?:\s+(?:saya|aku))?|nik\s+(?:saya|karyawan)|id\s+karyawan`,
    String.raw`num[ăa]r(?:ul)?\s+(?:meu\s+)?de\s+marc[ăa]|marca\s+(?:mea|mea\s+este)`,
    // Blind round 15: Russian and Ukrainian "табельный номер", "таб. №", "номер сотрудника", "номер пропуска"; Swedish,
    // Norwegian, Danish and Czech staff numbers ("anställningsnummer", "ansattnummer", "osobní číslo").
    String.raw`таб(?:ельный|ельний|\.)?\s*(?:номер|н(?:о|\.)|№)|номер\s+(?:сотрудника|работника|сотрудніка|працівника|пропуска|перепустки|бейджа)|личный\s+номер|особистий\s+номер|табельный|табельний`,
    String.raw`anst[äa]llningsnummer|anst\.?\s*nr\.?|ansattnummer|ansatt-?nr\.?|medarbejdernummer|medarbejder-?nr\.?|l[øö]n(?:e)?nummer|osobn[íi]\s+[čc][íi]slo|zam[ěe]stnaneck[ée]\s+[čc][íi]slo`,
    // Hindi: "कर्मचारी आईडी", "कर्मचारी कोड", "कर्मचारी नंबर", "कर्मचारी क्रमांक", "बैज नंबर".
    String.raw`(?:कर्मचारी|बैज)\s+(?:आईडी|कोड|नंबर|नम्बर|क्रमांक)`,
  ].join('|'),
);
// "es", "est", "ist", "è", ":" … and "el", "le", "la", "der": what may come between the cue and the number.
// A word marker ("Nr", "No") needs its dot or a space: in "NO0000" the letters belong to the number.
const MARKER = String.raw`\s*(?:${anyCase('n')}[º°]\.?\s*|(?:${anyCase('nr|no|num')})(?:\.\s*|\s+)|#\s*|${anyCase('número|numero|numéro|nummer')}\s+)?(?:(?:${anyCase("es|era|est|était|c['’]est|ist|war|lautet|è|é|is|was|sería|será|to|là|ay|ko|adalah|este|هو|är|er|je|jest|это|є")})(?![\p{L}\p{N}])|[:=])?\s*(?:(?:${anyCase('el|le|la|il|lo|o|a|der|die|das|het')})\s+)?`;
// In capitals only: "EID 45213" (employee id), "PS no 12345" (personnel number, as Indian offices write it; "PS"
// alone is a postscript, so its marker is wanted).
const CAPITAL_CUES = String.raw`EID|PS(?=\s*(?:no|No|NO|nr|Nr|#)(?![\p{L}]))`;
const EMPLOYEE_ID = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:${EMPLOYEE_CUE}|${CAPITAL_CUES})(?![\p{L}])(${MARKER})(#?(?:[A-Za-z]{1,4}-?)?\d[\dA-Za-z-]*(?:[ .]\d{2,4}(?![\p{L}]))*)`,
  'gu',
);

function employeeIdOk(m: RegExpExecArray): boolean {
  // "matrícula 1234 ABC" in Spain is a number plate: the plate rules hide it whole.
  if (/^matr[íi]cula/iu.test(m[0]) && /^\s[A-Z]{2,3}(?![\p{L}])/u.test(m.input.slice(m.index + m[0].length)))
    return false;
  return m[2]!.replace(/\D/g, '').length >= 3;
}

// Canada's social insurance number, French "NAS" or English "SIN" (in capitals: "sin" is Spanish "without").
const SIN = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:SIN|NAS|${anyCase("num[ée]ro d['’]assurance sociale|social insurance number")})(?![\p{L}])(${MARKER})(\d{3}[ -]?\d{3}[ -]?\d{3})(?![\p{N}])`,
  'gu',
);
// Mexico: CURP (18 characters) and RFC (12 or 13), alone.
const CURP = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])[A-Z][AEIOUX][A-Z]{2}\d{6}[HM][A-Z]{5}[A-Z\d]\d(?![\p{L}\p{N}])`,
  'gu',
);
const RFC = lazyPattern(String.raw`(?<![\p{L}\p{N}])[A-ZÑ&]{3,4}\d{6}[A-Z\d]{3}(?![\p{L}\p{N}])`, 'gu');

/** SINs, CURPs and RFCs: before the English cues, which would take "SIN is 046" and leave "454 286". */
export function nationalIdRules(): Rule[] {
  return [maskIds(CURP, () => true), maskIds(RFC, () => true), maskIds(SIN, () => true, 2)];
}

/** Employee numbers by their cue words: before the English cues, which read "NI-0000" in "Personalnummer NI-0000" as a cue. */
export const maskEmployeeIds: Rule = maskIds(EMPLOYEE_ID, employeeIdOk, 2);
