// Attack round 26: "mi nombre: maría josé de la fuente" read as "[NAME] [NAME] de la fuente": a two-word particle.
import { isEnglishWord, isProperNoun } from './english-dictionary';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, ROLE_CUES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * A surname that opens with a particle of two words ("de la Fuente", "de los Santos", "van der Berg", "von der
 * Heide", "de l'Orme") is the rest of a name hidden just before it when what follows the particle is
 * - capitalised ("María José de la Fuente"), or a surname the lists know;
 * - or ends the clause (end of text, a comma, a full stop, a line) after a name the writer introduces ("mi nombre:",
 *   "me llamo", "soy", "my name is", "je m'appelle", "ich heiße", "ik ben") or after two hidden names (a given name
 *   and a second one: "[NAME] [NAME] de la fuente").
 * Where a workplace follows it is a preposition: "[NAME] de la oficina nos grita", "[NAME] von der Spätschicht" (a
 * word of a team, a role, or a word of English or of a workplace below stays).
 */

const NAME_MARK = mask('NAME', 1);
const PARTICLE = String.raw`(?:de[ \t]la|de[ \t]las|de[ \t]los|de[ \t]l['’]|del|van[ \t]der|van[ \t]den|van[ \t]de|von[ \t]der|von[ \t]dem|dos|das|da)`;
const AFTER_HIDDEN = lazyPattern(
  String.raw`(?<=${NAME_MARK})([ \t]{1,2})(${PARTICLE})([ \t]?)(\p{L}[\p{L}'’]{2,})(?![\p{L}\p{N}@])`,
  'gu',
);
const INTRODUCED =
  /(?:nombre|llamo|soy|name\s+is|name'?s|i\s+am|i'm|m'appelle|nom\s+est|heiße|heisse|name\s+ist|ik\s+ben|ik\s+heet|naam\s+is|chamo|sou|mi\s+chiamo|sono|nazywam\s+się)\s*:?\s*$/iu;
// Workplaces a particle introduces, written small, that no list of departments holds.
const PLACES = new Set(
  `oficina oficinas planta tienda almacén almacen cocina fábrica fabrica empresa bodega caja línea linea entrada
  limpieza seguridad calidad noche mañana manana tarde mañanas noches tardes obra nave sucursal recepción recepcion
  dirección direccion gerencia sede tarde spätschicht nachtschicht frühschicht halle kasse nachtdienst dagdienst
  avonddienst afdeling winkel loja fábrica turno`.split(/\s+/),
);

function isWorkplaceWord(lower: string): boolean {
  return (
    ALL_STOPWORDS.has(lower) ||
    NOT_NAMES.has(lower) ||
    ROLE_CUES.has(lower) ||
    DEPARTMENTS.has(lower) ||
    PLACES.has(lower) ||
    isEnglishWord(lower)
  );
}

/** Masks a two-word surname particle and its surname after a hidden name (see above). */
export const maskSurnameParticleChains: Rule = (text) => {
  if (!text.includes(NAME_MARK)) return text;
  return text.replace(
    AFTER_HIDDEN.get(),
    (whole: string, _gap: string, _particle: string, _gap2: string, rest: string, at: number) => {
      const lower = rest.toLowerCase();
      if (isWorkplaceWord(lower) && !isCommonSurname(lower)) return whole;
      // A place's label shortened ("Pedro de la Col. Roma") or a place's name ("[NAME] de la Habana").
      const after = text.slice(at + whole.length);
      if (after.startsWith('.') && rest.length <= 4) return whole;
      const capitalised = /^\p{Lu}\p{Ll}/u.test(rest);
      let nameStart = at;
      while (nameStart > 0 && (text[nameStart - 1] === NAME_MARK || /[ \t]/.test(text[nameStart - 1]!))) nameStart--;
      const hidden = text.slice(nameStart, at).trim();
      const twoNames = new RegExp(String.raw`^${NAME_MARK}+[ \t]+${NAME_MARK}+$`, 'u').test(hidden);
      const introduced = INTRODUCED.test(text.slice(Math.max(0, nameStart - 24), nameStart));
      const clauseEnd = /^[ \t]*(?:$|[,.;:!?\n)])/u.test(after);
      // A place's name is a place unless the writer is naming themselves or a second name came first.
      if (isProperNoun(lower) && !isCommonSurname(lower) && !twoNames && !introduced) return whole;
      const surname = capitalised || isCommonSurname(lower) || (clauseEnd && (twoNames || introduced));
      return surname ? NAME_MARK.repeat(whole.length) : whole;
    },
  );
};
